// ExportService and the compiled manual: the front matter as auditors know it (no foreword made of
// the title block, 0.1 release order with the release's dates, 0.2 as its own section), 受控
// only on a controlled copy, the revision history's names, the annex of the documents the
// manual names (as a reader and as a controller), and the Chinese-only labels setting.

#include "core/render/pdfexport.h"
#include "core/services/settingsservice.h"
#include "exportfixture.h"
#include "pdftotext.h"

#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

class TestManualExport : public QObject, private dctest::ExportFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { buildSeed(); }
    void init() { openCopy(); }
    void cleanup() { closeCopy(); }

    void manualExport_ofAManual();
    void chineseOnlyLabels_storeSetting();
};

void TestManualExport::manualExport_ofAManual()
{
    const QString manual = doc(u"manual"_s);
    ExportService exports(db(), m_clock);
    const QString path = out(u"manual.pdf"_s);
    auto exported = exports.exportPdf(m_template.reader(), uncontrolled(manual, {}, true), path);
    DC_EXPECT_OK(exported);
    QCOMPARE(exported->identity.stamp, render::StampKind::Uncontrolled);
    QCOMPARE(lastEvent().details.value(QLatin1String("manual")).toBool(), true);
    PDFTOTEXT(text, path);
    for (const QString &expected : {u"1 范围"_s, u"2 术语"_s, u"0.1 发布令"_s, u"0.2 任命书"_s, u"非受控 Uncontrolled"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // An uncontrolled copy says so on every page: the typed 受控 under the title is not printed.
    QVERIFY2(!text.contains(u"受控状态："_s) && !text.contains(u"受控 Controlled"_s), "an uncontrolled copy says 受控");
    QVERIFY2(!text.contains(u"2020 年 1 月 1 日"_s) && !text.contains(u"张三"_s), "the typed signature and date of the release order were printed");

    // The print of the manual: the release order apart, the front matter's sections and the
    // chapters; no foreword made of the title line.
    auto job = exports.buildPrint(m_template.reader(), uncontrolled(manual, {}, true));
    DC_EXPECT_OK(job);
    QVERIFY(job->manual);
    const render::ManualRender &m = *job->manual;
    QCOMPARE(m.releaseOrderTitle, u"0.1 发布令"_s);
    const QDate effective = m.footer.effectiveDate;
    QVERIFY(effective.isValid());
    QCOMPARE(m.releaseOrderMarkdown.trimmed(), u"本手册自 %1 年 %2 月 %3 日 起实施。"_s.arg(effective.year()).arg(effective.month()).arg(effective.day()));
    QVERIFY(m.releasedOn.isValid());
    QVERIFY(m.approvedOn.isValid());
    QCOMPARE(m.controlledStatus, u"非受控 Uncontrolled"_s);
    QStringList chapters;
    for (const render::ManualChapter &c : m.chapters) {
        chapters << c.title;
        QVERIFY2(!c.markdown.contains(u"受控状态"_s), qPrintable(c.title));
    }
    QCOMPARE(chapters.join(u" | "_s), u"0.2 任命书 | 1 范围 | 2 术语"_s);
    // The revision history names who revised, reviewed and approved.
    QVERIFY(!m.history.isEmpty());
    QVERIFY(!m.history.constLast().author.isEmpty());
    QVERIFY(!m.history.constLast().reviewers.isEmpty());
    QVERIFY(!m.history.constLast().approver.isEmpty());

    // The annex: the documents the text names that the store holds, with their current
    // revisions and where they are named; a reader does not see one that was never effective.
    QStringList annex;
    for (const render::ReferencedDocument &r : m.references)
        annex << r.number + u' ' + r.revisionLabel + u" @" + r.citedIn;
    QStringList expected{doc(u"effective"_s) + u" A/0 @1"_s, doc(u"superseded"_s) + u" A/1 @1.1"_s};
    expected.sort();
    QCOMPARE(annex, expected);
    auto asController = exports.buildPrint(m_template.controller(), uncontrolled(manual, {}, true));
    DC_EXPECT_OK(asController);
    QCOMPARE(asController->manual->references.size(), 3); // and the draft, with no effective revision
    for (const render::ReferencedDocument &r : asController->manual->references) {
        if (r.number == doc(u"draft"_s))
            QVERIFY(r.revisionLabel.isEmpty());
    }

    // A controlled copy: the cover's status and the stamp come from the same decision.
    ExportRequest copy{manual, {}, ExportRequest::Copy::Controlled, u"IT 部"_s, true, {}};
    auto controlledJob = exports.buildPrint(m_template.controller(), copy);
    DC_EXPECT_OK(controlledJob);
    QCOMPARE(controlledJob->manual->stamp.kind, render::StampKind::Controlled);
    QCOMPARE(controlledJob->manual->controlledStatus, u"受控 Controlled"_s);
}

// labels.language = zh: the stamp, header, footer and the manual's cover in Chinese only, set
// by a document controller and audited; anything else is refused and changes nothing.
void TestManualExport::chineseOnlyLabels_storeSetting()
{
    SettingsService settings(db(), m_clock);
    QCOMPARE(settings.labelLanguage(), u"bilingual"_s);
    const qint64 before = lastEvent().seq;
    DC_EXPECT_ERROR(settings.setLabelLanguage(m_template.reader(), u"zh"_s), ErrorCode::PermissionDenied);
    DC_EXPECT_ERROR(settings.setLabelLanguage(m_template.controller(), u"en"_s), ErrorCode::InvalidInput);
    DC_EXPECT_ERROR(settings.setLabelLanguage(m_template.controller(), u"bilingual"_s), ErrorCode::InvalidInput);
    QCOMPARE(lastEvent().seq, before);
    QCOMPARE(settings.labelLanguage(), u"bilingual"_s);

    DC_EXPECT_OK(settings.setLabelLanguage(m_template.controller(), u"zh"_s));
    QCOMPARE(settings.labelLanguage(), u"zh"_s);
    QCOMPARE(lastEvent().action, u"settings.labels_set"_s);
    QCOMPARE(lastEvent().details.value(QLatin1String("after")).toString(), u"zh"_s);

    ExportService exports(db(), m_clock);
    auto job = exports.buildPrint(m_template.reader(), uncontrolled(doc(u"manual"_s), {}, true));
    DC_EXPECT_OK(job);
    const render::ManualRender &m = *job->manual;
    QCOMPARE(m.header.language, render::LabelLanguage::Chinese);
    QCOMPARE(m.stamp.language, render::LabelLanguage::Chinese);
    QCOMPARE(m.controlledStatus, u"非受控"_s);
    QCOMPARE(m.footer.classification, u"内部"_s);
    QVERIFY(!render::stampText(m.stamp).contains(u"UNCONTROLLED"_s));
    // A single document's stamp and frame follow the same setting.
    auto single = exports.buildPrint(m_template.reader(), uncontrolled(doc(u"effective"_s)));
    DC_EXPECT_OK(single);
    QCOMPARE(single->document.header.language, render::LabelLanguage::Chinese);
    QCOMPARE(render::stampText(single->document.stamp), u"非受控文件 — 打印于 2026-03-15，仅当日有效"_s);
}

QTEST_MAIN(TestManualExport)
#include "tst_manualexport.moc"
