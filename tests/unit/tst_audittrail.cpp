// The audit trail as people read it (AuditTrail): each filter alone and together, done in the
// store and compared with the same filter applied by hand to the whole trail; day bounds
// inclusive in the filter's time zone; pages newest first without gaps or repeats; who may read
// it; the CSV. Everything here reads, so one store serves every test.

#include "core/services/audittrail.h"
#include "core/store/auditlog.h"
#include "workflowfixture.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second), QTimeZone::utc());
}

// The same filter, applied by hand to the whole trail, newest first.
QList<qint64> byHand(const QList<Event> &all, const AuditFilter &f)
{
    QList<qint64> seqs;
    for (const Event &e : all) {
        if (!f.document.isEmpty() && e.object != f.document && !e.object.startsWith(f.document + u' '))
            continue;
        if (!f.user.isEmpty() && e.user != f.user)
            continue;
        if (!f.action.isEmpty() && e.action != f.action)
            continue;
        const QDate day = e.at.toTimeZone(f.zone).date();
        if ((f.from.isValid() && day < f.from) || (f.to.isValid() && day > f.to))
            continue;
        seqs.prepend(e.seq);
    }
    return seqs;
}

QList<qint64> seqsOf(const QList<Event> &events)
{
    QList<qint64> seqs;
    for (const Event &e : events)
        seqs << e.seq;
    return seqs;
}

} // namespace

class TestAuditTrail : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void filters_data();
    void filters();
    void dayBoundsAreInclusive();
    void pagesNewestFirst();
    void refusals();
    void parseDate();
    void actions();
    void csv();

private:
    AuditTrail trail() { return AuditTrail(*m_db); }
    QList<Event> all() { return AuditLog(*m_db).events().value(); }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_a; // registered on 16 March, edited on the 18th at 23:59:59, effective on the 19th
    QString m_b; // registered on 17 March at 00:00:00.000 UTC
};

void TestAuditTrail::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
    QVERIFY(m_dir.isValid());
    auto opened = m_template.copyTo(m_dir.filePath(u"trail.dcstore"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    m_db = std::move(opened).value();
    dctest::FlowDriver flow(*m_db, m_clock, m_template);
    m_clock.set(utc(16, 10, 0));
    m_a = flow.newDocument(u"信息安全事件管理程序"_s);
    m_clock.set(utc(17, 0, 0));
    m_b = flow.newDocument(u"变更管理程序"_s);
    m_clock.set(utc(18, 23, 59, 59));
    DC_EXPECT_OK(flow.documents().editDraft(m_template.author(), m_a, u"# 信息安全事件管理程序\n\n事件分为四级。\n"_s, u"补充事件分级"_s));
    m_clock.set(utc(19, 10, 0));
    DC_EXPECT_OK(flow.toEffective(m_a));
    QVERIFY(!m_a.isEmpty() && !m_b.isEmpty());
    QVERIFY(all().size() > 12);
}

void TestAuditTrail::cleanupTestCase()
{
    m_db.reset();
}

void TestAuditTrail::filters_data()
{
    QTest::addColumn<QString>("document"); // "A" / "B" for the two documents
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("zoneHours");

    const QDate none;
    QTest::newRow("nothing") << QString() << QString() << QString() << none << none << 0;
    QTest::newRow("document A") << u"A"_s << QString() << QString() << none << none << 0;
    QTest::newRow("document B") << u"B"_s << QString() << QString() << none << none << 0;
    QTest::newRow("user lisi") << QString() << u"lisi"_s << QString() << none << none << 0;
    QTest::newRow("event revision.edited") << QString() << QString() << u"revision.edited"_s << none << none << 0;
    QTest::newRow("from the 17th") << QString() << QString() << QString() << QDate(2026, 3, 17) << none << 0;
    QTest::newRow("to the 17th") << QString() << QString() << QString() << none << QDate(2026, 3, 17) << 0;
    QTest::newRow("the 18th only") << QString() << QString() << QString() << QDate(2026, 3, 18) << QDate(2026, 3, 18) << 0;
    QTest::newRow("the 19th in UTC+8") << QString() << QString() << QString() << QDate(2026, 3, 19) << QDate(2026, 3, 19) << 8;
    QTest::newRow("A by wangfang") << u"A"_s << u"wangfang"_s << QString() << none << none << 0;
    QTest::newRow("A released on the 19th") << u"A"_s << QString() << u"revision.released"_s << QDate(2026, 3, 19) << QDate(2026, 3, 19) << 0;
    QTest::newRow("all five") << u"A"_s << u"lisi"_s << u"revision.edited"_s << QDate(2026, 3, 18) << QDate(2026, 3, 18) << 0;
    QTest::newRow("nobody") << QString() << u"nobody"_s << QString() << none << none << 0;
    QTest::newRow("a number's prefix is not the number") << u"ISMS-P-00"_s << QString() << QString() << none << none << 0;
}

void TestAuditTrail::filters()
{
    QFETCH(QString, document);
    QFETCH(QString, user);
    QFETCH(QString, action);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, zoneHours);
    AuditFilter f;
    f.document = document == u"A"_s ? m_a : document == u"B"_s ? m_b : document;
    f.user = user;
    f.action = action;
    f.from = from;
    f.to = to;
    f.zone = zoneHours == 0 ? QTimeZone::utc() : QTimeZone(zoneHours * 3600);

    auto found = trail().find(m_template.controller(), f);
    DC_EXPECT_OK(found);
    QCOMPARE(found->more, false);
    const QList<qint64> expected = byHand(all(), f);
    QCOMPARE(seqsOf(found->events), expected);
    // Each filter that names something narrows the trail (and "nobody" or a bare prefix to nothing).
    if (QByteArray(QTest::currentDataTag()) == "nothing")
        QCOMPARE(expected.size(), all().size());
    else if (user == u"nobody"_s || document == u"ISMS-P-00"_s)
        QVERIFY(expected.isEmpty());
    else
        QVERIFY2(!expected.isEmpty() && expected.size() < all().size(), qPrintable(QString::number(expected.size())));
}

void TestAuditTrail::dayBoundsAreInclusive()
{
    AuditFilter f;
    f.zone = QTimeZone::utc();
    // B was registered at 00:00:00.000 on the 17th: the first instant of that day.
    f.from = f.to = QDate(2026, 3, 17);
    auto day17 = trail().find(m_template.admin(), f);
    DC_EXPECT_OK(day17);
    QVERIFY(!day17->events.isEmpty());
    for (const Event &e : day17->events)
        QVERIFY2(e.object.startsWith(m_b), qPrintable(e.object));
    // The draft of A was edited at 23:59:59 on the 18th: the last second of that day.
    f.from = f.to = QDate(2026, 3, 18);
    auto day18 = trail().find(m_template.admin(), f);
    DC_EXPECT_OK(day18);
    QCOMPARE(day18->events.size(), 1);
    QCOMPARE(day18->events.first().action, u"revision.edited"_s);
    // In UTC+8 that moment is already the 19th.
    f.zone = QTimeZone(8 * 3600);
    auto day18east = trail().find(m_template.admin(), f);
    DC_EXPECT_OK(day18east);
    for (const Event &e : day18east->events)
        QVERIFY(e.action != u"revision.edited"_s);
}

void TestAuditTrail::pagesNewestFirst()
{
    const QList<Event> everything = all();
    QList<qint64> newestFirst;
    for (const Event &e : everything)
        newestFirst.prepend(e.seq);

    QList<qint64> paged;
    qint64 before = 0;
    for (int round = 0; round < 100; ++round) {
        auto page = trail().find(m_template.controller(), {}, before, 4);
        DC_EXPECT_OK(page);
        QVERIFY(page->events.size() <= 4);
        paged += seqsOf(page->events);
        if (!page->more)
            break;
        QCOMPARE(page->events.size(), 4);
        before = page->events.constLast().seq;
    }
    QCOMPARE(paged, newestFirst);

    // A filtered page: the newest two of A's events, and more of them remain.
    AuditFilter f;
    f.document = m_a;
    auto page = trail().find(m_template.controller(), f, 0, 2);
    DC_EXPECT_OK(page);
    QCOMPARE(seqsOf(page->events), byHand(everything, f).mid(0, 2));
    QVERIFY(page->more);
}

void TestAuditTrail::refusals()
{
    auto reader = trail().find(m_template.reader(), {});
    QVERIFY(!reader);
    QCOMPARE(reader.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(reader.message().contains(u"audit trail"_s), qPrintable(reader.message()));
    QVERIFY(!trail().actions(m_template.reader()));

    AuditFilter backwards;
    backwards.from = QDate(2026, 3, 19);
    backwards.to = QDate(2026, 3, 18);
    auto reversed = trail().find(m_template.admin(), backwards);
    QVERIFY(!reversed);
    QCOMPARE(reversed.error().code, ErrorCode::InvalidInput);

    // Everyone else reads it: authors, reviewers, approvers, controllers, administrators.
    for (const User *u : {&m_template.author(), &m_template.reviewer(), &m_template.user(u"zhouba"_s), &m_template.controller(), &m_template.admin()})
        DC_EXPECT_OK(trail().find(*u, {}, 0, 1));
}

void TestAuditTrail::parseDate()
{
    DC_EXPECT_OK(AuditTrail::parseDate(u"2026-03-18"_s, u"--from"_s));
    QCOMPARE(AuditTrail::parseDate(u"2026-03-18"_s, u"--from"_s).value(), QDate(2026, 3, 18));
    for (const QString &bad : {u"2026-13-01"_s, u"18.03.2026"_s, u"yesterday"_s, QString(), u"2026-3-18"_s}) {
        auto parsed = AuditTrail::parseDate(bad, u"--to"_s);
        QVERIFY2(!parsed, qPrintable(bad));
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY(parsed.message().contains(u"--to"_s));
    }
}

void TestAuditTrail::actions()
{
    auto kinds = trail().actions(m_template.controller());
    DC_EXPECT_OK(kinds);
    QVERIFY(kinds->contains(u"revision.edited"_s));
    QVERIFY(kinds->contains(u"document.created"_s));
    QStringList sorted = kinds.value();
    sorted.sort();
    sorted.removeDuplicates();
    QCOMPARE(kinds.value(), sorted);
}

void TestAuditTrail::csv()
{
    AuditFilter f;
    f.document = m_b;
    const QString path = m_dir.filePath(u"trail.csv"_s);
    DC_EXPECT_OK(trail().writeCsv(m_template.controller(), f, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), byHand(all(), f).size() + 1);
    QVERIFY(lines.first().startsWith(u"Event,"_s));
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.contains(m_b), qPrintable(line));
    QVERIFY(lines.join(u"\n"_s).contains(u"变更管理程序"_s)); // the title, in the registration's details

    // A reader gets no file.
    const QString refused = m_dir.filePath(u"refused.csv"_s);
    QVERIFY(!trail().writeCsv(m_template.reader(), f, refused));
    QVERIFY(!QFile::exists(refused));
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
