// The master list of documents (受控文件清单): its content under the register's filters and
// as each user may see it, the CSV (BOM, RFC 4180 quoting, formula-injection-safe cells) and
// the stamped landscape PDF; building and writing it changes nothing in the store.

#include "core/render/pdfidentity.h"
#include "core/services/documentservice.h"
#include "core/services/masterlist.h"
#include "workflowfixture.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;
using dctest::stateOf;
using dctest::StoreState;

class TestMasterList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void content();
    void filter();
    void readerSeesEffectiveOnly();
    void csvField_data();
    void csvField();
    void csv_file();
    void pdf_file();

private:
    Database &db() { return m_session.db(); }
    dctest::FlowDriver &flow() { return m_session.flow(); }
    MasterListService service() { return MasterListService(db(), m_clock); }
    QString create(const QString &title, DocumentType type, const QString &department)
    {
        NewDocument d;
        d.title = title;
        d.type = type;
        d.owner = u"lisi"_s;
        d.department = department;
        d.reviewIntervalMonths = 12;
        d.content = u"# "_s + title + u"\n\n内容。\n"_s;
        auto created = flow().documents().create(m_template.controller(), d);
        if (!created)
            qWarning("%s", qPrintable(created.message()));
        return created ? created->number : QString();
    }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
    QTemporaryDir m_files;
    QString m_effective, m_draft, m_policy;
};

void TestMasterList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_files.isValid());
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestMasterList::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_effective = create(u"信息安全事件管理程序"_s, DocumentType::Procedure, u"IT 部, 运维组"_s);
    DC_EXPECT_OK(flow().toEffective(m_effective));
    m_draft = create(u"=HYPERLINK(\"http://x\") \"引号\" 程序"_s, DocumentType::Procedure, u"@质量部"_s);
    m_policy = create(u"信息安全方针"_s, DocumentType::Policy, u"管理层"_s);
}

void TestMasterList::cleanup()
{
    m_session.close();
}

void TestMasterList::content()
{
    const StoreState before = stateOf(db());
    auto list = service().build(m_template.controller(), {});
    DC_EXPECT_OK(list);
    QCOMPARE(list->entries.size(), 3);
    QCOMPARE(list->generatedAt, m_clock.nowUtc());
    QVERIFY(!list->organisation.isEmpty());
    QVERIFY(list->filterText.isEmpty());
    const MasterListEntry *effective = nullptr;
    for (const MasterListEntry &e : list->entries) {
        if (e.number == m_effective)
            effective = &e;
    }
    QVERIFY(effective);
    QCOMPARE(effective->title, u"信息安全事件管理程序"_s);
    QCOMPARE(effective->type, DocumentType::Procedure);
    QCOMPARE(effective->revision, u"A/0"_s);
    QCOMPARE(effective->effectiveDate, m_clock.nowUtc().toLocalTime().date());
    QCOMPARE(effective->nextReview, effective->effectiveDate.addMonths(12));
    QCOMPARE(effective->status, RevisionStatus::Effective);
    QCOMPARE(effective->department, u"IT 部, 运维组"_s);
    QVERIFY(!effective->owner.isEmpty());
    QCOMPARE(MasterListService::cells(*effective).size(), MasterListService::headers().size());
    // Ordered by number.
    for (qsizetype i = 1; i < list->entries.size(); ++i)
        QVERIFY(list->entries.at(i - 1).number < list->entries.at(i).number);
    QCOMPARE(stateOf(db()), before); // reads only
}

void TestMasterList::filter()
{
    RegisterFilter policies;
    policies.type = DocumentType::Policy;
    auto list = service().build(m_template.controller(), policies);
    DC_EXPECT_OK(list);
    QCOMPARE(list->entries.size(), 1);
    QCOMPARE(list->entries.first().number, m_policy);
    QVERIFY(list->filterText.contains(displayName(DocumentType::Policy)));
    RegisterFilter drafts;
    drafts.status = RevisionStatus::Draft;
    auto draftList = service().build(m_template.controller(), drafts);
    DC_EXPECT_OK(draftList);
    QCOMPARE(draftList->entries.size(), 2);
    for (const MasterListEntry &e : draftList->entries) {
        QVERIFY(!e.effectiveDate.isValid());
        QCOMPARE(e.status, RevisionStatus::Draft);
    }
}

void TestMasterList::readerSeesEffectiveOnly()
{
    auto list = service().build(m_template.reader(), {});
    DC_EXPECT_OK(list);
    QCOMPARE(list->entries.size(), 1);
    QCOMPARE(list->entries.first().number, m_effective);
}

void TestMasterList::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"ISMS-P-001"_s << u"ISMS-P-001"_s;
    QTest::newRow("chinese") << u"信息安全方针"_s << u"信息安全方针"_s;
    QTest::newRow("comma") << u"IT 部, 运维组"_s << u"\"IT 部, 运维组\""_s;
    QTest::newRow("quote") << u"说 \"是\""_s << u"\"说 \"\"是\"\"\""_s;
    QTest::newRow("newline") << u"第一行\n第二行"_s << u"\"第一行\n第二行\""_s;
    QTest::newRow("formula =") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("formula +") << u"+86 10"_s << u"'+86 10"_s;
    QTest::newRow("formula -") << u"-2"_s << u"'-2"_s;
    QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("formula and comma") << u"=SUM(A1,B1)"_s << u"\"'=SUM(A1,B1)\""_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("dash inside") << u"ISMS-0001-2022"_s << u"ISMS-0001-2022"_s;
}

void TestMasterList::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(MasterListService::csvField(text), field);
}

void TestMasterList::csv_file()
{
    const QString path = m_files.filePath(u"master.csv"_s);
    const StoreState before = stateOf(db());
    DC_EXPECT_OK(service().writeCsv(m_template.controller(), {}, path));
    QCOMPARE(stateOf(db()), before);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(u"\r\n"_s);
    QCOMPARE(lines.size(), 5); // header, three documents, and the empty rest after the last CRLF
    QVERIFY(lines.last().isEmpty());
    QCOMPARE(lines.first(), MasterListService::headers().join(u','));
    QVERIFY2(text.contains(u"\"IT 部, 运维组\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"\"'=HYPERLINK(\"\"http://x\"\") \"\"引号\"\" 程序\""_s), qPrintable(text));
    QVERIFY2(text.contains(u",'@质量部,"_s), qPrintable(text));
    QVERIFY(text.contains(u"信息安全方针"_s));

    // Nothing is written when the list cannot be made.
    RegisterFilter broken;
    broken.clause = u"27001:2013 ((("_s;
    const QString other = m_files.filePath(u"never.csv"_s);
    const Status refused = service().writeCsv(m_template.controller(), broken, other);
    if (!refused.ok())
        QVERIFY(!QFile::exists(other));
}

void TestMasterList::pdf_file()
{
    const QString path = m_files.filePath(u"master.pdf"_s);
    const StoreState before = stateOf(db());
    DC_EXPECT_OK(service().writePdf(m_template.controller(), {}, path));
    QCOMPARE(stateOf(db()), before);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    // Landscape A4: the media box is wider than high.
    QVERIFY2(pdf.contains("/MediaBox [0 0 842.000000 595.000000]"), pdf.mid(pdf.indexOf("/MediaBox"), 40).constData());
    auto identity = render::readPdfIdentity(path);
    DC_EXPECT_OK(identity);
    QCOMPARE(identity->number, u"MASTER-LIST"_s);
    QCOMPARE(identity->stamp, render::StampKind::Uncontrolled);
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    QCOMPARE(identity->revisionLabel, today.toString(Qt::ISODate));
}

QTEST_MAIN(TestMasterList)
#include "tst_masterlist.moc"
