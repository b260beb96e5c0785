#pragma once

#include "core/model/document.h"
#include "core/model/user.h"
#include "ui/workflow/actiondialog.h"

class QLineEdit;

namespace dc {

class MetadataForm;
class Session;

// Edit Details on the Details tab (controllers and administrators): the document's metadata in
// a MetadataForm and the reason for the change, which is required. OK sends the fields that
// differ from the document as loaded (DocumentService::setMetadata: one audited change); it is
// enabled only once something changed and a reason is given, and a refusal is shown in the
// dialog. Object names: editDetailsDialog, editDetailsReason.
class EditDetailsDialog final : public ActionDialog {
    Q_OBJECT
public:
    EditDetailsDialog(Session &session, const User &actor, const Document &document, QWidget *parent = nullptr);

    MetadataForm *metadata() const { return m_metadata; }
    // The change OK sends.
    MetadataChange change() const;

protected:
    QString validate() const override;

private:
    Session &m_session;
    User m_actor;
    Document m_document;
    MetadataForm *m_metadata = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace dc
