#include "ui/audit/auditlogdialog.h"

#include "core/services/session.h"
#include "ui/audit/auditlogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dc {

AuditLogDialog::AuditLogDialog(Session &session, const User &user, QWidget *parent)
    : QDialog(parent), m_session(session), m_user(user), m_model(new AuditLogModel(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit Log"));

    m_document = new QLineEdit(this);
    m_document->setObjectName(QStringLiteral("auditDocument"));
    m_document->setPlaceholderText(tr("e.g. ISMS-P-001"));
    m_document->setClearButtonEnabled(true);
    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("auditUser"));
    m_userName->setPlaceholderText(tr("user name"));
    m_userName->setClearButtonEnabled(true);
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("auditEvent"));
    m_event->addItem(tr("All events"), QString());
    if (auto actions = session.auditTrail().actions(user)) {
        for (const QString &action : actions.value())
            m_event->addItem(action, action);
    }
    const QDate today = QDate::currentDate();
    const auto dateField = [this, today](QCheckBox *&on, QDateEdit *&edit, const QString &label, const char *name, const QDate &initial) {
        on = new QCheckBox(label, this);
        on->setObjectName(QString::fromLatin1(name) + QStringLiteral("On"));
        edit = new QDateEdit(initial.isValid() ? initial : today, this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        connect(on, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(on, &QCheckBox::toggled, this, &AuditLogDialog::applyFilter);
        connect(edit, &QDateEdit::dateChanged, this, [this, on] {
            if (on->isChecked())
                applyFilter();
        });
    };
    dateField(m_fromOn, m_from, tr("From"), "auditFrom", today.addMonths(-1));
    dateField(m_toOn, m_to, tr("To"), "auditTo", today);

    auto *filters = new QFormLayout;
    filters->addRow(tr("Document:"), m_document);
    filters->addRow(tr("User:"), m_userName);
    filters->addRow(tr("Event:"), m_event);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromOn);
    dates->addWidget(m_from);
    dates->addSpacing(12);
    dates->addWidget(m_toOn);
    dates->addWidget(m_to);
    dates->addStretch(1);
    filters->addRow(tr("Days:"), dates);
    connect(m_document, &QLineEdit::editingFinished, this, &AuditLogDialog::applyFilter);
    connect(m_userName, &QLineEdit::editingFinished, this, &AuditLogDialog::applyFilter);
    connect(m_event, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditLogModel::SeqColumn, 60);
    m_table->setColumnWidth(AuditLogModel::TimeColumn, 150);
    m_table->setColumnWidth(AuditLogModel::UserColumn, 100);
    m_table->setColumnWidth(AuditLogModel::EventColumn, 200);
    m_table->setColumnWidth(AuditLogModel::ObjectColumn, 160);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogDialog::showSelected);
    connect(m_model, &AuditLogModel::failed, this, [this](const QString &message) { updateStatus(message); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateStatus(); });

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an event to see it in full."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_more = new QPushButton(tr("Load More"), this);
    m_more->setObjectName(QStringLiteral("auditLoadMore"));
    connect(m_more, &QPushButton::clicked, this, &AuditLogDialog::loadMore);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("auditExportCsv"));
    connect(csv, &QPushButton::clicked, this, &AuditLogDialog::chooseCsvFile);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_more);
    bottom->addWidget(csv);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    resize(960, 620);
    applyFilter();
}

AuditFilter AuditLogDialog::filter() const
{
    AuditFilter f;
    f.document = m_document->text().trimmed();
    f.user = m_userName->text().trimmed();
    f.action = m_event->currentData().toString();
    if (m_fromOn->isChecked())
        f.from = m_from->date();
    if (m_toOn->isChecked())
        f.to = m_to->date();
    return f;
}

void AuditLogDialog::applyFilter()
{
    const AuditFilter f = filter();
    m_details->clear();
    const Status loaded = m_model->reset([this, f](qint64 before, int limit) { return m_session.auditTrail().find(m_user, f, before, limit); });
    updateStatus(loaded ? QString() : loaded.error().message);
}

void AuditLogDialog::loadMore()
{
    if (const Status loaded = m_model->loadMore(); !loaded)
        updateStatus(loaded.error().message);
}

void AuditLogDialog::updateStatus(const QString &error)
{
    m_more->setEnabled(m_model->hasMore());
    if (!error.isEmpty()) {
        m_status->setText(error);
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    m_status->setStyleSheet({});
    const int shown = m_model->rowCount();
    if (m_model->hasMore())
        m_status->setText(tr("Showing the newest %n event(s); older ones match too.", nullptr, shown));
    else
        m_status->setText(tr("%n event(s) match.", nullptr, shown));
}

void AuditLogDialog::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const Event &e = m_model->event(current.row());
    QStringList lines;
    lines << tr("Event #%1: %2").arg(e.seq).arg(e.action);
    lines << tr("Time: %1 (UTC %2)").arg(QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss t")), e.at.toUTC().toString(Qt::ISODateWithMs));
    lines << tr("User: %1").arg(e.user);
    lines << tr("Object: %1").arg(e.object);
    lines << tr("Hash: %1").arg(e.hash);
    lines << tr("Previous hash: %1").arg(e.prevHash);
    lines << QString();
    lines << tr("Canonical event (what the hash covers):");
    lines << QString::fromUtf8(QJsonDocument::fromJson(e.canonical()).toJson(QJsonDocument::Indented)).trimmed();
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

Status AuditLogDialog::exportCsv(const QString &path)
{
    const Status written = m_session.auditTrail().writeCsv(m_user, filter(), path);
    if (written)
        m_status->setText(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    else
        updateStatus(written.error().message);
    return written;
}

void AuditLogDialog::chooseCsvFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Audit Log"), QDir::home().filePath(tr("audit-log.csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        (void)exportCsv(path); // the outcome shows in the status line
}

} // namespace dc
