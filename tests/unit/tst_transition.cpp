// The 27001:2013 → 27001:2022 correspondence table (resources/transitions): a sample of pairs,
// every one of the 114 controls of 2013 mapped to controls the 2022 catalogue has, the new 2022
// controls exactly those nothing maps to; the proposal for a document's mapping; and moving a
// document's mapping (DocumentService::moveClauses): one audited change, refusals change nothing.

#include "core/model/clausecatalog.h"
#include "core/model/transitiontable.h"
#include "core/services/documentservice.h"
#include "workflowfixture.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;
using dctest::stateOf;
using dctest::StoreState;

namespace {

const TransitionTable *table()
{
    return TransitionTable::builtin(u"27001:2013"_s, u"27001:2022"_s);
}

ClauseRefs refs(const QStringList &texts)
{
    ClauseRefs list;
    for (const QString &text : texts)
        list << ClauseRef::parse(text).value();
    return list;
}

} // namespace

class TestTransition : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pairs_data();
    void pairs();
    void everyControlMapsIntoTheCatalogue();
    void newControlsHaveNoPredecessor();
    void headingsMapToTheirControls();
    void damagedTables_data();
    void damagedTables();
    void proposal();
    void proposalNeedsAWithdrawnPredecessor();
    void moveClauses();
    void moveRefusals();

private:
    dctest::FlowDriver &flow() { return m_session.flow(); }
    ClauseRefs mapping(const QString &number)
    {
        auto shown = flow().documents().show(m_template.controller(), number);
        return shown ? shown->document.clauses : ClauseRefs{};
    }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
};

void TestTransition::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
    QVERIFY(table());
}

void TestTransition::init()
{
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestTransition::cleanup()
{
    m_session.close();
}

void TestTransition::pairs_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("to");
    QTest::newRow("policies") << u"A.5.1.1"_s << QStringList{u"A.5.1"_s};
    QTest::newRow("policy review") << u"A.5.1.2"_s << QStringList{u"A.5.1"_s};
    QTest::newRow("technical vulnerabilities") << u"A.12.6.1"_s << QStringList{u"A.8.8"_s};
    QTest::newRow("technical compliance review") << u"A.18.2.3"_s << QStringList{u"A.5.36"_s, u"A.8.8"_s};
    QTest::newRow("privileged access") << u"A.9.2.3"_s << QStringList{u"A.8.2"_s};
    QTest::newRow("mobile devices") << u"A.6.2.1"_s << QStringList{u"A.8.1"_s};
    QTest::newRow("teleworking") << u"A.6.2.2"_s << QStringList{u"A.6.7"_s};
    QTest::newRow("event reporting") << u"A.16.1.2"_s << QStringList{u"A.6.8"_s};
    QTest::newRow("weakness reporting") << u"A.16.1.3"_s << QStringList{u"A.6.8"_s};
    QTest::newRow("operating procedures") << u"A.12.1.1"_s << QStringList{u"A.5.37"_s};
    QTest::newRow("disposal of equipment") << u"A.11.2.7"_s << QStringList{u"A.7.14"_s};
    QTest::newRow("media") << u"A.8.3.2"_s << QStringList{u"A.7.10"_s};
    QTest::newRow("backup") << u"A.12.3.1"_s << QStringList{u"A.8.13"_s};
    QTest::newRow("redundancy") << u"A.17.2.1"_s << QStringList{u"A.8.14"_s};
    QTest::newRow("continuity") << u"A.17.1.2"_s << QStringList{u"A.5.29"_s};
    QTest::newRow("cryptography") << u"A.10.1.2"_s << QStringList{u"A.8.24"_s};
    QTest::newRow("supplier policy") << u"A.15.1.1"_s << QStringList{u"A.5.19"_s};
    QTest::newRow("records") << u"A.18.1.3"_s << QStringList{u"A.5.33"_s};
    QTest::newRow("audit considerations") << u"A.12.7.1"_s << QStringList{u"A.8.34"_s};
    QTest::newRow("lower case") << u"a.14.2.8"_s << QStringList{u"A.8.29"_s};
    QTest::newRow("nonconformity moved to 10.2") << u"10.1"_s << QStringList{u"10.2"_s};
    QTest::newRow("improvement moved to 10.1") << u"10.2"_s << QStringList{u"10.1"_s};
    QTest::newRow("control of documented information") << u"7.5.3"_s << QStringList{u"7.5.3"_s};
    QTest::newRow("unknown number") << u"A.19.1.1"_s << QStringList{};
}

void TestTransition::pairs()
{
    QFETCH(QString, from);
    QFETCH(QStringList, to);
    QCOMPARE(table()->successors(from), to);
}

void TestTransition::everyControlMapsIntoTheCatalogue()
{
    const ClauseCatalog *old = ClauseCatalog::builtin(u"27001:2013"_s);
    const ClauseCatalog *current = ClauseCatalog::builtin(u"27001:2022"_s);
    const QList<CatalogEntry> controls = old->entries(ClauseKind::Control);
    QCOMPARE(controls.size(), 114);
    for (const CatalogEntry &control : controls) {
        const QStringList successors = table()->successors(control.number);
        QVERIFY2(!successors.isEmpty(), qPrintable(control.number));
        for (const QString &s : successors) {
            QVERIFY2(current->find(s).has_value(), qPrintable(control.number + u" → "_s + s));
            QCOMPARE(current->find(s)->kind, ClauseKind::Control);
        }
    }
    // Every main clause too, onto a main clause.
    for (const CatalogEntry &clause : old->entries(ClauseKind::Clause)) {
        const QStringList successors = table()->successors(clause.number);
        QVERIFY2(!successors.isEmpty(), qPrintable(clause.number));
        for (const QString &s : successors)
            QCOMPARE(current->find(s)->kind, ClauseKind::Clause);
    }
}

void TestTransition::newControlsHaveNoPredecessor()
{
    QSet<QString> referenced;
    for (const CatalogEntry &control : ClauseCatalog::builtin(u"27001:2013"_s)->entries(ClauseKind::Control)) {
        for (const QString &s : table()->successors(control.number))
            referenced.insert(s);
    }
    QStringList unreferenced;
    for (const CatalogEntry &control : ClauseCatalog::builtin(u"27001:2022"_s)->entries(ClauseKind::Control)) {
        if (!referenced.contains(control.number))
            unreferenced << control.number;
    }
    const QStringList expected{u"A.5.7"_s, u"A.5.23"_s, u"A.5.30"_s, u"A.7.4"_s, u"A.8.9"_s, u"A.8.10"_s,
                               u"A.8.11"_s, u"A.8.12"_s, u"A.8.16"_s, u"A.8.23"_s, u"A.8.28"_s};
    QCOMPARE(unreferenced, expected);
    QCOMPARE(table()->newControls(), expected);
}

void TestTransition::headingsMapToTheirControls()
{
    // A.9.4 (system and application access control): its five controls' successors, each once.
    QCOMPARE(table()->successors(u"A.9.4"_s), (QStringList{u"A.8.3"_s, u"A.8.5"_s, u"A.5.17"_s, u"A.8.18"_s, u"A.8.4"_s}));
    QCOMPARE(table()->successors(u"A.10"_s), QStringList{u"A.8.24"_s});
}

void TestTransition::damagedTables_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("unknown edition") << QByteArray(R"({"from":"27001:2005","to":"27001:2022","controls":{}})");
    QTest::newRow("old number unknown") << QByteArray(R"({"from":"27001:2013","to":"27001:2022","controls":{"A.19.1.1":["A.5.1"]}})");
    QTest::newRow("new number unknown") << QByteArray(R"({"from":"27001:2013","to":"27001:2022","controls":{"A.5.1.1":["A.5.38"]}})");
    QTest::newRow("maps to nothing") << QByteArray(R"({"from":"27001:2013","to":"27001:2022","controls":{"A.5.1.1":[]}})");
    QTest::newRow("new control unknown") << QByteArray(R"({"from":"27001:2013","to":"27001:2022","controls":{},"newControls":["A.9.9"]})");
}

void TestTransition::damagedTables()
{
    QFETCH(QByteArray, json);
    DC_EXPECT_ERROR(TransitionTable::fromJson(json), ErrorCode::InvalidInput);
}

void TestTransition::proposal()
{
    const ClauseRefs current = refs({u"27001:2013 A.12.6.1"_s, u"27001:2013 A.12.5.1"_s, u"27001:2013 A.12.6.2"_s, u"27001:2022 A.8.8"_s,
                                     u"20000-1:2018 8.5.3"_s, u"27001:2013 10.1"_s});
    auto p = proposeTransition(current, u"27001:2022"_s);
    DC_EXPECT_OK(p);
    QCOMPARE(p->from, u"27001:2013"_s);
    QCOMPARE(p->steps.size(), 4);
    QCOMPARE(p->steps.at(0).first, current.at(0));
    QCOMPARE(p->steps.at(0).second, refs({u"27001:2022 A.8.8"_s}));
    // A.8.8 is mapped already; A.8.19 takes up two old controls and is added once.
    QCOMPARE(p->add, refs({u"27001:2022 A.8.19"_s, u"27001:2022 10.2"_s}));
    QCOMPARE(p->remove, refs({u"27001:2013 A.12.6.1"_s, u"27001:2013 A.12.5.1"_s, u"27001:2013 A.12.6.2"_s, u"27001:2013 10.1"_s}));
    // Nothing of the old edition: an empty proposal.
    auto none = proposeTransition(refs({u"27001:2022 A.5.1"_s}), u"27001:2022"_s);
    DC_EXPECT_OK(none);
    QVERIFY(none->isEmpty());
}

void TestTransition::proposalNeedsAWithdrawnPredecessor()
{
    DC_EXPECT_ERROR(proposeTransition(refs({u"27001:2013 A.5.1.1"_s}), u"20000-1:2018"_s), ErrorCode::InvalidInput);
    DC_EXPECT_ERROR(proposeTransition(refs({u"27001:2013 A.5.1.1"_s}), u"27001:2013"_s), ErrorCode::InvalidInput);
}

void TestTransition::moveClauses()
{
    NewDocument d;
    d.title = u"访问控制策略"_s;
    d.type = DocumentType::Policy;
    d.owner = u"lisi"_s;
    d.clauses = refs({u"27001:2013 A.9.1.1"_s, u"27001:2013 A.9.2.3"_s, u"20000-1:2018 8.7.3"_s});
    d.content = u"# 访问控制策略\n"_s;
    auto created = flow().documents().create(m_template.controller(), d);
    DC_EXPECT_OK(created);
    const QString number = created->number;
    auto proposal = flow().documents().proposeTransition(m_template.controller(), number, u"27001:2022"_s);
    DC_EXPECT_OK(proposal);
    QCOMPARE(proposal->add, refs({u"27001:2022 A.5.15"_s, u"27001:2022 A.8.2"_s}));
    const int events = stateOf(m_session.db()).events;
    auto moved = flow().documents().moveClauses(m_template.controller(), number, u"27001:2022"_s, u"换版到 2022"_s);
    DC_EXPECT_OK(moved);
    QCOMPARE(clauseKeys(mapping(number)), clauseKeys(refs({u"27001:2022 A.5.15"_s, u"27001:2022 A.8.2"_s, u"20000-1:2018 8.7.3"_s})));
    QCOMPARE(stateOf(m_session.db()).events, events + 1);
    // Moved once, there is nothing left to move.
    const StoreState before = stateOf(m_session.db());
    DC_EXPECT_ERROR(flow().documents().moveClauses(m_template.controller(), number, u"27001:2022"_s, u"再来一次"_s), ErrorCode::InvalidState);
    QCOMPARE(stateOf(m_session.db()), before);
}

void TestTransition::moveRefusals()
{
    NewDocument d;
    d.title = u"备份程序"_s;
    d.owner = u"lisi"_s;
    d.clauses = refs({u"27001:2013 A.12.3.1"_s});
    d.content = u"# 备份程序\n"_s;
    auto created = flow().documents().create(m_template.controller(), d);
    DC_EXPECT_OK(created);
    const StoreState before = stateOf(m_session.db());
    DC_EXPECT_ERROR(flow().documents().moveClauses(m_template.author(), created->number, u"27001:2022"_s, u"r"_s), ErrorCode::PermissionDenied);
    DC_EXPECT_ERROR(flow().documents().moveClauses(m_template.reader(), created->number, u"27001:2022"_s, u"r"_s), ErrorCode::PermissionDenied);
    QVERIFY(!flow().documents().moveClauses(m_template.controller(), created->number, u"27001:2022"_s, u"  "_s).ok());
    DC_EXPECT_ERROR(flow().documents().moveClauses(m_template.controller(), created->number, u"20000-1:2018"_s, u"r"_s), ErrorCode::InvalidInput);
    DC_EXPECT_ERROR(flow().documents().moveClauses(m_template.controller(), u"NO-SUCH-1"_s, u"27001:2022"_s, u"r"_s), ErrorCode::NotFound);
    QCOMPARE(stateOf(m_session.db()), before);
    QCOMPARE(clauseKeys(mapping(created->number)), QStringList{u"27001:2013 A.12.3.1"_s});
}

QTEST_MAIN(TestTransition)
#include "tst_transition.moc"
