// The register: filters, text search with literal % and _, clause matching, sorting, paging.

#include "core/services/documentservice.h"
#include "core/store/registerquery.h"
#include "teststore.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace dc;

Q_DECLARE_METATYPE(dc::RegisterColumn)
Q_DECLARE_METATYPE(std::optional<dc::RegisterColumn>)

namespace {

struct Spec {
    NewDocument input;
    QString number; // filled in once created
    RevisionStatus status = RevisionStatus::Draft;
};

const char *const kTitles[][2] = {
    {"信息安全方针", "Information Security Policy"},
    {"信息安全风险评估程序", "Information Security Risk Assessment Procedure"},
    {"风险处置计划", "Risk Treatment Plan"},
    {"文件控制程序", "Document Control Procedure"},
    {"记录控制程序", "Record Control Procedure"},
    {"内部审核程序", "Internal Audit Procedure"},
    {"管理评审程序", "Management Review Procedure"},
    {"访问控制程序", "Access Control Procedure"},
    {"变更管理程序", "Change Management Procedure"},
    {"事件管理程序", "Incident Management Procedure"},
    {"问题管理程序", "Problem Management Procedure"},
    {"服务级别管理程序", "Service Level Management Procedure"},
    {"供应商管理程序", "Supplier Management Procedure"},
    {"业务连续性管理程序", "Business Continuity Management Procedure"},
    {"备份与恢复作业指导书", "Backup and Restore Work Instruction"},
    {"机房巡检记录表", "Data Centre Inspection Form"},
    {"信息安全培训记录", "Security Training Record"},
    {"容量管理程序", "Capacity Management Procedure"},
    {"配置管理程序", "Configuration Management Procedure"},
    {"ISO/IEC 27001 标准文本", "ISO/IEC 27001 Standard"},
};

const DocumentType kTypes[] = {DocumentType::Manual, DocumentType::Policy, DocumentType::Procedure, DocumentType::WorkInstruction,
                               DocumentType::Form, DocumentType::Record, DocumentType::External};
const char *const kOwners[] = {"wangfang", "lisi", "admin"};
const char *const kDepartments[] = {"信息安全部", "IT 部", "质量部", "运维部"};
const Classification kClassifications[] = {Classification::Public, Classification::Internal, Classification::Confidential, Classification::Secret};

ClauseRefs clausesFor(int i)
{
    auto ref = [](const char *standard, const char *clause) { return ClauseRef{QString::fromLatin1(standard), QString::fromLatin1(clause)}; };
    switch (i % 6) {
    case 0: return {ref("27001:2013", "7.5")};
    case 1: return {ref("27001:2013", "7.5.3")};
    case 2: return {ref("27001:2022", "A.5.10")}; // begins like A.5.1 but is not under it
    case 3: return {ref("27001:2013", "A.9.1.1")};
    case 4: return {ref("27001:2022", "A.5.1")};
    default: return {ref("20000-1:2018", "7.5.3"), ref("27001:2013", "A.9")};
    }
}

QList<Spec> makeSpecs()
{
    QList<Spec> specs;
    for (int i = 0; i < 60; ++i) {
        Spec s;
        NewDocument &d = s.input;
        d.title = QString::fromUtf8(kTitles[i % 20][0]) + (i >= 20 ? QStringLiteral("（%1）").arg(i / 20 + 1) : QString());
        d.titleEn = QString::fromUtf8(kTitles[i % 20][1]);
        d.type = kTypes[i % 7];
        d.owner = QString::fromLatin1(kOwners[i % 3]);
        d.department = QString::fromUtf8(kDepartments[i % 4]);
        d.classification = kClassifications[(i / 2) % 4];
        d.clauses = clausesFor(i);
        d.content = QStringLiteral("# ") + d.title + QStringLiteral("\n\n正文。");
        s.status = i % 10 == 0 ? RevisionStatus::Effective : i % 10 == 5 ? RevisionStatus::InReview : RevisionStatus::Draft;
        specs << s;
    }
    // One document whose number and title hold LIKE's wildcards.
    Spec special;
    special.input.number = QStringLiteral("ISMS_F_100");
    special.input.title = QStringLiteral("100%完成率统计表");
    special.input.titleEn = QStringLiteral("100% Completion Rate Sheet");
    special.input.type = DocumentType::Form;
    special.input.owner = QStringLiteral("lisi");
    special.input.department = QStringLiteral("质量部");
    special.input.classification = Classification::Internal;
    specs << special;
    return specs;
}

QStringList numbersOf(const QList<Document> &rows)
{
    QStringList numbers;
    for (const Document &d : rows)
        numbers << d.number;
    return numbers;
}

} // namespace

class TestRegister : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void unfiltered();
    void filterByType();
    void filterByStatus();
    void filterByOwner();
    void filterByDepartment();
    void filterByClassification();
    void filtersCombine();
    void effectiveOnly();
    void clauseFilter_data();
    void clauseFilter();
    void clauseFilter_invalid_data();
    void clauseFilter_invalid();
    void textFilter_data();
    void textFilter();
    void sorting_data();
    void sorting();
    void paging();
    void serviceList_clampsAndReaders();
    void columnKeys_data();
    void columnKeys();

private:
    RegisterPage query(const RegisterFilter &filter, RegisterColumn sortBy = RegisterColumn::Number, Qt::SortOrder order = Qt::AscendingOrder,
                       int offset = 0, int limit = 1000);
    // Numbers of the specs `pick` selects, sorted.
    QStringList expected(const std::function<bool(const Spec &)> &pick) const;
    void checkFilter(const RegisterFilter &filter, const std::function<bool(const Spec &)> &pick, int count);

    dc::FixedClock m_clock{dctest::fixedNow()};
    dctest::StoreTemplate m_template;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Spec> m_specs;
};

void TestRegister::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
    auto opened = m_template.copyTo(m_dir.filePath(QStringLiteral("register.dcstore")));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    m_db = std::move(opened).value();
    m_specs = makeSpecs();

    DocumentService service(*m_db, m_clock);
    const Status filled = m_db->write([&]() -> Status {
        for (Spec &spec : m_specs) {
            m_clock.advanceSecs(60);
            auto created = service.create(m_template.controller, spec.input);
            if (!created)
                return created.error();
            spec.number = created->number;
            if (spec.status != RevisionStatus::Draft) {
                if (const Status moved = dctest::forceStatus(*m_db, created->id, spec.status); !moved)
                    return moved;
            }
        }
        return {};
    });
    QVERIFY2(filled.ok(), qPrintable(filled.message()));
    QCOMPARE(dctest::rowCount(*m_db, QStringLiteral("documents")), 61);
}

void TestRegister::cleanupTestCase()
{
    m_db.reset();
}

RegisterPage TestRegister::query(const RegisterFilter &filter, RegisterColumn sortBy, Qt::SortOrder order, int offset, int limit)
{
    RegisterQuery q;
    q.filter = filter;
    q.sortBy = sortBy;
    q.order = order;
    q.offset = offset;
    q.limit = limit;
    auto page = queryRegister(*m_db, q);
    if (!page) {
        qWarning("%s", qPrintable(page.message()));
        return RegisterPage{{}, -1};
    }
    return page.value();
}

QStringList TestRegister::expected(const std::function<bool(const Spec &)> &pick) const
{
    QStringList numbers;
    for (const Spec &spec : m_specs) {
        if (pick(spec))
            numbers << spec.number;
    }
    numbers.sort();
    return numbers;
}

void TestRegister::checkFilter(const RegisterFilter &filter, const std::function<bool(const Spec &)> &pick, int count)
{
    const RegisterPage page = query(filter);
    const QStringList want = expected(pick);
    QCOMPARE(want.size(), count); // the data set is what the test thinks it is
    QCOMPARE(page.total, count);
    QCOMPARE(numbersOf(page.rows), want);
}

void TestRegister::unfiltered()
{
    const RegisterPage page = query({});
    QCOMPARE(page.total, 61);
    QCOMPARE(page.rows.size(), 61);
    const Document &first = page.rows.first();
    QCOMPARE(first.number, QStringLiteral("ISMS-0001-2026")); // number order: '-' sorts before '_' and letters
    QCOMPARE(first.title, QStringLiteral("信息安全方针"));
    QCOMPARE(first.type, DocumentType::Manual);
    QCOMPARE(first.owner, QStringLiteral("wangfang"));
    QCOMPARE(first.currentLabel, QStringLiteral("A/0"));
    QCOMPARE(first.currentStatus, RevisionStatus::Effective);
    QVERIFY(first.clauses.isEmpty()); // the register leaves clause references out
    QCOMPARE(page.rows.last().number, QStringLiteral("ISMS_F_100"));
}

void TestRegister::filterByType()
{
    RegisterFilter f;
    f.type = DocumentType::Procedure;
    checkFilter(f, [](const Spec &s) { return s.input.type == DocumentType::Procedure; }, 9);
    f.type = DocumentType::Form;
    checkFilter(f, [](const Spec &s) { return s.input.type == DocumentType::Form; }, 9);
    f.type = DocumentType::External;
    checkFilter(f, [](const Spec &s) { return s.input.type == DocumentType::External; }, 8);
}

void TestRegister::filterByStatus()
{
    RegisterFilter f;
    f.status = RevisionStatus::Effective;
    checkFilter(f, [](const Spec &s) { return s.status == RevisionStatus::Effective; }, 6);
    f.status = RevisionStatus::InReview;
    checkFilter(f, [](const Spec &s) { return s.status == RevisionStatus::InReview; }, 6);
    f.status = RevisionStatus::Draft;
    checkFilter(f, [](const Spec &s) { return s.status == RevisionStatus::Draft; }, 49);
    f.status = RevisionStatus::Obsolete;
    checkFilter(f, [](const Spec &) { return false; }, 0);
}

void TestRegister::filterByOwner()
{
    RegisterFilter f;
    f.owner = QStringLiteral("lisi");
    checkFilter(f, [](const Spec &s) { return s.input.owner == QLatin1String("lisi"); }, 21);
    f.owner = QStringLiteral("admin");
    checkFilter(f, [](const Spec &s) { return s.input.owner == QLatin1String("admin"); }, 20);
    f.owner = QStringLiteral("nobody");
    checkFilter(f, [](const Spec &) { return false; }, 0);
}

void TestRegister::filterByDepartment()
{
    RegisterFilter f;
    f.department = QStringLiteral("质量部");
    checkFilter(f, [](const Spec &s) { return s.input.department == QStringLiteral("质量部"); }, 16);
    f.department = QStringLiteral("IT 部");
    checkFilter(f, [](const Spec &s) { return s.input.department == QStringLiteral("IT 部"); }, 15);
}

void TestRegister::filterByClassification()
{
    RegisterFilter f;
    f.classification = Classification::Secret;
    checkFilter(f, [](const Spec &s) { return s.input.classification == Classification::Secret; }, 14);
    f.classification = Classification::Internal;
    checkFilter(f, [](const Spec &s) { return s.input.classification == Classification::Internal; }, 17);
}

void TestRegister::filtersCombine()
{
    RegisterFilter f;
    f.type = DocumentType::Manual;
    f.owner = QStringLiteral("wangfang");
    // i % 7 == 0 and i % 3 == 0: i = 0, 21, 42.
    checkFilter(f, [](const Spec &s) { return s.input.type == DocumentType::Manual && s.input.owner == QLatin1String("wangfang"); }, 3);
    f.status = RevisionStatus::Effective; // of those, i % 10 == 0: only i = 0
    const RegisterPage page = query(f);
    QCOMPARE(numbersOf(page.rows), QStringList{QStringLiteral("ISMS-0001-2026")});
}

void TestRegister::effectiveOnly()
{
    RegisterFilter f;
    f.effectiveOnly = true;
    checkFilter(f, [](const Spec &s) { return s.status == RevisionStatus::Effective; }, 6);
}

void TestRegister::clauseFilter_data()
{
    QTest::addColumn<QString>("clause");
    QTest::addColumn<QString>("standard"); // empty: any
    QTest::addColumn<QString>("prefix");   // matches this clause and its sub-clauses
    QTest::addColumn<int>("count");
    QTest::newRow("7.5 any standard") << QStringLiteral("7.5") << QString() << QStringLiteral("7.5") << 30;
    QTest::newRow("7.5 in 27001:2013") << QStringLiteral("27001:2013 7.5") << QStringLiteral("27001:2013") << QStringLiteral("7.5") << 20;
    QTest::newRow("7.5.3") << QStringLiteral("7.5.3") << QString() << QStringLiteral("7.5.3") << 20;
    QTest::newRow("A.5.1, not A.5.10") << QStringLiteral("A.5.1") << QString() << QStringLiteral("A.5.1") << 10;
    QTest::newRow("A.9 any standard") << QStringLiteral("A.9") << QString() << QStringLiteral("A.9") << 20;
    QTest::newRow("A.9 in 27001:2013") << QStringLiteral("27001:2013 A.9") << QStringLiteral("27001:2013") << QStringLiteral("A.9") << 20;
    QTest::newRow("A.5 in 27001:2022") << QStringLiteral(" 27001:2022   A.5 ") << QStringLiteral("27001:2022") << QStringLiteral("A.5") << 20;
    QTest::newRow("20000-1 7.5") << QStringLiteral("20000-1:2018 7.5") << QStringLiteral("20000-1:2018") << QStringLiteral("7.5") << 10;
    QTest::newRow("7: all of chapter 7") << QStringLiteral("7") << QString() << QStringLiteral("7") << 30;
    QTest::newRow("no such clause") << QStringLiteral("8.5.1") << QString() << QStringLiteral("8.5.1") << 0;
}

void TestRegister::clauseFilter()
{
    QFETCH(QString, clause);
    QFETCH(QString, standard);
    QFETCH(QString, prefix);
    QFETCH(int, count);
    RegisterFilter f;
    f.clause = clause;
    checkFilter(f, [&](const Spec &s) {
        return std::any_of(s.input.clauses.cbegin(), s.input.clauses.cend(), [&](const ClauseRef &ref) {
            return (standard.isEmpty() || ref.standard == standard)
                   && (ref.clause == prefix || ref.clause.startsWith(prefix + QLatin1Char('.')));
        });
    }, count);
}

void TestRegister::clauseFilter_invalid_data()
{
    QTest::addColumn<QString>("clause");
    QTest::newRow("unknown standard") << QStringLiteral("ISO 7.5");
    QTest::newRow("standard without year") << QStringLiteral("27001 A.9");
    QTest::newRow("three parts") << QStringLiteral("27001:2013 7.5 extra");
}

void TestRegister::clauseFilter_invalid()
{
    QFETCH(QString, clause);
    RegisterQuery q;
    q.filter.clause = clause;
    auto page = queryRegister(*m_db, q);
    DC_EXPECT_ERROR(page, ErrorCode::InvalidInput);
    QVERIFY2(page.message().contains(clause), qPrintable(page.message()));
}

void TestRegister::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("chinese title") << QStringLiteral("风险") << 6;
    QTest::newRow("english title, any case") << QStringLiteral("risk") << 6;
    QTest::newRow("number part") << QStringLiteral("ISMS-P-00") << 9;
    QTest::newRow("number, lower case") << QStringLiteral("isms-wi-00") << 9;
    QTest::newRow("whole number") << QStringLiteral("ISMS-0002-2026") << 1;
    QTest::newRow("padded") << QStringLiteral("  管理评审  ") << 3;
    QTest::newRow("percent is literal") << QStringLiteral("%") << 1;
    QTest::newRow("underscore is literal") << QStringLiteral("_") << 1;
    QTest::newRow("percent inside") << QStringLiteral("100%完成") << 1;
    QTest::newRow("backslash is literal") << QStringLiteral("\\") << 0;
    QTest::newRow("quote") << QStringLiteral("'") << 0;
    QTest::newRow("slash in title") << QStringLiteral("ISO/IEC") << 3;
}

void TestRegister::textFilter()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    RegisterFilter f;
    f.text = text;
    const QString needle = text.trimmed();
    checkFilter(f, [&](const Spec &s) {
        return s.number.contains(needle, Qt::CaseInsensitive) || s.input.title.contains(needle, Qt::CaseInsensitive)
               || s.input.titleEn.contains(needle, Qt::CaseInsensitive);
    }, count);
}

void TestRegister::sorting_data()
{
    QTest::addColumn<RegisterColumn>("column");
    QTest::newRow("title") << RegisterColumn::Title;
    QTest::newRow("number") << RegisterColumn::Number;
    QTest::newRow("owner") << RegisterColumn::Owner;
    QTest::newRow("department") << RegisterColumn::Department;
    QTest::newRow("updated") << RegisterColumn::Updated;
}

void TestRegister::sorting()
{
    QFETCH(RegisterColumn, column);
    const auto key = [column](const Document &d) -> QString {
        switch (column) {
        case RegisterColumn::Title: return d.title;
        case RegisterColumn::Owner: return d.owner;
        case RegisterColumn::Department: return d.department;
        case RegisterColumn::Updated: return d.updatedAt.toString(Qt::ISODateWithMs);
        default: return d.number;
        }
    };
    const RegisterPage ascending = query({}, column, Qt::AscendingOrder);
    const RegisterPage descending = query({}, column, Qt::DescendingOrder);
    QCOMPARE(ascending.rows.size(), 61);
    QCOMPARE(descending.rows.size(), 61);
    for (qsizetype i = 1; i < ascending.rows.size(); ++i) {
        const Document &a = ascending.rows[i - 1];
        const Document &b = ascending.rows[i];
        const int byKey = key(a).compare(key(b)); // SQLite compares UTF-8 bytes: the same order as code points
        QVERIFY2(byKey < 0 || (byKey == 0 && a.number < b.number), qPrintable(key(a) + QStringLiteral(" / ") + key(b)));
    }
    // Descending is the exact reverse (ties are broken by number in the same direction).
    QStringList reversed = numbersOf(ascending.rows);
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(numbersOf(descending.rows), reversed);
    if (column == RegisterColumn::Title) {
        QCOMPARE(ascending.rows.first().title, QStringLiteral("100%完成率统计表"));
        QCOMPARE(descending.rows.first().title, QStringLiteral("风险处置计划（3）"));
    }
}

void TestRegister::paging()
{
    const QStringList all = numbersOf(query({}).rows);
    QCOMPARE(all.size(), 61);
    QSet<QString> seen;
    QStringList inOrder;
    int pages = 0;
    for (int offset = 0; offset < 61; offset += 7) {
        const RegisterPage page = query({}, RegisterColumn::Title, Qt::DescendingOrder, offset, 7);
        QCOMPARE(page.total, 61);
        QCOMPARE(page.rows.size(), std::min(7, 61 - offset));
        for (const Document &d : page.rows) {
            QVERIFY2(!seen.contains(d.number), qPrintable(d.number)); // pages are disjoint
            seen.insert(d.number);
            inOrder << d.number;
        }
        ++pages;
    }
    QCOMPARE(pages, 9);
    QCOMPARE(seen, QSet<QString>(all.cbegin(), all.cend()));
    QCOMPARE(inOrder, numbersOf(query({}, RegisterColumn::Title, Qt::DescendingOrder).rows)); // pages join up in order
    const RegisterPage beyond = query({}, RegisterColumn::Number, Qt::AscendingOrder, 61, 7);
    QVERIFY(beyond.rows.isEmpty());
    QCOMPARE(beyond.total, 61);

    // Paging a filtered register: total counts the filter, not the table.
    RegisterFilter f;
    f.owner = QStringLiteral("lisi");
    const RegisterPage filtered = query(f, RegisterColumn::Number, Qt::AscendingOrder, 20, 5);
    QCOMPARE(filtered.total, 21);
    QCOMPARE(filtered.rows.size(), 1);
}

void TestRegister::serviceList_clampsAndReaders()
{
    DocumentService service(*m_db, m_clock);
    RegisterQuery q;
    q.limit = 0;
    auto one = service.list(m_template.controller, q);
    DC_EXPECT_OK(one);
    QCOMPARE(one->rows.size(), 1);
    QCOMPARE(one->total, 61);
    q.limit = 5000;
    q.offset = -3;
    auto all = service.list(m_template.controller, q);
    DC_EXPECT_OK(all);
    QCOMPARE(all->rows.size(), 61);
    // Readers see only documents with an effective revision, whatever they ask for, and only
    // those their clearance (internal by default) covers.
    q.filter.effectiveOnly = false;
    auto reader = service.list(m_template.reader, q);
    DC_EXPECT_OK(reader);
    const auto readable = [](const Spec &s) {
        return s.status == RevisionStatus::Effective && static_cast<int>(s.input.classification) <= static_cast<int>(Classification::Internal);
    };
    QCOMPARE(reader->total, int(expected(readable).size()));
    QVERIFY(reader->total > 0);
    QCOMPARE(numbersOf(reader->rows), expected(readable));
    q.filter.clause = QStringLiteral("9999:2020 1");
    DC_EXPECT_ERROR(service.list(m_template.controller, q), ErrorCode::InvalidInput);
}

void TestRegister::columnKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<std::optional<RegisterColumn>>("column");
    QTest::newRow("number") << QStringLiteral("number") << std::optional(RegisterColumn::Number);
    QTest::newRow("title") << QStringLiteral("title") << std::optional(RegisterColumn::Title);
    QTest::newRow("type") << QStringLiteral("type") << std::optional(RegisterColumn::Type);
    QTest::newRow("status") << QStringLiteral("status") << std::optional(RegisterColumn::Status);
    QTest::newRow("owner") << QStringLiteral("owner") << std::optional(RegisterColumn::Owner);
    QTest::newRow("department") << QStringLiteral("department") << std::optional(RegisterColumn::Department);
    QTest::newRow("classification") << QStringLiteral("classification") << std::optional(RegisterColumn::Classification);
    QTest::newRow("updated") << QStringLiteral("updated") << std::optional(RegisterColumn::Updated);
    QTest::newRow("upper case") << QStringLiteral("TITLE") << std::optional(RegisterColumn::Title);
    QTest::newRow("unknown") << QStringLiteral("author") << std::optional<RegisterColumn>();
    QTest::newRow("empty") << QString() << std::optional<RegisterColumn>();
    QTest::newRow("chinese") << QStringLiteral("标题") << std::optional<RegisterColumn>();
}

void TestRegister::columnKeys()
{
    QFETCH(QString, key);
    QFETCH(std::optional<RegisterColumn>, column);
    QCOMPARE(registerColumnFromKey(key), column);
    QCOMPARE(registerColumnKeys().size(), 8);
    if (column)
        QCOMPARE(registerColumnKeys().at(int(*column)), key.toLower());
}

QTEST_GUILESS_MAIN(TestRegister)
#include "tst_register.moc"
