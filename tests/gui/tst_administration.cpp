// Administration in the app (Tools ▸ Administration…, Back Up…, Restore…, Export Bundle…,
// Verify Bundle…), driven through the main window with a script answering the dialogs, and
// checked against the services the command line uses.

#include "guihelpers.h"
#include "../unit/zipentries.h"
#include "core/services/audittrail.h"
#include "core/services/backupservice.h"
#include "core/services/bundleservice.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/services/settingsservice.h"
#include "core/services/workflowservice.h"
#include "ui/admin/administrationdialog.h"
#include "ui/admin/backupdialogs.h"
#include "ui/admin/bundledialogs.h"
#include "ui/admin/numberingtab.h"
#include "ui/admin/printingtab.h"
#include "ui/admin/routestab.h"
#include "ui/register/registerview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

namespace {

// Every type's pattern, as `numbering list` shows them.
QStringList patterns(Session &session)
{
    QStringList all;
    for (const QString &key : documentTypeKeys())
        all << key + QLatin1Char('=') + session.settings().numberPattern(*documentTypeFromKey(key)).text();
    return all;
}

// With DC_SHOTS=/folder, saves what `widget` shows there as NAME.png (to look at the screens).
void shoot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("DC_SHOTS");
    if (folder.isEmpty())
        return;
    QApplication::processEvents();
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

// The table row of a document type (rows follow documentTypeKeys()).
int rowOf(DocumentType type)
{
    return int(documentTypeKeys().indexOf(toKey(type)));
}

} // namespace

class TestAdministration final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void numberingPatternGivesTheNextNumber();
    void invalidPatternIsRefused();
    void routeIsSavedForRouteList();
    void routeNeedsReviewersAndApprover();
    void othersSeeDisabledControlsAndCoreRefuses();
    void labelLanguageFromPrintedPagesTab();
    void backupAndRestore();
    void bundleExportAndVerify();

private:
    MainWindow *open(const QString &userName);
    QAction *action(const char *name) const { return test::child<QAction>(m_window, name); }
    // The first effective document the register holds.
    QString effectiveNumber();

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    MainWindow *m_window = nullptr;
};

void TestAdministration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.dcstore"));
    QVERIFY(DemoStore::openOrCreate(m_template).ok());
}

void TestAdministration::init()
{
    m_path = m_dir.filePath(QStringLiteral("demo.dcstore"));
    QVERIFY(test::copyStore(m_template, m_path));
}

void TestAdministration::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

MainWindow *TestAdministration::open(const QString &userName)
{
    delete m_window;
    m_window = test::openWindow(m_path, userName);
    if (m_window)
        m_window->show();
    return m_window;
}

QString TestAdministration::effectiveNumber()
{
    RegisterQuery query;
    query.filter.effectiveOnly = true;
    auto page = m_window->session().documents().list(m_window->user(), query);
    if (!page || page->rows.isEmpty())
        return {};
    return page->rows.first().number;
}

void TestAdministration::numberingPatternGivesTheNextNumber()
{
    QVERIFY(open(QStringLiteral("wangfang"))); // 文控: controller
    QVERIFY(action("actionAdministration")->isEnabled());
    const QString pattern = QStringLiteral("{prefix}-PR-{seq:3}-{yy}");
    const QString year = QString::number(m_window->session().clock().nowUtc().date().year() % 100);
    QString example;
    QString error;
    test::DialogScript script;
    script.on(QStringLiteral("administrationDialog"), [&](QDialog &dialog) {
        auto *table = test::child<QTableWidget>(&dialog, "numberingTable");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(documentTypeKeys().size()));
        // The store's pattern shows the next number it gives, as `numbering list`.
        const int row = rowOf(DocumentType::Procedure);
        QCOMPARE(table->item(row, 2)->text(), m_window->session().documents().nextNumber(DocumentType::Procedure).value());
        shoot(&dialog, QStringLiteral("administration-numbering"));
        table->item(row, 1)->setText(pattern);
        example = table->item(row, 2)->text();
        test::child<QPushButton>(&dialog, "numberingSave")->click();
        error = test::child<QLabel>(&dialog, "numberingError")->text();
        // Saved: the row shows the real next number now.
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("ISMS-PR-001-%1").arg(year));
        dialog.reject();
    });
    action("actionAdministration")->trigger();
    QCOMPARE(script.seen(), QStringList{QStringLiteral("administrationDialog")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(example.startsWith(QStringLiteral("ISMS-PR-001-%1").arg(year)), qPrintable(example));

    Session &session = m_window->session();
    QCOMPARE(session.settings().numberPattern(DocumentType::Procedure).text(), pattern);
    NewDocument d;
    d.title = QStringLiteral("变更管理程序");
    d.type = DocumentType::Procedure;
    d.owner = QStringLiteral("wangfang");
    auto made = session.documents().create(m_window->user(), d);
    QVERIFY2(made, qPrintable(made.message()));
    QCOMPARE(made->number, QStringLiteral("ISMS-PR-001-%1").arg(year));
}

void TestAdministration::invalidPatternIsRefused()
{
    QVERIFY(open(QStringLiteral("wangfang")));
    Session &session = m_window->session();
    const QStringList before = patterns(session);
    const QString nextBefore = session.documents().nextNumber(DocumentType::Form).value();
    QString shown;
    QString error;
    bool errorVisible = false;
    test::DialogScript script;
    script.on(QStringLiteral("administrationDialog"), [&](QDialog &dialog) {
        auto *table = test::child<QTableWidget>(&dialog, "numberingTable");
        const int row = rowOf(DocumentType::Form);
        table->item(row, 1)->setText(QStringLiteral("{prefix}-F-{sequence}"));
        shown = table->item(row, 2)->text();
        test::child<QPushButton>(&dialog, "numberingSave")->click();
        auto *label = test::child<QLabel>(&dialog, "numberingError");
        error = label->text();
        errorVisible = label->isVisible();
        dialog.reject();
    });
    action("actionAdministration")->trigger();
    // The pattern's problem shows as the example, and Save shows the core's refusal.
    const QString coreMessage = NumberPattern::parse(QStringLiteral("{prefix}-F-{sequence}")).message();
    QVERIFY(!coreMessage.isEmpty());
    QCOMPARE(shown, coreMessage);
    QVERIFY(errorVisible);
    QVERIFY2(error.contains(coreMessage), qPrintable(error));
    QCOMPARE(patterns(session), before);
    QCOMPARE(session.documents().nextNumber(DocumentType::Form).value(), nextBefore);
}

void TestAdministration::routeIsSavedForRouteList()
{
    QVERIFY(open(QStringLiteral("wangfang")));
    QString error;
    QString shownReviewers;
    test::DialogScript script;
    script.on(QStringLiteral("administrationDialog"), [&](QDialog &dialog) {
        auto *routes = dialog.findChild<RoutesTab *>();
        QVERIFY(routes);
        routes->selectType(DocumentType::WorkInstruction);
        // The demo route: chenjing and liuyang in parallel, zhangwei approves.
        QCOMPARE(routes->editedRoute().reviewers, (QStringList{QStringLiteral("chenjing"), QStringLiteral("liuyang")}));
        auto *reviewers = test::child<QListWidget>(&dialog, "routeReviewers");
        // Only reviewers are offered.
        QCOMPARE(reviewers->count(), 2);
        for (int i = 0; i < reviewers->count(); ++i) {
            if (reviewers->item(i)->data(Qt::UserRole).toString() == QLatin1String("chenjing"))
                reviewers->item(i)->setCheckState(Qt::Unchecked);
        }
        test::child<QCheckBox>(&dialog, "routeSequential")->setChecked(true);
        auto *approver = test::child<QComboBox>(&dialog, "routeApprover");
        QCOMPARE(approver->currentData().toString(), QStringLiteral("zhangwei"));
        test::child<QTabWidget>(&dialog, "administrationTabs")->setCurrentWidget(routes);
        shoot(&dialog, QStringLiteral("administration-routes"));
        test::child<QPushButton>(&dialog, "routeSave")->click();
        error = test::child<QLabel>(&dialog, "routeError")->text();
        auto *table = test::child<QTableWidget>(&dialog, "routeTable");
        shownReviewers = table->item(rowOf(DocumentType::WorkInstruction), 1)->text();
        dialog.reject();
    });
    action("actionAdministration")->trigger();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(shownReviewers, QStringLiteral("liuyang"));
    // What `route list` reads.
    const Route route = m_window->session().settings().defaultRoute(DocumentType::WorkInstruction);
    QCOMPARE(route.reviewers, QStringList{QStringLiteral("liuyang")});
    QCOMPARE(route.approver, QStringLiteral("zhangwei"));
    QVERIFY(route.sequential);
    // The other types keep theirs.
    QCOMPARE(m_window->session().settings().defaultRoute(DocumentType::Procedure).reviewers.size(), 2);
}

void TestAdministration::routeNeedsReviewersAndApprover()
{
    QVERIFY(open(QStringLiteral("wangfang")));
    const Route before = m_window->session().settings().defaultRoute(DocumentType::Policy);
    QString error;
    test::DialogScript script;
    script.on(QStringLiteral("administrationDialog"), [&](QDialog &dialog) {
        auto *routes = dialog.findChild<RoutesTab *>();
        routes->selectType(DocumentType::Policy);
        test::child<QComboBox>(&dialog, "routeApprover")->setCurrentIndex(0); // (none)
        test::child<QPushButton>(&dialog, "routeSave")->click();
        error = test::child<QLabel>(&dialog, "routeError")->text();
        dialog.reject();
    });
    action("actionAdministration")->trigger();
    QVERIFY(!error.isEmpty());
    const Route after = m_window->session().settings().defaultRoute(DocumentType::Policy);
    QCOMPARE(after.reviewers, before.reviewers);
    QCOMPARE(after.approver, before.approver);
    // The core refuses a route whose approver does not hold the approver role, changing nothing.
    const Status refused = m_window->session().workflow().setDefaultRoute(
        m_window->user(), DocumentType::Policy, Route{{QStringLiteral("chenjing")}, QStringLiteral("liuyang"), false});
    QVERIFY(!refused);
    QCOMPARE(m_window->session().settings().defaultRoute(DocumentType::Policy).approver, before.approver);
}

void TestAdministration::othersSeeDisabledControlsAndCoreRefuses()
{
    QVERIFY(open(QStringLiteral("chenjing"))); // a reviewer
    Session &session = m_window->session();
    const QStringList before = patterns(session);
    QVERIFY(action("actionAdministration")->isEnabled()); // to look
    QVERIFY(!action("actionBackup")->isEnabled());
    QVERIFY(!action("actionBackup")->statusTip().isEmpty());
    bool saveEnabled = true;
    bool routeSaveEnabled = true;
    bool reviewersEnabled = true;
    QString tip;
    test::DialogScript script;
    script.on(QStringLiteral("administrationDialog"), [&](QDialog &dialog) {
        auto *save = test::child<QPushButton>(&dialog, "numberingSave");
        saveEnabled = save->isEnabled();
        tip = save->toolTip();
        routeSaveEnabled = test::child<QPushButton>(&dialog, "routeSave")->isEnabled();
        reviewersEnabled = test::child<QListWidget>(&dialog, "routeReviewers")->isEnabled();
        auto *table = test::child<QTableWidget>(&dialog, "numberingTable");
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        QCOMPARE(test::child<QLabel>(&dialog, "numberingReadOnly")->text(), tip);
        QVERIFY(!test::child<QLabel>(&dialog, "routesReadOnly")->text().isEmpty());
        QVERIFY(!test::child<QComboBox>(&dialog, "labelLanguage")->isEnabled());
        QVERIFY(!test::child<QPushButton>(&dialog, "printingSave")->isEnabled());
        QVERIFY(!test::child<QLabel>(&dialog, "printingReadOnly")->text().isEmpty());
        shoot(&dialog, QStringLiteral("administration-reviewer"));
        dialog.reject();
    });
    action("actionAdministration")->trigger();
    QVERIFY(!saveEnabled);
    QVERIFY(!routeSaveEnabled);
    QVERIFY(!reviewersEnabled);
    QVERIFY(!tip.isEmpty());

    // The core refuses anyway.
    const User &reviewer = m_window->user();
    const Status pattern = session.settings().setNumberPattern(reviewer, DocumentType::Form, QStringLiteral("{prefix}-X-{seq:2}"));
    QCOMPARE(pattern.code(), ErrorCode::PermissionDenied);
    QCOMPARE(session.settings().setLabelLanguage(reviewer, QStringLiteral("zh")).code(), ErrorCode::PermissionDenied);
    QCOMPARE(session.settings().labelLanguage(), QStringLiteral("bilingual"));
    const Status route = session.workflow().setDefaultRoute(reviewer, DocumentType::Form, Route{{QStringLiteral("chenjing")}, QStringLiteral("zhangwei"), false});
    QCOMPARE(route.code(), ErrorCode::PermissionDenied);
    const QString zip = m_dir.filePath(QStringLiteral("refused.zip"));
    auto backup = session.backups().backup(reviewer, zip);
    QVERIFY(!backup);
    QVERIFY(!QFile::exists(zip));
    QCOMPARE(patterns(session), before);

    // A backup dialog opened anyway (e.g. from a stale action) shows the core's refusal inline.
    BackupDialog dialog(session, reviewer, m_window);
    dialog.setFilePath(zip);
    QVERIFY(!dialog.tryAccept());
    QVERIFY(dialog.errorText().contains(QStringLiteral("administrators")));
    QVERIFY(!QFile::exists(zip));
}

// The controller turns the labels of printed pages to Chinese only, as `labels set zh` does.
void TestAdministration::labelLanguageFromPrintedPagesTab()
{
    QVERIFY(open(QStringLiteral("wangfang")));
    Session &session = m_window->session();
    QCOMPARE(session.settings().labelLanguage(), QStringLiteral("bilingual"));
    QString error;
    test::DialogScript script;
    script.on(QStringLiteral("administrationDialog"), [&](QDialog &dialog) {
        auto *labels = test::child<QComboBox>(&dialog, "labelLanguage");
        test::child<QTabWidget>(&dialog, "administrationTabs")->setCurrentWidget(test::child<PrintingTab>(&dialog, "printingTab"));
        QVERIFY(labels->isEnabled());
        QCOMPARE(labels->currentData().toString(), QStringLiteral("bilingual"));
        labels->setCurrentIndex(labels->findData(QStringLiteral("zh")));
        test::child<QPushButton>(&dialog, "printingSave")->click();
        error = test::child<QLabel>(&dialog, "printingError")->text();
        shoot(&dialog, QStringLiteral("administration-printing"));
        // Saving the same choice again changes nothing and is no error.
        test::child<QPushButton>(&dialog, "printingSave")->click();
        QVERIFY(test::child<QLabel>(&dialog, "printingError")->isHidden());
        dialog.reject();
    });
    action("actionAdministration")->trigger();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(session.settings().labelLanguage(), QStringLiteral("zh"));
    AuditFilter filter;
    filter.action = QStringLiteral("settings.labels_set");
    auto events = session.auditTrail().find(m_window->user(), filter);
    QVERIFY2(events, qPrintable(events.message()));
    QCOMPARE(events->events.size(), 1);
}

void TestAdministration::backupAndRestore()
{
    QVERIFY(open(QStringLiteral("admin")));
    QVERIFY(action("actionBackup")->isEnabled());
    const QString zip = m_dir.filePath(QStringLiteral("backup-1.zip"));
    QString message;
    test::DialogScript script;
    script.on(QStringLiteral("backupDialog"), [&](QDialog &dialog) {
        auto &backup = static_cast<BackupDialog &>(dialog);
        // Named after the store and the day, in the last folder used.
        QVERIFY2(backup.filePath().endsWith(QStringLiteral(".zip")) && backup.filePath().contains(QStringLiteral("demo-")), qPrintable(backup.filePath()));
        shoot(&dialog, QStringLiteral("backup"));
        test::typeInto(test::child<QLineEdit>(&dialog, "backupPath"), zip);
        QVERIFY2(backup.tryAccept(), qPrintable(backup.errorText()));
    });
    script.on(QStringLiteral("backupDoneBox"), [&](QDialog &dialog) {
        message = static_cast<QMessageBox &>(dialog).text();
        shoot(&dialog, QStringLiteral("backup-done"));
        dialog.accept();
    });
    action("actionBackup")->trigger();
    QCOMPARE(script.seen(), (QStringList{QStringLiteral("backupDialog"), QStringLiteral("backupDoneBox")}));
    auto checked = BackupService::check(zip);
    QVERIFY2(checked, qPrintable(checked.message()));
    QVERIFY(checked->headSeq > 0);
    QVERIFY2(message.contains(QDir::toNativeSeparators(zip)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("#%1").arg(checked->headSeq)) && message.contains(checked->headHash), qPrintable(message));
    // The next dialog starts in the folder used.
    QCOMPARE(QFileInfo(BackupDialog(m_window->session(), m_window->user()).filePath()).absolutePath(), QFileInfo(zip).absolutePath());

    // Restore into a new store; then into one that exists, which is refused and left alone.
    const QString target = m_dir.filePath(QStringLiteral("restored.dcstore"));
    QString restoredText;
    script.on(QStringLiteral("restoreDialog"), [&](QDialog &dialog) {
        auto &restore = static_cast<RestoreDialog &>(dialog);
        restore.setBackupPath(zip);
        restore.setTargetPath(target);
        shoot(&dialog, QStringLiteral("restore"));
        QVERIFY2(restore.tryAccept(), qPrintable(restore.errorText()));
    });
    script.on(QStringLiteral("restoreDoneBox"), [&](QDialog &dialog) {
        auto &box = static_cast<QMessageBox &>(dialog);
        restoredText = box.text();
        shoot(&dialog, QStringLiteral("restore-done"));
        box.button(QMessageBox::Close)->click();
    });
    action("actionRestore")->trigger();
    QVERIFY2(restoredText.contains(QDir::toNativeSeparators(target)), qPrintable(restoredText));
    auto restored = Session::open(target);
    QVERIFY2(restored, qPrintable(restored.message()));
    auto admin = restored.value()->signIn(QStringLiteral("admin"), test::demoPassword());
    QVERIFY(admin);
    auto restoredPage = restored.value()->documents().list(admin.value(), RegisterQuery{});
    auto originalPage = m_window->session().documents().list(m_window->user(), RegisterQuery{});
    QVERIFY(restoredPage && originalPage);
    QCOMPARE(restoredPage->total, originalPage->total);
    QVERIFY(restoredPage->total > 0);

    const QByteArray targetBytes = [&] {
        QFile file(target);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    restored = Error{ErrorCode::InvalidInput, QString()}; // closes the restored store
    RestoreDialog again(m_window);
    again.setBackupPath(zip);
    again.setTargetPath(target);
    QVERIFY(!again.tryAccept());
    QVERIFY(!again.errorText().isEmpty());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), targetBytes);
}

void TestAdministration::bundleExportAndVerify()
{
    QVERIFY(open(QStringLiteral("wangfang")));
    const QString number = effectiveNumber();
    QVERIFY(!number.isEmpty());
    QVERIFY(m_window->registerView()->selectNumber(number));
    const QString zip = m_dir.filePath(QStringLiteral("bundle.zip"));
    test::DialogScript script;
    script.on(QStringLiteral("bundleExportDialog"), [&](QDialog &dialog) {
        auto &bundle = static_cast<BundleExportDialog &>(dialog);
        QCOMPARE(bundle.scope(), BundleExportDialog::Scope::Selected);
        shoot(&dialog, QStringLiteral("bundle-export"));
        test::typeInto(test::child<QLineEdit>(&dialog, "bundlePath"), zip);
        // A wrong password is refused inline and writes nothing.
        test::typeInto(test::child<QLineEdit>(&dialog, "bundlePassword"), QStringLiteral("wrong"));
        QVERIFY(!bundle.tryAccept());
        QVERIFY(!bundle.errorText().isEmpty());
        QVERIFY(!QFile::exists(zip));
        test::typeInto(test::child<QLineEdit>(&dialog, "bundlePassword"), test::demoPassword());
        QVERIFY2(bundle.tryAccept(), qPrintable(bundle.errorText()));
        QCOMPARE(bundle.written(), 1);
    });
    action("actionBundleExport")->trigger();
    QVERIFY(QFile::exists(zip));

    // Verify it through the app: every file OK.
    auto verifyThroughApp = [&](const QString &path, QStringList &results, QString &verdict, const QString &expectedKey = QString()) {
        test::DialogScript verifying;
        verifying.on(QStringLiteral("bundleVerifyDialog"), [&](QDialog &dialog) {
            auto &verify = static_cast<BundleVerifyDialog &>(dialog);
            verify.setFilePath(path);
            verify.setExpectedKeys(expectedKey);
            QVERIFY2(verify.tryAccept(), qPrintable(verify.errorText()));
        });
        verifying.on(QStringLiteral("bundleReportDialog"), [&](QDialog &dialog) {
            auto *table = test::child<QTableWidget>(&dialog, "bundleReportTable");
            for (int row = 0; row < table->rowCount(); ++row)
                results << table->item(row, 0)->text() + QStringLiteral(" | ") + table->item(row, 1)->text();
            verdict = test::child<QLabel>(&dialog, "bundleReportVerdict")->text();
            shoot(&dialog, QFileInfo(path).baseName() + QStringLiteral("-report"));
            dialog.reject();
        });
        action("actionBundleVerify")->trigger();
        QCOMPARE(verifying.seen(), (QStringList{QStringLiteral("bundleVerifyDialog"), QStringLiteral("bundleReportDialog")}));
    };
    QStringList results;
    QString verdict;
    verifyThroughApp(zip, results, verdict);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().contains(number) && results.first().endsWith(QStringLiteral(" | OK")), qPrintable(results.join(u'\n')));
    QVERIFY2(verdict.contains(QStringLiteral("self-declared")), qPrintable(verdict));
    // With the exporter's key pinned it is OK; with another key it is refused.
    const QString fingerprint = BundleService::verifyBundle(zip)->exporterKeyFingerprint;
    results.clear();
    verifyThroughApp(zip, results, verdict, fingerprint);
    QVERIFY2(verdict.contains(QStringLiteral("OK")) && verdict.contains(QStringLiteral("trusted key")), qPrintable(verdict));
    results.clear();
    verifyThroughApp(zip, results, verdict, QStringLiteral("0000-0000-0000-0000"));
    QVERIFY2(verdict.contains(QStringLiteral("Problems")), qPrintable(results.join(u'\n')));
    QVERIFY2(results.last().startsWith(QStringLiteral("manifest.json | ")), qPrintable(results.join(u'\n')));

    // One byte of the PDF changed inside the zip: the file is named as changed.
    auto entries = dctest::readZipEntries(zip);
    QVERIFY2(entries, qPrintable(entries.message()));
    dctest::ZipEntries changed = entries.value();
    QString pdf;
    for (auto &entry : changed) {
        if (entry.first.endsWith(QStringLiteral(".pdf"))) {
            pdf = entry.first;
            QByteArray &bytes = entry.second;
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
        }
    }
    QVERIFY(!pdf.isEmpty());
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.zip"));
    QVERIFY(dctest::writeZipEntries(tampered, changed).ok());
    results.clear();
    verifyThroughApp(tampered, results, verdict);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().startsWith(pdf + QStringLiteral(" | ")) && results.first().contains(QStringLiteral("changed")), qPrintable(results.join(u'\n')));
    QVERIFY2(verdict.contains(QStringLiteral("Problems")), qPrintable(verdict));
}

QTEST_MAIN(TestAdministration)
#include "tst_administration.moc"
