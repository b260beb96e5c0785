#pragma once

#include "core/model/document.h"
#include "core/model/user.h"
#include "ui/workflow/actiondialog.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dc {

class MetadataForm;
class Session;

// File ▸ New Document… (controllers and administrators): the type; the number its pattern will
// give, shown live as the type changes (DocumentService::nextNumber) and editable only by those
// Permissions::mayChooseNumber allows; the metadata (MetadataForm); and the type's template the
// first draft starts from, filled in as the fields change. OK registers the document
// (DocumentService::create); a refusal is shown in the dialog, which stays open.
// A Statement of Applicability also asks whose Annex A its generated table lists.
// Object names: newDocumentDialog, newDocType, newDocNumber, newDocNumberHint, newDocSoaStandard, newDocTemplate.
class NewDocumentDialog final : public ActionDialog {
    Q_OBJECT
public:
    NewDocumentDialog(Session &session, const User &actor, QWidget *parent = nullptr);

    // The document registered by OK; empty until then.
    const std::optional<Document> &created() const { return m_created; }
    DocumentType type() const;
    // What create() is given: an empty number unless one was typed.
    NewDocument newDocument() const;
    MetadataForm *metadata() const { return m_metadata; }

protected:
    QString validate() const override;

private:
    void typeChanged();
    void updatePreview();

    Session &m_session;
    User m_actor;
    QComboBox *m_type = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_numberHint = nullptr;
    QComboBox *m_soaStandard = nullptr; // shown for a Statement of Applicability only
    MetadataForm *m_metadata = nullptr;
    QPlainTextEdit *m_template = nullptr;
    QString m_nextNumber;       // what the pattern gives for the chosen type
    bool m_numberTyped = false; // the user typed a number of their own
    std::optional<Document> m_created;
};

} // namespace dc
