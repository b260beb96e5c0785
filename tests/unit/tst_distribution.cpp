// Distribution lists (分发范围): parsing "user:NAME,dept:DEPT", adding and removing members as a
// document controller, every refusal changing nothing, the audit event and verify's replay.

#include "core/model/distribution.h"
#include "core/services/documentservice.h"
#include "core/services/verifier.h"
#include "workflowfixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

class TestDistribution : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void parse_data();
    void parse();
    void addAndRemove();
    void refused_data();
    void refused();
    void verifyCatchesTampering();

private:
    Database &db() { return m_session.db(); }
    DocumentService documents() { return DocumentService(db(), m_clock); }
    static DistributionList members(const QString &text) { return parseDistribution(text).value(); }
    static QStringList keys(const DistributionList &list)
    {
        QStringList out;
        for (const DistributionMember &m : list)
            out << m.key();
        return out;
    }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
    QString m_number;
};

void TestDistribution::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestDistribution::init()
{
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_number = m_session.flow().newDocument(u"信息安全方针"_s);
    QVERIFY(!m_number.isEmpty());
}

void TestDistribution::cleanup()
{
    m_session.close();
}

void TestDistribution::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys"); // empty: refused
    QTest::newRow("user and department") << u"user:lisi, dept:IT 部"_s << QStringList{u"user:lisi"_s, u"dept:IT 部"_s};
    QTest::newRow("department spelt out") << u"department:质量部"_s << QStringList{u"dept:质量部"_s};
    QTest::newRow("twice is once") << u"user:lisi,user:lisi"_s << QStringList{u"user:lisi"_s};
    QTest::newRow("no kind") << u"lisi"_s << QStringList();
    QTest::newRow("unknown kind") << u"group:admins"_s << QStringList();
    QTest::newRow("no name") << u"user:"_s << QStringList();
}

void TestDistribution::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    auto parsed = parseDistribution(text);
    if (keys.isEmpty()) {
        QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
        QVERIFY(parsed.message().contains(text.section(QLatin1Char(','), 0, 0).trimmed()));
        return;
    }
    DC_EXPECT_OK(parsed);
    QCOMPARE(TestDistribution::keys(parsed.value()), keys);
}

void TestDistribution::addAndRemove()
{
    auto added = documents().changeDistribution(m_template.controller(), m_number, members(u"dept:人事部,user:lisi"_s), {});
    DC_EXPECT_OK(added);
    QCOMPARE(keys(added.value()), (QStringList{u"user:lisi"_s, u"dept:人事部"_s}));
    auto read = documents().distribution(m_template.reader(), m_number); // chenjing of 人事部 may see it, so read its list
    DC_EXPECT_OK(read);
    QCOMPARE(read.value(), added.value());
    auto changed = documents().changeDistribution(m_template.admin(), m_number, members(u"user:zhaoliu"_s), members(u"user:lisi"_s));
    DC_EXPECT_OK(changed);
    QCOMPARE(keys(changed.value()), (QStringList{u"user:zhaoliu"_s, u"dept:人事部"_s}));
    QCOMPARE(dctest::scalar(db(), u"SELECT count(*) FROM events WHERE action = 'document.distribution_set' AND object = ?"_s, {m_number}).toInt(), 2);
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->ok() ? QString() : report->problems.first().message));
}

void TestDistribution::refused_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("add");
    QTest::addColumn<QString>("remove");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("author may not") << u"lisi"_s << u"user:zhaoliu"_s << QString() << ErrorCode::PermissionDenied;
    QTest::newRow("nothing named") << u"wangfang"_s << QString() << QString() << ErrorCode::InvalidInput;
    QTest::newRow("unknown user") << u"wangfang"_s << u"user:nobody"_s << QString() << ErrorCode::NotFound;
    QTest::newRow("unknown department") << u"wangfang"_s << u"dept:火星部"_s << QString() << ErrorCode::NotFound;
    QTest::newRow("already listed") << u"wangfang"_s << u"user:lisi"_s << QString() << ErrorCode::InvalidInput;
    QTest::newRow("not listed") << u"wangfang"_s << QString() << u"dept:质量部"_s << ErrorCode::InvalidInput;
    QTest::newRow("good and bad together") << u"wangfang"_s << u"user:zhaoliu,user:nobody"_s << QString() << ErrorCode::NotFound;
}

void TestDistribution::refused()
{
    QFETCH(QString, actor);
    QFETCH(QString, add);
    QFETCH(QString, remove);
    QFETCH(ErrorCode, code);
    DC_EXPECT_OK(documents().changeDistribution(m_template.controller(), m_number, members(u"user:lisi"_s), {}));
    const dctest::StoreState before = dctest::stateOf(db());
    const int rows = dctest::rowCount(db(), u"document_distribution"_s);
    auto changed = documents().changeDistribution(m_template.user(actor), m_number, members(add), members(remove));
    QCOMPARE(changed.code(), code);
    QVERIFY(!changed.message().isEmpty());
    QCOMPARE(dctest::stateOf(db()), before);
    QCOMPARE(dctest::rowCount(db(), u"document_distribution"_s), rows);
}

void TestDistribution::verifyCatchesTampering()
{
    DC_EXPECT_OK(documents().changeDistribution(m_template.controller(), m_number, members(u"user:lisi"_s), {}));
    DC_EXPECT_OK(dctest::rawSql(db(), u"INSERT INTO document_distribution(document_id, department) SELECT id, '质量部' FROM documents WHERE number = ?"_s, {m_number}));
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY(std::any_of(report->problems.cbegin(), report->problems.cend(),
                        [&](const VerifyProblem &p) { return p.object == m_number && p.message.contains(u"dept:质量部"_s); }));
}

QTEST_GUILESS_MAIN(TestDistribution)
#include "tst_distribution.moc"
