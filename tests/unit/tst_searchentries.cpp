// The SQLite search index keeps no copy of the text (schema 11): one entry per indexed revision,
// shared by staff and readers while the current revision is the effective one, removed by giving
// FTS5 back the tokens it was written with. These tests follow a document through its life and
// check that no text of an earlier state is ever found again, which a removal with the wrong
// tokens would leave behind; and that an entry whose text changed behind the index's back is
// rebuilt rather than left stale. On PostgreSQL the same searches run against its own index.

#include "core/store/searchindex.h"
#include "workflowfixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace dc;

class TestSearchEntries : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_session.close(); }

    void lifecycle_entriesFollowTheRevisions();
    void draftSaves_leaveNoOldText();
    void changedBehindTheIndex_rebuilt();
    void bookkeepingLost_rebuilt();

private:
    Database &db() { return m_session.db(); }
    dctest::FlowDriver &flow() { return m_session.flow(); }
    int staffHits(const QString &term) { return SearchIndex::search(db(), term)->total; }
    int readerHits(const QString &term) { return SearchIndex::search(db(), term, 20, 0, true)->total; }
    int entries() { return dctest::rowCount(db(), QStringLiteral("search_index")); }
    void expectIntact();

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
};

void TestSearchEntries::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestSearchEntries::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

// FTS5's own check of its structures, and one bookkeeping row per entry.
void TestSearchEntries::expectIntact()
{
    if (db().isPostgres())
        return;
    DC_EXPECT_OK(Sql::execAll(db(), {QStringLiteral("INSERT INTO search_index(search_index) VALUES ('integrity-check')")}, QStringLiteral("check")));
    QCOMPARE(dctest::rowCount(db(), QStringLiteral("search_entries")), entries());
}

void TestSearchEntries::lifecycle_entriesFollowTheRevisions()
{
    auto created = flow().create(QStringLiteral("访问控制程序"));
    DC_EXPECT_OK(created);
    const QString number = created->number;
    auto first = flow().documents().editDraft(m_template.controller(), number, QStringLiteral("# 访问控制程序\n\n账号每季度复核一次。\n"), QStringLiteral("初稿"));
    DC_EXPECT_OK(first);
    QCOMPARE(staffHits(QStringLiteral("复核")), 1);
    QCOMPARE(readerHits(QStringLiteral("复核")), 0); // a draft is not for readers

    DC_EXPECT_OK(flow().toEffective(number));
    QCOMPARE(staffHits(QStringLiteral("复核")), 1);
    QCOMPARE(readerHits(QStringLiteral("复核")), 1);
    if (!db().isPostgres())
        QCOMPARE(entries(), 1); // the effective revision is the current one: one entry for both
    expectIntact();

    // A new draft: staff search it, readers still the effective revision.
    auto next = flow().documents().editDraft(m_template.controller(), number, QStringLiteral("# 访问控制程序\n\n改用零信任网关。\n"), QStringLiteral("零信任"));
    DC_EXPECT_OK(next);
    QCOMPARE(staffHits(QStringLiteral("零信任")), 1);
    QCOMPARE(staffHits(QStringLiteral("复核")), 0);
    QCOMPARE(readerHits(QStringLiteral("零信任")), 0);
    QCOMPARE(readerHits(QStringLiteral("复核")), 1);
    if (!db().isPostgres())
        QCOMPARE(entries(), 2);
    expectIntact();

    // Released: the old text is gone for everyone, the new one found by all.
    DC_EXPECT_OK(flow().toEffective(number));
    QCOMPARE(readerHits(QStringLiteral("零信任")), 1);
    QCOMPARE(readerHits(QStringLiteral("复核")), 0);
    QCOMPARE(staffHits(QStringLiteral("复核")), 0);
    if (!db().isPostgres())
        QCOMPARE(entries(), 1);
    expectIntact();
}

void TestSearchEntries::draftSaves_leaveNoOldText()
{
    auto created = flow().create(QStringLiteral("变更管理程序"));
    DC_EXPECT_OK(created);
    const QStringList texts{QStringLiteral("紧急变更由值班经理批准。"), QStringLiteral("标准变更预先授权 preauthorised."),
                            QStringLiteral("常规变更提交变更顾问委员会 board.")};
    for (int i = 0; i < texts.size(); ++i)
        DC_EXPECT_OK(flow().documents().editDraft(m_template.controller(), created->number, texts.at(i), QStringLiteral("第%1稿").arg(i + 1)));
    QCOMPARE(staffHits(QStringLiteral("值班经理")), 0);
    QCOMPARE(staffHits(QStringLiteral("预先授权")), 0);
    QCOMPARE(staffHits(QStringLiteral("preauthorised")), 0);
    QCOMPARE(staffHits(QStringLiteral("顾问委员会")), 1);
    QCOMPARE(staffHits(QStringLiteral("board")), 1);
    expectIntact();
}

// Someone with the file rewrites a draft's text with SQL: the index cannot remove the old entry
// with tokens it no longer has, so the next update rebuilds the index instead of keeping them.
void TestSearchEntries::changedBehindTheIndex_rebuilt()
{
    if (db().isPostgres())
        QSKIP("PostgreSQL removes an entry by its key; there are no tokens to give back");
    auto created = flow().create(QStringLiteral("备份管理程序"));
    DC_EXPECT_OK(created);
    DC_EXPECT_OK(flow().documents().editDraft(m_template.controller(), created->number, QStringLiteral("每日增量备份。"), QStringLiteral("初稿")));
    DC_EXPECT_OK(dctest::rawSql(db(), QStringLiteral("UPDATE revisions SET content = '每周全量备份。' WHERE document_id = ?"), {created->id}));
    QCOMPARE(staffHits(QStringLiteral("增量备份")), 1); // what the index was told
    DC_EXPECT_OK(db().write([&] { return SearchIndex::refresh(db(), created->id); }));
    QCOMPARE(staffHits(QStringLiteral("增量备份")), 0);
    QCOMPARE(staffHits(QStringLiteral("全量备份")), 1);
    expectIntact();
}

// The bookkeeping rows deleted by hand: the entries they described are rebuilt, not duplicated.
void TestSearchEntries::bookkeepingLost_rebuilt()
{
    if (db().isPostgres())
        QSKIP("search_entries is the SQLite index's");
    auto created = flow().create(QStringLiteral("容量管理程序"));
    DC_EXPECT_OK(created);
    const int before = staffHits(QStringLiteral("相关职责")); // the text create() wrote, in this document and any other
    QVERIFY(before >= 1);
    DC_EXPECT_OK(dctest::rawSql(db(), QStringLiteral("DELETE FROM search_entries")));
    DC_EXPECT_OK(flow().documents().editDraft(m_template.controller(), created->number, QStringLiteral("容量规划每季度评审。"), QStringLiteral("初稿")));
    QCOMPARE(staffHits(QStringLiteral("容量规划")), 1);
    QCOMPARE(staffHits(QStringLiteral("相关职责")), before - 1);
    expectIntact();
}

QTEST_GUILESS_MAIN(TestSearchEntries)
#include "tst_searchentries.moc"
