#pragma once

#include <QByteArray>
#include <QHash>

#include "core/model/enums.h"
#include "core/model/revisionlabel.h"
#include "ui/workflow/actiondialog.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace dc {

class DraftRecovery;
class MarkdownEditor;

// What is edited: the current revision of a document.
struct EditRequest {
    QString store;        // names the store in the recovery key, e.g. its file name
    QString number;
    QString title;
    QString label;        // the current revision's label
    RevisionStatus status = RevisionStatus::Draft; // Draft: edit it; Effective: start the next revision
    QString content;      // Markdown
    QHash<QString, QByteArray> images; // the images the content shows
    QString summary;      // the draft's change summary (empty for a new revision)
    QString nextMinor;    // the labels a new revision would get (Effective only)
    QString nextMajor;
};

// Edits a revision's content in the WYSIWYG Markdown editor, with the change summary the store
// requires. On an effective document it says that saving starts the next revision (minor or
// major step) while the effective one stays in force. Unsaved text is kept by DraftRecovery:
// cancelling or a crash leaves it to be restored the next time the same draft is opened.
// The rows both draft editors end with: the change summary (修订说明) and, for a new revision,
// whether it is a minor or a major change. Sets `summary` and `step` (null unless
// `newRevision`), both owned by `parent`.
QFormLayout *changeSummaryForm(QWidget *parent, const EditRequest &request, bool newRevision, QLineEdit *&summary, QComboBox *&step);

class EditDraftDialog final : public ActionDialog {
    Q_OBJECT
public:
    explicit EditDraftDialog(const EditRequest &request, QWidget *parent = nullptr);

    MarkdownEditor *editor() const { return m_editor; }
    QString markdown() const;
    QHash<QString, QByteArray> images() const;
    QString summary() const;
    RevisionStep step() const;
    // Whether unsaved text from an earlier session was offered for restoring.
    bool offersRecovery() const;
    // Replaces the editor's text by the text left from an earlier session.
    void restoreRecovered();

    // The recovery key of a document's draft ("demo.dcstore/ISMS-P-001/A/1").
    static QString recoveryKey(const QString &store, const QString &number, const QString &label);

    // Whether the text or the change summary differs from what was loaded.
    bool hasChanges() const;

    void done(int result) override;
    // Cancel (and Escape, and closing the window) asks before it leaves unsaved changes.
    void reject() override;

protected:
    QString validate() const override;

private:
    EditRequest m_request;
    MarkdownEditor *m_editor = nullptr;
    DraftRecovery *m_recovery = nullptr;
    QLineEdit *m_summary = nullptr;
    QComboBox *m_step = nullptr;
    QWidget *m_recoveryBar = nullptr;
};

} // namespace dc
