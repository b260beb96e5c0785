// Distribution bundles (BundleService): a zip of stamped PDFs of effective revisions with a
// manifest signed by the exporter, checked offline by verifyBundle() without the store. A bundle
// as written verifies; one byte changed in a PDF, a file removed or added, or the manifest
// altered is named as such; refused exports write nothing and change nothing.

#include "core/render/pdfidentity.h"
#include "core/security/signingkey.h"
#include "core/services/bundleservice.h"
#include "core/store/workflowstore.h"
#include "workflowfixture.h"
#include "zipentries.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;
using dctest::kPassword;
using dctest::names;
using dctest::stateOf;
using dctest::StoreState;

namespace {

using Entries = dctest::ZipEntries;

qsizetype indexOf(const Entries &entries, const QString &name)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).first == name)
            return i;
    }
    return -1;
}

} // namespace

class TestBundle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void export_verifies();
    void export_controlledCopies();
    void tampered_data();
    void tampered();
    void resigned_byAnotherKey();
    void refused_data();
    void refused();
    void ontoTheStore_refused();

private:
    Database &db() { return *m_db; }
    dctest::FlowDriver &flow() { return *m_flow; }
    QString out(const QString &name) const { return m_out->filePath(QStringLiteral("out/") + name); }
    int signaturesOf(const QString &number, const QString &label);

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    QTemporaryDir m_seedDir; // the documents below, released once (signing costs an Argon2 each)
    QString m_seed;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<Database> m_db; // this test's copy of the seed
    std::unique_ptr<dctest::FlowDriver> m_flow;
    QString m_n1; // A/1 effective (A/0 superseded)
    QString m_n2; // A/0 effective
    QString m_n3; // A/0 a draft: nothing to distribute
};

void TestBundle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
    QVERIFY(m_seedDir.isValid());
    dctest::WorkflowSession session;
    const QString failed = session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    dctest::FlowDriver &driver = session.flow();
    m_n1 = driver.newDocument(QStringLiteral("信息安全方针"));
    m_n2 = driver.newDocument(QStringLiteral("服务级别管理程序"));
    m_n3 = driver.newDocument(QStringLiteral("供应商管理程序"));
    QVERIFY(!m_n1.isEmpty() && !m_n2.isEmpty() && !m_n3.isEmpty());
    DC_EXPECT_OK(driver.toEffective(m_n1));
    DC_EXPECT_OK(driver.documents().editDraft(m_template.controller(), m_n1, QStringLiteral("# 信息安全方针\n\n第二版。\n"), QStringLiteral("年度修订")));
    DC_EXPECT_OK(driver.toEffective(m_n1));
    DC_EXPECT_OK(driver.toEffective(m_n2));
    m_seed = m_seedDir.filePath(QStringLiteral("seed.dcstore"));
    DC_EXPECT_OK(dctest::rawSql(session.db(), u"VACUUM INTO ?"_s, {m_seed}));
}

void TestBundle::init()
{
    m_clock.set(dctest::fixedNow());
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_out->isValid() && QDir(m_out->path()).mkdir(QStringLiteral("out")));
    const QString store = m_out->filePath(QStringLiteral("org.dcstore"));
    QVERIFY(QFile::copy(m_seed, store));
    auto opened = Database::open(store);
    DC_EXPECT_OK(opened);
    m_db = std::move(opened).value();
    m_flow = std::make_unique<dctest::FlowDriver>(*m_db, m_clock, m_template);
}

void TestBundle::cleanup()
{
    m_flow.reset();
    m_db.reset();
    m_out.reset();
}

int TestBundle::signaturesOf(const QString &number, const QString &label)
{
    auto signatures = WorkflowStore(db()).signatures(flow().revision(number, label).id);
    return signatures ? int(signatures->size()) : -1;
}

// The bundle as written verifies offline: its files, every signature and the manifest's own.
void TestBundle::export_verifies()
{
    const QString path = out(QStringLiteral("bundle.zip"));
    const int eventsBefore = dctest::rowCount(db(), u"events"_s);
    auto exported = BundleService(db(), m_clock).exportBundle(m_template.controller(), kPassword, BundleRequest{{m_n1, m_n2}, {}}, path);
    DC_EXPECT_OK(exported);
    QCOMPARE(exported.value(), 2);

    auto report = BundleService::verifyBundle(path);
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    QCOMPARE(report->files, 2);
    QCOMPARE(report->signatures, signaturesOf(m_n1, u"A/1"_s) + signaturesOf(m_n2, u"A/0"_s));
    QCOMPARE(report->signatures, 8); // each: two reviews, the approval and the release
    QCOMPARE(report->organisation, QStringLiteral("云启信息技术有限公司"));
    QCOMPARE(report->createdBy, QStringLiteral("wangfang"));
    QVERIFY(!report->exporterKeyFingerprint.isEmpty());

    // What is inside: the manifest, its signature and one uncontrolled PDF per document.
    auto entries = dctest::readZipEntries(path);
    DC_EXPECT_OK(entries);
    QStringList entryNames;
    for (const auto &[name, data] : entries.value())
        entryNames << name;
    entryNames.sort();
    const QString pdf1 = m_n1 + u"_A-1.pdf"_s;
    const QString pdf2 = m_n2 + u"_A-0.pdf"_s;
    QStringList expected{u"manifest.json"_s, u"manifest.sig"_s, pdf1, pdf2};
    expected.sort();
    QCOMPARE(entryNames, expected);
    auto identity = render::readPdfIdentity(entries->at(indexOf(entries.value(), pdf1)).second, pdf1);
    DC_EXPECT_OK(identity);
    QCOMPARE(identity->number, m_n1);
    QCOMPARE(identity->revisionLabel, QStringLiteral("A/1"));
    QCOMPARE(identity->stamp, render::StampKind::Uncontrolled);
    QCOMPARE(identity->copyNumber, 0);

    // Every PDF is recorded as an export.
    QCOMPARE(dctest::rowCount(db(), u"events"_s), eventsBefore + 2);
    QCOMPARE(dctest::scalar(db(), u"SELECT count(*) FROM exports WHERE kind = 'uncontrolled' AND medium = 'pdf'"_s).toInt(), 2);

    // All effective documents when none are named: the same two.
    const QString all = out(QStringLiteral("all.zip"));
    auto everything = BundleService(db(), m_clock).exportBundle(m_template.admin(), kPassword, BundleRequest{}, all);
    DC_EXPECT_OK(everything);
    QCOMPARE(everything.value(), 2);
    auto allReport = BundleService::verifyBundle(all);
    DC_EXPECT_OK(allReport);
    QVERIFY2(allReport->ok(), qPrintable(allReport->problems.join(u'\n')));
    QCOMPARE(allReport->createdBy, QStringLiteral("admin"));
    QVERIFY(allReport->exporterKeyFingerprint != report->exporterKeyFingerprint);
}

// With a holder, every PDF is a controlled copy with the revision's next number.
void TestBundle::export_controlledCopies()
{
    const QString path = out(QStringLiteral("copies.zip"));
    DC_EXPECT_OK(BundleService(db(), m_clock).exportBundle(m_template.controller(), kPassword, BundleRequest{{m_n2}, u"IT 部"_s}, path));
    DC_EXPECT_OK(BundleService(db(), m_clock).exportBundle(m_template.controller(), kPassword, BundleRequest{{m_n2}, u"质量部"_s},
                                                           out(QStringLiteral("copies2.zip"))));
    auto entries = dctest::readZipEntries(out(QStringLiteral("copies2.zip")));
    DC_EXPECT_OK(entries);
    const QString pdf = m_n2 + u"_A-0.pdf"_s;
    QVERIFY(indexOf(entries.value(), pdf) >= 0);
    auto identity = render::readPdfIdentity(entries->at(indexOf(entries.value(), pdf)).second, pdf);
    DC_EXPECT_OK(identity);
    QCOMPARE(identity->stamp, render::StampKind::Controlled);
    QCOMPARE(identity->copyNumber, 2);
    const QJsonObject manifest = QJsonDocument::fromJson(entries->at(indexOf(entries.value(), u"manifest.json"_s)).second).object();
    QCOMPARE(manifest.value(u"files"_s).toArray().at(0).toObject().value(u"copy"_s).toInt(), 2);
    QCOMPARE(dctest::scalar(db(), u"SELECT group_concat(holder, ',') FROM (SELECT holder FROM controlled_copies ORDER BY copy_number)"_s).toString(), u"IT 部,质量部"_s);
    auto report = BundleService::verifyBundle(path);
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

void TestBundle::tampered_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QStringList>("named"); // "{pdf}": the first document's file
    QTest::newRow("one byte of a PDF changed") << "byte" << QStringList{u"{pdf}"_s, u"changed"_s};
    QTest::newRow("a PDF removed") << "remove" << QStringList{u"{pdf}"_s, u"removed"_s};
    QTest::newRow("a file added") << "add" << QStringList{u"extra.pdf"_s, u"added"_s};
    QTest::newRow("a signer's name altered in the manifest") << "manifest" << QStringList{u"manifest.json"_s, u"signature"_s};
    QTest::newRow("the manifest's signature removed") << "nosig" << QStringList{u"manifest.json"_s, u"signature"_s};
}

// Each tampering gives exactly one problem, naming the file and what happened to it.
void TestBundle::tampered()
{
    QFETCH(QString, tamper);
    QFETCH(QStringList, named);
    const QString good = out(QStringLiteral("good.zip"));
    DC_EXPECT_OK(BundleService(db(), m_clock).exportBundle(m_template.controller(), kPassword, BundleRequest{{m_n1, m_n2}, {}}, good));
    auto read = dctest::readZipEntries(good);
    DC_EXPECT_OK(read);
    Entries entries = read.value();
    const QString pdf = m_n1 + u"_A-1.pdf"_s;
    named.replaceInStrings(u"{pdf}"_s, pdf);
    const qsizetype at = indexOf(entries, pdf);
    QVERIFY(at >= 0);
    if (tamper == u"byte") {
        QByteArray &bytes = entries[at].second;
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    } else if (tamper == u"remove") {
        entries.removeAt(at);
    } else if (tamper == u"add") {
        entries.append({u"extra.pdf"_s, entries.at(at).second});
    } else if (tamper == u"manifest") {
        QByteArray &manifest = entries[indexOf(entries, u"manifest.json"_s)].second;
        const QByteArray was = QStringLiteral("孙七").toUtf8();
        QVERIFY2(manifest.contains(was), manifest.constData());
        manifest.replace(was, QStringLiteral("孙八").toUtf8());
    } else if (tamper == u"nosig") {
        entries.removeAt(indexOf(entries, u"manifest.sig"_s));
    }
    const QString bad = out(QStringLiteral("bad.zip"));
    DC_EXPECT_OK(dctest::writeZipEntries(bad, entries));

    auto report = BundleService::verifyBundle(bad);
    DC_EXPECT_OK(report);
    QVERIFY(!report->ok());
    QCOMPARE(report->problems.size(), 1);
    QVERIFY2(names(report->problems.first(), named), qPrintable(report->problems.first()));
    QCOMPARE(report->files, 2);
}

// Issue 11, defect 6: a bundle whose PDF was swapped and whose manifest was re-signed with an
// attacker's key matches its own manifest; only a pinned exporter key tells it apart.
void TestBundle::resigned_byAnotherKey()
{
    const QString good = out(QStringLiteral("good.zip"));
    DC_EXPECT_OK(BundleService(db(), m_clock).exportBundle(m_template.controller(), kPassword, BundleRequest{{m_n1, m_n2}, {}}, good));
    auto original = BundleService::verifyBundle(good);
    DC_EXPECT_OK(original);
    QVERIFY(original->chainSeq > 0);
    QCOMPARE(original->chainHead.size(), 64);
    const QString realKey = original->exporterKeyFingerprint;
    auto pinned = BundleService::verifyBundle(good, {realKey});
    DC_EXPECT_OK(pinned);
    QVERIFY2(pinned->ok() && pinned->exporterKeyPinned, qPrintable(pinned->problems.join(u'\n')));

    auto read = dctest::readZipEntries(good);
    DC_EXPECT_OK(read);
    Entries entries = read.value();
    const QString pdf = m_n1 + u"_A-1.pdf"_s;
    QByteArray &bytes = entries[indexOf(entries, pdf)].second;
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    QJsonObject manifest = QJsonDocument::fromJson(entries.at(indexOf(entries, u"manifest.json"_s)).second).object();
    QJsonArray files = manifest.value(u"files"_s).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonObject f = files.at(i).toObject();
        if (f.value(u"file"_s).toString() == pdf)
            f.insert(u"sha256"_s, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        files.replace(i, f);
    }
    manifest.insert(u"files"_s, files);
    auto attacker = SigningKey::generate(u"attacker"_s);
    DC_EXPECT_OK(attacker);
    auto secret = SigningKey::unseal(attacker->sealedSecret, u"attacker"_s);
    DC_EXPECT_OK(secret);
    manifest.insert(u"exporterPublicKey"_s, QString::fromLatin1(attacker->publicKey.toBase64()));
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson();
    entries[indexOf(entries, u"manifest.json"_s)].second = manifestBytes;
    entries[indexOf(entries, u"manifest.sig"_s)].second = SigningKey::sign(secret.value(), manifestBytes).toBase64();
    const QString bad = out(QStringLiteral("resigned.zip"));
    DC_EXPECT_OK(dctest::writeZipEntries(bad, entries));

    auto selfDeclared = BundleService::verifyBundle(bad); // consistent in itself, but only self-declared
    DC_EXPECT_OK(selfDeclared);
    QVERIFY(selfDeclared->ok());
    QVERIFY(!selfDeclared->exporterKeyPinned);
    QVERIFY(selfDeclared->exporterKeyFingerprint != realKey);
    auto caught = BundleService::verifyBundle(bad, {realKey});
    DC_EXPECT_OK(caught);
    QCOMPARE(caught->problems.size(), 1);
    QVERIFY2(names(caught->problems.first(), {u"manifest.json"_s, selfDeclared->exporterKeyFingerprint, realKey}), qPrintable(caught->problems.first()));

    const QString trustFile = out(QStringLiteral("trusted-keys.txt"));
    QFile trust(trustFile);
    QVERIFY(trust.open(QIODevice::WriteOnly));
    trust.write("# the controller's export key\n" + realKey.toLatin1() + " wangfang\n");
    trust.close();
    auto keys = BundleService::readTrustedKeys(trustFile);
    DC_EXPECT_OK(keys);
    QCOMPARE(keys.value(), QStringList{realKey});
}

void TestBundle::refused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("numbers"); // n1, n2, n3 as in init(); others as they are
    QTest::addColumn<QString>("holder");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<QStringList>("named");
    const QString pw = kPassword;
    QTest::newRow("a document without an effective revision") << "wangfang" << pw << QStringList{u"n3"_s} << "" << ErrorCode::InvalidState
                                                                << QStringList{u"n3"_s};
    QTest::newRow("the same, for controlled copies") << "wangfang" << pw << QStringList{u"n3"_s} << "IT 部" << ErrorCode::InvalidState
                                                       << QStringList{u"n3"_s};
    QTest::newRow("one good document and one without") << "wangfang" << pw << QStringList{u"n1"_s, u"n3"_s} << "" << ErrorCode::InvalidState
                                                         << QStringList{u"n3"_s};
    QTest::newRow("wrong password") << "wangfang" << "not-the-password" << QStringList{u"n1"_s} << "" << ErrorCode::AuthenticationFailed
                                    << QStringList{u"wangfang"_s};
    QTest::newRow("unknown document") << "wangfang" << pw << QStringList{u"n1"_s, u"ISMS-X-999"_s} << "" << ErrorCode::NotFound
                                      << QStringList{u"ISMS-X-999"_s};
    QTest::newRow("reader asks for controlled copies") << "chenjing" << pw << QStringList{u"n1"_s} << "IT 部" << ErrorCode::PermissionDenied
                                                         << QStringList{u"chenjing"_s};
}

// A refused bundle writes no file and changes nothing (no export recorded, no copy issued).
void TestBundle::refused()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QStringList, numbers);
    QFETCH(QString, holder);
    QFETCH(ErrorCode, expected);
    QFETCH(QStringList, named);
    for (QStringList *list : {&numbers, &named}) {
        list->replaceInStrings(u"n1"_s, m_n1);
        list->replaceInStrings(u"n3"_s, m_n3);
    }
    const StoreState before = stateOf(db());
    const QString path = out(QStringLiteral("refused.zip"));
    auto exported = BundleService(db(), m_clock).exportBundle(m_template.user(user), password, BundleRequest{numbers, holder}, path);
    DC_EXPECT_ERROR(exported, expected);
    QVERIFY2(names(exported.message(), named), qPrintable(exported.message()));
    QCOMPARE(stateOf(db()), before);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(out(QString())).entryList(QDir::Files | QDir::Hidden), QStringList());
}

// A bundle written onto the store's own file must be refused (as backup() refuses it), not
// replace the live store with the zip.
void TestBundle::ontoTheStore_refused()
{
    const QString store = db().path();
    auto exported = BundleService(db(), m_clock).exportBundle(m_template.controller(), kPassword, BundleRequest{{m_n2}, {}}, store);
    QVERIFY2(!dctest::fileBytes(store).startsWith("PK"), "the bundle replaced the store file");
    DC_EXPECT_ERROR(exported, ErrorCode::InvalidInput);
}

QTEST_MAIN(TestBundle)
#include "tst_bundle.moc"
