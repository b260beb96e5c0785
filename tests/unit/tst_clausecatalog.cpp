// The clause catalogues compiled into the program (resources/clauses) and their loader: the
// counts of ISO/IEC 27001:2013 and :2022 Annex A and of ISO/IEC 20000-1:2018, sample numbers with
// their titles, which entries ask for documented information, the tree's consistency, lookups,
// searches, the loader's refusals and the validation of clause references.

#include "core/model/clausecatalog.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(dc::ClauseKind)

namespace {

const ClauseCatalog &catalog(const QString &id)
{
    const ClauseCatalog *found = ClauseCatalog::builtin(id);
    if (!found)
        qFatal("no built-in clause catalogue %s", qPrintable(id));
    return *found;
}

QStringList numbers(const QList<CatalogEntry> &entries)
{
    QStringList out;
    for (const CatalogEntry &entry : entries)
        out.append(entry.number);
    return out;
}

QStringList split(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestClauseCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ids_matchClauseRefStandards();
    void metadata_data();
    void metadata();

    void kindCounts_data();
    void kindCounts();
    void controlsPerGroup_data();
    void controlsPerGroup();
    void topLevel_data();
    void topLevel();

    void sampleTitles_data();
    void sampleTitles();
    void documentedInformation_data();
    void documentedInformation();

    void structure_data();
    void structure();

    void find_data();
    void find();
    void children_data();
    void children();
    void search_data();
    void search();

    void load_fresh();
    void load_unknown();
    void fromJson_bad_data();
    void fromJson_bad();
    void kindKeys();

    void validate_good_data();
    void validate_good();
    void validate_bad_data();
    void validate_bad();
    void validate_demoContent();
};

void TestClauseCatalog::ids_matchClauseRefStandards()
{
    QStringList known = ClauseRef::knownStandards();
    known.sort();
    QCOMPARE(ClauseCatalog::ids(), known);
}

void TestClauseCatalog::metadata_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("standard");
    QTest::addColumn<QString>("national");

    QTest::newRow("27001:2013") << QStringLiteral("27001:2013") << QStringLiteral("ISO/IEC 27001:2013") << QStringLiteral("GB/T 22080-2016");
    QTest::newRow("27001:2022") << QStringLiteral("27001:2022") << QStringLiteral("ISO/IEC 27001:2022") << QStringLiteral("GB/T 22080-2025");
    // GB/T 24405.1-2009 adopts the 2005 edition, so no national equivalent is named for 2018.
    QTest::newRow("20000-1:2018") << QStringLiteral("20000-1:2018") << QStringLiteral("ISO/IEC 20000-1:2018") << QString();
}

void TestClauseCatalog::metadata()
{
    QFETCH(QString, id);
    QFETCH(QString, standard);
    QFETCH(QString, national);
    const ClauseCatalog &c = catalog(id);
    QCOMPARE(c.id(), id);
    QCOMPARE(c.standard(), standard);
    QCOMPARE(c.nationalEquivalent(), national);
    QVERIFY(!c.titleZh().isEmpty());
    QVERIFY(!c.titleEn().isEmpty());
}

void TestClauseCatalog::kindCounts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<ClauseKind>("kind");
    QTest::addColumn<int>("count");

    QTest::newRow("2013 controls") << QStringLiteral("27001:2013") << ClauseKind::Control << 114;
    QTest::newRow("2013 domains") << QStringLiteral("27001:2013") << ClauseKind::Domain << 14;
    QTest::newRow("2013 control objectives") << QStringLiteral("27001:2013") << ClauseKind::Objective << 35;
    QTest::newRow("2013 no themes") << QStringLiteral("27001:2013") << ClauseKind::Theme << 0;
    QTest::newRow("2013 clauses") << QStringLiteral("27001:2013") << ClauseKind::Clause << 35;
    QTest::newRow("2022 controls") << QStringLiteral("27001:2022") << ClauseKind::Control << 93;
    QTest::newRow("2022 themes") << QStringLiteral("27001:2022") << ClauseKind::Theme << 4;
    QTest::newRow("2022 no domains") << QStringLiteral("27001:2022") << ClauseKind::Domain << 0;
    QTest::newRow("2022 no objectives") << QStringLiteral("27001:2022") << ClauseKind::Objective << 0;
    QTest::newRow("2022 clauses") << QStringLiteral("27001:2022") << ClauseKind::Clause << 41;
    QTest::newRow("20000-1 clauses") << QStringLiteral("20000-1:2018") << ClauseKind::Clause << 77;
    QTest::newRow("20000-1 no controls") << QStringLiteral("20000-1:2018") << ClauseKind::Control << 0;
}

void TestClauseCatalog::kindCounts()
{
    QFETCH(QString, id);
    QFETCH(ClauseKind, kind);
    QFETCH(int, count);
    QCOMPARE(catalog(id).entries(kind).size(), qsizetype(count));
}

void TestClauseCatalog::controlsPerGroup_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("count");

    const QList<std::pair<const char *, int>> domains{{"A.5", 2},   {"A.6", 7},   {"A.7", 6},   {"A.8", 10},  {"A.9", 14},
                                                      {"A.10", 2},  {"A.11", 15}, {"A.12", 14}, {"A.13", 7},  {"A.14", 13},
                                                      {"A.15", 5},  {"A.16", 7},  {"A.17", 4},  {"A.18", 8}};
    for (const auto &[domain, count] : domains)
        QTest::addRow("2013 %s", domain) << QStringLiteral("27001:2013") << QString::fromLatin1(domain) << count;
    const QList<std::pair<const char *, int>> themes{{"A.5", 37}, {"A.6", 8}, {"A.7", 14}, {"A.8", 34}};
    for (const auto &[theme, count] : themes)
        QTest::addRow("2022 %s", theme) << QStringLiteral("27001:2022") << QString::fromLatin1(theme) << count;
}

void TestClauseCatalog::controlsPerGroup()
{
    QFETCH(QString, id);
    QFETCH(QString, group);
    QFETCH(int, count);
    const ClauseCatalog &c = catalog(id);
    const auto top = c.find(group);
    QVERIFY(top);
    QVERIFY(top->parent.isEmpty());
    QCOMPARE(top->kind, id == QLatin1String("27001:2013") ? ClauseKind::Domain : ClauseKind::Theme);

    QStringList controls;
    for (const CatalogEntry &entry : c.entries(ClauseKind::Control)) {
        if (entry.number.startsWith(group + QLatin1Char('.')))
            controls.append(entry.number);
    }
    QCOMPARE(controls.size(), qsizetype(count));
    // Numbered without gaps: A.5.1 … A.5.37, or A.9.1.1 … per objective.
    if (id == QLatin1String("27001:2022")) {
        for (int i = 1; i <= count; ++i)
            QCOMPARE(controls.at(i - 1), group + QLatin1Char('.') + QString::number(i));
    }
}

void TestClauseCatalog::topLevel_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("27001:2013") << QStringLiteral("27001:2013")
                                << split("4 5 6 7 8 9 10 A.5 A.6 A.7 A.8 A.9 A.10 A.11 A.12 A.13 A.14 A.15 A.16 A.17 A.18");
    QTest::newRow("27001:2022") << QStringLiteral("27001:2022") << split("4 5 6 7 8 9 10 A.5 A.6 A.7 A.8");
    QTest::newRow("20000-1:2018") << QStringLiteral("20000-1:2018") << split("4 5 6 7 8 9 10");
}

void TestClauseCatalog::topLevel()
{
    QFETCH(QString, id);
    QFETCH(QStringList, expected);
    QCOMPARE(numbers(catalog(id).children(QString())), expected);
}

void TestClauseCatalog::sampleTitles_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<ClauseKind>("kind");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("zh");

    const QString i13 = QStringLiteral("27001:2013");
    const QString i22 = QStringLiteral("27001:2022");
    const QString sms = QStringLiteral("20000-1:2018");
    QTest::newRow("2022 A.5.23 cloud") << i22 << u"A.5.23"_s << u"A.5"_s << ClauseKind::Control << u"cloud services"_s << u"云服务"_s;
    QTest::newRow("2022 A.8.28 coding") << i22 << u"A.8.28"_s << u"A.8"_s << ClauseKind::Control << u"Secure coding"_s << u"安全编码"_s;
    QTest::newRow("2022 A.5.7 threats") << i22 << u"A.5.7"_s << u"A.5"_s << ClauseKind::Control << u"Threat intelligence"_s << u"威胁情报"_s;
    QTest::newRow("2022 A.5.37 procedures") << i22 << u"A.5.37"_s << u"A.5"_s << ClauseKind::Control << u"operating procedures"_s << u"操作规程"_s;
    QTest::newRow("2022 A.6.7 remote") << i22 << u"A.6.7"_s << u"A.6"_s << ClauseKind::Control << u"Remote working"_s << u"远程工作"_s;
    QTest::newRow("2022 A.7.4 monitoring") << i22 << u"A.7.4"_s << u"A.7"_s << ClauseKind::Control << u"Physical security monitoring"_s << u"物理安全监视"_s;
    QTest::newRow("2022 A.8.34 audit") << i22 << u"A.8.34"_s << u"A.8"_s << ClauseKind::Control << u"audit testing"_s << u"审计测试"_s;
    QTest::newRow("2022 A.8 theme") << i22 << u"A.8"_s << QString() << ClauseKind::Theme << u"Technological"_s << u"技术"_s;
    QTest::newRow("2022 6.3 changes") << i22 << u"6.3"_s << u"6"_s << ClauseKind::Clause << u"Planning of changes"_s << u"变更"_s;
    QTest::newRow("2022 10.1 improvement") << i22 << u"10.1"_s << u"10"_s << ClauseKind::Clause << u"Continual improvement"_s << u"持续改进"_s;
    QTest::newRow("2013 A.9.4.3 passwords") << i13 << u"A.9.4.3"_s << u"A.9.4"_s << ClauseKind::Control << u"Password management"_s << u"口令管理"_s;
    QTest::newRow("2013 A.9.4 objective") << i13 << u"A.9.4"_s << u"A.9"_s << ClauseKind::Objective << u"access control"_s << u"访问控制"_s;
    QTest::newRow("2013 A.12 domain") << i13 << u"A.12"_s << QString() << ClauseKind::Domain << u"Operations security"_s << u"运行安全"_s;
    QTest::newRow("2013 A.12.1.1 procedures") << i13 << u"A.12.1.1"_s << u"A.12.1"_s << ClauseKind::Control << u"operating procedures"_s << u"操作规程"_s;
    QTest::newRow("2013 A.18.1.4 privacy") << i13 << u"A.18.1.4"_s << u"A.18.1"_s << ClauseKind::Control << u"Privacy"_s << u"隐私"_s;
    QTest::newRow("2013 10.1 nonconformity") << i13 << u"10.1"_s << u"10"_s << ClauseKind::Clause << u"Nonconformity"_s << u"不符合"_s;
    QTest::newRow("20000-1 8.5.1.1") << sms << u"8.5.1.1"_s << u"8.5.1"_s << ClauseKind::Clause << u"Change management policy"_s << u"变更管理方针"_s;
    QTest::newRow("20000-1 8.7.3") << sms << u"8.7.3"_s << u"8.7"_s << ClauseKind::Clause << u"Information security management"_s << u"信息安全管理"_s;
    QTest::newRow("20000-1 8.2.5") << sms << u"8.2.5"_s << u"8.2"_s << ClauseKind::Clause << u"Asset management"_s << u"资产管理"_s;
    QTest::newRow("20000-1 8.3.4.2") << sms << u"8.3.4.2"_s << u"8.3.4"_s << ClauseKind::Clause << u"internal suppliers"_s << u"内部供方"_s;
    QTest::newRow("20000-1 7.5.4") << sms << u"7.5.4"_s << u"7.5"_s << ClauseKind::Clause << u"Documented information"_s << u"文件化信息"_s;
    QTest::newRow("20000-1 7.6") << sms << u"7.6"_s << u"7"_s << ClauseKind::Clause << u"Knowledge"_s << u"知识"_s;
    QTest::newRow("20000-1 9.4") << sms << u"9.4"_s << u"9"_s << ClauseKind::Clause << u"Service reporting"_s << u"服务报告"_s;
}

void TestClauseCatalog::sampleTitles()
{
    QFETCH(QString, id);
    QFETCH(QString, number);
    QFETCH(QString, parent);
    QFETCH(ClauseKind, kind);
    QFETCH(QString, en);
    QFETCH(QString, zh);
    const auto entry = catalog(id).find(number);
    QVERIFY2(entry, qPrintable(number));
    QCOMPARE(entry->number, number);
    QCOMPARE(entry->parent, parent);
    QCOMPARE(entry->kind, kind);
    QVERIFY2(entry->titleEn.contains(en, Qt::CaseInsensitive), qPrintable(entry->titleEn));
    QVERIFY2(entry->titleZh.contains(zh), qPrintable(entry->titleZh));
    QCOMPARE(entry->title(QLocale(QLocale::Chinese, QLocale::China)), entry->titleZh);
    QCOMPARE(entry->title(QLocale(QLocale::English, QLocale::UnitedKingdom)), entry->titleEn);
}

void TestClauseCatalog::documentedInformation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("expected");

    // Every entry whose own text asks for documented information, in catalogue order. A change
    // here is a change an auditor sees: review it against the standard.
    QTest::newRow("27001:2013") << QStringLiteral("27001:2013")
                                << split("4.3 5.2 6.1.2 6.1.3 6.2 7.2 7.5.1 8.1 8.2 8.3 9.1 9.2 9.3 10.1 "
                                         "A.5.1.1 A.6.2.1 A.6.2.2 A.8.1.1 A.8.1.3 A.9.1.1 A.10.1.1 A.10.1.2 A.11.2.9 "
                                         "A.12.1.1 A.13.2.1 A.13.2.4 A.14.2.5 A.15.1.1 A.16.1.5 A.17.1.2 A.18.1.1");
    QTest::newRow("27001:2022") << QStringLiteral("27001:2022")
                                << split("4.3 5.2 6.1.2 6.1.3 6.2 7.2 7.5.1 8.1 8.2 8.3 9.1 9.2.2 9.3.3 10.2 "
                                         "A.5.1 A.5.9 A.5.10 A.5.26 A.5.31 A.5.37 A.6.6 A.8.9 A.8.27");
    QTest::newRow("20000-1:2018") << QStringLiteral("20000-1:2018")
                                  << split("4.3 5.2.1 5.2.2 6.1 6.2.1 6.3 7.2 7.5.1 7.5.4 8.1 8.2.2 8.2.4 8.2.6 8.3.2 8.3.3 "
                                           "8.3.4.1 8.3.4.2 8.5.1.1 8.5.1.2 8.5.2.2 8.6.1 8.6.2 8.6.3 8.7.1 8.7.2 "
                                           "8.7.3.1 8.7.3.2 8.7.3.3 9.1 9.2 9.3 9.4 10.1 10.2");
}

void TestClauseCatalog::documentedInformation()
{
    QFETCH(QString, id);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const CatalogEntry &entry : catalog(id).entries()) {
        if (entry.requiresDocumentedInformation)
            actual.append(entry.number);
    }
    QCOMPARE(actual, expected);
}

void TestClauseCatalog::structure_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : ClauseCatalog::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestClauseCatalog::structure()
{
    QFETCH(QString, id);
    const ClauseCatalog &c = catalog(id);
    QSet<QString> seen;
    for (const CatalogEntry &entry : c.entries()) {
        const QByteArray where = QString(id + QLatin1Char(' ') + entry.number).toUtf8();
        QVERIFY2(!seen.contains(entry.number), where.constData());
        seen.insert(entry.number);
        QVERIFY2(!entry.titleZh.isEmpty() && !entry.titleEn.isEmpty(), where.constData());
        QVERIFY2(entry.titleZh != entry.titleEn, where.constData());

        // The parent is the number without its last part, listed before the child.
        const bool annex = entry.number.startsWith(QLatin1String("A."));
        const qsizetype depth = entry.number.count(QLatin1Char('.')) - (annex ? 1 : 0);
        const QString expectedParent = depth == 0 ? QString() : entry.number.section(QLatin1Char('.'), 0, -2);
        QCOMPARE(entry.parent, expectedParent);
        QVERIFY2(entry.parent.isEmpty() || seen.contains(entry.parent), where.constData());

        // Kinds follow the numbering: 2013 A.x domain, A.x.y objective, A.x.y.z control;
        // 2022 A.x theme, A.x.y control; the main text only clauses.
        ClauseKind expectedKind = ClauseKind::Clause;
        if (annex && id == QLatin1String("27001:2013"))
            expectedKind = depth == 0 ? ClauseKind::Domain : depth == 1 ? ClauseKind::Objective : ClauseKind::Control;
        else if (annex)
            expectedKind = depth == 0 ? ClauseKind::Theme : ClauseKind::Control;
        QCOMPARE(entry.kind, expectedKind);
        if (annex)
            QVERIFY2(depth <= (id == QLatin1String("27001:2013") ? 2 : 1), where.constData());
        else
            QVERIFY2(id == QLatin1String("20000-1:2018") || depth <= 2, where.constData());

        // Every entry can be referenced and validates.
        const auto ref = ClauseRef::parse(QString::fromUtf8(where));
        DC_EXPECT_OK(ref);
        DC_EXPECT_OK(validateClauseRef(ref.value()));
        QCOMPARE(c.find(entry.number), std::optional(entry));
    }
}

void TestClauseCatalog::find_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("found"); // empty: not found

    QTest::newRow("exact") << u"27001:2013"_s << u"A.9.4.3"_s << u"A.9.4.3"_s;
    QTest::newRow("lower-case annex") << u"27001:2013"_s << u"a.9.4.3"_s << u"A.9.4.3"_s;
    QTest::newRow("surrounding space") << u"27001:2022"_s << u"  A.5.7 "_s << u"A.5.7"_s;
    QTest::newRow("four levels") << u"20000-1:2018"_s << u"8.5.1.1"_s << u"8.5.1.1"_s;
    QTest::newRow("top level") << u"20000-1:2018"_s << u"10"_s << u"10"_s;
    QTest::newRow("past the last 2022 control") << u"27001:2022"_s << u"A.5.38"_s << QString();
    QTest::newRow("2013 number in 2022") << u"27001:2022"_s << u"A.9.4.3"_s << QString();
    QTest::newRow("2022 number in 2013") << u"27001:2013"_s << u"A.8.28"_s << QString();
    QTest::newRow("no domain A.19") << u"27001:2013"_s << u"A.19"_s << QString();
    QTest::newRow("no clause 11") << u"27001:2013"_s << u"11"_s << QString();
    QTest::newRow("no 9.2.1 in 2013") << u"27001:2013"_s << u"9.2.1"_s << QString();
    QTest::newRow("no 8.5.1.4") << u"20000-1:2018"_s << u"8.5.1.4"_s << QString();
    QTest::newRow("clauses 1-3 not listed") << u"20000-1:2018"_s << u"3"_s << QString();
    QTest::newRow("empty") << u"27001:2022"_s << QString() << QString();
}

void TestClauseCatalog::find()
{
    QFETCH(QString, id);
    QFETCH(QString, number);
    QFETCH(QString, found);
    const auto entry = catalog(id).find(number);
    QCOMPARE(entry.has_value(), !found.isEmpty());
    QCOMPARE(catalog(id).contains(number), !found.isEmpty());
    if (entry)
        QCOMPARE(entry->number, found);
}

void TestClauseCatalog::children_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("2013 A.9") << u"27001:2013"_s << u"A.9"_s << split("A.9.1 A.9.2 A.9.3 A.9.4");
    QTest::newRow("2013 A.17.1") << u"27001:2013"_s << u"A.17.1"_s << split("A.17.1.1 A.17.1.2 A.17.1.3");
    QTest::newRow("2022 9.3") << u"27001:2022"_s << u"9.3"_s << split("9.3.1 9.3.2 9.3.3");
    QTest::newRow("2013 9.3 has none") << u"27001:2013"_s << u"9.3"_s << QStringList();
    QTest::newRow("20000-1 8.5.1") << u"20000-1:2018"_s << u"8.5.1"_s << split("8.5.1.1 8.5.1.2 8.5.1.3");
    QTest::newRow("20000-1 8.2") << u"20000-1:2018"_s << u"8.2"_s << split("8.2.1 8.2.2 8.2.3 8.2.4 8.2.5 8.2.6");
    QTest::newRow("20000-1 7.5") << u"20000-1:2018"_s << u"7.5"_s << split("7.5.1 7.5.2 7.5.3 7.5.4");
    QTest::newRow("a leaf") << u"27001:2022"_s << u"A.8.28"_s << QStringList();
    QTest::newRow("unknown") << u"27001:2022"_s << u"A.12"_s << QStringList();
}

void TestClauseCatalog::children()
{
    QFETCH(QString, id);
    QFETCH(QString, number);
    QFETCH(QStringList, expected);
    QCOMPARE(numbers(catalog(id).children(number)), expected);
}

void TestClauseCatalog::search_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("number prefix") << u"27001:2013"_s << u"A.9.4"_s << split("A.9.4 A.9.4.1 A.9.4.2 A.9.4.3 A.9.4.4 A.9.4.5");
    QTest::newRow("number prefix, lower case") << u"27001:2013"_s << u"a.9.4."_s << split("A.9.4.1 A.9.4.2 A.9.4.3 A.9.4.4 A.9.4.5");
    QTest::newRow("number prefix, 20000-1") << u"20000-1:2018"_s << u"8.5.1"_s << split("8.5.1 8.5.1.1 8.5.1.2 8.5.1.3");
    QTest::newRow("English, any case") << u"27001:2022"_s << u"SECURE coding"_s << split("A.8.28");
    QTest::newRow("English, word inside a title") << u"27001:2022"_s << u"cloud"_s << split("A.5.23");
    QTest::newRow("Chinese") << u"27001:2022"_s << u"威胁情报"_s << split("A.5.7");
    QTest::newRow("Chinese, 2013") << u"27001:2013"_s << u"口令"_s << split("A.9.4.3");
    QTest::newRow("Chinese, several") << u"20000-1:2018"_s << u"变更管理"_s << split("8.5.1 8.5.1.1 8.5.1.3");
    QTest::newRow("English, several") << u"20000-1:2018"_s << u"change management"_s << split("8.5.1 8.5.1.1 8.5.1.3");
    QTest::newRow("surrounding space") << u"27001:2022"_s << u"  Threat intelligence "_s << split("A.5.7");
    QTest::newRow("nothing matches") << u"27001:2022"_s << u"blockchain"_s << QStringList();
    QTest::newRow("empty") << u"27001:2022"_s << QString() << QStringList();
    QTest::newRow("blank") << u"27001:2022"_s << u"   "_s << QStringList();
}

void TestClauseCatalog::search()
{
    QFETCH(QString, id);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(numbers(catalog(id).search(text)), expected);
}

void TestClauseCatalog::load_fresh()
{
    for (const QString &id : ClauseCatalog::ids()) {
        const auto fresh = ClauseCatalog::load(id);
        DC_EXPECT_OK(fresh);
        QCOMPARE(fresh->id(), id);
        QCOMPARE(fresh->entries(), catalog(id).entries());
    }
}

void TestClauseCatalog::load_unknown()
{
    const auto missing = ClauseCatalog::load(u"9001:2015"_s);
    DC_EXPECT_ERROR(missing, ErrorCode::NotFound);
    QVERIFY2(missing.message().contains(u"9001:2015"_s), qPrintable(missing.message()));
    QVERIFY(!ClauseCatalog::builtin(u"9001:2015"_s));
}

void TestClauseCatalog::fromJson_bad_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named"); // the message names this

    const QByteArray head = R"("id": "27001:2022", "standard": "ISO/IEC 27001:2022", "title": {"zh": "标准", "en": "Standard"})";
    const auto withEntries = [&head](const QByteArray &entries) -> QByteArray { return QByteArray("{" + head + R"(, "entries": [)" + entries + "]}"); };
    const char *four = R"({"number": "4", "parent": "", "kind": "clause", "title": {"zh": "组织环境", "en": "Context"}})";

    QTest::newRow("not JSON") << QByteArray("{\"id\": ") << QString();
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QString();
    QTest::newRow("no id") << QByteArray(R"({"standard": "ISO/IEC 27001:2022", "title": {"zh": "标准", "en": "Standard"}, "entries": []})") << QString();
    QTest::newRow("no English title") << QByteArray(R"({"id": "27001:2022", "standard": "ISO/IEC 27001:2022", "title": {"zh": "标准"}, "entries": []})") << QString();
    QTest::newRow("entry without title") << withEntries(R"({"number": "4", "kind": "clause", "title": {"en": "Context"}})") << u"27001:2022"_s;
    QTest::newRow("entry without number") << withEntries(R"({"kind": "clause", "title": {"zh": "组织环境", "en": "Context"}})") << u"27001:2022"_s;
    QTest::newRow("unknown kind") << withEntries(R"({"number": "4", "kind": "chapter", "title": {"zh": "组织环境", "en": "Context"}})") << u"chapter"_s;
    QTest::newRow("duplicate") << withEntries(QByteArray(QByteArray(four) + ", " + four)) << u"4"_s;
    QTest::newRow("parent missing") << withEntries(R"({"number": "4.1", "parent": "4", "kind": "clause", "title": {"zh": "理解组织", "en": "Organisation"}})") << u"4.1"_s;
    QTest::newRow("parent after child") << withEntries(QByteArray(QByteArray(R"({"number": "4.1", "parent": "4", "kind": "clause", "title": {"zh": "理解组织", "en": "Organisation"}}, )") + four)) << u"4.1"_s;
    QTest::newRow("not a clause number") << withEntries(R"({"number": "A.5.x", "kind": "control", "title": {"zh": "控制", "en": "Control"}})") << u"A.5.x"_s;
    QTest::newRow("unknown standard") << QByteArray(R"({"id": "9001:2015", "standard": "ISO 9001:2015", "title": {"zh": "质量", "en": "Quality"}, "entries": [)" + QByteArray(four) + "]}") << u"9001:2015"_s;
}

void TestClauseCatalog::fromJson_bad()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    const auto parsed = ClauseCatalog::fromJson(json);
    DC_EXPECT_ERROR(parsed, ErrorCode::InvalidInput);
    QVERIFY(!parsed.message().isEmpty());
    QVERIFY2(parsed.message().contains(named), qPrintable(parsed.message()));
}

void TestClauseCatalog::kindKeys()
{
    for (ClauseKind kind : {ClauseKind::Clause, ClauseKind::Domain, ClauseKind::Objective, ClauseKind::Theme, ClauseKind::Control}) {
        QCOMPARE(clauseKindFromKey(toKey(kind)), std::optional(kind));
        QVERIFY(!displayName(kind).isEmpty());
    }
    QCOMPARE(clauseKindFromKey(u"Control"_s), std::optional<ClauseKind>());
    QCOMPARE(clauseKindFromKey(QString()), std::optional<ClauseKind>());
}

void TestClauseCatalog::validate_good_data()
{
    QTest::addColumn<QString>("ref");
    QTest::newRow("2013 control") << u"27001:2013 A.9.4.3"_s;
    QTest::newRow("2013 objective") << u"27001:2013 A.9.1"_s;
    QTest::newRow("2013 domain") << u"27001:2013 A.18"_s;
    QTest::newRow("2013 clause") << u"27001:2013 7.5"_s;
    QTest::newRow("2022 control") << u"27001:2022 A.8.34"_s;
    QTest::newRow("2022 new clause") << u"27001:2022 9.3.3"_s;
    QTest::newRow("20000-1 four levels") << u"20000-1:2018 8.7.3.3"_s;
    QTest::newRow("20000-1 top level") << u"20000-1:2018 4"_s;
}

void TestClauseCatalog::validate_good()
{
    QFETCH(QString, ref);
    const auto parsed = ClauseRef::parse(ref);
    DC_EXPECT_OK(parsed);
    DC_EXPECT_OK(validateClauseRef(parsed.value()));
}

void TestClauseCatalog::validate_bad_data()
{
    QTest::addColumn<QString>("standard");
    QTest::addColumn<QString>("clause");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QStringList>("named");   // the message names each of these
    QTest::addColumn<QStringList>("unnamed"); // and none of these

    QTest::newRow("2013 control against 2022") << u"27001:2022"_s << u"A.9.4.3"_s << ErrorCode::NotFound
                                               << QStringList{u"A.9.4.3"_s, u"ISO/IEC 27001:2022"_s, u"ISO/IEC 27001:2013"_s} << QStringList();
    QTest::newRow("2022 control against 2013") << u"27001:2013"_s << u"A.5.37"_s << ErrorCode::NotFound
                                               << QStringList{u"A.5.37"_s, u"ISO/IEC 27001:2013"_s, u"ISO/IEC 27001:2022"_s} << QStringList();
    QTest::newRow("past the last control") << u"27001:2022"_s << u"A.8.35"_s << ErrorCode::NotFound
                                           << QStringList{u"A.8.35"_s, u"ISO/IEC 27001:2022"_s} << QStringList{u"2013"_s};
    QTest::newRow("20000-1 no such clause") << u"20000-1:2018"_s << u"8.8"_s << ErrorCode::NotFound
                                            << QStringList{u"8.8"_s, u"ISO/IEC 20000-1:2018"_s} << QStringList{u"27001"_s};
    // 27001 has 6.1.2; 20000-1 is another standard, not another edition, so no hint.
    QTest::newRow("20000-1 has no 6.1.2") << u"20000-1:2018"_s << u"6.1.2"_s << ErrorCode::NotFound
                                          << QStringList{u"6.1.2"_s, u"ISO/IEC 20000-1:2018"_s} << QStringList{u"27001"_s};
    QTest::newRow("no clause 11") << u"27001:2013"_s << u"11"_s << ErrorCode::NotFound << QStringList{u"11"_s} << QStringList();
    QTest::newRow("unknown standard") << u"9001:2015"_s << u"8.1"_s << ErrorCode::InvalidInput << QStringList{u"9001:2015"_s} << QStringList();
}

void TestClauseCatalog::validate_bad()
{
    QFETCH(QString, standard);
    QFETCH(QString, clause);
    QFETCH(ErrorCode, code);
    QFETCH(QStringList, named);
    QFETCH(QStringList, unnamed);
    const Status status = validateClauseRef(ClauseRef{standard, clause});
    DC_EXPECT_ERROR(status, code);
    for (const QString &text : named)
        QVERIFY2(status.message().contains(text), qPrintable(status.message()));
    for (const QString &text : unnamed)
        QVERIFY2(!status.message().contains(text), qPrintable(status.message()));
}

// The demo store's documents reference only clauses that exist.
void TestClauseCatalog::validate_demoContent()
{
    QFile file(u":/demo/demo.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray documents = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("documents")).toArray();
    QVERIFY(!documents.isEmpty());
    int checked = 0;
    for (const QJsonValue &document : documents) {
        for (const QJsonValue &clause : document.toObject().value(QLatin1String("clauses")).toArray()) {
            const auto ref = ClauseRef::parse(clause.toString());
            DC_EXPECT_OK(ref);
            DC_EXPECT_OK(validateClauseRef(ref.value()));
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

QTEST_GUILESS_MAIN(TestClauseCatalog)
#include "tst_clausecatalog.moc"
