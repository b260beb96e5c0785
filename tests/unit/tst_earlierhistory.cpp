// Earlier history: revisions released on paper before the store existed, recorded by a
// document controller (DocumentService::recordEarlierRevision) as one document.history_recorded
// event each. They are listed oldest first, printed first in the exported revision history
// with the approver's name and 「记录，非本系统签署 recorded, not signed here」, and touch no real
// revision or signature; `verify` still passes. Refusals (roles, empty or future values, dates
// not before the first revision, taken labels) record nothing.

#include "core/services/earlierhistory.h"
#include "core/services/exportinput.h"
#include "core/services/exportservice.h"
#include "core/services/verifier.h"
#include "core/store/auditlog.h"
#include "pdftotext.h"
#include "workflowfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;


class TestEarlierHistory final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void recordsOneEventAndTouchesNoRevision();
    void refused_data();
    void refused();
    void exportListsThemFirst();

private:
    Database &db() { return m_session.db(); }
    static EarlierRevision entry(const QString &label, QDate day, const QString &summary = u"首次发布 First release"_s,
                                 const QString &approver = u"张总"_s)
    {
        return EarlierRevision{label, day, summary, approver, {}, {}};
    }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
    QString m_number; // a draft A/0 made "today" (2026-03-15) by lisi
};

void TestEarlierHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestEarlierHistory::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_number = m_session.flow().newDocument(u"信息安全与服务管理手册"_s);
    QVERIFY(!m_number.isEmpty());
}

void TestEarlierHistory::cleanup()
{
    m_session.close();
}

void TestEarlierHistory::recordsOneEventAndTouchesNoRevision()
{
    DocumentService documents(db(), m_clock);
    const auto revisionsBefore = DocumentStore(db()).revisions(DocumentStore(db()).find(m_number)->id).value();
    auto recorded = documents.recordEarlierRevision(m_template.controller(), m_number, entry(u" V2.0 "_s, QDate(2021, 6, 1), u"换版 New edition"_s, u"李总"_s));
    DC_EXPECT_OK(recorded);
    QCOMPARE(recorded->label, u"V2.0"_s); // trimmed
    QCOMPARE(recorded->recordedBy, u"wangfang"_s);
    QCOMPARE(recorded->recordedAt, dctest::fixedNow());

    const Event event = AuditLog(db()).head().value();
    QCOMPARE(event.action, u"document.history_recorded"_s);
    QCOMPARE(event.object, m_number);
    QCOMPARE(event.user, u"wangfang"_s);
    QCOMPARE(event.details.value(u"label"_s).toString(), u"V2.0"_s);
    QCOMPARE(event.details.value(u"released_on"_s).toString(), u"2021-06-01"_s);
    QCOMPARE(event.details.value(u"summary"_s).toString(), u"换版 New edition"_s);
    QCOMPARE(event.details.value(u"approved_by"_s).toString(), u"李总"_s);
    QCOMPARE(event.details.value(u"signed"_s).toBool(true), false);

    // An administrator records an older one; the list is oldest first.
    DC_EXPECT_OK(documents.recordEarlierRevision(m_template.base.admin, m_number, entry(u"V1.0"_s, QDate(2019, 3, 1))));
    auto earlier = documents.earlierRevisions(m_number);
    DC_EXPECT_OK(earlier);
    QCOMPARE(earlier->size(), 2);
    QCOMPARE(earlier->at(0).label, u"V1.0"_s);
    QCOMPARE(earlier->at(0).approvedBy, u"张总"_s);
    QCOMPARE(earlier->at(0).recordedBy, u"admin"_s);
    QCOMPARE(earlier->at(1).label, u"V2.0"_s);

    // No real revision or signature changed; the trail still verifies.
    const auto revisionsAfter = DocumentStore(db()).revisions(DocumentStore(db()).find(m_number)->id).value();
    QCOMPARE(revisionsAfter.size(), revisionsBefore.size());
    QCOMPARE(revisionsAfter.first().contentHash, revisionsBefore.first().contentHash);
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY(report->ok());
}

void TestEarlierHistory::refused_data()
{
    QTest::addColumn<QString>("who"); // controller, author, reader
    QTest::addColumn<QString>("label");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("approver");
    QTest::addColumn<dc::ErrorCode>("code");
    QTest::addColumn<QString>("mentions");
    const QDate day(2019, 3, 1);
    QTest::newRow("author") << u"author"_s << u"V1.0"_s << day << u"s"_s << u"张总"_s << ErrorCode::PermissionDenied << u"controller"_s;
    QTest::newRow("reader") << u"reader"_s << u"V1.0"_s << day << u"s"_s << u"张总"_s << ErrorCode::PermissionDenied << u"controller"_s;
    QTest::newRow("empty label") << u"controller"_s << u"  "_s << day << u"s"_s << u"张总"_s << ErrorCode::InvalidInput << u"label"_s;
    QTest::newRow("no date") << u"controller"_s << u"V1.0"_s << QDate() << u"s"_s << u"张总"_s << ErrorCode::InvalidInput << u"YYYY-MM-DD"_s;
    QTest::newRow("future") << u"controller"_s << u"V1.0"_s << QDate(2026, 3, 16) << u"s"_s << u"张总"_s << ErrorCode::InvalidInput << u"after today"_s;
    QTest::newRow("not before the first revision") << u"controller"_s << u"V1.0"_s << QDate(2026, 3, 15) << u"s"_s << u"张总"_s
                                                   << ErrorCode::InvalidInput << u"before the first revision kept here (A/0, 2026-03-15)"_s;
    QTest::newRow("empty summary") << u"controller"_s << u"V1.0"_s << day << u" "_s << u"张总"_s << ErrorCode::InvalidInput << u"修订说明"_s;
    QTest::newRow("empty approver") << u"controller"_s << u"V1.0"_s << day << u"s"_s << QString() << ErrorCode::InvalidInput << u"approved"_s;
    QTest::newRow("label of a real revision") << u"controller"_s << u"a/0"_s << day << u"s"_s << u"张总"_s << ErrorCode::Duplicate << u"A/0 kept here"_s;
    QTest::newRow("label recorded before") << u"controller"_s << u"V0.9"_s << day << u"s"_s << u"张总"_s << ErrorCode::Duplicate << u"earlier revision V0.9"_s;
}

void TestEarlierHistory::refused()
{
    QFETCH(QString, who);
    QFETCH(QString, label);
    QFETCH(QDate, day);
    QFETCH(QString, summary);
    QFETCH(QString, approver);
    QFETCH(dc::ErrorCode, code);
    QFETCH(QString, mentions);
    DocumentService documents(db(), m_clock);
    DC_EXPECT_OK(documents.recordEarlierRevision(m_template.controller(), m_number, entry(u"V0.9"_s, QDate(2018, 1, 2))));
    const User actor = who == u"author"_s ? m_template.base.author : who == u"reader"_s ? m_template.base.reader : m_template.controller();
    const dctest::StoreState before = dctest::stateOf(db());
    auto refused = documents.recordEarlierRevision(actor, m_number, entry(label, day, summary, approver));
    QVERIFY(!refused);
    QCOMPARE(refused.code(), code);
    QVERIFY2(refused.message().contains(mentions), qPrintable(refused.message()));
    QCOMPARE(dctest::stateOf(db()), before);
    QCOMPARE(documents.earlierRevisions(m_number)->size(), 1);
}

void TestEarlierHistory::exportListsThemFirst()
{
    DC_EXPECT_OK(m_session.flow().toEffective(m_number));
    DocumentService documents(db(), m_clock);
    DC_EXPECT_OK(documents.recordEarlierRevision(m_template.controller(), m_number, entry(u"V1.0"_s, QDate(2019, 3, 1), u"纸质版首次发布"_s, u"张总经理"_s)));
    auto source = ExportInput::load(db(), m_template.controller(), m_number, {});
    DC_EXPECT_OK(source);
    QCOMPARE(source->earlier.size(), 1);

    QTemporaryDir out;
    const QString pdf = out.filePath(u"manual.pdf"_s);
    DC_EXPECT_OK(ExportService(db(), m_clock).exportPdf(m_template.controller(), ExportRequest{m_number, {}, ExportRequest::Copy::Uncontrolled, {}, false, {}}, pdf));
    PDFTOTEXT(text, pdf);
    for (const QString &expected : {u"V1.0"_s, u"2019-03-01"_s, u"纸质版首次发布"_s, u"张总经理"_s, u"recorded, not signed here"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" missing from: "_s + text.left(800)));
    QVERIFY2(text.indexOf(u"V1.0"_s) < text.lastIndexOf(u"A/0"_s), "the earlier revision comes first");
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY(report->ok());
}

QTEST_MAIN(TestEarlierHistory)
#include "tst_earlierhistory.moc"
