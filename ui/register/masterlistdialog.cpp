#include "ui/register/masterlistdialog.h"

#include "core/services/masterlist.h"
#include "core/services/session.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace dc {

MasterListDialog::MasterListDialog(Session &session, const User &actor, const RegisterFilter &filter, QWidget *parent)
    : ActionDialog(parent), m_session(session), m_actor(actor), m_filter(filter)
{
    setObjectName(QStringLiteral("masterListDialog"));
    setWindowTitle(tr("Master List of Documents"));
    auto *form = new QFormLayout;
    const QString described = MasterListService::describe(filter);
    auto *filterLabel = new QLabel(described.isEmpty() ? tr("Every document in the register") : tr("The register filtered by %1").arg(described), this);
    filterLabel->setObjectName(QStringLiteral("masterListFilter"));
    filterLabel->setWordWrap(true);
    form->addRow(tr("Documents:"), filterLabel);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("masterListFormat"));
    m_format->addItem(tr("PDF, stamped (landscape)"));
    m_format->addItem(tr("CSV for Excel (UTF-8)"));
    form->addRow(tr("&Format:"), m_format);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("masterListPath"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder).filePath(QStringLiteral("master-list-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate))));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("masterListBrowse"));
    connect(browseButton, &QPushButton::clicked, this, &MasterListDialog::browse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browseButton);
    form->addRow(tr("&File:"), row);
    body()->addLayout(form);
    connect(m_format, &QComboBox::currentIndexChanged, this, &MasterListDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &MasterListDialog::updateOk);
    okButton()->setText(tr("Export"));
    setCommit([this]() -> Status {
        MasterListService &service = m_session.masterList();
        return format() == Format::Csv ? service.writeCsv(m_actor, m_filter, filePath()) : service.writePdf(m_actor, m_filter, filePath());
    });
    updateOk();
    setMinimumWidth(520);
}

MasterListDialog::Format MasterListDialog::format() const
{
    return m_format->currentIndex() == 1 ? Format::Csv : Format::Pdf;
}

void MasterListDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(format == Format::Csv ? 1 : 0);
}

QString MasterListDialog::filePath() const
{
    QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return {};
    const QString suffix = format() == Format::Csv ? QStringLiteral("csv") : QStringLiteral("pdf");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    return QFileInfo(path).absoluteFilePath();
}

void MasterListDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

void MasterListDialog::formatChanged()
{
    const QString path = m_path->text().trimmed();
    const QFileInfo info(path);
    const QString suffix = format() == Format::Csv ? QStringLiteral("csv") : QStringLiteral("pdf");
    if (info.suffix() == QLatin1String("pdf") || info.suffix() == QLatin1String("csv"))
        m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
}

void MasterListDialog::browse()
{
    const QString filter = format() == Format::Csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export the Master List"), m_path->text(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

QString MasterListDialog::validate() const
{
    return m_path->text().trimmed().isEmpty() ? tr("Choose the file to write.") : QString();
}

} // namespace dc
