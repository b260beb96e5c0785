// Issue 17: search finds Chinese words that inline Markdown markup splits (本程序规定**风险**评估),
// because the index holds the text a reader sees; snippets show that text too; a store whose
// index was built from the markup is rebuilt when it is opened (schema version 6); the demo
// manual is found by 任命陈静同志.

#include "core/store/searchindex.h"
#include "core/search/tokenizer.h"
#include "core/services/demostore.h"
#include "core/services/documentservice.h"
#include "teststore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace dc;

namespace {

// Each document's body; created in this order, they become ISMS-P-001 … ISMS-P-006.
const char *const kBodies[] = {
    "# 风险评估程序说明\n\n本程序规定**风险**评估的要求。",
    "每年开展一次*内部*审核。",
    "依据[风险](x.md)评估的结果确定控制措施。",
    "| 风险 | 评估 |\n|---|---|\n| 高 | 立即处理 |", // the cell boundary is no 风险评估
    "识别资产**风险**\n\n评估见附录。",                 // nor is a paragraph end
    "参数 max_retry_count 取 2*3 次。",
};

QStringList numbersOf(const SearchResults &results)
{
    QStringList numbers;
    for (const SearchHit &hit : results.hits)
        numbers << hit.number;
    numbers.sort();
    return numbers;
}

// The index as a store at schema version 5 held it (undoContentlessIndex made its table): each
// document's current revision under its id and its effective one under the negated id, the
// body's tokens taken from the Markdown itself, markup and all.
Status writeMarkupEntries(Database &db)
{
    auto rows = Sql::exec(db,
                          QStringLiteral("SELECT d.id, d.number, d.title, (SELECT content FROM revisions WHERE document_id = d.id ORDER BY id DESC LIMIT 1),"
                                         " (SELECT content FROM revisions WHERE document_id = d.id AND status = 'effective' ORDER BY id DESC LIMIT 1)"
                                         " FROM documents d"),
                          {}, QStringLiteral("read the documents"));
    if (!rows)
        return rows.error();
    QList<std::tuple<qint64, QString, QString, QString>> entries;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        entries.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        if (!q.value(4).isNull())
            entries.append({-q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(4).toString()});
    }
    for (const auto &[rowid, number, title, content] : std::as_const(entries)) {
        const SearchTokens::Tokens titles = SearchTokens::tokenize(title);
        const SearchTokens::Tokens tokens = SearchTokens::tokenize(content);
        auto written = Sql::exec(db, QStringLiteral("INSERT INTO search_index(rowid, number, title, body, title_chars, body_chars) VALUES (?, ?, ?, ?, ?, ?)"),
                                 {rowid, SearchTokens::tokenize(number).sequence.join(u' '), titles.sequence.join(u' '), tokens.sequence.join(u' '),
                                  titles.chars.join(u' '), tokens.chars.join(u' ')},
                                 QStringLiteral("write old entries"));
        if (!written)
            return written.error();
    }
    return {};
}

int oldMatches(Database &db, const QString &phrase)
{
    return dctest::scalar(db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?"), {phrase}).toInt();
}

} // namespace

class TestSearchMarkup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }

    void wordsSplitByMarkupFound_data();
    void wordsSplitByMarkupFound();
    void breaksStillSeparate();
    void nonEmphasisKept();
    void snippetsShowReaderText();
    void readersFindEffectiveText();
    void oldStoreRebuiltOnOpen();
    void demoManualFound();

private:
    SearchResults search(const QString &query, bool effectiveOnly = false);

    dc::FixedClock m_clock{dctest::fixedNow()};
    dctest::StoreTemplate m_template;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QStringList m_numbers; // of kBodies, in order
};

void TestSearchMarkup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
    auto opened = m_template.copyTo(m_dir.filePath(QStringLiteral("markup.dcstore")));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    m_db = std::move(opened).value();
    DocumentService service(*m_db, m_clock);
    int n = 0;
    for (const char *body : kBodies) {
        NewDocument d;
        d.title = QStringLiteral("程序 %1").arg(++n);
        d.type = DocumentType::Procedure;
        d.owner = QStringLiteral("wangfang");
        d.content = QString::fromUtf8(body);
        auto created = service.create(m_template.controller, d);
        QVERIFY2(created.ok(), qPrintable(created.message()));
        m_numbers << created->number;
    }
    QCOMPARE(m_numbers.last(), QStringLiteral("ISMS-P-006"));
}

SearchResults TestSearchMarkup::search(const QString &query, bool effectiveOnly)
{
    auto results = SearchIndex::search(*m_db, query, 50, 0, effectiveOnly);
    if (!results) {
        qWarning("search %s: %s", qPrintable(query), qPrintable(results.message()));
        return SearchResults{{}, -1};
    }
    return results.value();
}

void TestSearchMarkup::wordsSplitByMarkupFound_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("numbers");
    QTest::newRow("bold: 风险评估") << QStringLiteral("风险评估") << QStringList{QStringLiteral("ISMS-P-001"), QStringLiteral("ISMS-P-003")};
    QTest::newRow("bold, longer phrase") << QStringLiteral("规定风险评估的要求") << QStringList{QStringLiteral("ISMS-P-001")};
    QTest::newRow("italic: 内部审核") << QStringLiteral("内部审核") << QStringList{QStringLiteral("ISMS-P-002")};
    QTest::newRow("link: 风险评估的结果") << QStringLiteral("风险评估的结果") << QStringList{QStringLiteral("ISMS-P-003")};
    QTest::newRow("link: 依据风险") << QStringLiteral("依据风险") << QStringList{QStringLiteral("ISMS-P-003")};
    QTest::newRow("heading text") << QStringLiteral("程序说明") << QStringList{QStringLiteral("ISMS-P-001")};
}

void TestSearchMarkup::wordsSplitByMarkupFound()
{
    QFETCH(QString, query);
    QFETCH(QStringList, numbers);
    const SearchResults results = search(query);
    QCOMPARE(results.total, numbers.size());
    QCOMPARE(numbersOf(results), numbers);
}

// Table cells and paragraphs stay apart: 风险 | 评估 and 风险 ¶ 评估 are not 风险评估.
void TestSearchMarkup::breaksStillSeparate()
{
    const QStringList phrase = numbersOf(search(QStringLiteral("风险评估")));
    QVERIFY2(!phrase.contains(QStringLiteral("ISMS-P-004")), qPrintable(phrase.join(u' ')));
    QVERIFY2(!phrase.contains(QStringLiteral("ISMS-P-005")), qPrintable(phrase.join(u' ')));
    QCOMPARE(search(QStringLiteral("险评")).total, 2); // only where the reader reads 风险评估
    // Each word alone is found, and so are both words as two terms.
    const QStringList both = numbersOf(search(QStringLiteral("风险 评估")));
    QVERIFY(both.contains(QStringLiteral("ISMS-P-004")));
    QVERIFY(both.contains(QStringLiteral("ISMS-P-005")));
    QCOMPARE(numbersOf(search(QStringLiteral("立即处理"))), QStringList{QStringLiteral("ISMS-P-004")});
}

// A * or _ that is not emphasis is text: the words around it are found as before.
void TestSearchMarkup::nonEmphasisKept()
{
    QCOMPARE(numbersOf(search(QStringLiteral("max_retry_count"))), QStringList{QStringLiteral("ISMS-P-006")});
    QCOMPARE(numbersOf(search(QStringLiteral("retry"))), QStringList{QStringLiteral("ISMS-P-006")});
    const SearchResults results = search(QStringLiteral("max_retry_count"));
    QVERIFY2(results.hits.first().snippet.text.contains(QStringLiteral("max_retry_count 取 2*3 次")), qPrintable(results.hits.first().snippet.text));
}

void TestSearchMarkup::snippetsShowReaderText()
{
    for (const QString &query : {QStringLiteral("风险评估"), QStringLiteral("内部审核")}) {
        const SearchResults results = search(query);
        QVERIFY(!results.hits.isEmpty());
        for (const SearchHit &hit : results.hits) {
            const QString marked = hit.snippet.marked(QStringLiteral("["), QStringLiteral("]"));
            QVERIFY2(marked.contains(QLatin1Char('[') + query + QLatin1Char(']')), qPrintable(marked));
            for (const QString &markup : {QStringLiteral("**"), QStringLiteral("*"), QStringLiteral("x.md"), QStringLiteral("#"), QStringLiteral("("), QStringLiteral("|")})
                QVERIFY2(!hit.snippet.text.contains(markup), qPrintable(hit.snippet.text));
        }
    }
    const SearchResults link = search(QStringLiteral("依据风险"));
    QCOMPARE(link.hits.size(), 1);
    QCOMPARE(link.hits.first().snippet.text, QStringLiteral("依据风险评估的结果确定控制措施。"));
}

// The readers' entries (effective revisions) hold the reader text as well.
void TestSearchMarkup::readersFindEffectiveText()
{
    QCOMPARE(search(QStringLiteral("风险评估"), true).total, 0);
    const qint64 released = dctest::scalar(*m_db, QStringLiteral("SELECT id FROM documents WHERE number = 'ISMS-P-001'")).toLongLong();
    DC_EXPECT_OK(dctest::forceStatus(*m_db, released, RevisionStatus::Effective));
    DC_EXPECT_OK(SearchIndex::refresh(*m_db, released));
    const SearchResults results = search(QStringLiteral("风险评估"), true);
    QCOMPARE(numbersOf(results), QStringList{QStringLiteral("ISMS-P-001")});
    QCOMPARE(results.hits.first().status, RevisionStatus::Effective);
    QVERIFY2(!results.hits.first().snippet.text.contains(QStringLiteral("**")), qPrintable(results.hits.first().snippet.text));
    DocumentService service(*m_db, m_clock);
    auto forReader = service.search(m_template.reader, QStringLiteral("规定风险评估"));
    DC_EXPECT_OK(forReader);
    QCOMPARE(forReader->total, 1);
}

// A store at schema version 5 holds entries made from the markup, in which the queries of
// issue 17 find nothing; opening it migrates it to version 6, which rebuilds them.
void TestSearchMarkup::oldStoreRebuiltOnOpen()
{
    DCTEST_SQLITE_ONLY("PostgreSQL stores start at the latest schema; there is no older one to migrate");
    const QString path = m_dir.filePath(QStringLiteral("version5.dcstore"));
    {
        auto opened = m_template.copyTo(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Database &db = *opened.value();
        DocumentService service(db, m_clock);
        const QStringList bodies{QStringLiteral("本程序规定**风险**评估的要求。"), QStringLiteral("*内部*审核"),
                                 QStringLiteral("[风险](x.md)评估")};
        for (const QString &body : bodies) {
            NewDocument d;
            d.title = QStringLiteral("旧程序");
            d.type = DocumentType::Procedure;
            d.owner = QStringLiteral("wangfang");
            d.content = body;
            auto created = service.create(m_template.controller, d);
            QVERIFY2(created.ok(), qPrintable(created.message()));
        }
        const qint64 released = dctest::scalar(db, QStringLiteral("SELECT id FROM documents WHERE number = 'ISMS-P-002'")).toLongLong();
        DC_EXPECT_OK(dctest::forceStatus(db, released, RevisionStatus::Effective));
        DC_EXPECT_OK(SearchIndex::refresh(db, released));
        DC_EXPECT_OK(dctest::undoRegisterColumns(db)); // what steps 7 to 11 added
        DC_EXPECT_OK(writeMarkupEntries(db));
        // The old entries reproduce the bug: the phrases are not in them, though the words are.
        QCOMPARE(oldMatches(db, QStringLiteral("\"风险 险评 评估\"")), 0);
        QCOMPARE(oldMatches(db, QStringLiteral("\"内部 部审 审核\"")), 0);
        QVERIFY(oldMatches(db, QStringLiteral("风险")) >= 2);
        DC_EXPECT_OK(Sql::execAll(db, {QStringLiteral("PRAGMA user_version = 5")}, QStringLiteral("downgrade")));
    }
    auto reopened = Database::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
    Database &db = *reopened.value();
    QCOMPARE(dctest::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion());
    auto risk = SearchIndex::search(db, QStringLiteral("风险评估"));
    DC_EXPECT_OK(risk);
    QCOMPARE(numbersOf(risk.value()), (QStringList{QStringLiteral("ISMS-P-001"), QStringLiteral("ISMS-P-003")}));
    auto audit = SearchIndex::search(db, QStringLiteral("内部审核"));
    DC_EXPECT_OK(audit);
    QCOMPARE(numbersOf(audit.value()), QStringList{QStringLiteral("ISMS-P-002")});
    // The readers' entry is back, for the effective revision only.
    auto effective = SearchIndex::search(db, QStringLiteral("内部审核"), 20, 0, true);
    DC_EXPECT_OK(effective);
    QCOMPARE(numbersOf(effective.value()), QStringList{QStringLiteral("ISMS-P-002")});
    QCOMPARE(SearchIndex::search(db, QStringLiteral("风险评估"), 20, 0, true)->total, 0);
    // Three documents, one of them effective with no newer draft: three entries, the effective
    // one serving staff and readers alike.
    QCOMPARE(dctest::scalar(db, QStringLiteral("SELECT count(*) FROM search_index")).toInt(), 3);
    QCOMPARE(dctest::scalar(db, QStringLiteral("SELECT count(*) FROM search_index WHERE rowid & 2")).toInt(), 1);
}

// The demo manual's front matter reads 任命**陈静**同志 in its source.
void TestSearchMarkup::demoManualFound()
{
    auto demo = DemoStore::openOrCreate(m_dir.filePath(QStringLiteral("demo.dcstore")), m_clock);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    Database &db = *demo.value();
    QVERIFY(dctest::scalar(db, QStringLiteral("SELECT count(*) FROM revisions WHERE content LIKE '%任命**陈静**同志%'")).toInt() > 0);
    auto found = SearchIndex::search(db, QStringLiteral("任命陈静同志"));
    DC_EXPECT_OK(found);
    QVERIFY2(numbersOf(found.value()).contains(QStringLiteral("ISMS-0001-2022")), qPrintable(numbersOf(found.value()).join(u' ')));
    const auto manual = std::find_if(found->hits.cbegin(), found->hits.cend(),
                                     [](const SearchHit &hit) { return hit.number == QLatin1String("ISMS-0001-2022"); });
    QVERIFY2(manual->snippet.marked(QStringLiteral("["), QStringLiteral("]")).contains(QStringLiteral("[任命陈静同志]")), qPrintable(manual->snippet.text));
    // Readers find it too when the manual is in force.
    const bool inForce = dctest::scalar(db, QStringLiteral("SELECT count(*) FROM revisions r JOIN documents d ON d.id = r.document_id"
                                                           " WHERE d.number = 'ISMS-0001-2022' AND r.status = 'effective'")).toInt() > 0;
    auto forReaders = SearchIndex::search(db, QStringLiteral("任命陈静同志"), 20, 0, true);
    DC_EXPECT_OK(forReaders);
    QCOMPARE(numbersOf(forReaders.value()).contains(QStringLiteral("ISMS-0001-2022")), inForce);
}

QTEST_GUILESS_MAIN(TestSearchMarkup)
#include "tst_searchmarkup.moc"
