// Read-and-acknowledge (已阅知悉): releasing a policy asks everyone its distribution list reaches
// to acknowledge it; each does so with a signature of meaning acknowledged on the content hash;
// My tasks and the report show who has not, for how long; verify checks and replays it all.

#include "core/services/acknowledgements.h"
#include "core/services/demostore.h"
#include "core/services/documentservice.h"
#include "core/services/tasks.h"
#include "core/services/verifier.h"
#include "core/services/workflowservice.h"
#include "workflowfixture.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

class TestAcknowledge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void releaseAsksTheList();
    void acknowledgeSigns();
    void reportShowsWhoIsMissing();
    void reportFiles();
    void refused_data();
    void refused();
    void typesThatAskNothing();
    void verifyCatchesTampering();
    void demoScenario();

private:
    Database &db() { return m_session.db(); }
    dctest::FlowDriver &flow() { return m_session.flow(); }
    WorkflowService workflow() { return WorkflowService(db(), m_clock); }
    AcknowledgementService acknowledgements() { return AcknowledgementService(db(), m_clock); }
    QString releasedWithList(DocumentType type, const QString &members);
    QStringList outstanding(const AcknowledgementFilter &filter = {})
    {
        QStringList users;
        auto rows = acknowledgements().report(m_template.controller(), filter);
        if (!rows)
            qWarning("%s", qPrintable(rows.message()));
        if (rows) {
            for (const Acknowledgement &a : rows.value())
                users << a.user;
        }
        users.sort(); // the report's order of departments follows the database's collation
        return users;
    }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
    QString m_policy;
};

// A document of `type` with the distribution list `members`, released (by wangfang).
QString TestAcknowledge::releasedWithList(DocumentType type, const QString &members)
{
    NewDocument d;
    d.title = u"信息安全方针"_s;
    d.type = type;
    d.owner = u"lisi"_s;
    d.content = u"# 信息安全方针\n\n全体员工应遵守本方针。\n"_s;
    auto created = DocumentService(db(), m_clock).create(m_template.controller(), d);
    if (!created) {
        qWarning("%s", qPrintable(created.message()));
        return {};
    }
    if (auto listed = DocumentService(db(), m_clock).changeDistribution(m_template.controller(), created->number, parseDistribution(members).value(), {});
        !listed)
        qWarning("%s", qPrintable(listed.message()));
    if (const Status released = flow().toEffective(created->number); !released)
        qWarning("%s", qPrintable(released.message()));
    return created->number;
}

void TestAcknowledge::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestAcknowledge::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // chenjing through 人事部, lisi and zhaoliu in person.
    m_policy = releasedWithList(DocumentType::Policy, u"dept:人事部,user:lisi,user:zhaoliu"_s);
    QVERIFY(!m_policy.isEmpty());
}

void TestAcknowledge::cleanup()
{
    m_session.close();
}

void TestAcknowledge::releaseAsksTheList()
{
    QCOMPARE(outstanding(), (QStringList{u"chenjing"_s, u"lisi"_s, u"zhaoliu"_s}));
    const QString details = dctest::scalar(db(), u"SELECT details FROM events WHERE action = 'acknowledgement.requested'"_s).toString();
    QVERIFY2(details.contains(u"\"chenjing\",\"lisi\",\"zhaoliu\""_s), qPrintable(details));
    // The reader's My tasks holds the acknowledgement, though readers sign nothing else.
    auto tasks = findTasks(db(), m_template.reader(), m_clock.nowUtc().date());
    DC_EXPECT_OK(tasks);
    QCOMPARE(tasks->size(), 1);
    QCOMPARE(tasks->first().kind, TaskKind::Acknowledge);
    QCOMPARE(tasks->first().number, m_policy);
    QCOMPARE(tasks->first().label, u"A/0"_s);
    QCOMPARE(tasks->first().since, m_clock.nowUtc());
    QCOMPARE(displayName(TaskKind::Acknowledge), u"Acknowledge"_s);
}

void TestAcknowledge::acknowledgeSigns()
{
    m_clock.set(dctest::fixedNow().addDays(2));
    auto signature = workflow().acknowledge(m_template.reader(), dctest::kPassword, m_policy);
    DC_EXPECT_OK(signature);
    QCOMPARE(signature->meaning, SignatureMeaning::Acknowledged);
    QCOMPARE(signature->signer, u"chenjing"_s);
    QCOMPARE(signature->contentHash, flow().revision(m_policy, u"A/0"_s).contentHash);
    QCOMPARE(toKey(signature->meaning), u"acknowledged"_s);
    auto tasks = findTasks(db(), m_template.reader(), m_clock.nowUtc().date());
    DC_EXPECT_OK(tasks);
    QVERIFY(tasks->isEmpty());
    // In the document's history like every other signature.
    auto history = workflow().history(m_template.controller(), m_policy);
    DC_EXPECT_OK(history);
    QVERIFY(std::any_of(history->signatures.cbegin(), history->signatures.cend(),
                        [](const Signature &s) { return s.meaning == SignatureMeaning::Acknowledged && s.signer == u"chenjing"_s; }));
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->ok() ? QString() : report->problems.first().message));
}

void TestAcknowledge::reportShowsWhoIsMissing()
{
    DC_EXPECT_OK(workflow().acknowledge(m_template.reader(), dctest::kPassword, m_policy));
    DC_EXPECT_OK(workflow().acknowledge(m_template.author(), dctest::kPassword, m_policy));
    QCOMPARE(outstanding(), QStringList{u"zhaoliu"_s});
    m_clock.set(dctest::fixedNow().addDays(5));
    auto rows = acknowledgements().report(m_template.admin(), {});
    DC_EXPECT_OK(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().department, u"质量部"_s);
    QCOMPARE(rows->first().days(m_clock.nowUtc()), 5);
    // Per department, per document, and with what was acknowledged.
    AcknowledgementFilter department;
    department.department = u"人事部"_s;
    QVERIFY(outstanding(department).isEmpty());
    department.outstandingOnly = false;
    QCOMPARE(outstanding(department), QStringList{u"chenjing"_s});
    AcknowledgementFilter other;
    other.number = u"ISMS-P-9999"_s;
    QVERIFY(outstanding(other).isEmpty());
    // Anyone but a controller reads only their own.
    auto own = acknowledgements().report(m_template.reviewer(), {});
    DC_EXPECT_OK(own);
    QCOMPARE(own->size(), 1);
    QCOMPARE(own->first().user, u"zhaoliu"_s);
    auto none = acknowledgements().report(m_template.reader(), {});
    DC_EXPECT_OK(none);
    QVERIFY(none->isEmpty());
}

// The report as CSV (the same rows, days at the clock's now, a count per department); a user who
// is no controller gets only their own rows in the file too. (The PDF needs a GUI application:
// tst_acknowledgementsview writes it.)
void TestAcknowledge::reportFiles()
{
    DC_EXPECT_OK(workflow().acknowledge(m_template.reader(), dctest::kPassword, m_policy));
    m_clock.set(dctest::fixedNow().addDays(3));
    auto rows = acknowledgements().report(m_template.controller(), {});
    DC_EXPECT_OK(rows);
    QCOMPARE(rows->size(), 2); // lisi and zhaoliu
    const auto perDepartment = AcknowledgementService::outstandingPerDepartment(rows.value());
    int counted = 0;
    for (const auto &[department, count] : perDepartment)
        counted += count;
    QCOMPARE(counted, 2);

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"acks.csv"_s);
    DC_EXPECT_OK(acknowledgements().writeCsv(m_template.controller(), {}, csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(), AcknowledgementService::reportHeaders().join(u','));
    for (const QString &line : lines.mid(1)) {
        QVERIFY2(line.startsWith(m_policy + u",A/0,"_s), qPrintable(line));
        QVERIFY2(line.contains(u",3,"_s), qPrintable(line)); // three days outstanding
    }
    // With the acknowledged request: its date in the last column.
    AcknowledgementFilter all;
    all.outstandingOnly = false;
    DC_EXPECT_OK(acknowledgements().writeCsv(m_template.reader(), all, csv));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList own = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(own.size(), 2);
    QVERIFY2(own.at(1).contains(u",chenjing,"_s) && !own.at(1).endsWith(u','), qPrintable(own.at(1)));

    // A folder that does not exist: refused, nothing written.
    const QString nowhere = dir.filePath(u"missing/acks.csv"_s);
    QVERIFY(!acknowledgements().writeCsv(m_template.controller(), {}, nowhere));
    QVERIFY(!QFile::exists(nowhere));
}

void TestAcknowledge::refused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("number");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("wrong password") << u"chenjing"_s << u"wrong-password-1"_s << QString() << ErrorCode::AuthenticationFailed;
    QTest::newRow("not asked") << u"sunqi"_s << dctest::kPassword << QString() << ErrorCode::InvalidState;
    QTest::newRow("no such document") << u"chenjing"_s << dctest::kPassword << u"ISMS-P-9999"_s << ErrorCode::NotFound;
    QTest::newRow("twice") << u"lisi"_s << dctest::kPassword << QString() << ErrorCode::InvalidState;
}

void TestAcknowledge::refused()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, number);
    QFETCH(ErrorCode, code);
    DC_EXPECT_OK(workflow().acknowledge(m_template.author(), dctest::kPassword, m_policy)); // lisi has answered already
    const dctest::StoreState before = dctest::stateOf(db());
    auto signature = workflow().acknowledge(m_template.user(user), password, number.isEmpty() ? m_policy : number);
    QCOMPARE(signature.code(), code);
    QCOMPARE(dctest::stateOf(db()), before);
}

void TestAcknowledge::typesThatAskNothing()
{
    const int before = dctest::rowCount(db(), u"acknowledgements"_s);
    const QString procedure = releasedWithList(DocumentType::Procedure, u"user:lisi"_s);
    QCOMPARE(dctest::rowCount(db(), u"acknowledgements"_s), before); // procedures ask nothing by default
    QCOMPARE(acknowledgements().setRequired(m_template.author(), DocumentType::Procedure, true).code(), ErrorCode::PermissionDenied);
    DC_EXPECT_OK(acknowledgements().setRequired(m_template.controller(), DocumentType::Procedure, true));
    QVERIFY(acknowledgements().required(DocumentType::Procedure));
    releasedWithList(DocumentType::Procedure, u"user:sunqi"_s);
    QCOMPARE(dctest::rowCount(db(), u"acknowledgements"_s), before + 1);
    Q_UNUSED(procedure)
}

void TestAcknowledge::verifyCatchesTampering()
{
    DC_EXPECT_OK(workflow().acknowledge(m_template.reader(), dctest::kPassword, m_policy));
    DC_EXPECT_OK(dctest::rawSql(db(), u"DELETE FROM acknowledgements WHERE user_id = (SELECT id FROM users WHERE name = 'zhaoliu')"_s));
    DC_EXPECT_OK(dctest::rawSql(db(), u"UPDATE acknowledgements SET signature_id = NULL WHERE user_id = (SELECT id FROM users WHERE name = 'chenjing')"_s));
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    const auto says = [&](const QString &part) {
        return std::any_of(report->problems.cbegin(), report->problems.cend(), [&](const VerifyProblem &p) { return p.message.contains(part); });
    };
    QVERIFY(says(u"zhaoliu"_s));
    QVERIFY(says(u"chenjing"_s));
}

// The demo: the reader sunli does not see the 秘密 (confidential) documents; the released
// information security policy waits for its distribution list; two acknowledge, the report
// shows the third; verify passes.
void TestAcknowledge::demoScenario()
{
    DCTEST_SQLITE_ONLY("the demo store is a file");
    QTemporaryDir dir;
    auto demo = DemoStore::openOrCreate(dir.filePath(u"demo.dcstore"_s), m_clock);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    Database &store = *demo.value();
    const QString password = QString::fromLatin1(DemoStore::kPassword);
    UserService users(store, m_clock);
    const User sunli = users.authenticate(u"sunli"_s, password).value();
    const User wangfang = users.authenticate(u"wangfang"_s, password).value();
    QCOMPARE(sunli.clearance, Classification::Internal);
    RegisterQuery all;
    all.limit = 1000;
    auto seen = DocumentService(store).list(sunli, all);
    DC_EXPECT_OK(seen);
    QVERIFY(!seen->rows.isEmpty());
    for (const Document &d : seen->rows)
        QVERIFY2(d.classification != Classification::Confidential && d.classification != Classification::Secret, qPrintable(d.number));
    QCOMPARE(DocumentService(store).show(sunli, u"ISMS-P-002"_s).code(), ErrorCode::NotFound);
    DC_EXPECT_OK(DocumentService(store).show(wangfang, u"ISMS-P-002"_s));

    AcknowledgementFilter policy;
    policy.number = u"ISMS-POL-001"_s;
    const auto waiting = [&] {
        QStringList names;
        const auto rows = AcknowledgementService(store, m_clock).report(wangfang, policy);
        for (const Acknowledgement &a : rows.value())
            names << a.user;
        names.sort();
        return names;
    };
    QCOMPARE(waiting(), (QStringList{u"lijun"_s, u"sunli"_s, u"zhaomin"_s}));
    DC_EXPECT_OK(WorkflowService(store, m_clock).acknowledge(sunli, password, u"ISMS-POL-001"_s));
    DC_EXPECT_OK(WorkflowService(store, m_clock).acknowledge(users.authenticate(u"lijun"_s, password).value(), password, u"ISMS-POL-001"_s));
    QCOMPARE(waiting(), QStringList{u"zhaomin"_s});
    auto report = Verifier(store).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->ok() ? QString() : report->problems.first().message));
}

QTEST_GUILESS_MAIN(TestAcknowledge)
#include "tst_acknowledge.moc"
