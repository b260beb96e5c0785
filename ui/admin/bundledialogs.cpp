#include "ui/admin/bundledialogs.h"

#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "ui/admin/adminsupport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dc {

namespace {

QLineEdit *pathField(QFormLayout *form, QWidget *parent, const QString &label, const char *name, const std::function<void(QLineEdit *)> &browse)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(name));
    field->setMinimumWidth(380);
    auto *button = new QPushButton(QCoreApplication::translate("dc::BundleExportDialog", "&Browse…"), parent);
    QObject::connect(button, &QPushButton::clicked, parent, [field, browse] { browse(field); });
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(button);
    auto *caption = new QLabel(label, parent);
    caption->setBuddy(field);
    form->addRow(caption, row);
    return field;
}

} // namespace

BundleExportDialog::BundleExportDialog(Session &session, const User &actor, const QString &selectedNumber, const RegisterFilter &filter,
                                       QWidget *parent)
    : ActionDialog(parent), m_session(session), m_actor(actor), m_selected(selectedNumber), m_filter(filter)
{
    setObjectName(QStringLiteral("bundleExportDialog"));
    setWindowTitle(tr("Export a Distribution Bundle"));
    auto *explain = new QLabel(tr("A zip of stamped PDFs of effective revisions with a manifest signed by your key, "
                                  "which anyone can check offline with Verify Bundle."),
                               this);
    explain->setWordWrap(true);
    body()->addWidget(explain);

    auto *scopeBox = new QGroupBox(tr("Documents"), this);
    auto *scopes = new QVBoxLayout(scopeBox);
    m_selectedScope = new QRadioButton(selectedNumber.isEmpty() ? tr("The selected document (none is selected)")
                                                                : tr("The selected document: %1").arg(selectedNumber),
                                       scopeBox);
    m_selectedScope->setObjectName(QStringLiteral("bundleScopeSelected"));
    m_selectedScope->setEnabled(!selectedNumber.isEmpty());
    m_filteredScope = new QRadioButton(tr("The effective documents the register shows under its filter"), scopeBox);
    m_filteredScope->setObjectName(QStringLiteral("bundleScopeFiltered"));
    m_allScope = new QRadioButton(tr("Every effective document"), scopeBox);
    m_allScope->setObjectName(QStringLiteral("bundleScopeAll"));
    scopes->addWidget(m_selectedScope);
    scopes->addWidget(m_filteredScope);
    scopes->addWidget(m_allScope);
    (selectedNumber.isEmpty() ? m_allScope : m_selectedScope)->setChecked(true);
    body()->addWidget(scopeBox);

    auto *form = new QFormLayout;
    m_holder = new QLineEdit(this);
    m_holder->setObjectName(QStringLiteral("bundleHolder"));
    m_holder->setPlaceholderText(tr("Empty: uncontrolled copies (非受控)"));
    m_holder->setToolTip(tr("A holder makes each PDF a numbered controlled copy (受控) issued to them."));
    form->addRow(tr("&Holder (持有人):"), m_holder);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("bundlePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Your password opens your signing key, which signs the manifest."));
    form->addRow(tr("Your &password:"), m_password);
    m_path = pathField(form, this, tr("&Bundle file:"), "bundlePath", [this](QLineEdit *field) {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Export a Distribution Bundle"), field->text(), tr("Bundles (*.zip)"));
        if (!chosen.isEmpty())
            field->setText(chosen);
    });
    const QString day = m_session.clock().nowUtc().date().toString(Qt::ISODate);
    m_path->setText(QDir(AdminSupport::lastFolder()).filePath(QStringLiteral("bundle-%1.zip").arg(day)));
    body()->addLayout(form);
    for (QLineEdit *field : {m_password, m_path})
        connect(field, &QLineEdit::textChanged, this, &BundleExportDialog::updateOk);
    okButton()->setText(tr("Export"));

    setCommit([this]() -> Status {
        auto listed = numbers();
        if (!listed)
            return listed.error();
        BundleRequest request;
        request.numbers = listed.value();
        request.holder = m_holder->text().trimmed();
        const QString path = filePath();
        const QString password = m_password->text();
        const Session::Ticket ticket = m_session.ticket();
        const User actor = m_actor;
        auto written = AdminSupport::runBusy(this, tr("Exporting the bundle to %1…").arg(QDir::toNativeSeparators(path)),
                                             [ticket, actor, password, request, path]() -> Result<int> {
                                                 auto worker = ticket.open();
                                                 if (!worker)
                                                     return worker.error();
                                                 return worker.value()->bundles().exportBundle(actor, password, request, path);
                                             });
        if (!written)
            return written.error();
        m_written = written.value();
        AdminSupport::rememberFolder(path);
        m_session.refresh(); // the exports (and copies) are recorded by the worker's connection
        return {};
    });
    updateOk();
    setMinimumWidth(560);
}

void BundleExportDialog::setScope(Scope scope)
{
    (scope == Scope::Selected ? m_selectedScope : scope == Scope::Filtered ? m_filteredScope : m_allScope)->setChecked(true);
}

BundleExportDialog::Scope BundleExportDialog::scope() const
{
    return m_selectedScope->isChecked() ? Scope::Selected : m_filteredScope->isChecked() ? Scope::Filtered : Scope::All;
}

QString BundleExportDialog::filePath() const
{
    QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".zip");
    return QFileInfo(path).absoluteFilePath();
}

Result<QStringList> BundleExportDialog::numbers() const
{
    switch (scope()) {
    case Scope::Selected:
        return QStringList{m_selected};
    case Scope::All:
        return QStringList{};
    case Scope::Filtered:
        break;
    }
    RegisterQuery query;
    query.filter = m_filter;
    query.filter.effectiveOnly = true;
    QStringList numbers;
    for (;;) {
        auto page = m_session.documents().list(m_actor, query);
        if (!page)
            return page.error();
        for (const Document &document : page->rows)
            numbers << document.number;
        if (page->rows.isEmpty() || numbers.size() >= page->total)
            break;
        query.offset += int(page->rows.size());
    }
    if (numbers.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("No effective document matches the register's filter.")};
    return numbers;
}

QString BundleExportDialog::validate() const
{
    if (m_password->text().isEmpty())
        return tr("Type your password: it signs the manifest.");
    if (m_path->text().trimmed().isEmpty())
        return tr("Choose the file to write.");
    return {};
}

void BundleExportDialog::commitFailed(const Error &error)
{
    if (error.code == ErrorCode::AuthenticationFailed) {
        m_password->selectAll();
        m_password->setFocus();
    }
}

BundleVerifyDialog::BundleVerifyDialog(QWidget *parent) : ActionDialog(parent)
{
    setObjectName(QStringLiteral("bundleVerifyDialog"));
    setWindowTitle(tr("Verify a Bundle"));
    auto *form = new QFormLayout;
    m_path = pathField(form, this, tr("&Bundle:"), "bundleVerifyPath", [this](QLineEdit *field) {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Verify a Bundle"), AdminSupport::lastFolder(), tr("Bundles (*.zip)"));
        if (!chosen.isEmpty())
            field->setText(chosen);
    });
    m_keys = new QLineEdit(this);
    m_keys->setObjectName(QStringLiteral("bundleExpectKey"));
    m_keys->setPlaceholderText(tr("Optional: the exporter's key fingerprint, as they told you"));
    m_keys->setToolTip(tr("Without it the report can only say which key the bundle declares; with it, a bundle re-signed by another key is refused. "
                          "Separate several fingerprints with commas."));
    form->addRow(tr("&Expected key:"), m_keys);
    body()->addLayout(form);
    connect(m_path, &QLineEdit::textChanged, this, &BundleVerifyDialog::updateOk);
    okButton()->setText(tr("Verify"));
    setCommit([this]() -> Status {
        const QString path = filePath();
        const QStringList trusted = m_keys->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
        auto report = AdminSupport::runBusy(this, tr("Verifying %1…").arg(QDir::toNativeSeparators(path)),
                                            [path, trusted]() { return BundleService::verifyBundle(path, trusted); });
        if (!report)
            return report.error();
        m_report = report.value();
        AdminSupport::rememberFolder(path);
        return {};
    });
    updateOk();
    setMinimumWidth(560);
}

void BundleVerifyDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QString BundleVerifyDialog::filePath() const
{
    const QString path = m_path->text().trimmed();
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

void BundleVerifyDialog::setExpectedKeys(const QString &fingerprints)
{
    m_keys->setText(fingerprints);
}

QString BundleVerifyDialog::validate() const
{
    return m_path->text().trimmed().isEmpty() ? tr("Choose the bundle to verify.") : QString();
}

BundleReportDialog::BundleReportDialog(const QString &path, const BundleReport &report, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("bundleReportDialog"));
    setWindowTitle(tr("Bundle Verification"));
    auto *layout = new QVBoxLayout(this);

    auto *verdict = new QLabel(this);
    verdict->setObjectName(QStringLiteral("bundleReportVerdict"));
    verdict->setWordWrap(true);
    if (!report.ok()) {
        verdict->setText(tr("<b>Problems found:</b> %n problem(s) in %1.", nullptr, int(report.problems.size())).arg(QFileInfo(path).fileName().toHtmlEscaped()));
        verdict->setStyleSheet(QStringLiteral("color: #b00020;"));
    } else if (report.exporterKeyPinned) {
        verdict->setText(tr("<b>OK:</b> every file and signature matches the manifest, signed by the trusted key %1.").arg(report.exporterKeyFingerprint));
    } else {
        verdict->setText(tr("<b>The files and signatures match the manifest</b>, but its key %1 is self-declared: anyone can re-sign a bundle "
                            "with their own key. Check the fingerprint with the exporter and give it as the expected key.")
                             .arg(report.exporterKeyFingerprint));
    }
    layout->addWidget(verdict);

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("bundleReportSummary"));
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString head = report.chainSeq > 0 ? tr("event #%1, %2").arg(report.chainSeq).arg(report.chainHead) : tr("not recorded");
    summary->setText(tr("Bundle: %1\nOrganisation: %2\nExported by: %3\nManifest key: %4\nAudit trail head when exported: %5\nFiles: %6, signatures: %7")
                         .arg(QDir::toNativeSeparators(path), report.organisation, report.createdBy, report.exporterKeyFingerprint, head)
                         .arg(report.files)
                         .arg(report.signatures));
    layout->addWidget(summary);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("bundleReportTable"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    // Each listed file: OK, or its problems; then what concerns no listed file (the manifest, added files).
    QStringList unclaimed = report.problems;
    auto addRow = [this](const QString &file, const QString &result, bool ok) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(file));
        auto *item = new QTableWidgetItem(result);
        item->setToolTip(result);
        item->setForeground(ok ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20));
        m_table->setItem(row, 1, item);
    };
    for (const QString &file : report.listedFiles) {
        QStringList mine;
        const QString prefix = file + QStringLiteral(": ");
        for (auto it = unclaimed.begin(); it != unclaimed.end();) {
            if (it->startsWith(prefix)) {
                mine << it->mid(prefix.size());
                it = unclaimed.erase(it);
            } else {
                ++it;
            }
        }
        addRow(file, mine.isEmpty() ? tr("OK") : mine.join(QLatin1Char(' ')), mine.isEmpty());
    }
    for (const QString &problem : unclaimed) {
        const qsizetype colon = problem.indexOf(QStringLiteral(": "));
        addRow(colon > 0 ? problem.left(colon) : QString(), colon > 0 ? problem.mid(colon + 2) : problem, false);
    }
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(780, 480);
}

} // namespace dc
