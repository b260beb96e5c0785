// Numbering patterns ({prefix}-{seq:4}-{year}) and hand-typed document numbers.

#include "core/model/numberpattern.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace dc;

class TestNumberPattern : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void format_data();
    void format();
    void matcher_capturesSequence();
    void matcher_rejectsOtherNumbers_data();
    void matcher_rejectsOtherNumbers();
    void fixedStart();
    void anyYear();
    void invalid_data();
    void invalid();
    void defaults_areValid();
    void validateNumber_good_data();
    void validateNumber_good();
    void validateNumber_bad_data();
    void validateNumber_bad();
};

void TestNumberPattern::format_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("seq");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("number");
    QTest::newRow("manual") << QStringLiteral("{prefix}-{seq:4}-{year}") << QStringLiteral("ISMS") << 1 << 2022 << QStringLiteral("ISMS-0001-2022");
    QTest::newRow("procedure") << QStringLiteral("{prefix}-P-{seq:3}") << QStringLiteral("ISMS") << 12 << 2026 << QStringLiteral("ISMS-P-012");
    QTest::newRow("two-digit year") << QStringLiteral("{prefix}/F/{yy}-{seq:2}") << QStringLiteral("QMS") << 7 << 2026 << QStringLiteral("QMS/F/26-07");
    QTest::newRow("yy keeps the zero") << QStringLiteral("R{yy}.{seq:3}") << QStringLiteral("X") << 5 << 2005 << QStringLiteral("R05.005");
    QTest::newRow("unpadded seq") << QStringLiteral("{prefix}_{seq}") << QStringLiteral("SMS") << 42 << 2026 << QStringLiteral("SMS_42");
    QTest::newRow("seq wider than width") << QStringLiteral("{prefix}-{seq:2}") << QStringLiteral("ISMS") << 123 << 2026 << QStringLiteral("ISMS-123");
    QTest::newRow("no prefix placeholder") << QStringLiteral("DOC-{year}-{seq:5}") << QStringLiteral("ISMS") << 3 << 2024 << QStringLiteral("DOC-2024-00003");
    QTest::newRow("year twice") << QStringLiteral("{year}/{prefix}-{seq:2}-{year}") << QStringLiteral("IT") << 1 << 2023 << QStringLiteral("2023/IT-01-2023");
}

void TestNumberPattern::format()
{
    QFETCH(QString, pattern);
    QFETCH(QString, prefix);
    QFETCH(int, seq);
    QFETCH(int, year);
    QFETCH(QString, number);
    const auto parsed = NumberPattern::parse(pattern);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(parsed->text(), pattern);
    QCOMPARE(parsed->format(prefix, seq, year), number);
    // Whatever the pattern makes, its matcher reads back, and it is a valid document number.
    const auto match = parsed->matcher(prefix, year).match(number);
    QVERIFY(match.hasMatch());
    QCOMPARE(match.captured(1).toInt(), seq);
    const Status valid = validateDocumentNumber(number);
    QVERIFY2(valid.ok(), qPrintable(valid.message()));
}

void TestNumberPattern::matcher_capturesSequence()
{
    const auto pattern = NumberPattern::parse(QStringLiteral("{prefix}-{seq:4}-{year}"));
    QVERIFY(pattern.ok());
    const QRegularExpression re = pattern->matcher(QStringLiteral("ISMS"), 2022);
    QVERIFY(re.isValid());
    auto match = re.match(QStringLiteral("ISMS-0007-2022"));
    QVERIFY(match.hasMatch());
    QCOMPARE(match.captured(1), QStringLiteral("0007"));
    match = re.match(QStringLiteral("ISMS-12345-2022")); // a sequence past the padding still counts
    QVERIFY(match.hasMatch());
    QCOMPARE(match.captured(1), QStringLiteral("12345"));
}

void TestNumberPattern::matcher_rejectsOtherNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("other year") << QStringLiteral("ISMS-0001-2021");
    QTest::newRow("other prefix") << QStringLiteral("QMS-0001-2022");
    QTest::newRow("procedure number") << QStringLiteral("ISMS-P-001");
    QTest::newRow("suffix") << QStringLiteral("ISMS-0001-2022-A");
    QTest::newRow("leading text") << QStringLiteral("X-ISMS-0001-2022");
    QTest::newRow("letters as sequence") << QStringLiteral("ISMS-ABCD-2022");
    QTest::newRow("dot is literal") << QStringLiteral("ISMS.0001.2022");
}

void TestNumberPattern::matcher_rejectsOtherNumbers()
{
    QFETCH(QString, number);
    const auto pattern = NumberPattern::parse(QStringLiteral("{prefix}-{seq:4}-{year}"));
    QVERIFY(pattern.ok());
    QVERIFY(!pattern->matcher(QStringLiteral("ISMS"), 2022).match(number).hasMatch());
    // A '.' in the pattern is literal in the matcher too.
    const auto dotted = NumberPattern::parse(QStringLiteral("{prefix}.{seq:2}"));
    QVERIFY(dotted.ok());
    QVERIFY(dotted->matcher(QStringLiteral("QMS"), 2022).match(QStringLiteral("QMS.01")).hasMatch());
    QVERIFY(!dotted->matcher(QStringLiteral("QMS"), 2022).match(QStringLiteral("QMSX01")).hasMatch());
}

void TestNumberPattern::fixedStart()
{
    QCOMPARE(NumberPattern::parse(QStringLiteral("{prefix}-{seq:4}-{year}"))->fixedStart(QStringLiteral("ISMS"), 2022), QStringLiteral("ISMS-"));
    QCOMPARE(NumberPattern::parse(QStringLiteral("{prefix}-P-{seq:3}"))->fixedStart(QStringLiteral("ISMS"), 2022), QStringLiteral("ISMS-P-"));
    QCOMPARE(NumberPattern::parse(QStringLiteral("{prefix}/{yy}/{seq}"))->fixedStart(QStringLiteral("SMS"), 2026), QStringLiteral("SMS/26/"));
    QCOMPARE(NumberPattern::parse(QStringLiteral("{seq:3}-{prefix}"))->fixedStart(QStringLiteral("SMS"), 2026), QString());
}

// The sequence continues across years unless the pattern says {seq,yearly}.
void TestNumberPattern::anyYear()
{
    const auto continuing = NumberPattern::parse(QStringLiteral("{prefix}-{seq:4}-{year}"));
    QVERIFY(continuing.ok());
    QVERIFY(!continuing->resetsYearly());
    QCOMPARE(continuing->fixedStartAnyYear(QStringLiteral("ISMS")), QStringLiteral("ISMS-"));
    const QRegularExpression any = continuing->matcherAnyYear(QStringLiteral("ISMS"));
    QCOMPARE(any.match(QStringLiteral("ISMS-0001-2022")).captured(1), QStringLiteral("0001"));
    QCOMPARE(any.match(QStringLiteral("ISMS-0012-2026")).captured(1), QStringLiteral("0012"));
    QVERIFY(!any.match(QStringLiteral("ISMS-P-001")).hasMatch());
    QVERIFY(!any.match(QStringLiteral("ISMS-0001-22")).hasMatch());

    const auto yearly = NumberPattern::parse(QStringLiteral("{prefix}/{yy}/{seq:2,yearly}"));
    QVERIFY2(yearly.ok(), qPrintable(yearly.message()));
    QVERIFY(yearly->resetsYearly());
    QCOMPARE(yearly->format(QStringLiteral("SMS"), 3, 2026), QStringLiteral("SMS/26/03"));
    QCOMPARE(yearly->fixedStartAnyYear(QStringLiteral("SMS")), QStringLiteral("SMS/"));
    QCOMPARE(yearly->matcher(QStringLiteral("SMS"), 2026).match(QStringLiteral("SMS/26/03")).captured(1), QStringLiteral("03"));
    QVERIFY(!NumberPattern::parse(QStringLiteral("{prefix}-{year,yearly}-{seq}")).ok());
    QVERIFY(!NumberPattern::parse(QStringLiteral("{prefix}-{seq:x,yearly}")).ok());
}

void TestNumberPattern::invalid_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("named"); // every one must be in the message
    QTest::newRow("no seq") << QStringLiteral("{prefix}-{year}") << QStringList{QStringLiteral("{prefix}-{year}"), QStringLiteral("{seq}")};
    QTest::newRow("two seq") << QStringLiteral("{prefix}-{seq}-{seq:2}") << QStringList{QStringLiteral("{prefix}-{seq}-{seq:2}"), QStringLiteral("only once")};
    QTest::newRow("unknown placeholder") << QStringLiteral("{prefix}-{foo}-{seq}") << QStringList{QStringLiteral("{foo}")};
    QTest::newRow("empty placeholder") << QStringLiteral("{prefix}-{}-{seq}") << QStringList{QStringLiteral("{}")};
    QTest::newRow("placeholder case") << QStringLiteral("{PREFIX}-{seq}") << QStringList{QStringLiteral("{PREFIX}")};
    QTest::newRow("unclosed brace") << QStringLiteral("{prefix}-{seq") << QStringList{QStringLiteral("{prefix}-{seq"), QStringLiteral("never closed")};
    QTest::newRow("stray close") << QStringLiteral("{prefix}}-{seq}") << QStringList{QStringLiteral("{prefix}}-{seq}"), QStringLiteral("without")};
    QTest::newRow("seq width 0") << QStringLiteral("{prefix}-{seq:0}") << QStringList{QStringLiteral("{seq:0}"), QStringLiteral("1 to 9")};
    QTest::newRow("seq width 10") << QStringLiteral("{prefix}-{seq:10}") << QStringList{QStringLiteral("{seq:10}"), QStringLiteral("1 to 9")};
    QTest::newRow("seq width missing") << QStringLiteral("{prefix}-{seq:}") << QStringList{QStringLiteral("{seq:}")};
    QTest::newRow("seq width not a number") << QStringLiteral("{prefix}-{seq:x}") << QStringList{QStringLiteral("{seq:x}")};
    QTest::newRow("chinese") << QStringLiteral("{prefix}-文件-{seq}") << QStringList{QStringLiteral("\"文\"")};
    QTest::newRow("space") << QStringLiteral("{prefix} {seq}") << QStringList{QStringLiteral("\" \"")};
    QTest::newRow("colon") << QStringLiteral("{prefix}:{seq}") << QStringList{QStringLiteral("\":\"")};
    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("{seq}")};
}

void TestNumberPattern::invalid()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, named);
    const auto parsed = NumberPattern::parse(pattern);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
    for (const QString &part : named)
        QVERIFY2(parsed.message().contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, parsed.message())));
}

void TestNumberPattern::defaults_areValid()
{
    const QList<DocumentType> all{DocumentType::Manual, DocumentType::Policy, DocumentType::Procedure, DocumentType::WorkInstruction,
                                  DocumentType::Form, DocumentType::Record, DocumentType::External, DocumentType::Soa};
    QStringList made;
    for (const DocumentType type : all) {
        const auto pattern = NumberPattern::parse(defaultNumberPattern(type));
        QVERIFY2(pattern.ok(), qPrintable(pattern.message()));
        made << pattern->format(QStringLiteral("ISMS"), 1, 2026);
    }
    QCOMPARE(made.first(), QStringLiteral("ISMS-0001-2026"));
    QCOMPARE(made.at(2), QStringLiteral("ISMS-P-001"));
    made.removeDuplicates();
    QCOMPARE(made.size(), all.size()); // no two types share their first number
}

void TestNumberPattern::validateNumber_good_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("manual") << QStringLiteral("ISMS-0001-2022");
    QTest::newRow("procedure") << QStringLiteral("ISMS-P-012");
    QTest::newRow("all separators") << QStringLiteral("QMS_F.01/A-2");
    QTest::newRow("starts with digit") << QStringLiteral("2026-001");
    QTest::newRow("shortest") << QStringLiteral("A01");
    QTest::newRow("longest") << QString(40, QLatin1Char('X'));
}

void TestNumberPattern::validateNumber_good()
{
    QFETCH(QString, number);
    const Status valid = validateDocumentNumber(number);
    QVERIFY2(valid.ok(), qPrintable(valid.message()));
}

void TestNumberPattern::validateNumber_bad_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("named");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("too short") << QStringLiteral("AB") << QStringLiteral("\"AB\"");
    QTest::newRow("too long") << QString(41, QLatin1Char('X')) << QString(41, QLatin1Char('X'));
    QTest::newRow("starts with dash") << QStringLiteral("-ISMS-001") << QStringLiteral("start with");
    QTest::newRow("starts with slash") << QStringLiteral("/ISMS-001") << QStringLiteral("start with");
    QTest::newRow("starts with chinese") << QStringLiteral("文控-001") << QStringLiteral("start with");
    QTest::newRow("chinese inside") << QStringLiteral("ISMS-手册-01") << QStringLiteral("\"手\"");
    QTest::newRow("space") << QStringLiteral("ISMS 001") << QStringLiteral("\" \"");
    QTest::newRow("percent") << QStringLiteral("ISMS-%01") << QStringLiteral("\"%\"");
    QTest::newRow("fullwidth digit") << QStringLiteral("ISMS-１２") << QStringLiteral("\"１\"");
}

void TestNumberPattern::validateNumber_bad()
{
    QFETCH(QString, number);
    QFETCH(QString, named);
    const Status valid = validateDocumentNumber(number);
    QVERIFY(!valid.ok());
    QCOMPARE(valid.code(), ErrorCode::InvalidInput);
    QVERIFY2(valid.message().contains(named), qPrintable(valid.message()));
}

QTEST_GUILESS_MAIN(TestNumberPattern)
#include "tst_numberpattern.moc"
