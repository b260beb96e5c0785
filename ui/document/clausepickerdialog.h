#pragma once

#include "core/model/document.h"
#include "core/model/user.h"
#include "ui/workflow/actiondialog.h"

#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace dc {

class Session;

// Clauses… on the Details tab (controllers and administrators): the catalogue of one standard,
// searched by number or by words of the Chinese or English title, with a check box per entry;
// the checked ones are the document's mapping (references to other standards are kept). OK
// sends what was added and removed with the reason (DocumentService::mapClauses: one audited
// change). Object names: clausePickerDialog, clausePickerStandard, clausePickerSearch,
// clausePickerList, clausePickerMapped, clausePickerReason.
class ClausePickerDialog final : public ActionDialog {
    Q_OBJECT
public:
    ClausePickerDialog(Session &session, const User &actor, const Document &document, QWidget *parent = nullptr);

    // The mapping as checked now, as "STANDARD CLAUSE" keys, sorted.
    QStringList checkedKeys() const;
    ClauseRefs added() const;
    ClauseRefs removed() const;

protected:
    QString validate() const override;

private:
    void fillList();
    void itemChanged(QListWidgetItem *item);
    void showMapped();

    Session &m_session;
    User m_actor;
    Document m_document;
    ClauseRefs m_checked;
    QComboBox *m_standard = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_mapped = nullptr;
    QLineEdit *m_reason = nullptr;
    bool m_filling = false;
};

} // namespace dc
