// Links between documents (found by number in the text, added by hand), what they do to release
// and withdrawal, the register of external documents and its checks in the review-due list, and
// verify replaying both from the audit trail.

#include "core/services/externalregister.h"
#include "core/services/linkservice.h"
#include "core/services/tasks.h"
#include "core/services/verifier.h"
#include "workflowfixture.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;
using dctest::kPassword;
using dctest::names;
using dctest::rawSql;
using dctest::stateOf;
using dctest::StoreState;

class TestLinks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void textLinks_followSaves();
    void textLinks_writtenBeforeTheCitedDocument();
    void upgrade_recordsCitedNumbers();
    void manualLinks_addAndRemove();
    void manualLinks_refused_data();
    void manualLinks_refused();
    void release_listsCitingDocuments();
    void withdraw_citedNeedsAcknowledgement();
    void verify_replaysLinks();
    void external_register();
    void external_refused_data();
    void external_refused();
    void external_overdueCheckIsDue();
    void verify_replaysExternalRegister();
    void tasks_controllersCheckEditions();
    void linkAddresses_data();
    void linkAddresses();

private:
    Database &db() { return m_session.db(); }
    dctest::FlowDriver &flow() { return m_session.flow(); }
    WorkflowService &wf() { return flow().workflow(); }
    LinkService links() { return LinkService(db(), m_clock); }
    ExternalRegister externals() { return ExternalRegister(db(), m_clock); }
    const User &controller() const { return m_template.controller(); }

    // Registers `number` of `type` with `text` as its first draft (by the controller).
    QString document(const QString &number, const QString &text, DocumentType type = DocumentType::Procedure)
    {
        NewDocument d;
        d.number = number;
        d.title = u"文件 "_s + number;
        d.type = type;
        d.owner = u"lisi"_s;
        d.content = text;
        auto created = flow().documents().create(controller(), d);
        if (!created)
            qWarning("creating %s failed: %s", qPrintable(number), qPrintable(created.message()));
        return created ? created->number : QString();
    }
    QStringList cites(const QString &number)
    {
        QStringList numbers;
        if (auto l = links().links(controller(), number))
            for (const LinkedDocument &d : l->cites)
                numbers << d.number;
        return numbers;
    }
    QStringList citedBy(const QString &number)
    {
        QStringList numbers;
        if (auto l = links().links(controller(), number))
            for (const LinkedDocument &d : l->citedBy)
                numbers << d.number;
        return numbers;
    }
    QString verifyProblems()
    {
        auto report = Verifier(db()).run();
        if (!report)
            return report.message();
        QStringList problems;
        for (const VerifyProblem &p : report->problems)
            problems << p.object + u": "_s + p.message;
        return problems.join(u'\n');
    }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
};

void TestLinks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestLinks::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestLinks::cleanup()
{
    m_session.close();
}

// The text of the latest revision decides the text links: each save brings them up to date,
// and numbers the store does not hold (or the document's own) are no links.
void TestLinks::textLinks_followSaves()
{
    document(u"QP-001"_s, u"# 程序\n"_s);
    document(u"QF-001"_s, u"# 表单\n"_s, DocumentType::Form);
    const QString m = document(u"QM-001"_s, u"# 手册\n\n## 7.5 文件控制\n\n见 QP-001，以及 QX-999（尚未登记）和 QM-001 本身。\n"_s, DocumentType::Manual);
    QCOMPARE(cites(m), QStringList{u"QP-001"_s});
    QCOMPARE(citedBy(u"QP-001"_s), QStringList{m});
    auto l = links().links(controller(), m);
    DC_EXPECT_OK(l);
    QVERIFY(l->cites.first().text);
    QVERIFY(!l->cites.first().manual);

    DC_EXPECT_OK(flow().documents().editDraft(controller(), m, u"# 手册\n\n使用 QF-001 记录。\n"_s, u"改为引用表单"_s));
    QCOMPARE(cites(m), QStringList{u"QF-001"_s});
    QVERIFY(citedBy(u"QP-001"_s).isEmpty());
    const int events = dctest::rowCount(db(), u"events"_s);
    // A save that leaves the cited numbers alone records no link event.
    DC_EXPECT_OK(flow().documents().editDraft(controller(), m, u"# 手册\n\n使用 QF-001 记录表单。\n"_s, u"措辞"_s));
    QCOMPARE(dctest::rowCount(db(), u"events"_s), events + 1);
    QCOMPARE(dctest::scalar(db(), u"SELECT count(*) FROM events WHERE action = 'document.links_set'"_s).toInt(), 2);
    QCOMPARE(verifyProblems(), QString());
}

// A text that names a document before it is registered links to it once it is.
void TestLinks::textLinks_writtenBeforeTheCitedDocument()
{
    const QString m = document(u"QM-002"_s, u"# 手册\n\n依据 QP-010 执行。\n"_s, DocumentType::Manual);
    QVERIFY(cites(m).isEmpty());
    document(u"QP-010"_s, u"# 程序\n"_s);
    QCOMPARE(cites(m), QStringList{u"QP-010"_s});

    // A later save that names another unregistered number (and drops one it named) counts,
    // not the first text: registering the dropped number links nothing.
    const QString w = document(u"QW-001"_s, u"# 作业指导书\n\n见 QP-012。\n"_s, DocumentType::WorkInstruction);
    DC_EXPECT_OK(flow().documents().editDraft(controller(), w, u"# 作业指导书\n\n见 QP-011 和 QP-010。\n"_s, u"改引用"_s));
    QCOMPARE(cites(w), QStringList{u"QP-010"_s});
    const QString citedByW = u"SELECT count(*) FROM cited_numbers c JOIN documents d ON d.id = c.document_id WHERE d.number = 'QW-001'"_s;
    QCOMPARE(dctest::scalar(db(), citedByW).toInt(), 2);
    QCOMPARE(dctest::scalar(db(), citedByW + u" AND c.number IN ('QP-010', 'QP-011')"_s).toInt(), 2);
    document(u"QP-012"_s, u"# 程序\n"_s);
    QCOMPARE(cites(w), QStringList{u"QP-010"_s});
    document(u"QP-011"_s, u"# 程序\n\n上级文件 QW-001。\n"_s);
    QCOMPARE(cites(w), (QStringList{u"QP-010"_s, u"QP-011"_s}));
    QCOMPARE(cites(u"QP-011"_s), QStringList{w});
    QCOMPARE(citedBy(u"QP-011"_s), QStringList{w});
    QCOMPARE(verifyProblems(), QString());
}

// A store of schema 11 opens as schema 12 with the numbers its current texts cite recorded, so
// a text saved before the upgrade links to a document registered after it.
void TestLinks::upgrade_recordsCitedNumbers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString location;
    {
        auto old = m_template.copyTo(dir.filePath(u"old.dcstore"_s));
        DC_EXPECT_OK(old);
        Database &db = *old.value();
        dctest::FlowDriver driver(db, m_clock, m_template);
        NewDocument d;
        d.number = u"QM-020"_s;
        d.title = u"手册"_s;
        d.type = DocumentType::Manual;
        d.owner = u"lisi"_s;
        d.content = u"# 手册\n\n依据 QP-020 执行。\n"_s;
        DC_EXPECT_OK(driver.documents().create(controller(), d));
        DC_EXPECT_OK(dctest::undoCitedNumbers(db));
        DC_EXPECT_OK(rawSql(db, db.isPostgres() ? u"UPDATE doccontrol_store SET schema_version = 11"_s : u"PRAGMA user_version = 11"_s));
        location = db.path();
    }
    auto reopened = Database::open(location);
    DC_EXPECT_OK(reopened);
    Database &upgraded = *reopened.value();
    QCOMPARE(dctest::scalar(upgraded, upgraded.isPostgres() ? u"SELECT schema_version FROM doccontrol_store"_s : u"PRAGMA user_version"_s).toInt(),
             Database::currentSchemaVersion());
    QCOMPARE(dctest::scalar(upgraded, u"SELECT d.number FROM cited_numbers c JOIN documents d ON d.id = c.document_id WHERE c.number = 'QP-020'"_s).toString(),
             u"QM-020"_s);
    dctest::FlowDriver driver(upgraded, m_clock, m_template);
    NewDocument p;
    p.number = u"QP-020"_s;
    p.title = u"程序"_s;
    p.owner = u"lisi"_s;
    p.content = u"# 程序\n"_s;
    DC_EXPECT_OK(driver.documents().create(controller(), p));
    QCOMPARE(dctest::scalar(upgraded, u"SELECT count(*) FROM document_links l JOIN documents f ON f.id = l.from_document JOIN documents t ON t.id = l.to_document"
                                      " WHERE f.number = 'QM-020' AND t.number = 'QP-020' AND l.origin = 'text'"_s).toInt(),
             1);
    auto report = Verifier(upgraded).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
}

void TestLinks::manualLinks_addAndRemove()
{
    document(u"QP-001"_s, u"# 程序\n"_s);
    document(u"QF-001"_s, u"# 表单\n"_s, DocumentType::Form);
    const QString p = document(u"QP-002"_s, u"# 程序\n\n见 QP-001。\n"_s);
    // An author may link too (as they may start a revision).
    auto added = links().changeLinks(m_template.author(), p, {u"QF-001"_s, u"QP-001"_s}, {});
    DC_EXPECT_OK(added);
    QCOMPARE(added->cites.size(), 2);
    QCOMPARE(added->cites.at(0).number, u"QF-001"_s);
    QVERIFY(added->cites.at(0).manual && !added->cites.at(0).text);
    QCOMPARE(added->cites.at(1).number, u"QP-001"_s);
    QVERIFY(added->cites.at(1).manual && added->cites.at(1).text); // linked by hand and named in the text: listed once
    auto removed = links().changeLinks(controller(), p, {}, {u"QP-001"_s});
    DC_EXPECT_OK(removed);
    QCOMPARE(cites(p), (QStringList{u"QF-001"_s, u"QP-001"_s})); // still named in the text
    QVERIFY(!removed->cites.at(1).manual);
    QCOMPARE(dctest::scalar(db(), u"SELECT details FROM events WHERE action = 'document.links_set' ORDER BY seq DESC LIMIT 1"_s).toString().contains(u"\"removed\":[\"QP-001\"]"_s), true);
    QCOMPARE(verifyProblems(), QString());
}

void TestLinks::manualLinks_refused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("add");
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown number") << u"wangfang"_s << QStringList{u"QX-404"_s} << QStringList{} << ErrorCode::NotFound << u"QX-404"_s;
    QTest::newRow("itself") << u"wangfang"_s << QStringList{u"QP-002"_s} << QStringList{} << ErrorCode::InvalidInput << u"QP-002"_s;
    QTest::newRow("remove a link not added by hand") << u"wangfang"_s << QStringList{} << QStringList{u"QP-001"_s} << ErrorCode::NotFound << u"QP-001"_s;
    QTest::newRow("nothing") << u"wangfang"_s << QStringList{} << QStringList{} << ErrorCode::InvalidInput << QString();
    QTest::newRow("already linked") << u"wangfang"_s << QStringList{u"QF-001"_s} << QStringList{} << ErrorCode::InvalidInput << u"QP-002"_s;
    QTest::newRow("reader") << u"chenjing"_s << QStringList{u"QP-001"_s} << QStringList{} << ErrorCode::PermissionDenied << u"QP-002"_s;
    QTest::newRow("reviewer") << u"zhaoliu"_s << QStringList{u"QP-001"_s} << QStringList{} << ErrorCode::PermissionDenied << u"QP-002"_s;
}

// Every refusal names what is wrong and leaves the store as it was.
void TestLinks::manualLinks_refused()
{
    QFETCH(QString, user);
    QFETCH(QStringList, add);
    QFETCH(QStringList, remove);
    QFETCH(ErrorCode, code);
    QFETCH(QString, named);
    document(u"QP-001"_s, u"# 程序\n"_s);
    document(u"QF-001"_s, u"# 表单\n"_s, DocumentType::Form);
    const QString p = document(u"QP-002"_s, u"# 程序\n\n见 QP-001。\n"_s);
    DC_EXPECT_OK(links().changeLinks(controller(), p, {u"QF-001"_s}, {}));
    const StoreState before = stateOf(db());
    auto refused = links().changeLinks(m_template.user(user), p, add, remove);
    DC_EXPECT_ERROR(refused, code);
    QVERIFY2(names(refused.message(), {named}), qPrintable(refused.message()));
    QCOMPARE(stateOf(db()), before);
}

// Releasing a new revision of a cited procedure lists the documents citing it.
void TestLinks::release_listsCitingDocuments()
{
    const QString p = document(u"QP-001"_s, u"# 程序\n"_s);
    QVERIFY(flow().toEffective(p));
    const QString m = document(u"QM-001"_s, u"# 手册\n\n见 QP-001。\n"_s, DocumentType::Manual);
    QVERIFY(flow().toEffective(m));
    DC_EXPECT_OK(flow().documents().editDraft(controller(), p, u"# 程序\n\n第二版\n"_s, u"修订"_s));
    QVERIFY(flow().toApproved(p));
    auto released = wf().release(controller(), kPassword, p);
    DC_EXPECT_OK(released);
    QVERIFY(released->superseded.has_value());
    QCOMPARE(released->citedBy.size(), 1);
    QCOMPARE(released->citedBy.first().number, m);
}

// Withdrawing a document that documents in use cite is refused, naming them, unless the
// controller acknowledges the citations; citations from withdrawn documents do not count.
void TestLinks::withdraw_citedNeedsAcknowledgement()
{
    const QString p = document(u"QP-001"_s, u"# 程序\n"_s);
    QVERIFY(flow().toEffective(p));
    const QString m = document(u"QM-001"_s, u"# 手册\n\n见 QP-001。\n"_s, DocumentType::Manual);
    const QString f = document(u"QF-001"_s, u"# 表单\n\n依据 QP-001。\n"_s, DocumentType::Form);
    const StoreState before = stateOf(db());
    auto refused = wf().withdraw(controller(), kPassword, p, u"合并"_s);
    DC_EXPECT_ERROR(refused, ErrorCode::InvalidState);
    QVERIFY2(names(refused.message(), {p, m, f}), qPrintable(refused.message()));
    QCOMPARE(stateOf(db()), before);

    DC_EXPECT_OK(wf().withdraw(controller(), kPassword, f, u"停用"_s));
    auto acknowledged = wf().withdraw(controller(), kPassword, p, u"合并"_s, true);
    DC_EXPECT_OK(acknowledged);
    QCOMPARE(acknowledged->citedBy.size(), 1); // the withdrawn form is not listed
    QCOMPARE(acknowledged->citedBy.first().number, m);
    // A withdrawn document's links no longer change.
    DC_EXPECT_ERROR(links().changeLinks(controller(), f, {m}, {}), ErrorCode::InvalidState);
    QCOMPARE(verifyProblems(), QString());
}

void TestLinks::verify_replaysLinks()
{
    document(u"QP-001"_s, u"# 程序\n"_s);
    document(u"QF-001"_s, u"# 表单\n"_s, DocumentType::Form);
    const QString m = document(u"QM-001"_s, u"# 手册\n\n见 QP-001。\n"_s, DocumentType::Manual);
    DC_EXPECT_OK(links().changeLinks(controller(), m, {u"QF-001"_s}, {}));
    QCOMPARE(verifyProblems(), QString());
    // A link slipped in, or one taken out, behind DocControl's back.
    QVERIFY(rawSql(db(), u"DELETE FROM document_links WHERE origin = 'manual'"_s).ok());
    QString problems = verifyProblems();
    QVERIFY2(problems.contains(m) && problems.contains(u"QF-001"_s), qPrintable(problems));
    QVERIFY(rawSql(db(), u"INSERT INTO document_links (from_document, to_document, origin) SELECT f.id, t.id, 'manual' FROM documents f, documents t"
                         " WHERE f.number = 'QM-001' AND t.number = 'QF-001'"_s).ok());
    QCOMPARE(verifyProblems(), QString());
    QVERIFY(rawSql(db(), u"INSERT INTO document_links (from_document, to_document, origin) SELECT f.id, t.id, 'text' FROM documents f, documents t"
                         " WHERE f.number = 'QF-001' AND t.number = 'QP-001'"_s).ok());
    problems = verifyProblems();
    QVERIFY2(problems.contains(u"QF-001 cites QP-001"_s), qPrintable(problems));
}

void TestLinks::external_register()
{
    const QString e = document(u"EXT-001"_s, u"# GB/T 22080-2025\n"_s, DocumentType::External);
    document(u"EXT-002"_s, u"# GB/T 20000.1\n"_s, DocumentType::External);
    ExternalOriginChange change;
    change.issuer = u"国家市场监督管理总局"_s;
    change.reference = u"GB/T 22080-2025"_s;
    change.edition = u"2025"_s;
    change.location = u"标准资料柜 A-03"_s;
    change.lastChecked = QDate(2026, 1, 10);
    change.nextCheck = QDate(2027, 1, 10);
    auto set = externals().setOrigin(controller(), e, change);
    DC_EXPECT_OK(set);
    QCOMPARE(set->reference, u"GB/T 22080-2025"_s);
    ExternalOriginChange edition;
    edition.edition = u"2025 第 2 次印刷"_s;
    DC_EXPECT_OK(externals().setOrigin(controller(), e, edition));
    auto entry = externals().origin(e);
    DC_EXPECT_OK(entry);
    QCOMPARE(entry->issuer, u"国家市场监督管理总局"_s); // fields not given stay
    QCOMPARE(entry->edition, u"2025 第 2 次印刷"_s);
    QCOMPARE(entry->nextCheck, QDate(2027, 1, 10));
    auto all = externals().entries();
    DC_EXPECT_OK(all);
    QCOMPARE(all->size(), 2); // every external document, recorded or not
    QCOMPARE(all->at(0).number, e);
    QVERIFY(!all->at(0).overdue);
    QVERIFY(all->at(1).origin.reference.isEmpty());
    QCOMPARE(dctest::scalar(db(), u"SELECT count(*) FROM events WHERE action = 'document.external_set'"_s).toInt(), 2);
}

void TestLinks::external_refused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("checked");
    QTest::addColumn<QDate>("next");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("named");
    const QDate last(2026, 1, 10);
    QTest::newRow("not external") << u"wangfang"_s << u"QP-001"_s << last << QDate(2027, 1, 1) << ErrorCode::InvalidInput << u"QP-001"_s;
    QTest::newRow("unknown") << u"wangfang"_s << u"EXT-404"_s << last << QDate(2027, 1, 1) << ErrorCode::NotFound << u"EXT-404"_s;
    QTest::newRow("author") << u"lisi"_s << u"EXT-001"_s << last << QDate(2027, 1, 1) << ErrorCode::PermissionDenied << u"EXT-001"_s;
    QTest::newRow("next before last") << u"wangfang"_s << u"EXT-001"_s << last << QDate(2025, 12, 1) << ErrorCode::InvalidInput << u"2025-12-01"_s;
    QTest::newRow("checked in the future") << u"wangfang"_s << u"EXT-001"_s << QDate(2026, 6, 1) << QDate(2027, 1, 1) << ErrorCode::InvalidInput << u"2026-06-01"_s;
    QTest::newRow("unchanged") << u"wangfang"_s << u"EXT-001"_s << QDate(2025, 3, 1) << QDate(2026, 3, 1) << ErrorCode::InvalidInput << u"EXT-001"_s;
}

void TestLinks::external_refused()
{
    QFETCH(QString, user);
    QFETCH(QString, number);
    QFETCH(QDate, checked);
    QFETCH(QDate, next);
    QFETCH(ErrorCode, code);
    QFETCH(QString, named);
    document(u"QP-001"_s, u"# 程序\n"_s);
    const QString e = document(u"EXT-001"_s, u"# 标准\n"_s, DocumentType::External);
    ExternalOriginChange first;
    first.lastChecked = QDate(2025, 3, 1);
    first.nextCheck = QDate(2026, 3, 1);
    DC_EXPECT_OK(externals().setOrigin(controller(), e, first));
    const StoreState before = stateOf(db());
    ExternalOriginChange change;
    change.lastChecked = checked;
    change.nextCheck = next;
    auto refused = externals().setOrigin(m_template.user(user), number, change);
    DC_EXPECT_ERROR(refused, code);
    QVERIFY2(names(refused.message(), {named}), qPrintable(refused.message()));
    QCOMPARE(stateOf(db()), before);
}

// An external document whose next check has passed is in the review-due list beside periodic
// reviews, earliest first; one withdrawn is not.
void TestLinks::external_overdueCheckIsDue()
{
    const QString p = document(u"QP-001"_s, u"# 程序\n"_s);
    QVERIFY(flow().toEffective(p));
    const QString e = document(u"EXT-001"_s, u"# 标准\n"_s, DocumentType::External);
    const QString later = document(u"EXT-002"_s, u"# 标准\n"_s, DocumentType::External);
    ExternalOriginChange overdue;
    overdue.lastChecked = QDate(2025, 2, 1);
    overdue.nextCheck = QDate(2026, 2, 1); // before 2026-03-15
    DC_EXPECT_OK(externals().setOrigin(controller(), e, overdue));
    ExternalOriginChange ahead;
    ahead.nextCheck = QDate(2026, 5, 1);
    DC_EXPECT_OK(externals().setOrigin(controller(), later, ahead));

    auto due = wf().dueReviews(m_template.reader());
    DC_EXPECT_OK(due);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().document.number, e);
    QVERIFY(due->first().externalCheck);
    QVERIFY(due->first().overdue);
    QCOMPARE(due->first().due, QDate(2026, 2, 1));

    auto withinAYear = wf().dueReviews(m_template.reader(), QDate(2028, 6, 1)); // procedures: every 24 months
    DC_EXPECT_OK(withinAYear);
    QStringList order;
    for (const DueReview &d : withinAYear.value())
        order << d.document.number + (d.externalCheck ? u" check"_s : u" review"_s);
    QCOMPARE(order, (QStringList{e + u" check"_s, later + u" check"_s, p + u" review"_s}));

    DC_EXPECT_OK(wf().withdraw(controller(), kPassword, e, u"被新版替代"_s));
    due = wf().dueReviews(m_template.reader());
    DC_EXPECT_OK(due);
    QVERIFY(due->isEmpty());
}

void TestLinks::verify_replaysExternalRegister()
{
    const QString e = document(u"EXT-001"_s, u"# 标准\n"_s, DocumentType::External);
    ExternalOriginChange change;
    change.reference = u"GB/T 22080-2025"_s;
    change.nextCheck = QDate(2027, 1, 1);
    DC_EXPECT_OK(externals().setOrigin(controller(), e, change));
    QCOMPARE(verifyProblems(), QString());
    QVERIFY(rawSql(db(), u"UPDATE external_documents SET next_check = '2030-01-01'"_s).ok());
    QString problems = verifyProblems();
    QVERIFY2(problems.contains(e), qPrintable(problems));
    QVERIFY(rawSql(db(), u"DELETE FROM external_documents"_s).ok());
    problems = verifyProblems();
    QVERIFY2(problems.contains(u"missing"_s), qPrintable(problems));
}

// The app's review-due list (tasks): document controllers get the edition checks due.
void TestLinks::tasks_controllersCheckEditions()
{
    const QString e = document(u"EXT-001"_s, u"# 标准\n"_s, DocumentType::External);
    ExternalOriginChange overdue;
    overdue.issuer = u"国家标准化管理委员会"_s;
    overdue.nextCheck = QDate(2026, 3, 1);
    DC_EXPECT_OK(externals().setOrigin(controller(), e, overdue));
    auto tasks = findTasks(db(), controller(), QDate(2026, 3, 15));
    DC_EXPECT_OK(tasks);
    QCOMPARE(tasks->size(), 1);
    QCOMPARE(tasks->first().kind, TaskKind::ExternalCheck);
    QCOMPARE(tasks->first().number, e);
    QVERIFY(tasks->first().overdue);
    QCOMPARE(tasks->first().from, u"国家标准化管理委员会"_s);
    QCOMPARE(displayName(TaskKind::ExternalCheck), u"Edition check"_s);
    auto authors = findTasks(db(), m_template.author(), QDate(2026, 3, 15));
    DC_EXPECT_OK(authors);
    QVERIFY(authors->isEmpty());
}

// The addresses exported PDFs carry and the app opens; they come from files anyone may have
// made, so only a well-formed document number is taken.
void TestLinks::linkAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("number"); // empty: refused
    QTest::newRow("plain") << documentLinkUrl(QStringLiteral("ISMS-P-001")) << QStringLiteral("ISMS-P-001");
    QTest::newRow("percent-encoded") << QStringLiteral("doccontrol:ISMS%2DP%2D001") << QStringLiteral("ISMS-P-001");
    QTest::newRow("scheme in capitals") << QStringLiteral("DocControl:ISMS-0001-2022") << QStringLiteral("ISMS-0001-2022");
    QTest::newRow("slash and dot") << QStringLiteral("doccontrol:QM/2.1") << QStringLiteral("QM/2.1");
    QTest::newRow("another scheme") << QStringLiteral("file:///etc/passwd") << QString();
    QTest::newRow("no number") << QStringLiteral("doccontrol:") << QString();
    QTest::newRow("a path") << QStringLiteral("doccontrol:../../etc/passwd") << QString();
    QTest::newRow("options") << QStringLiteral("doccontrol:--store=/tmp/x") << QString();
    QTest::newRow("spaces") << QStringLiteral("doccontrol:ISMS P 001") << QString();
    QTest::newRow("too long") << QStringLiteral("doccontrol:") + QString(60, QLatin1Char('A')) << QString();
}

void TestLinks::linkAddresses()
{
    QFETCH(QString, url);
    QFETCH(QString, number);
    const auto target = documentLinkTarget(url);
    if (number.isEmpty()) {
        QVERIFY2(!target, qPrintable(target.value_or(QString())));
        return;
    }
    QVERIFY(target);
    QCOMPARE(*target, number);
}

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
