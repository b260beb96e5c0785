#include "ui/document/editdraftdialog.h"

#include "ui/document/unsavedchanges.h"
#include "ui/editor/draftrecovery.h"
#include "ui/editor/markdowneditor.h"
#include "ui/windowfit.h"
#include "ui/workflow/modal.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

namespace dc {

QFormLayout *changeSummaryForm(QWidget *parent, const EditRequest &request, bool newRevision, QLineEdit *&summary, QComboBox *&step)
{
    auto *form = new QFormLayout;
    summary = new QLineEdit(request.summary, parent);
    summary->setObjectName(QStringLiteral("changeSummary"));
    summary->setPlaceholderText(EditDraftDialog::tr("What changed and why (修订说明), required"));
    form->addRow(EditDraftDialog::tr("Change &summary:"), summary);
    step = nullptr;
    if (newRevision) {
        step = new QComboBox(parent);
        step->setObjectName(QStringLiteral("revisionStep"));
        step->addItem(EditDraftDialog::tr("Minor change — revision %1").arg(request.nextMinor), int(RevisionStep::Minor));
        step->addItem(EditDraftDialog::tr("Major change — revision %1").arg(request.nextMajor), int(RevisionStep::Major));
        form->addRow(EditDraftDialog::tr("New &revision:"), step);
    }
    return form;
}

EditDraftDialog::EditDraftDialog(const EditRequest &request, QWidget *parent) : ActionDialog(parent), m_request(request)
{
    setObjectName(QStringLiteral("editDraftDialog"));
    const bool newRevision = request.status == RevisionStatus::Effective;
    setWindowTitle(tr("Edit %1 — %2").arg(request.number, request.title));

    if (newRevision) {
        auto *notice = new QLabel(tr("%1 %2 is effective. Saving starts the next revision as a new draft; %2 stays in force "
                                     "until the new revision is approved and released.")
                                      .arg(request.number, request.label),
                                  this);
        notice->setObjectName(QStringLiteral("newRevisionNotice"));
        notice->setWordWrap(true);
        notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4e0; color: #5c3b00; padding: 6px 8px; }"));
        body()->addWidget(notice);
    }

    m_recoveryBar = new QWidget(this);
    m_recoveryBar->setObjectName(QStringLiteral("recoveryBar"));
    auto *recoveryRow = new QHBoxLayout(m_recoveryBar);
    recoveryRow->setContentsMargins(0, 0, 0, 0);
    auto *recoveryText = new QLabel(m_recoveryBar);
    recoveryText->setWordWrap(true);
    auto *restore = new QPushButton(tr("&Restore"), m_recoveryBar);
    restore->setObjectName(QStringLiteral("restoreDraftButton"));
    recoveryRow->addWidget(recoveryText, 1);
    recoveryRow->addWidget(restore);
    m_recoveryBar->hide();
    body()->addWidget(m_recoveryBar);

    m_editor = new MarkdownEditor(this);
    m_editor->setMarkdown(request.content, request.images);
    body()->addWidget(m_editor, 1);

    body()->addLayout(changeSummaryForm(this, request, newRevision, m_summary, m_step));

    okButton()->setText(newRevision ? tr("Start Revision") : tr("Save Draft"));
    okButton()->setToolTip(tr("Ctrl+S"));

    // A new revision's text is kept apart from the effective one's label: "A/0+" is what follows A/0.
    const QString key = recoveryKey(request.store, request.number, newRevision ? request.label + QStringLiteral("+") : request.label);
    m_recovery = new DraftRecovery(m_editor, this);
    if (auto left = DraftRecovery::recover(key); left && left->markdown != request.content) {
        recoveryText->setText(tr("Unsaved text of this draft from %1 was kept.").arg(QLocale().toString(left->savedAt.toLocalTime(), QLocale::ShortFormat)));
        m_recoveryBar->show();
        connect(restore, &QPushButton::clicked, this, &EditDraftDialog::restoreRecovered);
    }
    m_recovery->setKey(key);

    connect(m_editor, &MarkdownEditor::saveRequested, this, &EditDraftDialog::accept);
    connect(m_summary, &QLineEdit::textChanged, this, &EditDraftDialog::updateOk);
    connect(m_editor, &MarkdownEditor::contentChanged, this, &EditDraftDialog::updateOk);
    updateOk();
    // At 1366×768 the buttons stay on the screen.
    WindowFit::resizeWithin(this, QSize(980, 760));
    // The cursor starts in the text: Enter types a line break, it never saves the draft unchanged.
    m_editor->textEdit()->moveCursor(QTextCursor::Start);
    m_editor->textEdit()->setFocus(Qt::OtherFocusReason);
}

bool EditDraftDialog::hasChanges() const
{
    return m_editor->isModified() || summary() != m_request.summary.trimmed();
}

void EditDraftDialog::reject()
{
    if (hasChanges()
        && !UnsavedChanges::confirmClose(this, m_request.number,
                                         tr("The unsaved text stays on this computer and is offered again the next time you edit this draft.")))
        return; // still open
    ActionDialog::reject();
}

QString EditDraftDialog::recoveryKey(const QString &store, const QString &number, const QString &label)
{
    return store + QLatin1Char('/') + number + QLatin1Char('/') + label;
}

bool EditDraftDialog::offersRecovery() const
{
    return !m_recoveryBar->isHidden();
}

void EditDraftDialog::restoreRecovered()
{
    auto left = DraftRecovery::recover(m_recovery->key());
    if (!left) {
        setErrorText(left.message());
        return;
    }
    m_editor->setMarkdown(left->markdown, left->images);
    m_editor->setModified(true);
    m_recoveryBar->hide();
    updateOk();
}

QHash<QString, QByteArray> EditDraftDialog::images() const
{
    return m_editor->images();
}

QString EditDraftDialog::markdown() const
{
    return m_editor->markdown();
}

QString EditDraftDialog::summary() const
{
    return m_summary->text().trimmed();
}

RevisionStep EditDraftDialog::step() const
{
    return m_step ? RevisionStep(m_step->currentData().toInt()) : RevisionStep::Minor;
}

QString EditDraftDialog::validate() const
{
    if (summary().isEmpty())
        return tr("A change summary (修订说明) is required.");
    // Saving a draft as it is would record an edit that changed nothing.
    if (m_request.status != RevisionStatus::Effective && !hasChanges())
        return tr("Nothing has changed yet: edit the text or the change summary to save the draft.");
    return {};
}

void EditDraftDialog::done(int result)
{
    if (result == QDialog::Accepted)
        (void)m_recovery->discardDraft(); // saved in the store: nothing to recover
    else if (m_editor->isModified())
        (void)m_recovery->flush(); // kept, to be restored next time
    else
        (void)m_recovery->discardDraft();
    m_recovery->setKey({});
    ActionDialog::done(result);
}

} // namespace dc
