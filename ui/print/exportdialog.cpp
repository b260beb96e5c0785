#include "ui/print/exportdialog.h"

#include "core/services/session.h"

#include "ui/print/exportwork.h"
#include "ui/print/printsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dc {

namespace {

ExportDialog::SaveFileHook &saveFileHook()
{
    static ExportDialog::SaveFileHook installed;
    return installed;
}

// The folder exports go to: the last one used, else the user's Documents folder, made when a
// fresh account has none yet, else the home folder (never a folder that is not there).
QString exportFolder()
{
    const QString folder = AppSettings::get(PrintSettings::exportFolder);
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && (QFileInfo(documents).isDir() || QDir().mkpath(documents)))
        return documents;
    return QDir::homePath();
}

// `fileName` in `folder`, or when that file exists the first free "name-2.pdf", "name-3.pdf"…,
// so that a suggestion never overwrites an earlier copy.
QString freePath(const QString &folder, const QString &fileName)
{
    const QDir dir(folder);
    const QFileInfo info(fileName);
    QString path = dir.filePath(fileName);
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = dir.filePath(QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(i).arg(info.suffix()));
    return path;
}

} // namespace

void ExportDialog::setSaveFileHook(SaveFileHook hook)
{
    saveFileHook() = std::move(hook);
}

ExportDialog::ExportDialog(Mode mode, const PrintSubject &subject, Session &session, const User &actor, QWidget *parent)
    : ActionDialog(parent), m_mode(mode), m_subject(subject), m_session(session), m_actor(actor)
{
    setObjectName(mode == Mode::Export ? QStringLiteral("exportDialog") : QStringLiteral("printDialog"));
    setWindowTitle(mode == Mode::Export ? tr("Export PDF — %1").arg(subject.number) : tr("Print — %1").arg(subject.number));

    auto *summary = new QLabel(tr("%1 %2\nRevision %3 — %4").arg(subject.number, subject.title, subject.label, displayName(subject.status)), this);
    summary->setObjectName(QStringLiteral("exportSubject"));
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);
    body()->addWidget(summary);
    body()->addWidget(createCopyGroup());
    body()->addWidget(createContentsGroup());
    body()->addWidget(createOutputGroup());
    body()->addStretch(1);

    okButton()->setText(mode == Mode::Export ? tr("&Export") : tr("&Preview and Print…"));
    setCommit([this]() { return commitExport(); });
    updateFields();
    updateFileHint();
    okButton()->setFocus();
}

QGroupBox *ExportDialog::createCopyGroup()
{
    auto *group = new QGroupBox(tr("Copy"), this);
    QString plain;
    switch (m_subject.status) {
    case RevisionStatus::Effective: plain = tr("&Uncontrolled copy — stamped with today's date, valid on that day only"); break;
    case RevisionStatus::Superseded:
    case RevisionStatus::Obsolete: plain = tr("&Obsolete copy — stamped 作废 OBSOLETE"); break;
    default: plain = tr("&Draft copy — stamped 草稿 DRAFT, not for use"); break;
    }
    m_uncontrolled = new QRadioButton(plain, group);
    m_uncontrolled->setObjectName(QStringLiteral("uncontrolledRadio"));
    m_uncontrolled->setChecked(true);
    m_controlled = new QRadioButton(tr("&Controlled copy — numbered and registered to its holder"), group);
    m_controlled->setObjectName(QStringLiteral("controlledRadio"));

    m_holder = new QLineEdit(group);
    m_holder->setObjectName(QStringLiteral("holderEdit"));
    m_holder->setPlaceholderText(tr("A person or a department, e.g. IT 部"));
    auto *holderLabel = new QLabel(tr("&Holder:"), group);
    holderLabel->setBuddy(m_holder);

    // Why a controlled copy cannot be had, under the disabled choice and as its tool tip.
    auto *hint = new QLabel(group);
    hint->setObjectName(QStringLiteral("controlledHint"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setContentsMargins(24, 0, 0, 0);
    hint->setVisible(!m_subject.controlledCopy);
    if (!m_subject.controlledCopy) {
        const QString why = m_subject.controlledCopy.message();
        hint->setText(why);
        m_controlled->setEnabled(false);
        m_controlled->setToolTip(why);
        m_holder->setToolTip(why);
        holderLabel->setToolTip(why);
    }

    auto *holderRow = new QHBoxLayout;
    holderRow->setContentsMargins(24, 0, 0, 0);
    holderRow->addWidget(holderLabel);
    holderRow->addWidget(m_holder, 1);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_uncontrolled);
    layout->addWidget(m_controlled);
    layout->addWidget(hint);
    layout->addLayout(holderRow);

    connect(m_controlled, &QRadioButton::toggled, this, &ExportDialog::updateFields);
    connect(m_holder, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
    return group;
}

QGroupBox *ExportDialog::createContentsGroup()
{
    auto *group = new QGroupBox(tr("Contents"), this);
    group->setObjectName(QStringLiteral("contentsGroup"));
    m_document = new QRadioButton(tr("Single &document"), group);
    m_document->setObjectName(QStringLiteral("documentRadio"));
    m_manual = new QRadioButton(tr("Compiled &manual — cover, release order, contents, chapters and revision history"), group);
    m_manual->setObjectName(QStringLiteral("manualRadio"));
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_manual);
    layout->addWidget(m_document);
    // Only a manual compiles; for other documents there is nothing to choose.
    m_manual->setChecked(m_subject.isManual());
    m_document->setChecked(!m_subject.isManual());
    group->setVisible(m_subject.isManual());
    connect(m_manual, &QRadioButton::toggled, this, &ExportDialog::updateFields);
    return group;
}

QGroupBox *ExportDialog::createOutputGroup()
{
    auto *group = new QGroupBox(m_mode == Mode::Export ? tr("PDF file") : tr("Paper"), this);
    auto *form = new QFormLayout(group);

    m_pageSize = new QComboBox(group);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter (8.5 × 11 in)"), int(QPageSize::Letter));
    if (AppSettings::get(PrintSettings::pageSize) == QLatin1String("Letter"))
        m_pageSize->setCurrentIndex(1);
    form->addRow(tr("Page &size:"), m_pageSize);

    m_pdfA = new QCheckBox(tr("PDF/&A-1b, for long-term archiving"), group);
    m_pdfA->setObjectName(QStringLiteral("pdfACheck"));
    m_file = new QLineEdit(group);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_browse = new QPushButton(tr("&Browse…"), group);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    if (m_mode == Mode::Export) {
        form->addRow(QString(), m_pdfA);
        auto *fileRow = new QHBoxLayout;
        fileRow->addWidget(m_file, 1);
        fileRow->addWidget(m_browse);
        auto *fileLabel = new QLabel(tr("&File:"), group);
        fileLabel->setBuddy(m_file);
        form->addRow(fileLabel, fileRow);
        // Why Export is disabled when the file cannot be written there, under the file.
        m_fileHint = new QLabel(group);
        m_fileHint->setObjectName(QStringLiteral("fileHint"));
        m_fileHint->setWordWrap(true);
        m_fileHint->setTextFormat(Qt::PlainText);
        m_fileHint->setForegroundRole(QPalette::PlaceholderText);
        m_fileHint->hide();
        form->addRow(QString(), m_fileHint);
        m_file->setText(QDir::toNativeSeparators(freePath(exportFolder(), suggestedFileName())));
        connect(m_file, &QLineEdit::textEdited, this, [this]() { m_fileChosen = true; });
        connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
        connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateFileHint);
        connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    } else {
        m_pdfA->hide();
        m_file->hide();
        m_browse->hide();
    }
    return group;
}

void ExportDialog::updateFields()
{
    const bool controlled = m_controlled->isChecked();
    m_holder->setEnabled(controlled);
    if (controlled && m_holder->text().isEmpty())
        m_holder->setFocus();
    if (m_mode == Mode::Export && !m_fileChosen) {
        const QString folder = QFileInfo(filePath()).absolutePath();
        m_file->setText(QDir::toNativeSeparators(freePath(folder, suggestedFileName())));
    }
    updateOk();
}

QString ExportDialog::suggestedFileName() const
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\s]+"));
    QString name = m_subject.number + QLatin1Char('_') + m_subject.label;
    if (m_manual && m_manual->isChecked() && m_subject.isManual())
        name += QStringLiteral("_manual");
    if (m_controlled && m_controlled->isChecked())
        name += QStringLiteral("_controlled");
    return name.replace(unsafe, QStringLiteral("-")) + QStringLiteral(".pdf");
}

QString ExportDialog::filePath() const
{
    const QString text = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (text.isEmpty())
        return {};
    QString path = QDir(exportFolder()).absoluteFilePath(text);
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return QDir::cleanPath(path);
}

void ExportDialog::setFilePath(const QString &path)
{
    m_fileChosen = true;
    m_file->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::browse()
{
    const QString current = filePath();
    const QString chosen = saveFileHook() ? saveFileHook()(this, current)
                                          : QFileDialog::getSaveFileName(this, tr("Export PDF"), current, tr("PDF files (*.pdf)"));
    if (!chosen.isEmpty())
        setFilePath(chosen);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.number = m_subject.number;
    request.label = m_subject.label;
    const bool controlled = m_controlled->isChecked();
    request.copy = controlled ? ExportRequest::Copy::Controlled : ExportRequest::Copy::Uncontrolled;
    request.holder = controlled ? m_holder->text().trimmed() : QString();
    request.manual = m_subject.isManual() && m_manual->isChecked();
    request.options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    request.options.pdfA = m_mode == Mode::Export && m_pdfA->isChecked();
    return request;
}

QString ExportDialog::fileProblem() const
{
    const QString path = filePath();
    if (path.isEmpty())
        return tr("Choose the file to write.");
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        return tr("The folder %1 does not exist; choose another with Browse….").arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    if (!folder.isWritable())
        return tr("The folder %1 cannot be written to; choose another with Browse….").arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    return {};
}

void ExportDialog::updateFileHint()
{
    if (!m_fileHint)
        return;
    const QString problem = fileProblem();
    m_fileHint->setText(problem);
    m_fileHint->setVisible(!problem.isEmpty());
    okButton()->setToolTip(problem);
}

QString ExportDialog::validate() const
{
    if (m_controlled->isChecked() && m_holder->text().trimmed().isEmpty())
        return tr("Enter who holds the controlled copy.");
    if (m_mode == Mode::Export)
        return fileProblem();
    return {};
}

Status ExportDialog::commitExport()
{
    const ExportRequest wanted = request();
    AppSettings::set(PrintSettings::pageSize, wanted.options.pageSize == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4"));
    if (m_mode == Mode::Print)
        return {};
    const QString path = filePath();
    auto written = ExportWork::exportPdf(m_session, m_actor, wanted, path, this);
    if (!written)
        return written.error();
    m_outcome = written.value();
    m_statusMessage = ExportWork::exportedMessage(wanted, written.value());
    AppSettings::set(PrintSettings::exportFolder, QFileInfo(path).absolutePath());
    return {};
}

} // namespace dc
