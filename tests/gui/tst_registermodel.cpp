// The register and search-result models over a store of 250 generated documents: paging,
// SQL sorting and filtering, what a reader may see, and how failures are reported.

#include "ui/register/registermodel.h"
#include "core/services/session.h"
#include "ui/register/searchresultsmodel.h"
#include "core/store/userstore.h"
#include "testfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

namespace {
constexpr int kDocuments = 250; // more than one page of 200
}

class TestRegisterModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void pagesThroughTheRegister();
    void sortsInSql();
    void sortByRevisionIsIgnored();
    void filtersByType_data();
    void filtersByType();
    void filtersByText();
    void readerSeesEffectiveOnly();
    void reportsQueryErrors();
    void exposesNumbersAndTooltips();
    void searchPassesModelTester();
    void searchPagesAndCounts();
    void searchWithoutTermsFails();
    void snippetHtmlEscapesAndHighlights();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session; // the screens' door to the same store
    User m_admin;
    User m_reader;
};

void TestRegisterModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = test::makeStore(m_dir.filePath(QStringLiteral("register.dcstore")), kDocuments);
    QVERIFY(m_db);
    auto session = Session::open(m_db->path());
    QVERIFY2(session.ok(), qPrintable(session.message()));
    m_session = std::move(session).value();
    UserService users(*m_db);
    m_admin = users.authenticate(QStringLiteral("admin"), test::kAdminPassword).value();
    m_reader = users.authenticate(QStringLiteral("reader"), test::kAdminPassword).value();
}

void TestRegisterModel::passesModelTester()
{
    RegisterModel model(*m_session, m_admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    model.sort(RegisterModel::TitleColumn, Qt::DescendingOrder);
    RegisterFilter filter;
    filter.type = DocumentType::Form;
    model.setFilter(filter);
    model.setFilter({});
    model.refresh();
    QVERIFY(!QTest::currentTestFailed());
}

void TestRegisterModel::pagesThroughTheRegister()
{
    RegisterModel model(*m_session, m_admin);
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(model.total(), kDocuments);
    QCOMPARE(model.rowCount(), RegisterModel::kPageSize);
    QVERIFY(model.canFetchMore({}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), kDocuments);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), RegisterModel::kPageSize);
    QCOMPARE(inserted.first().at(2).toInt(), kDocuments - 1);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // nothing left: no rows, no signal
    QCOMPARE(model.rowCount(), kDocuments);
    QCOMPARE(inserted.count(), 1);

    // Every document appears once.
    QSet<QString> numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers.insert(model.numberAt(row));
    QCOMPARE(numbers.size(), kDocuments);
    QVERIFY(!model.canFetchMore(model.index(0, 0))); // a table has no children
}

void TestRegisterModel::sortsInSql()
{
    RegisterModel model(*m_session, m_admin);
    QCOMPARE(model.sortColumn(), int(RegisterModel::NumberColumn)); // the default
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(RegisterModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.index(0, RegisterModel::TitleColumn).data().toString(), test::generatedTitle(1));

    model.sort(RegisterModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 2);
    // The first row is the last title of the whole register, not of the loaded page.
    QCOMPARE(model.index(0, RegisterModel::TitleColumn).data().toString(), test::generatedTitle(kDocuments));
    QCOMPARE(model.rowCount(), RegisterModel::kPageSize); // back to one page
    QCOMPARE(model.sortColumn(), int(RegisterModel::TitleColumn));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);

    model.fetchMore({});
    QCOMPARE(model.index(kDocuments - 1, RegisterModel::TitleColumn).data().toString(), test::generatedTitle(1));

    model.sort(RegisterModel::TitleColumn, Qt::DescendingOrder); // unchanged: no re-query
    QCOMPARE(reset.count(), 2);
    model.sort(RegisterModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, RegisterModel::TitleColumn).data().toString(), test::generatedTitle(1));
}

void TestRegisterModel::sortByRevisionIsIgnored()
{
    RegisterModel model(*m_session, m_admin);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(RegisterModel::RevisionColumn, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.sortColumn(), int(RegisterModel::NumberColumn));
    QVERIFY(!RegisterModel::registerColumn(RegisterModel::RevisionColumn));
    QCOMPARE(RegisterModel::registerColumn(RegisterModel::UpdatedColumn), RegisterColumn::Updated);
}

void TestRegisterModel::filtersByType_data()
{
    QTest::addColumn<DocumentType>("type");
    QTest::newRow("policy") << DocumentType::Policy;
    QTest::newRow("procedure") << DocumentType::Procedure;
    QTest::newRow("form") << DocumentType::Form;
    QTest::newRow("manual (none)") << DocumentType::Manual;
}

void TestRegisterModel::filtersByType()
{
    QFETCH(DocumentType, type);
    RegisterModel model(*m_session, m_admin);
    QSignalSpy totals(&model, &RegisterModel::totalChanged);
    RegisterFilter filter;
    filter.type = type;
    model.setFilter(filter);

    const int expected = test::countOfType(kDocuments, type);
    QCOMPARE(model.total(), expected);
    QCOMPARE(totals.count(), 1);
    QCOMPARE(totals.first().first().toInt(), expected);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), expected);
    QVERIFY(model.rowCount() < kDocuments);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, RegisterModel::TypeColumn).data().toString(), displayName(type));

    model.setFilter({});
    QCOMPARE(model.total(), kDocuments);
}

void TestRegisterModel::filtersByText()
{
    RegisterModel model(*m_session, m_admin);
    model.sort(RegisterModel::TitleColumn, Qt::AscendingOrder);
    RegisterFilter filter;
    filter.text = QStringLiteral("文件 00");
    filter.classification = Classification::Confidential;
    model.setFilter(filter);
    // 001..009, every fourth confidential: 004 and 008.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RegisterModel::TitleColumn).data().toString(), test::generatedTitle(4));
    QCOMPARE(model.index(1, RegisterModel::TitleColumn).data().toString(), test::generatedTitle(8));

    filter.text = QStringLiteral("no such title");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestRegisterModel::readerSeesEffectiveOnly()
{
    // Every generated document is a draft: a reader sees none of them.
    RegisterModel model(*m_session, m_reader);
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(model.total(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestRegisterModel::reportsQueryErrors()
{
    RegisterModel model(*m_session, m_admin);
    QSignalSpy errors(&model, &RegisterModel::errorOccurred);
    RegisterFilter filter;
    filter.clause = QStringLiteral("not a clause at all");
    model.setFilter(filter);
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("not a clause at all")), qPrintable(message));
    QCOMPARE(model.lastError(), message);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), 0);

    model.setFilter({}); // recovers
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(model.total(), kDocuments);
    QCOMPARE(errors.count(), 1);
}

void TestRegisterModel::exposesNumbersAndTooltips()
{
    RegisterModel model(*m_session, m_admin);
    model.sort(RegisterModel::TitleColumn, Qt::AscendingOrder);
    const QModelIndex title = model.index(0, RegisterModel::TitleColumn);
    QCOMPARE(title.data().toString(), test::generatedTitle(1));
    const QString number = model.index(0, RegisterModel::NumberColumn).data().toString();
    QVERIFY(!number.isEmpty());
    QCOMPARE(title.data(RegisterModel::NumberRole).toString(), number);
    QCOMPARE(model.numberAt(0), number);
    QCOMPARE(model.rowOfNumber(number), 0);
    QCOMPARE(model.rowOfNumber(QStringLiteral("NOPE-1")), -1);
    QVERIFY(model.numberAt(-1).isEmpty());
    QVERIFY(model.numberAt(model.rowCount()).isEmpty());
    QCOMPARE(title.data(Qt::ToolTipRole).toString(), QStringLiteral("Document 1"));
    QCOMPARE(model.index(0, RegisterModel::RevisionColumn).data().toString(), model.documentAt(0)->currentLabel);
    QVERIFY(!model.index(0, RegisterModel::RevisionColumn).data().toString().isEmpty());
    QCOMPARE(model.index(0, RegisterModel::StatusColumn).data().toString(), displayName(RevisionStatus::Draft));
    const QModelIndex owner = model.index(0, RegisterModel::OwnerColumn);
    QCOMPARE(owner.data().toString(), UserStore(*m_db).find(QStringLiteral("admin"))->displayName); // people see names
    QCOMPARE(owner.data(Qt::ToolTipRole).toString(), QStringLiteral("admin"));
    QVERIFY(QDateTime::fromString(model.index(0, RegisterModel::UpdatedColumn).data().toString(), QStringLiteral("yyyy-MM-dd HH:mm")).isValid());
    QCOMPARE(model.headerData(RegisterModel::NumberColumn, Qt::Horizontal).toString(), QStringLiteral("Number"));
    QVERIFY(!model.headerData(RegisterModel::ColumnCount, Qt::Horizontal).isValid());
    QVERIFY(!model.index(0, RegisterModel::ColumnCount).isValid());
}

void TestRegisterModel::searchPassesModelTester()
{
    SearchResultsModel model(*m_session, m_admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.search(QStringLiteral("审核")));
    model.fetchMore({});
    QVERIFY(!model.search(QStringLiteral("!!!")));
    QVERIFY(!QTest::currentTestFailed());
}

void TestRegisterModel::searchPagesAndCounts()
{
    SearchResultsModel model(*m_session, m_admin);
    QSignalSpy totals(&model, &SearchResultsModel::totalChanged);
    QVERIFY(model.search(QStringLiteral("审核")));
    QCOMPARE(model.query(), QStringLiteral("审核"));
    QCOMPARE(model.total(), kDocuments); // every generated content mentions 内部审核
    QCOMPARE(totals.count(), 1);
    QCOMPARE(model.rowCount(), SearchResultsModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * SearchResultsModel::kPageSize);

    const QModelIndex first = model.index(0, 0);
    QVERIFY(!first.data(SearchResultsModel::NumberRole).toString().isEmpty());
    QCOMPARE(first.data().toString(), first.data(SearchResultsModel::NumberRole).toString());
    QVERIFY(first.data(SearchResultsModel::TitleRole).toString().startsWith(QStringLiteral("文件 ")));
    QVERIFY2(first.data(SearchResultsModel::SnippetHtmlRole).toString().contains(QStringLiteral("<b>审核</b>")),
             qPrintable(first.data(SearchResultsModel::SnippetHtmlRole).toString()));

    // Every term must match somewhere: 007 in the title or the number.
    QVERIFY(model.search(QStringLiteral("文件 007")));
    QVERIFY(model.total() >= 1);
    QVERIFY(model.total() < kDocuments);
    bool foundTitle = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString title = model.index(row, SearchResultsModel::TitleColumn).data().toString();
        QVERIFY2(title.contains(QStringLiteral("007")) || model.numberAt(row).contains(QStringLiteral("007")), qPrintable(title));
        foundTitle = foundTitle || title == test::generatedTitle(7);
    }
    QVERIFY(foundTitle);

    QVERIFY(model.search(QStringLiteral("绝无此词")));
    QCOMPARE(model.total(), 0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.lastError().isEmpty());
}

void TestRegisterModel::searchWithoutTermsFails()
{
    SearchResultsModel model(*m_session, m_admin);
    QVERIFY(model.search(QStringLiteral("审核")));
    QSignalSpy errors(&model, &SearchResultsModel::errorOccurred);
    QVERIFY(!model.search(QStringLiteral("!!! ???")));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!model.lastError().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), 0);

    // A reader finds no drafts.
    SearchResultsModel readers(*m_session, m_reader);
    QVERIFY(readers.search(QStringLiteral("审核")));
    QCOMPARE(readers.total(), 0);
}

void TestRegisterModel::snippetHtmlEscapesAndHighlights()
{
    Snippet snippet;
    snippet.text = QStringLiteral("<script> 内部审核 & 审核");
    snippet.highlights = {{16, 2}, {11, 2}}; // out of order on purpose
    QCOMPARE(SearchResultsModel::snippetHtml(snippet), QStringLiteral("&lt;script&gt; 内部<b>审核</b> &amp; <b>审核</b>"));

    snippet.highlights = {{16, 50}}; // past the end: clamped
    QCOMPARE(SearchResultsModel::snippetHtml(snippet), QStringLiteral("&lt;script&gt; 内部审核 &amp; <b>审核</b>"));
}

QTEST_GUILESS_MAIN(TestRegisterModel)
#include "tst_registermodel.moc"
