#include "ui/import/importdialog.h"

#include "core/services/documentservice.h"
#include "core/services/documentstate.h"
#include "core/services/importservice.h"
#include "core/services/session.h"
#include "core/services/settingsservice.h"
#include "core/services/userservice.h"
#include "core/workflow/actions.h"
#include "core/workflow/permissions.h"
#include "ui/workflow/modal.h"

#include <QButtonGroup>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace dc {

namespace {

template <typename T>
T *named(T *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

Status readOnlyRefusal()
{
    return Error{ErrorCode::ReadOnlyStore, ImportDialog::tr("The store is open read-only.")};
}

// Whether `actor` may put the next draft into `number` (WorkflowRules, as the Edit action).
Status mayDraft(Session &session, const User &actor, const QString &number)
{
    if (number.isEmpty())
        return Error{ErrorCode::InvalidState, ImportDialog::tr("No document is selected.")};
    auto state = session.documentState(actor, number);
    if (!state)
        return state.error();
    return WorkflowRules::availability(actor, state.value(), WorkflowAction::Edit);
}

} // namespace

Status ImportDialog::mayImport(Session &session, const User &actor, const QString &selected)
{
    if (session.isReadOnly())
        return readOnlyRefusal();
    const Status create = Permissions::mayRegisterDocument(actor);
    if (create)
        return {};
    if (!selected.isEmpty() && mayDraft(session, actor, selected))
        return {};
    return Error{ErrorCode::PermissionDenied,
                 tr("Importing needs the right to register documents (document controllers) or to edit the selected document.")};
}

ImportDialog::ImportDialog(Session &session, const User &actor, const QString &selected, QWidget *parent)
    : ActionDialog(parent), m_session(session), m_actor(actor)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));

    m_mayCreate = m_session.isReadOnly() ? readOnlyRefusal() : Permissions::mayRegisterDocument(m_actor);
    m_mayDraft = m_session.isReadOnly() ? readOnlyRefusal() : mayDraft(m_session, m_actor, selected);
    QString selectedTitle;
    if (!selected.isEmpty()) {
        if (auto state = m_session.documentState(m_actor, selected))
            selectedTitle = state->document.title;
    }
    if (m_mayDraft)
        m_selected = selected;

    // The file.
    m_file = named(new QLineEdit(this), "importFile");
    m_file->setPlaceholderText(tr(".docx, .odt, .md, .html or .pdf"));
    m_file->setMinimumWidth(260);
    m_browse = named(new QPushButton(tr("&Browse…"), this), "importBrowse");
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    // Where it goes.
    m_asNew = named(new QRadioButton(tr("As a &new document"), this), "importAsNew");
    m_asDraft = named(new QRadioButton(selected.isEmpty() ? tr("As the next &draft of the selected document")
                                                          : tr("As the next &draft of %1 %2").arg(selected, selectedTitle),
                                       this),
                      "importAsDraft");
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_asNew);
    modes->addButton(m_asDraft);
    m_asNew->setEnabled(m_mayCreate.ok());
    m_asNew->setToolTip(m_mayCreate.message());
    m_asDraft->setEnabled(m_mayDraft.ok());
    m_asDraft->setToolTip(m_mayDraft.message());
    (m_mayCreate ? m_asNew : m_asDraft)->setChecked(true);

    m_type = named(new QComboBox(this), "importType");
    for (const QString &key : documentTypeKeys())
        m_type->addItem(displayName(*documentTypeFromKey(key)), key);
    m_type->setCurrentIndex(m_type->findData(toKey(DocumentType::Procedure)));
    m_number = named(new QLineEdit(this), "importNumber");
    const Status mayChoose = Permissions::mayChooseNumber(m_actor);
    m_number->setReadOnly(!mayChoose);
    m_number->setToolTip(mayChoose ? tr("The next number of the type's pattern; type another to choose it.") : mayChoose.message());
    m_title = named(new QLineEdit(this), "importTitle");
    m_owner = named(new QComboBox(this), "importOwner");
    if (auto users = m_session.users().users()) {
        for (const User &u : users.value()) {
            if (u.active)
                m_owner->addItem(u.displayName.isEmpty() ? u.name : tr("%1 (%2)").arg(u.displayName, u.name), u.name);
        }
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(m_actor.name)));

    m_newFields = new QWidget(this);
    auto *newForm = new QFormLayout(m_newFields);
    newForm->setContentsMargins(24, 0, 0, 0);
    newForm->addRow(tr("T&ype:"), m_type);
    newForm->addRow(tr("N&umber:"), m_number);
    newForm->addRow(tr("&Title:"), m_title);
    newForm->addRow(tr("O&wner:"), m_owner);

    m_summary = named(new QLineEdit(this), "importSummary");
    m_summary->setPlaceholderText(tr("What this revision brings, e.g. \"Imported from the paper manual, edition A\""));

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(m_asNew);
    form->addRow(m_newFields);
    form->addRow(m_asDraft);
    form->addRow(tr("Change &summary (修订说明):"), m_summary);

    // What was recognised.
    m_facts = named(new QLabel(this), "importFacts");
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    m_text = named(new QTextBrowser(this), "importText");
    m_text->setOpenLinks(false);
    m_notes = named(new QListWidget(this), "importNotes");
    m_notes->setWordWrap(true);
    m_notes->setMaximumHeight(110);
    auto *previewBox = new QGroupBox(tr("What was recognised"), this);
    auto *preview = new QVBoxLayout(previewBox);
    preview->addWidget(m_facts);
    preview->addWidget(m_text, 1);
    auto *notesLabel = new QLabel(tr("Attachments and warnings:"), this);
    notesLabel->setBuddy(m_notes);
    preview->addWidget(notesLabel);
    preview->addWidget(m_notes);

    auto *fields = new QVBoxLayout;
    fields->addLayout(form);
    fields->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(fields, 1);
    columns->addWidget(previewBox, 1);
    body()->addLayout(columns);
    okButton()->setText(tr("&Import"));

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::recognise);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::updateOk);
    connect(m_asNew, &QRadioButton::toggled, this, &ImportDialog::modeChanged);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ImportDialog::typeChanged);
    connect(m_title, &QLineEdit::textEdited, this, [this]() {
        m_titleTyped = true;
        updateOk();
    });
    connect(m_summary, &QLineEdit::textChanged, this, &ImportDialog::updateOk);
    setCommit([this]() { return commit(); });

    typeChanged();
    modeChanged();
    showPreview();
    resize(std::max(sizeHint().width(), 980), std::max(sizeHint().height(), 580));
}

QString ImportDialog::filePath() const
{
    return m_file->text().trimmed();
}

bool ImportDialog::asNewDocument() const
{
    return m_asNew->isChecked();
}

void ImportDialog::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    recognise();
}

void ImportDialog::browse()
{
    QFileDialog dialog(this, tr("Import a Document"));
    dialog.setObjectName(QStringLiteral("importFileDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({tr("Documents (*.docx *.odt *.md *.markdown *.html *.htm *.pdf)"), tr("All files (*)")});
    const QString start = filePath().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                               : QFileInfo(filePath()).absolutePath();
    dialog.setDirectory(start);
    if (Modal::exec(dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    setFilePath(dialog.selectedFiles().constFirst());
}

void ImportDialog::recognise()
{
    const QString path = QDir::fromNativeSeparators(filePath());
    if (path == m_recognised)
        return;
    m_recognised = path;
    m_preview.reset();
    m_problem.clear();
    if (!path.isEmpty()) {
        auto recognised = ImportPreview::recognise(path);
        if (recognised)
            m_preview = std::move(recognised).value();
        else
            m_problem = recognised.message();
    }
    if (m_preview && !m_titleTyped)
        m_title->setText(m_preview->title);
    if (m_preview && m_preview->attachedAsIs && m_asNew->isChecked() && m_asDraft->isEnabled())
        m_asDraft->setChecked(true); // a PDF goes to a draft only
    setErrorText({});
    showPreview();
    modeChanged();
}

void ImportDialog::showPreview()
{
    m_notes->clear();
    if (!m_preview) {
        m_facts->setText(m_problem.isEmpty() ? tr("Choose a file, or drop one on the main window.") : m_problem);
        m_facts->setStyleSheet(m_problem.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
        m_text->clear();
        return;
    }
    m_facts->setStyleSheet(QString());
    const ImportPreview &p = *m_preview;
    if (p.attachedAsIs) {
        m_facts->setText(tr("%1: %2 — attached as it is.").arg(p.formatName, p.fileName));
        m_text->setPlainText(tr("The PDF is not converted: it becomes an attachment of the selected document's draft."));
    } else {
        m_facts->setText(tr("%1 · title: %2").arg(p.formatName, p.title.isEmpty() ? tr("(none)") : p.title) + u'\n'
                         + tr("%n heading(s)", nullptr, p.headings) + tr(" · %n table(s)", nullptr, p.tables)
                         + tr(" · %n image(s)", nullptr, int(p.attachments.size())));
        m_text->setMarkdown(p.markdownStart());
    }
    for (const QString &name : p.attachments) {
        auto *item = new QListWidgetItem(tr("Attachment: %1").arg(name), m_notes);
        item->setData(Qt::UserRole, QStringLiteral("attachment"));
    }
    for (const QString &warning : p.warnings) {
        auto *item = new QListWidgetItem(tr("Warning: %1").arg(warning), m_notes);
        item->setData(Qt::UserRole, QStringLiteral("warning"));
        item->setForeground(QColor(0x9a, 0x5b, 0x00));
    }
}

void ImportDialog::typeChanged()
{
    const DocumentType type = documentTypeFromKey(m_type->currentData().toString()).value_or(DocumentType::Procedure);
    auto next = m_session.documents().nextNumber(type);
    const QString typed = m_number->text().trimmed();
    const bool wasTyped = !typed.isEmpty() && typed != m_nextNumber;
    m_nextNumber = next ? next.value() : QString();
    if (!wasTyped)
        m_number->setText(m_nextNumber);
    m_number->setPlaceholderText(m_nextNumber);
    updateOk();
}

void ImportDialog::modeChanged()
{
    m_newFields->setEnabled(m_asNew->isChecked());
    updateOk();
}

NewDocument ImportDialog::newDocument() const
{
    NewDocument d;
    d.type = documentTypeFromKey(m_type->currentData().toString()).value_or(DocumentType::Procedure);
    const QString typed = m_number->text().trimmed();
    d.number = typed == m_nextNumber ? QString() : typed;
    d.title = m_title->text().trimmed();
    d.owner = m_owner->currentData().toString();
    return d;
}

QString ImportDialog::validate() const
{
    if (filePath().isEmpty())
        return tr("Choose the file to import.");
    if (QDir::fromNativeSeparators(filePath()) != m_recognised)
        return tr("Press Enter to read the file.");
    if (!m_preview)
        return m_problem;
    if (!m_asNew->isChecked() && !m_asDraft->isChecked())
        return tr("You may neither register documents nor edit the selected one.");
    if (m_asNew->isChecked()) {
        if (m_preview->attachedAsIs)
            return tr("A PDF is attached to an existing document, not converted: select the document first.");
        if (m_title->text().trimmed().isEmpty())
            return tr("Type the new document's title.");
        if (m_owner->currentIndex() < 0)
            return tr("Choose the new document's owner.");
    }
    if (m_summary->text().trimmed().isEmpty())
        return tr("Type the change summary (修订说明).");
    return {};
}

Status ImportDialog::commit()
{
    // The file may have changed on disk since it was recognised: the import converts it again.
    const QString path = QDir::fromNativeSeparators(filePath());
    const QString into = m_asNew->isChecked() ? QString() : m_selected;
    QString number;
    auto revision = m_session.imports().importFile(m_actor, path, into, newDocument(), m_summary->text().trimmed(), &number);
    if (!revision)
        return revision.error();
    m_importedNumber = number.isEmpty() ? into : number;
    m_importedLabel = revision->label;
    return {};
}

} // namespace dc
