// The clause coverage report (CoverageService): which effective documents answer each clause and
// control, the gaps (clauses that require documented information and have none), documents
// mapped only to the withdrawn 27001:2013 when asked about 27001:2022, what a reader sees, the
// stamped PDF, and the demo store's manual. Building the report changes nothing in the store.

#include "core/model/clausecatalog.h"
#include "core/render/pdfidentity.h"
#include "core/services/coverage.h"
#include "core/services/demostore.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/services/workflowservice.h"
#include "pdftotext.h"
#include "workflowfixture.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;
using dctest::stateOf;
using dctest::StoreState;

namespace {

const CoverageEntry *entryOf(const CoverageReport &report, const QString &number)
{
    for (const CoverageEntry &e : report.entries) {
        if (e.clause.number == number)
            return &e;
    }
    return nullptr;
}

QStringList numbers(const QList<CoverageDocument> &documents)
{
    QStringList list;
    for (const CoverageDocument &d : documents)
        list << d.number;
    return list;
}

ClauseRefs refs(const QStringList &texts)
{
    ClauseRefs list;
    for (const QString &text : texts)
        list << ClauseRef::parse(text).value();
    return list;
}

} // namespace

class TestCoverage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void withdrawnEditionInCatalogue();
    void mappedDocumentCoversItsClause();
    void subclausesInheritTheirClausesDocuments();
    void gaps();
    void withdrawnEditionOnly();
    void askedAboutTheWithdrawnEdition();
    void readerSeesEffectiveOnly();
    void withdrawnDocumentCoversNothing();
    void unknownStandard_data();
    void unknownStandard();
    void gapsOnly();
    void pdf();
    void demoStore();

private:
    Database &db() { return m_session.db(); }
    dctest::FlowDriver &flow() { return m_session.flow(); }
    CoverageService service() { return CoverageService(db(), m_clock); }
    QString create(const QString &title, const QStringList &clauses)
    {
        NewDocument d;
        d.title = title;
        d.type = DocumentType::Procedure;
        d.owner = u"lisi"_s;
        d.reviewIntervalMonths = 12;
        d.clauses = refs(clauses);
        d.content = u"# "_s + title + u"\n\n内容。\n"_s;
        auto created = flow().documents().create(m_template.controller(), d);
        if (!created)
            qWarning("%s", qPrintable(created.message()));
        return created ? created->number : QString();
    }
    CoverageReport report(const QString &standard, const User &actor)
    {
        auto built = service().build(actor, standard);
        if (!built)
            qWarning("%s", qPrintable(built.message()));
        return built ? built.value() : CoverageReport{};
    }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
    QTemporaryDir m_files;
    QString m_operating;     // effective: 27001:2022 A.5.37 and 9.2
    QString m_scopeDraft;    // draft: 27001:2022 4.3
    QString m_legacy;        // effective: 27001:2013 A.12.1.1 only
    QString m_legacyDraft;   // draft: 27001:2013 A.9.1.1 only
};

void TestCoverage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_files.isValid());
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestCoverage::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_operating = create(u"运维操作程序"_s, {u"27001:2022 A.5.37"_s, u"27001:2022 9.2"_s});
    DC_EXPECT_OK(flow().toEffective(m_operating));
    m_scopeDraft = create(u"体系范围说明"_s, {u"27001:2022 4.3"_s});
    m_legacy = create(u"旧版操作规程"_s, {u"27001:2013 A.12.1.1"_s});
    DC_EXPECT_OK(flow().toEffective(m_legacy));
    m_legacyDraft = create(u"旧版访问控制"_s, {u"27001:2013 A.9.1.1"_s});
}

void TestCoverage::cleanup()
{
    m_session.close();
}

void TestCoverage::withdrawnEditionInCatalogue()
{
    const ClauseCatalog *old = ClauseCatalog::builtin(u"27001:2013"_s);
    QVERIFY(old);
    QVERIFY(old->isWithdrawn());
    QCOMPARE(old->successor(), u"27001:2022"_s);
    QCOMPARE(old->certificatesLapsed(), QDate(2025, 10, 31));
    QVERIFY(!ClauseCatalog::builtin(u"27001:2022"_s)->isWithdrawn());
    QVERIFY(!ClauseCatalog::builtin(u"20000-1:2018"_s)->isWithdrawn());
    // A withdrawn edition must name both.
    auto broken = ClauseCatalog::fromJson(R"({"id":"27001:2013","standard":"ISO/IEC 27001:2013","title":{"zh":"甲","en":"A"},
                                            "withdrawn":{"successor":"27001:2022"},"entries":[]})");
    DC_EXPECT_ERROR(broken, ErrorCode::InvalidInput);
}

void TestCoverage::mappedDocumentCoversItsClause()
{
    const StoreState before = stateOf(db());
    const CoverageReport r = report(u"27001:2022"_s, m_template.controller());
    QCOMPARE(stateOf(db()), before); // reads only
    QCOMPARE(r.standard, u"27001:2022"_s);
    QCOMPARE(r.nationalEquivalent, u"GB/T 22080-2025"_s);
    QCOMPARE(r.predecessor, u"27001:2013"_s);
    QCOMPARE(r.entries.size(), ClauseCatalog::builtin(u"27001:2022"_s)->entries().size());
    QCOMPARE(r.clauseCount(), 41 + 93);
    const CoverageEntry *control = entryOf(r, u"A.5.37"_s);
    QVERIFY(control);
    QCOMPARE(numbers(control->documents), QStringList{m_operating});
    QCOMPARE(control->documents.first().revision, u"A/0"_s);
    QCOMPARE(control->documents.first().title, u"运维操作程序"_s);
    QCOMPARE(control->documents.first().status, RevisionStatus::Effective);
    QVERIFY(!control->documents.first().inherited(u"A.5.37"_s));
    QVERIFY(control->isCovered());
    QVERIFY(!control->isGap());
    // A control nobody mapped.
    const CoverageEntry *other = entryOf(r, u"A.5.36"_s);
    QVERIFY(other);
    QVERIFY(other->documents.isEmpty());
    // The theme groups; it is neither covered nor a gap by itself.
    const CoverageEntry *theme = entryOf(r, u"A.5"_s);
    QVERIFY(theme && !theme->isCoverable() && theme->documents.isEmpty());
}

void TestCoverage::subclausesInheritTheirClausesDocuments()
{
    const CoverageReport r = report(u"27001:2022"_s, m_template.controller());
    for (const QString &number : {u"9.2"_s, u"9.2.1"_s, u"9.2.2"_s}) {
        const CoverageEntry *e = entryOf(r, number);
        QVERIFY2(e, qPrintable(number));
        QCOMPARE(numbers(e->documents), QStringList{m_operating});
        QCOMPARE(e->documents.first().mappedTo, u"9.2"_s);
    }
    QVERIFY(entryOf(r, u"9.2.2"_s)->documents.first().inherited(u"9.2.2"_s));
    QVERIFY(CoverageService::documentsCell(*entryOf(r, u"9.2.2"_s)).contains(u"9.2"_s));
    QVERIFY(entryOf(r, u"9.3"_s)->documents.isEmpty());
}

void TestCoverage::gaps()
{
    const CoverageReport r = report(u"27001:2022"_s, m_template.controller());
    // Every entry requiring documented information is a gap except those the effective document answers.
    const QStringList covered{u"A.5.37"_s, u"9.2"_s, u"9.2.1"_s, u"9.2.2"_s};
    int expected = 0;
    for (const CatalogEntry &e : ClauseCatalog::builtin(u"27001:2022"_s)->entries()) {
        if (e.requiresDocumentedInformation && !covered.contains(e.number))
            ++expected;
    }
    QVERIFY(expected > 10);
    QCOMPARE(r.gapCount(), expected);
    QCOMPARE(r.coveredCount(), 4);
    // The scope (4.3) requires documented information; its only document is a draft.
    const CoverageEntry *scope = entryOf(r, u"4.3"_s);
    QVERIFY(scope->clause.requiresDocumentedInformation);
    QVERIFY(scope->isGap());
    QCOMPARE(numbers(scope->pending), QStringList{m_scopeDraft});
    QCOMPARE(scope->pending.first().status, RevisionStatus::Draft);
    QVERIFY(!entryOf(r, u"9.2.2"_s)->isGap());
    QVERIFY(!entryOf(r, u"A.5.37"_s)->isGap());
    // A clause that requires nothing documented is never a gap.
    QVERIFY(!entryOf(r, u"4.1"_s)->clause.requiresDocumentedInformation);
    QVERIFY(!entryOf(r, u"4.1"_s)->isGap());
    const QString summary = CoverageService::summary(r);
    QVERIFY2(summary.contains(QString::number(r.gapCount())), qPrintable(summary));
    QVERIFY2(summary.contains(QString::number(r.clauseCount())), qPrintable(summary));
}

void TestCoverage::withdrawnEditionOnly()
{
    const CoverageReport r = report(u"27001:2022"_s, m_template.controller());
    QCOMPARE(numbers(r.withdrawnOnly), (QStringList{m_legacy, m_legacyDraft}));
    QCOMPARE(r.withdrawnOnly.first().clauses, QStringList{u"A.12.1.1"_s});
    QCOMPARE(r.withdrawnOnly.first().revision, u"A/0"_s);
    QCOMPARE(r.withdrawnOnly.at(1).status, RevisionStatus::Draft);
    // A document mapped to both editions is not flagged.
    DC_EXPECT_OK(flow().documents().mapClauses(m_template.controller(), m_legacy, refs({u"27001:2022 A.5.37"_s}), {}, u"转换到 2022 版"_s));
    const CoverageReport after = report(u"27001:2022"_s, m_template.controller());
    QCOMPARE(numbers(after.withdrawnOnly), QStringList{m_legacyDraft});
    QCOMPARE(numbers(entryOf(after, u"A.5.37"_s)->documents), (QStringList{m_operating, m_legacy}));
    QVERIFY(CoverageService::summary(after).contains(u"27001:2013"_s));
    // 20000-1:2018 has no withdrawn predecessor.
    QVERIFY(report(u"20000-1:2018"_s, m_template.controller()).withdrawnOnly.isEmpty());
}

void TestCoverage::askedAboutTheWithdrawnEdition()
{
    const CoverageReport r = report(u"27001:2013"_s, m_template.controller());
    QCOMPARE(r.successor, u"27001:2022"_s);
    QCOMPARE(r.certificatesLapsed, QDate(2025, 10, 31));
    QVERIFY(r.predecessor.isEmpty());
    QVERIFY(r.withdrawnOnly.isEmpty());
    QCOMPARE(r.clauseCount(), 35 + 114);
    QCOMPARE(numbers(entryOf(r, u"A.12.1.1"_s)->documents), QStringList{m_legacy});
    QVERIFY(CoverageService::summary(r).contains(u"2025-10-31"_s));
}

void TestCoverage::readerSeesEffectiveOnly()
{
    const CoverageReport r = report(u"27001:2022"_s, m_template.reader());
    QCOMPARE(numbers(entryOf(r, u"A.5.37"_s)->documents), QStringList{m_operating});
    QVERIFY(entryOf(r, u"4.3"_s)->pending.isEmpty()); // the draft is not shown to a reader
    QCOMPARE(numbers(r.withdrawnOnly), QStringList{m_legacy});
    for (const CoverageEntry &e : r.entries)
        QVERIFY2(e.pending.isEmpty(), qPrintable(e.clause.number));
    // The counts do not depend on who asks: drafts never cover.
    const CoverageReport controller = report(u"27001:2022"_s, m_template.controller());
    QCOMPARE(r.gapCount(), controller.gapCount());
    QCOMPARE(r.coveredCount(), controller.coveredCount());
}

void TestCoverage::withdrawnDocumentCoversNothing()
{
    auto withdrawn = flow().workflow().withdraw(m_template.controller(), dctest::kPassword, m_operating, u"不再需要"_s);
    DC_EXPECT_OK(withdrawn);
    const CoverageReport r = report(u"27001:2022"_s, m_template.controller());
    QVERIFY(entryOf(r, u"A.5.37"_s)->documents.isEmpty());
    QVERIFY(entryOf(r, u"A.5.37"_s)->pending.isEmpty());
    QVERIFY(entryOf(r, u"A.5.37"_s)->isGap());
}

void TestCoverage::unknownStandard_data()
{
    QTest::addColumn<QString>("standard");
    QTest::newRow("older edition") << u"27001:2005"_s;
    QTest::newRow("no edition") << u"27001"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("national number") << u"GB/T 22080-2025"_s;
}

void TestCoverage::unknownStandard()
{
    QFETCH(QString, standard);
    auto built = service().build(m_template.controller(), standard);
    DC_EXPECT_ERROR(built, ErrorCode::NotFound);
    for (const QString &id : ClauseCatalog::ids())
        QVERIFY2(built.message().contains(id), qPrintable(built.message()));
    const QString path = m_files.filePath(u"never.pdf"_s);
    QVERIFY(!service().writePdf(m_template.controller(), standard, false, path).ok());
    QVERIFY(!QFile::exists(path));
}

void TestCoverage::gapsOnly()
{
    const CoverageReport r = report(u"27001:2022"_s, m_template.controller());
    const QList<CoverageEntry> gaps = r.shown(true);
    QCOMPARE(gaps.size(), r.gapCount());
    for (const CoverageEntry &e : gaps)
        QVERIFY2(e.isGap(), qPrintable(e.clause.number));
    QCOMPARE(r.shown(false).size(), r.entries.size());
    const render::TableRender all = CoverageService::tableRender(r, false, m_clock.nowUtc().date());
    const render::TableRender onlyGaps = CoverageService::tableRender(r, true, m_clock.nowUtc().date());
    QCOMPARE(all.rows.size(), r.entries.size() + r.withdrawnOnly.size());
    QCOMPARE(onlyGaps.rows.size(), r.gapCount() + r.withdrawnOnly.size());
    for (const QStringList &row : all.rows)
        QCOMPARE(row.size(), all.headers.size());
}

void TestCoverage::pdf()
{
    const QString path = m_files.filePath(u"coverage.pdf"_s);
    const StoreState before = stateOf(db());
    DC_EXPECT_OK(service().writePdf(m_template.controller(), u"27001:2022"_s, false, path));
    QCOMPARE(stateOf(db()), before);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    auto identity = render::readPdfIdentity(path);
    DC_EXPECT_OK(identity);
    QCOMPARE(identity->number, u"COVERAGE-27001:2022"_s);
    QCOMPARE(identity->stamp, render::StampKind::Uncontrolled);
    PDFTOTEXT(text, path);
    QVERIFY2(text.contains(u"条款覆盖报告"_s), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"运维操作程序"_s), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"缺口"_s), qPrintable(text.left(400)));
    QVERIFY2(text.contains(m_legacy), qPrintable(text.left(400))); // the withdrawn-edition document
}

void TestCoverage::demoStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto demo = Session::openDemo(dir.filePath(u"demo.dcstore"_s));
    DC_EXPECT_OK(demo);
    Session &session = *demo.value();
    auto controller = session.signIn(u"wangfang"_s, QString::fromLatin1(DemoStore::kPassword));
    DC_EXPECT_OK(controller);
    // The manual follows the 2013 edition: it answers 2013 clauses and is flagged for 2022.
    auto old = session.coverage().build(controller.value(), u"27001:2013"_s);
    DC_EXPECT_OK(old);
    QVERIFY(numbers(entryOf(old.value(), u"4.3"_s)->documents).contains(u"ISMS-0001-2022"_s));
    auto current = session.coverage().build(controller.value(), u"27001:2022"_s);
    DC_EXPECT_OK(current);
    QVERIFY(numbers(current->withdrawnOnly).contains(u"ISMS-0001-2022"_s));
    QVERIFY(!numbers(current->withdrawnOnly).contains(u"ISMS-POL-001"_s)); // mapped to both
    QVERIFY(current->gapCount() > 0);
    QVERIFY(current->coveredCount() > 0);
    QVERIFY(numbers(entryOf(current.value(), u"A.5.1"_s)->documents).contains(u"ISMS-POL-001"_s));
}

QTEST_MAIN(TestCoverage)
#include "tst_coverage.moc"
