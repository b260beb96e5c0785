// The plain value types of the domain: enum keys, clause references, roles, revision labels,
// an event's canonical form.

#include "core/model/clauseref.h"
#include "core/model/enums.h"
#include "core/model/event.h"
#include "core/model/revisionlabel.h"
#include "core/model/user.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace dc;

Q_DECLARE_METATYPE(dc::LabelScheme)
Q_DECLARE_METATYPE(dc::RevisionStep)
Q_DECLARE_METATYPE(dc::Roles)

class TestModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void documentTypeKeys_roundTrip();
    void classificationKeys_roundTrip();
    void revisionStatusKeys_roundTrip();
    void keys_unknownRejected_data();
    void keys_unknownRejected();
    void labelSchemeKeys();

    void clauseParse_good_data();
    void clauseParse_good();
    void clauseParse_bad_data();
    void clauseParse_bad();

    void parseRoles_good_data();
    void parseRoles_good();
    void parseRoles_bad_data();
    void parseRoles_bad();
    void rolesToKeys_order();

    void revisionLabel_next_data();
    void revisionLabel_next();
    void revisionLabel_invalid_data();
    void revisionLabel_invalid();
    void revisionLabel_first();

    void eventCanonical_storedDetails_data();
    void eventCanonical_storedDetails();
};

void TestModel::documentTypeKeys_roundTrip()
{
    const QList<DocumentType> all{DocumentType::Manual, DocumentType::Policy, DocumentType::Procedure, DocumentType::WorkInstruction,
                                  DocumentType::Form, DocumentType::Record, DocumentType::External, DocumentType::Soa};
    const QStringList expected{QStringLiteral("manual"), QStringLiteral("policy"), QStringLiteral("procedure"), QStringLiteral("work_instruction"),
                               QStringLiteral("form"), QStringLiteral("record"), QStringLiteral("external"), QStringLiteral("soa")};
    QCOMPARE(documentTypeKeys(), expected);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(toKey(all[i]), expected[i]);
        QCOMPARE(documentTypeFromKey(expected[i]), std::optional(all[i]));
        QVERIFY(!displayName(all[i]).isEmpty());
    }
    // Keys are read case-insensitively (the command line accepts "Procedure").
    QCOMPARE(documentTypeFromKey(QStringLiteral("Work_Instruction")), std::optional(DocumentType::WorkInstruction));
}

void TestModel::classificationKeys_roundTrip()
{
    const QList<Classification> all{Classification::Public, Classification::Internal, Classification::Confidential, Classification::Secret};
    const QStringList expected{QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("confidential"), QStringLiteral("secret")};
    QCOMPARE(classificationKeys(), expected);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(toKey(all[i]), expected[i]);
        QCOMPARE(classificationFromKey(expected[i]), std::optional(all[i]));
        QVERIFY(!displayName(all[i]).isEmpty());
    }
}

void TestModel::revisionStatusKeys_roundTrip()
{
    const QList<RevisionStatus> all{RevisionStatus::Draft, RevisionStatus::InReview, RevisionStatus::InApproval, RevisionStatus::Approved,
                                    RevisionStatus::Effective, RevisionStatus::Superseded, RevisionStatus::Obsolete};
    const QStringList expected{QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("in_approval"), QStringLiteral("approved"),
                               QStringLiteral("effective"), QStringLiteral("superseded"), QStringLiteral("obsolete")};
    QCOMPARE(revisionStatusKeys(), expected);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(toKey(all[i]), expected[i]);
        QCOMPARE(revisionStatusFromKey(expected[i]), std::optional(all[i]));
        QVERIFY(!displayName(all[i]).isEmpty());
    }
}

void TestModel::keys_unknownRejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("plural") << QStringLiteral("procedures");
    QTest::newRow("space instead of underscore") << QStringLiteral("work instruction");
    QTest::newRow("chinese") << QStringLiteral("程序文件");
    QTest::newRow("padded") << QStringLiteral(" manual");
    QTest::newRow("other enum's key") << QStringLiteral("draft_x");
}

void TestModel::keys_unknownRejected()
{
    QFETCH(QString, key);
    QVERIFY(!documentTypeFromKey(key).has_value());
    QVERIFY(!classificationFromKey(key).has_value());
    QVERIFY(!revisionStatusFromKey(key).has_value());
    // Keys of one enum are not accepted by another.
    QVERIFY(!documentTypeFromKey(QStringLiteral("secret")).has_value());
    QVERIFY(!classificationFromKey(QStringLiteral("draft")).has_value());
    QVERIFY(!revisionStatusFromKey(QStringLiteral("manual")).has_value());
}

void TestModel::labelSchemeKeys()
{
    QCOMPARE(toKey(LabelScheme::EditionRevision), QStringLiteral("edition"));
    QCOMPARE(toKey(LabelScheme::Decimal), QStringLiteral("decimal"));
    QCOMPARE(labelSchemeFromKey(QStringLiteral("edition")), std::optional(LabelScheme::EditionRevision));
    QCOMPARE(labelSchemeFromKey(QStringLiteral("decimal")), std::optional(LabelScheme::Decimal));
    QVERIFY(!labelSchemeFromKey(QStringLiteral("roman")).has_value());
    QVERIFY(!labelSchemeFromKey(QString()).has_value());
}

void TestModel::clauseParse_good_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("standard");
    QTest::addColumn<QString>("clause");
    QTest::newRow("27001:2013 annex A control") << QStringLiteral("27001:2013 A.9.1.1") << QStringLiteral("27001:2013") << QStringLiteral("A.9.1.1");
    QTest::newRow("27001:2022 annex A control") << QStringLiteral("27001:2022 A.5.37") << QStringLiteral("27001:2022") << QStringLiteral("A.5.37");
    QTest::newRow("20000-1 main clause") << QStringLiteral("20000-1:2018 8.5.1") << QStringLiteral("20000-1:2018") << QStringLiteral("8.5.1");
    QTest::newRow("top-level clause") << QStringLiteral("27001:2013 4") << QStringLiteral("27001:2013") << QStringLiteral("4");
    QTest::newRow("four levels") << QStringLiteral("20000-1:2018 8.2.3.1") << QStringLiteral("20000-1:2018") << QStringLiteral("8.2.3.1");
    QTest::newRow("extra white space") << QStringLiteral("  27001:2013 \t 7.5.3 ") << QStringLiteral("27001:2013") << QStringLiteral("7.5.3");
}

void TestModel::clauseParse_good()
{
    QFETCH(QString, text);
    QFETCH(QString, standard);
    QFETCH(QString, clause);
    const auto ref = ClauseRef::parse(text);
    QVERIFY2(ref.ok(), qPrintable(ref.message()));
    QCOMPARE(ref->standard, standard);
    QCOMPARE(ref->clause, clause);
    QCOMPARE(ref->toString(), standard + QLatin1Char(' ') + clause);
    QCOMPARE(ClauseRef::parse(ref->toString()).value(), ref.value());
}

void TestModel::clauseParse_bad_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named"); // what the message must name
    QTest::newRow("unknown standard") << QStringLiteral("27002:2013 5.1") << QStringLiteral("27002:2013");
    QTest::newRow("standard without year") << QStringLiteral("27001 A.9.1.1") << QStringLiteral("27001");
    QTest::newRow("lower-case annex") << QStringLiteral("27001:2013 a.9.1") << QStringLiteral("a.9.1");
    QTest::newRow("annex B") << QStringLiteral("27001:2013 B.1") << QStringLiteral("B.1");
    QTest::newRow("five levels") << QStringLiteral("27001:2013 7.5.3.1.2") << QStringLiteral("7.5.3.1.2");
    QTest::newRow("three-digit part") << QStringLiteral("20000-1:2018 8.100") << QStringLiteral("8.100");
    QTest::newRow("trailing dot") << QStringLiteral("20000-1:2018 8.5.") << QStringLiteral("8.5.");
    QTest::newRow("words") << QStringLiteral("27001:2013 风险评估") << QStringLiteral("风险评估");
    QTest::newRow("missing clause") << QStringLiteral("27001:2013") << QStringLiteral("27001:2013");
    QTest::newRow("empty") << QString() << QStringLiteral("27001:2013 A.9.1.1"); // the message shows an example
    QTest::newRow("three parts") << QStringLiteral("27001:2013 A.9 extra") << QStringLiteral("27001:2013 A.9 extra");
}

void TestModel::clauseParse_bad()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    const auto ref = ClauseRef::parse(text);
    QVERIFY(!ref.ok());
    QCOMPARE(ref.code(), ErrorCode::InvalidInput);
    QVERIFY2(ref.message().contains(named), qPrintable(ref.message()));
}

void TestModel::parseRoles_good_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Roles>("roles");
    QTest::newRow("one") << QStringLiteral("reader") << Roles(Role::Reader);
    QTest::newRow("two") << QStringLiteral("controller,author") << (Role::Controller | Role::Author);
    QTest::newRow("spaces and case") << QStringLiteral(" Reviewer , APPROVER ") << (Role::Reviewer | Role::Approver);
    QTest::newRow("repeated") << QStringLiteral("author,author") << Roles(Role::Author);
    QTest::newRow("empty parts skipped") << QStringLiteral("admin,,reader,") << (Role::Admin | Role::Reader);
    QTest::newRow("all") << QStringLiteral("admin,controller,author,reviewer,approver,reader")
                         << (Role::Admin | Role::Controller | Role::Author | Role::Reviewer | Role::Approver | Role::Reader);
}

void TestModel::parseRoles_good()
{
    QFETCH(QString, text);
    QFETCH(Roles, roles);
    const auto parsed = parseRoles(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(parsed.value(), roles);
    // The stored form reads back as the same roles.
    QCOMPARE(parseRoles(rolesToKeys(roles)).value(), roles);
}

void TestModel::parseRoles_bad_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown role") << QStringLiteral("controller,auditor") << QStringLiteral("\"auditor\"");
    QTest::newRow("chinese role") << QStringLiteral("审核员") << QStringLiteral("\"审核员\"");
    QTest::newRow("unknown first") << QStringLiteral("boss, reader") << QStringLiteral("\"boss\"");
    QTest::newRow("empty") << QString() << QStringLiteral("at least one role");
    QTest::newRow("only commas") << QStringLiteral(",,") << QStringLiteral("at least one role");
}

void TestModel::parseRoles_bad()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    const auto parsed = parseRoles(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
    QVERIFY2(parsed.message().contains(named), qPrintable(parsed.message()));
}

void TestModel::rolesToKeys_order()
{
    QCOMPARE(rolesToKeys(Role::Reader | Role::Admin | Role::Author), QStringLiteral("admin,author,reader"));
    QCOMPARE(rolesToKeys(Roles()), QString());
    QCOMPARE(roleKeys().size(), 6);
    User user;
    user.roles = Role::Admin;
    QVERIFY(user.isController());
    user.roles = Role::Author | Role::Reviewer;
    QVERIFY(!user.isController());
    QVERIFY(user.has(Role::Reviewer));
    QVERIFY(!user.has(Role::Approver));
}

void TestModel::revisionLabel_next_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<LabelScheme>("scheme");
    QTest::addColumn<RevisionStep>("step");
    QTest::addColumn<QString>("next");
    const auto ed = LabelScheme::EditionRevision;
    const auto dec = LabelScheme::Decimal;
    QTest::newRow("A/0 minor") << QStringLiteral("A/0") << ed << RevisionStep::Minor << QStringLiteral("A/1");
    QTest::newRow("A/9 minor") << QStringLiteral("A/9") << ed << RevisionStep::Minor << QStringLiteral("A/10");
    QTest::newRow("A/3 major") << QStringLiteral("A/3") << ed << RevisionStep::Major << QStringLiteral("B/0");
    QTest::newRow("Y/2 major") << QStringLiteral("Y/2") << ed << RevisionStep::Major << QStringLiteral("Z/0");
    QTest::newRow("Z/4 minor") << QStringLiteral("Z/4") << ed << RevisionStep::Minor << QStringLiteral("Z/5");
    QTest::newRow("1.0 minor") << QStringLiteral("1.0") << dec << RevisionStep::Minor << QStringLiteral("1.1");
    QTest::newRow("1.9 minor") << QStringLiteral("1.9") << dec << RevisionStep::Minor << QStringLiteral("1.10");
    QTest::newRow("1.4 major") << QStringLiteral("1.4") << dec << RevisionStep::Major << QStringLiteral("2.0");
    QTest::newRow("9.12 major") << QStringLiteral("9.12") << dec << RevisionStep::Major << QStringLiteral("10.0");
}

void TestModel::revisionLabel_next()
{
    QFETCH(QString, label);
    QFETCH(LabelScheme, scheme);
    QFETCH(RevisionStep, step);
    QFETCH(QString, next);
    QVERIFY(RevisionLabel::isValid(label, scheme));
    const auto result = RevisionLabel::next(label, scheme, step);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.value(), next);
    QVERIFY(RevisionLabel::isValid(result.value(), scheme));
}

void TestModel::revisionLabel_invalid_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<LabelScheme>("scheme");
    QTest::addColumn<RevisionStep>("step");
    QTest::addColumn<QString>("named");
    const auto ed = LabelScheme::EditionRevision;
    const auto dec = LabelScheme::Decimal;
    QTest::newRow("past edition Z") << QStringLiteral("Z/3") << ed << RevisionStep::Major << QStringLiteral("Z/3");
    QTest::newRow("edition lower case") << QStringLiteral("a/0") << ed << RevisionStep::Minor << QStringLiteral("a/0");
    QTest::newRow("edition without slash") << QStringLiteral("A0") << ed << RevisionStep::Minor << QStringLiteral("A0");
    QTest::newRow("two letters") << QStringLiteral("AB/1") << ed << RevisionStep::Minor << QStringLiteral("AB/1");
    QTest::newRow("edition empty") << QString() << ed << RevisionStep::Major << QStringLiteral("A/0");
    QTest::newRow("decimal in edition scheme") << QStringLiteral("1.0") << ed << RevisionStep::Minor << QStringLiteral("1.0");
    QTest::newRow("edition in decimal scheme") << QStringLiteral("A/0") << dec << RevisionStep::Minor << QStringLiteral("A/0");
    QTest::newRow("decimal one part") << QStringLiteral("1") << dec << RevisionStep::Major << QStringLiteral("\"1\"");
    QTest::newRow("decimal three parts") << QStringLiteral("1.0.1") << dec << RevisionStep::Minor << QStringLiteral("1.0.1");
    QTest::newRow("decimal with v") << QStringLiteral("v1.0") << dec << RevisionStep::Minor << QStringLiteral("v1.0");
    QTest::newRow("decimal padded") << QStringLiteral(" 1.0") << dec << RevisionStep::Minor << QStringLiteral(" 1.0");
    QTest::newRow("edition trailing newline") << QStringLiteral("A/0\n") << ed << RevisionStep::Minor << QStringLiteral("A/0\n");
    QTest::newRow("decimal trailing newline") << QStringLiteral("1.0\n") << dec << RevisionStep::Minor << QStringLiteral("1.0\n");
    // The next label must itself be a valid label: revision and major numbers have at most 3 digits.
    QTest::newRow("revision 999 minor") << QStringLiteral("A/999") << ed << RevisionStep::Minor << QStringLiteral("A/999");
    QTest::newRow("decimal 1.999 minor") << QStringLiteral("1.999") << dec << RevisionStep::Minor << QStringLiteral("1.999");
    QTest::newRow("decimal 999.1 major") << QStringLiteral("999.1") << dec << RevisionStep::Major << QStringLiteral("999.1");
}

void TestModel::revisionLabel_invalid()
{
    QFETCH(QString, label);
    QFETCH(LabelScheme, scheme);
    QFETCH(RevisionStep, step);
    QFETCH(QString, named);
    const auto result = RevisionLabel::next(label, scheme, step);
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value() : QString()));
    QCOMPARE(result.code(), ErrorCode::InvalidInput);
    QVERIFY2(result.message().contains(named), qPrintable(result.message()));
}

void TestModel::revisionLabel_first()
{
    QCOMPARE(RevisionLabel::first(LabelScheme::EditionRevision), QStringLiteral("A/0"));
    QCOMPARE(RevisionLabel::first(LabelScheme::Decimal), QStringLiteral("1.0"));
    QVERIFY(RevisionLabel::isValid(QStringLiteral("A/0"), LabelScheme::EditionRevision));
    QVERIFY(!RevisionLabel::isValid(QStringLiteral("A/0"), LabelScheme::Decimal));
    QVERIFY(RevisionLabel::isValid(QStringLiteral("12.3"), LabelScheme::Decimal));
    QVERIFY(!RevisionLabel::isValid(QStringLiteral("12.3"), LabelScheme::EditionRevision));
    QVERIFY(!RevisionLabel::isValid(QStringLiteral("A/0\n"), LabelScheme::EditionRevision));
    QVERIFY(!RevisionLabel::isValid(QStringLiteral("1.0\n"), LabelScheme::Decimal));
}

// verify hashes an event with its details as stored; for every text a field may hold that
// must give canonical()'s bytes, and the hash check must still fail on a changed field.
void TestModel::eventCanonical_storedDetails_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("ISMS-P-001 A/0");
    QTest::newRow("Chinese") << QStringLiteral("信息安全风险评估程序 第 1 版");
    QTest::newRow("quotes and backslashes") << QStringLiteral("say \"no\" \\ C:\\path");
    QTest::newRow("line breaks and tabs") << QStringLiteral("line\nnext\r\tend\b\f");
    QTest::newRow("other control characters") << QString::fromUtf8("a\x01" "b\x1f" "c\x7f");
    QTest::newRow("slash, unicode beyond the BMP") << QStringLiteral("a/b </script> 𠀀 😀 \u2028");
}

void TestModel::eventCanonical_storedDetails()
{
    QFETCH(QString, text);
    Event e;
    e.seq = 4711;
    e.at = QDateTime(QDate(2026, 12, 7), QTime(1, 2, 3, 456), QTimeZone::utc());
    e.user = text;
    e.action = QStringLiteral("signature.reviewed");
    e.object = text;
    e.details = QJsonObject{{QStringLiteral("comment"), text}, {QStringLiteral("n"), 3}, {QStringLiteral("list"), QJsonArray{text, true}}};
    e.prevHash = Event::genesisHash();
    e.hash = e.computeHash();
    const QByteArray stored = QJsonDocument(e.details).toJson(QJsonDocument::Compact);
    QCOMPARE(e.canonicalWith(stored), e.canonical());
    QVERIFY(e.hashMatches(stored));
    QVERIFY(e.hashMatches(QJsonDocument(e.details).toJson(QJsonDocument::Indented))); // another form: canonical() decides
    Event changed = e;
    changed.object += QLatin1Char('x');
    QVERIFY(!changed.hashMatches(stored));
    Event altered = e; // details changed in the store: read back, they parse to what is stored
    altered.details = QJsonObject{{QStringLiteral("comment"), text}};
    QVERIFY(!altered.hashMatches(QJsonDocument(altered.details).toJson(QJsonDocument::Compact)));
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
