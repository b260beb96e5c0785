// Tools ▸ Audit Log and Tools ▸ Verify Store through the main window over a copy of the demo
// store: filtering by document and by event shows the expected rows, a page at a time; the
// selected event in full; readers get neither; verify says OK on a good store and names the
// altered event on a store changed by raw SQL behind the triggers' back.

#include "guihelpers.h"
#include "ui/audit/auditlogdialog.h"
#include "ui/audit/auditlogmodel.h"
#include "ui/audit/verifydialog.h"
#include "core/services/audittrail.h"
#include "core/services/demostore.h"
#include "core/services/session.h"
#include "core/store/auditlog.h"
#include "core/store/sql.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

namespace {
const QString kNumber = u"ISMS-P-001"_s; // in the demo store

// Saves what the user sees when DC_SCREENSHOTS names a folder (to look at the layout).
void screenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("DC_SCREENSHOTS");
    if (!folder.isEmpty())
        widget.grab().save(folder + u'/' + name + u".png"_s);
}
} // namespace

class TestAuditLog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void filtersByDocumentAndEvent();
    void pagesWithLoadMore();
    void readersGetNeither();
    void verifyGoodStoreSaysOk();
    void verifyNamesAnAlteredEvent();

private:
    MainWindow *open(const QString &userName);
    // Opens the audit log from the menu as `window`'s user and runs `check` on it.
    void withAuditLog(MainWindow *window, const std::function<void(AuditLogDialog &)> &check);
    // Opens Verify Store from the menu; returns the result line and the report after it ran
    // once it showed, then runs `more` on the dialog.
    std::pair<QString, QString> verifyFromMenu(MainWindow *window, const std::function<void(VerifyDialog &)> &more = {});

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QList<MainWindow *> m_windows;
};

void TestAuditLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QApplication::setFont(QFont(u"WenQuanYi Micro Hei"_s, 10));
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"template.dcstore"_s);
    auto demo = DemoStore::openOrCreate(m_template);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
}

void TestAuditLog::init()
{
    m_path = m_dir.filePath(u"demo.dcstore"_s);
    QVERIFY(test::copyStore(m_template, m_path));
}

void TestAuditLog::cleanup()
{
    qDeleteAll(m_windows);
    m_windows.clear();
}

MainWindow *TestAuditLog::open(const QString &userName)
{
    MainWindow *window = test::openWindow(m_path, userName);
    if (window) {
        m_windows << window;
        window->resize(1400, 900);
        window->show();
    }
    return window;
}

void TestAuditLog::withAuditLog(MainWindow *window, const std::function<void(AuditLogDialog &)> &check)
{
    test::DialogScript script;
    bool ran = false;
    script.on(u"auditLogDialog"_s, [&](QDialog &dialog) {
        ran = true;
        check(static_cast<AuditLogDialog &>(dialog));
        dialog.reject();
    });
    QAction *action = test::child<QAction>(window, "actionAuditLog");
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    QVERIFY(ran);
}

void TestAuditLog::filtersByDocumentAndEvent()
{
    MainWindow *window = open(u"wangfang"_s);
    QVERIFY(window);
    auto trail = window->session().auditTrail().find(window->user(), {});
    QVERIFY2(trail.ok(), qPrintable(trail.message()));
    const int events = int(trail->events.size());
    withAuditLog(window, [&](AuditLogDialog &dialog) {
        auto *table = test::child<QTableView>(&dialog, "auditTable");
        QAbstractItemModel *model = table->model();
        // Unfiltered: the newest page of the trail, newest first.
        QCOMPARE(model->rowCount(), qMin(events, dialog.model()->pageSize()));
        QVERIFY(model->index(0, AuditLogModel::SeqColumn).data().toLongLong() > model->index(1, AuditLogModel::SeqColumn).data().toLongLong());

        // By document: only ISMS-P-001 and its revisions.
        auto *document = test::child<QLineEdit>(&dialog, "auditDocument");
        test::typeInto(document, kNumber);
        QTest::keyClick(document, Qt::Key_Return);
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowCount() < events);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString object = model->index(row, AuditLogModel::ObjectColumn).data().toString();
            QVERIFY2(object == kNumber || object.startsWith(kNumber + u' '), qPrintable(object));
        }
        screenshot(dialog, u"auditlog"_s);

        // And by event: its registration, in words.
        auto *event = test::child<QComboBox>(&dialog, "auditEvent");
        const int created = event->findData(u"document.created"_s);
        QVERIFY(created > 0);
        event->setCurrentIndex(created);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, AuditLogModel::EventColumn).data().toString(), u"Registered the document"_s);
        QCOMPARE(model->index(0, AuditLogModel::ObjectColumn).data().toString(), kNumber);

        // Selecting it shows the event in full: hashes and its canonical form.
        table->selectRow(0);
        const Event &e = dialog.model()->event(0);
        const QString details = test::child<QPlainTextEdit>(&dialog, "auditDetails")->toPlainText();
        QVERIFY2(details.contains(u"Hash: "_s + e.hash), qPrintable(details));
        QVERIFY2(details.contains(u"Previous hash: "_s + e.prevHash), qPrintable(details));
        QVERIFY2(details.contains(u"\"document.created\""_s), qPrintable(details));
        screenshot(dialog, u"auditlog-selected"_s);

        // The event alone, over all documents: one registration per document.
        test::typeInto(document, QString());
        QTest::keyClick(document, Qt::Key_Return);
        QVERIFY(model->rowCount() > 1);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(dialog.model()->event(row).action, u"document.created"_s);

        // A document with no events: an empty table that says so.
        test::typeInto(document, u"NO-SUCH-1"_s);
        QTest::keyClick(document, Qt::Key_Return);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(test::child<QLabel>(&dialog, "auditStatus")->text().startsWith(u"0 event"_s));
    });
}

void TestAuditLog::pagesWithLoadMore()
{
    MainWindow *window = open(u"admin"_s);
    QVERIFY(window);
    withAuditLog(window, [&](AuditLogDialog &dialog) {
        // Every event on one page first (the demo store has more than the 200 shown at first).
        dialog.model()->setPageSize(100000);
        dialog.applyFilter();
        QVERIFY(!dialog.model()->hasMore());
        const int all = dialog.model()->rowCount();
        QVERIFY(all > 6);
        dialog.model()->setPageSize(3);
        dialog.applyFilter();
        QCOMPARE(dialog.model()->rowCount(), 3);
        auto *more = test::child<QPushButton>(&dialog, "auditLoadMore");
        QVERIFY(more->isEnabled());
        QVERIFY(test::child<QLabel>(&dialog, "auditStatus")->text().contains(u"older ones match"_s));
        QTest::mouseClick(more, Qt::LeftButton);
        QCOMPARE(dialog.model()->rowCount(), 6);
        // Consecutive, newest first, no repeats.
        for (int row = 1; row < 6; ++row)
            QCOMPARE(dialog.model()->event(row).seq, dialog.model()->event(row - 1).seq - 1);
        while (more->isEnabled())
            QTest::mouseClick(more, Qt::LeftButton);
        QCOMPARE(dialog.model()->rowCount(), all);
    });
}

void TestAuditLog::readersGetNeither()
{
    MainWindow *window = open(u"sunli"_s); // reader
    QVERIFY(window);
    QVERIFY(!test::child<QAction>(window, "actionAuditLog")->isEnabled());
    QVERIFY(!test::child<QAction>(window, "actionVerifyStore")->isEnabled());
    // The core refuses too, whatever the screen shows.
    auto refused = window->session().auditTrail().find(window->user(), {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    // A controller reads the log but does not verify (administrators only).
    MainWindow *controller = open(u"wangfang"_s);
    QVERIFY(test::child<QAction>(controller, "actionAuditLog")->isEnabled());
    QVERIFY(!test::child<QAction>(controller, "actionVerifyStore")->isEnabled());
}

std::pair<QString, QString> TestAuditLog::verifyFromMenu(MainWindow *window, const std::function<void(VerifyDialog &)> &more)
{
    test::DialogScript script;
    std::pair<QString, QString> seen;
    script.on(u"verifyDialog"_s, [&](QDialog &dialog) {
        QCoreApplication::processEvents(); // the dialog verifies once it shows
        seen = {test::child<QLabel>(&dialog, "verifyResult")->text(), test::child<QPlainTextEdit>(&dialog, "verifyReport")->toPlainText()};
        screenshot(dialog, seen.first.startsWith(u"OK"_s) ? u"verify-ok"_s : u"verify-failed"_s);
        if (more)
            more(static_cast<VerifyDialog &>(dialog));
        dialog.reject();
    });
    QAction *action = test::child<QAction>(window, "actionVerifyStore");
    if (action && action->isEnabled())
        action->trigger();
    return seen;
}

void TestAuditLog::verifyGoodStoreSaysOk()
{
    MainWindow *window = open(u"admin"_s);
    QVERIFY(window);
    const Event head = window->session().auditTrail().find(window->user(), {}, 0, 1)->events.first();
    QString heldResult, lostResult, lostReport;
    const auto [result, report] = verifyFromMenu(window, [&](VerifyDialog &dialog) {
        // A chain head printed on paper, as the approval record prints it: held by the store.
        QVERIFY(!dialog.addAnchor(u"not a head"_s).ok());
        QVERIFY(dialog.addAnchor(u"#%1 %2…%3"_s.arg(head.seq).arg(head.hash.left(8), head.hash.right(8))).ok());
        dialog.run();
        heldResult = test::child<QLabel>(&dialog, "verifyResult")->text();
        // One the store never held: named as lost.
        QVERIFY(dialog.addAnchor(u"#3 00000000…00000000"_s).ok());
        dialog.run();
        lostResult = test::child<QLabel>(&dialog, "verifyResult")->text();
        lostReport = dialog.reportText();
        // Saved as text, the result line first.
        const QString saved = m_dir.filePath(u"verify-report.txt"_s);
        QVERIFY(dialog.saveReport(saved).ok());
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.startsWith(lostResult) && text.contains(lostReport), qPrintable(text));
    });
    QVERIFY2(result.startsWith(u"OK"_s), qPrintable(result));
    QVERIFY2(heldResult.startsWith(u"OK"_s), qPrintable(heldResult));
    QVERIFY2(lostResult.startsWith(u"FAILED"_s) && lostResult.contains(u"#3"_s), qPrintable(lostResult));
    QVERIFY2(lostReport.contains(u"Chain heads recorded elsewhere: 2"_s), qPrintable(lostReport));
    QVERIFY2(report.contains(u"Chain head: #%1 %2"_s.arg(head.seq).arg(head.hash)), qPrintable(report));
    QVERIFY2(report.contains(u"Result: OK"_s), qPrintable(report));
    QVERIFY2(report.contains(u"Signatures checked"_s), qPrintable(report));
}

void TestAuditLog::verifyNamesAnAlteredEvent()
{
    {
        // Someone with the file drops the guard and changes event #5 behind the app's back.
        auto db = Database::open(m_path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QVERIFY(Sql::exec(*db.value(), u"DROP TRIGGER IF EXISTS events_no_update"_s, {}, u"tamper"_s).ok());
        QVERIFY(Sql::exec(*db.value(), u"UPDATE events SET user_name = 'mallory' WHERE seq = 5"_s, {}, u"tamper"_s).ok());
    }
    MainWindow *window = open(u"admin"_s);
    QVERIFY(window);
    const auto [result, report] = verifyFromMenu(window);
    QVERIFY2(result.startsWith(u"FAILED"_s), qPrintable(result));
    QVERIFY2(result.contains(u"Event #5"_s) && result.contains(u"altered"_s), qPrintable(result));
    QVERIFY2(report.contains(u"First difference: Event #5"_s), qPrintable(report));
    // The log shows the altered row as the store now holds it.
    withAuditLog(window, [&](AuditLogDialog &dialog) {
        test::typeInto(test::child<QLineEdit>(&dialog, "auditUser"), u"mallory"_s);
        QTest::keyClick(test::child<QLineEdit>(&dialog, "auditUser"), Qt::Key_Return);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->event(0).seq, qint64(5));
    });
}

QTEST_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
