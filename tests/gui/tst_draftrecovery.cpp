// Crash recovery of the editor's drafts: timed and immediate writes, recovery, discarding,
// damaged and unwritable recovery files.

#include "core/model/clock.h"
#include "ui/editor/draftrecovery.h"
#include "ui/editor/markdowneditor.h"
#include "editortestsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>
#include <QTimeZone>

using namespace dc;
using dc::test::pngBytes;
using dc::test::typeText;

class TestDraftRecovery final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void recoveryFileAppearsAfterTheQuietPeriod();
    void continuousTypingIsStillRecorded();
    void flushWritesAtOnce();
    void recoverRestoresTextAndImages();
    void discardRemovesTheFileAndThePendingWrite();
    void keysListEveryDraft();
    void damagedOrMissingRecoveryFails();
    void unwritableRecoveryIsReported();


private:
    QTextEdit *text() const { return m_editor->textEdit(); }

    MarkdownEditor *m_editor = nullptr;
};

void TestDraftRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(DraftRecovery::directory()).removeRecursively();
}

void TestDraftRecovery::init()
{
    m_editor = new MarkdownEditor;
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor));
    text()->setFocus();
}

void TestDraftRecovery::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
    QDir(DraftRecovery::directory()).removeRecursively();
}

void TestDraftRecovery::recoveryFileAppearsAfterTheQuietPeriod()
{
    const QString key = QStringLiteral("ISMS-P-001/A/1");
    FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(8, 30), QTimeZone::utc()));
    DraftRecovery recovery(m_editor);
    recovery.setClock(&clock);
    recovery.setIntervals(20, 60);
    recovery.setKey(key);
    QSignalSpy written(&recovery, &DraftRecovery::written);

    typeText(text(), QStringLiteral("修订草稿"));
    QVERIFY(recovery.isPending());
    QVERIFY(!DraftRecovery::hasRecovery(key)); // not before the quiet period
    QTRY_VERIFY(DraftRecovery::hasRecovery(key));
    QVERIFY(!recovery.isPending());
    QCOMPARE(written.count(), 1);
    QVERIFY(QFileInfo(DraftRecovery::filePath(key)).path().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));

    auto draft = DraftRecovery::recover(key);
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    QCOMPARE(draft->key, key);
    QCOMPARE(draft->markdown, QStringLiteral("修订草稿\n"));
    QCOMPARE(draft->savedAt, clock.nowUtc());
}

void TestDraftRecovery::continuousTypingIsStillRecorded()
{
    // A key every 20 ms never leaves the 100 ms quiet period, yet the draft is written at most
    // 150 ms after the first unsaved change. (A slow machine only writes sooner.)
    const QString key = QStringLiteral("typing");
    DraftRecovery recovery(m_editor);
    recovery.setIntervals(100, 150);
    recovery.setKey(key);
    QSignalSpy written(&recovery, &DraftRecovery::written);
    for (int i = 0; i < 30 && written.isEmpty(); ++i) {
        QTest::keyClick(text(), Qt::Key_A);
        QTest::qWait(20);
    }
    QVERIFY(!written.isEmpty());
    QVERIFY(DraftRecovery::hasRecovery(key));
}

void TestDraftRecovery::flushWritesAtOnce()
{
    const QString key = QStringLiteral("P-002");
    DraftRecovery recovery(m_editor);
    recovery.setIntervals(60000, 60000);
    recovery.setKey(key);
    QVERIFY(recovery.flush().ok()); // nothing pending: nothing written
    QVERIFY(!DraftRecovery::hasRecovery(key));
    QTest::keyClicks(text(), QStringLiteral("abc"));
    QVERIFY(recovery.isPending());
    QVERIFY(recovery.flush().ok());
    QVERIFY(!recovery.isPending());
    QVERIFY(DraftRecovery::hasRecovery(key));

    // Changing the key writes what was pending for the old one.
    QTest::keyClicks(text(), QStringLiteral("d"));
    recovery.setKey(QStringLiteral("P-003"));
    QCOMPARE(DraftRecovery::recover(key)->markdown, QStringLiteral("abcd\n"));
    QVERIFY(!DraftRecovery::hasRecovery(QStringLiteral("P-003")));
}

void TestDraftRecovery::recoverRestoresTextAndImages()
{
    const QString key = QStringLiteral("ISMS-0001-2022");
    const QByteArray png = pngBytes(12, 12, Qt::darkGreen);
    DraftRecovery recovery(m_editor);
    recovery.setIntervals(60000, 60000);
    recovery.setKey(key);
    m_editor->setMarkdown(QStringLiteral("# 手册\n\n"));
    QTest::keyClick(text(), Qt::Key_End);
    QTest::keyClick(text(), Qt::Key_Return);
    typeText(text(), QStringLiteral("图："));
    QVERIFY(m_editor->insertImageData(png, QStringLiteral("chart")).ok());
    QVERIFY(recovery.flush().ok());
    const QString markdown = m_editor->markdown();

    // After a crash: a new editor gets the draft back.
    delete m_editor;
    m_editor = new MarkdownEditor;
    auto draft = DraftRecovery::recover(key);
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    m_editor->setMarkdown(draft->markdown, draft->images);
    QCOMPARE(m_editor->markdown(), markdown);
    QCOMPARE(m_editor->images().value(QStringLiteral("image-1.png")), png);
    QVERIFY(markdown.contains(QStringLiteral("![chart](image-1.png)")));
}

void TestDraftRecovery::discardRemovesTheFileAndThePendingWrite()
{
    const QString key = QStringLiteral("F-001");
    DraftRecovery recovery(m_editor);
    recovery.setIntervals(10, 10);
    recovery.setKey(key);
    QTest::keyClicks(text(), QStringLiteral("saved"));
    QVERIFY(recovery.flush().ok());
    QVERIFY(DraftRecovery::hasRecovery(key));
    QTest::keyClicks(text(), QStringLiteral(" more"));
    QVERIFY(recovery.isPending());
    QVERIFY(recovery.discardDraft().ok()); // the caller saved
    QVERIFY(!DraftRecovery::hasRecovery(key));
    QVERIFY(!recovery.isPending());
    QTest::qWait(40); // the timer of the dropped write does not bring the file back
    QVERIFY(!DraftRecovery::hasRecovery(key));
    QVERIFY(DraftRecovery::discard(key).ok()); // nothing left to remove is fine
}

void TestDraftRecovery::keysListEveryDraft()
{
    DraftRecovery recovery(m_editor);
    recovery.setIntervals(60000, 60000);
    const QStringList keys{QStringLiteral("ISMS-P-001/A/1"), QStringLiteral("信息安全手册"), QStringLiteral(".."), QString(300, QLatin1Char('k'))};
    for (const QString &key : keys) {
        recovery.setKey(key);
        QTest::keyClicks(text(), QStringLiteral("x"));
        QVERIFY(recovery.flush().ok());
        QVERIFY2(QFileInfo(DraftRecovery::filePath(key)).dir() == QDir(DraftRecovery::directory()), qPrintable(DraftRecovery::filePath(key)));
    }
    QStringList listed = DraftRecovery::keys();
    listed.sort();
    QStringList expected = keys;
    expected.sort();
    QCOMPARE(listed, expected);
}

void TestDraftRecovery::damagedOrMissingRecoveryFails()
{
    QCOMPARE(DraftRecovery::recover(QStringLiteral("nothing")).code(), ErrorCode::NotFound);
    QVERIFY(!DraftRecovery::hasRecovery(QString()));
    const QString key = QStringLiteral("broken");
    QVERIFY(QDir().mkpath(DraftRecovery::directory()));
    QFile file(DraftRecovery::filePath(key));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"something else\"");
    file.close();
    QVERIFY(DraftRecovery::hasRecovery(key));
    auto draft = DraftRecovery::recover(key);
    QCOMPARE(draft.code(), ErrorCode::Io);
    QVERIFY2(draft.message().contains(QStringLiteral("damaged")), qPrintable(draft.message()));
    QVERIFY(DraftRecovery::discard(key).ok());
    QVERIFY(!DraftRecovery::hasRecovery(key));
}

void TestDraftRecovery::unwritableRecoveryIsReported()
{
    const QString key = QStringLiteral("blocked");
    QVERIFY(QDir().mkpath(DraftRecovery::filePath(key))); // a folder where the file should go
    DraftRecovery recovery(m_editor);
    recovery.setIntervals(60000, 60000);
    recovery.setKey(key);
    QSignalSpy failed(&recovery, &DraftRecovery::failed);
    QTest::keyClicks(text(), QStringLiteral("x"));
    const Status flushed = recovery.flush();
    QCOMPARE(flushed.code(), ErrorCode::Io);
    QVERIFY2(flushed.message().contains(QStringLiteral("recovery copy")), qPrintable(flushed.message()));
    QCOMPARE(failed.count(), 1);
    QVERIFY(recovery.isPending()); // tried again later
    QDir(DraftRecovery::filePath(key)).removeRecursively();
    QVERIFY(recovery.flush().ok());
    QCOMPARE(DraftRecovery::recover(key)->markdown, QStringLiteral("x\n"));
}

QTEST_MAIN(TestDraftRecovery)
#include "tst_draftrecovery.moc"
