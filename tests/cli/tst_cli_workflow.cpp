// The whole life of a procedure driven from the command line, as a script would: new, edit,
// submit to two reviewers, a rejection, resubmission, signatures, release, a second revision
// that supersedes the first, withdrawal, and verify before and after someone tampers with
// the store file.
#include "clirunner.h"
#include "clistoresql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using dctest::Run;

namespace {
const QString kNumber = QStringLiteral("ISMS-P-001");
}

class TestCliWorkflow final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    Run as(const QString &user, const QStringList &arguments, const QString &password = {})
    {
        return dctest::runDoccontrol(m_dir.path(), QStringList{QStringLiteral("--store"), m_store} + arguments, QString(),
                                     {QStringLiteral("DOCCONTROL_USER=") + user,
                                      QStringLiteral("DOCCONTROL_PASSWORD=") + (password.isEmpty() ? user + QStringLiteral("-pw") : password)});
    }

    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write a fixture file");
        file.write(text.toUtf8());
        return path;
    }

    QByteArray digest() const
    {
        if (dctest::isPostgresLocation(m_store))
            return dctest::postgresContent(m_store);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_store + suffix);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(file.readAll());
        }
        return hash.result();
    }

    QString status(const QString &label)
    {
        const Run r = as(QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("show"), kNumber, QStringLiteral("--revision"), label, QStringLiteral("--json")});
        return r.json().value(QLatin1String("shown")).toObject().value(QLatin1String("status")).toString();
    }

    void expectOk(const Run &r)
    {
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    }

    // A refused command: its exit status, a message naming `mentions`, and the store unchanged.
    void expectRefused(const QString &user, const QStringList &arguments, int exitCode, const QString &mentions, const QString &password = {})
    {
        const QByteArray before = digest();
        const Run r = as(user, arguments, password);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(digest(), before);
    }

    void signAs(const QString &user, const QString &role)
    {
        expectOk(as(user, {QStringLiteral("doc"), QStringLiteral("sign"), kNumber, QStringLiteral("--as"), role, QStringLiteral("--comment"), QStringLiteral("同意")}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = dctest::cliOnPostgres() ? dctest::newPostgresStore() : m_dir.filePath(QStringLiteral("flow.dcstore"));
        QVERIFY(!m_store.isEmpty());
        const Run init = dctest::runDoccontrol(m_dir.path(), {QStringLiteral("--store"), m_store, QStringLiteral("init"), QStringLiteral("--org"),
                                                              QStringLiteral("星河云数据科技有限公司"), QStringLiteral("--admin"), QStringLiteral("admin"),
                                                              QStringLiteral("--password-stdin")},
                                               QStringLiteral("admin-pw\n"));
        expectOk(init);
        const struct {
            const char *name, *roles;
        } users[] = {{"wangfang", "controller"}, {"lisi", "author"}, {"zhaoliu", "reviewer"}, {"qianqi", "reviewer"}, {"sunba", "approver"}, {"chenjing", "reader"}};
        for (const auto &u : users) {
            const QString name = QString::fromLatin1(u.name);
            const Run added = dctest::runDoccontrol(m_dir.path(), {QStringLiteral("--store"), m_store, QStringLiteral("--user"), QStringLiteral("admin"),
                                                                   QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"),
                                                                   QString::fromLatin1(u.roles), QStringLiteral("--password-stdin")},
                                                    QStringLiteral("admin-pw\n") + name + QStringLiteral("-pw\n"));
            expectOk(added);
        }
    }

    void wholeLifecycle()
    {
        const QString v0 = writeFile(QStringLiteral("v0.md"), QStringLiteral("# 信息安全风险评估程序\n\n每年审核一次。\n"));
        expectOk(as(QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("new"), QStringLiteral("--number"), kNumber, QStringLiteral("--title"),
                                                 QStringLiteral("信息安全风险评估程序"), QStringLiteral("--type"), QStringLiteral("procedure"),
                                                 QStringLiteral("--owner"), QStringLiteral("lisi"), QStringLiteral("--content"), v0}));
        const QString v1 = writeFile(QStringLiteral("v1.md"), QStringLiteral("# 信息安全风险评估程序\n\n每年审核一次，由信息安全部组织。\n"));
        const QStringList edit{QStringLiteral("doc"), QStringLiteral("edit"), kNumber, QStringLiteral("--content"), v1, QStringLiteral("--summary"), QStringLiteral("补充组织部门")};
        expectOk(as(QStringLiteral("lisi"), edit));

        const QStringList submit{QStringLiteral("doc"), QStringLiteral("submit"), kNumber, QStringLiteral("--reviewers"), QStringLiteral("zhaoliu,qianqi"),
                                 QStringLiteral("--approver"), QStringLiteral("sunba")};
        expectRefused(QStringLiteral("lisi"), {QStringLiteral("doc"), QStringLiteral("submit"), kNumber, QStringLiteral("--reviewers"), QStringLiteral("lisi"),
                                               QStringLiteral("--approver"), QStringLiteral("sunba")},
                      1, QStringLiteral("lisi"));
        expectOk(as(QStringLiteral("lisi"), submit));
        QCOMPARE(status(QStringLiteral("A/0")), QStringLiteral("in_review"));

        // Immutable from submission on; a wrong password signs nothing; the author cannot approve.
        expectRefused(QStringLiteral("lisi"), edit, 1, QStringLiteral("only drafts can be edited"));
        expectRefused(QStringLiteral("zhaoliu"), {QStringLiteral("doc"), QStringLiteral("sign"), kNumber, QStringLiteral("--as"), QStringLiteral("reviewer")}, 3,
                      QStringLiteral("wrong"), QStringLiteral("not-the-password"));
        expectRefused(QStringLiteral("sunba"), {QStringLiteral("doc"), QStringLiteral("sign"), kNumber, QStringLiteral("--as"), QStringLiteral("approver")}, 1,
                      QStringLiteral("In review"));
        expectRefused(QStringLiteral("qianqi"), {QStringLiteral("doc"), QStringLiteral("reject"), kNumber}, 2, QStringLiteral("--comment"));

        expectOk(as(QStringLiteral("qianqi"), {QStringLiteral("doc"), QStringLiteral("reject"), kNumber, QStringLiteral("--comment"), QStringLiteral("请写明评估频率的依据")}));
        QCOMPARE(status(QStringLiteral("A/0")), QStringLiteral("draft"));
        const QString v2 = writeFile(QStringLiteral("v2.md"), QStringLiteral("# 信息安全风险评估程序\n\n依据 ISO/IEC 27001:2013 6.1.2，每年审核一次，由信息安全部组织。\n"));
        expectOk(as(QStringLiteral("lisi"), {QStringLiteral("doc"), QStringLiteral("edit"), kNumber, QStringLiteral("--content"), v2, QStringLiteral("--summary"), QStringLiteral("写明依据")}));
        expectOk(as(QStringLiteral("lisi"), submit));
        signAs(QStringLiteral("zhaoliu"), QStringLiteral("reviewer"));
        expectRefused(QStringLiteral("zhaoliu"), {QStringLiteral("doc"), QStringLiteral("sign"), kNumber, QStringLiteral("--as"), QStringLiteral("reviewer")}, 1,
                      QStringLiteral("already signed"));
        signAs(QStringLiteral("qianqi"), QStringLiteral("reviewer"));
        QCOMPARE(status(QStringLiteral("A/0")), QStringLiteral("in_approval"));
        expectRefused(QStringLiteral("lisi"), {QStringLiteral("doc"), QStringLiteral("release"), kNumber}, 1, QStringLiteral("approved"));
        signAs(QStringLiteral("sunba"), QStringLiteral("approver"));
        QCOMPARE(status(QStringLiteral("A/0")), QStringLiteral("approved"));
        expectRefused(QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("release"), kNumber, QStringLiteral("--effective"), QStringLiteral("2001-01-01")}, 1,
                      QStringLiteral("in the past"));
        expectOk(as(QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("release"), kNumber}));
        QCOMPARE(status(QStringLiteral("A/0")), QStringLiteral("effective"));

        // A controlled copy of A/0 for the IT department: copy No. 001, and the PDF tells what it is.
        const QString copyPdf = m_dir.filePath(QStringLiteral("copy-001.pdf"));
        expectRefused(QStringLiteral("lisi"), {QStringLiteral("export"), QStringLiteral("pdf"), kNumber, QStringLiteral("--controlled"), QStringLiteral("--holder"),
                                               QStringLiteral("IT 部"), QStringLiteral("-o"), copyPdf},
                      3, QStringLiteral("controlled copies"));
        QVERIFY(!QFile::exists(copyPdf));
        const Run copy = as(QStringLiteral("wangfang"), {QStringLiteral("export"), QStringLiteral("pdf"), kNumber, QStringLiteral("--controlled"), QStringLiteral("--holder"),
                                                         QStringLiteral("IT 部"), QStringLiteral("-o"), copyPdf, QStringLiteral("--json")});
        expectOk(copy);
        QCOMPARE(copy.json().value(QLatin1String("copy")).toInt(), 1);
        QCOMPARE(copy.json().value(QLatin1String("stamp")).toString(), QStringLiteral("controlled"));
        const Run checked = as(QStringLiteral("chenjing"), {QStringLiteral("verify"), QStringLiteral("pdf"), copyPdf, QStringLiteral("--json")});
        expectOk(checked);
        QCOMPARE(checked.json().value(QLatin1String("revision")).toString(), QStringLiteral("A/0"));
        QCOMPARE(checked.json().value(QLatin1String("copy")).toInt(), 1);
        QCOMPARE(checked.json().value(QLatin1String("matchesRecord")).toBool(), true);

        // The next revision supersedes the first.
        const QString v3 = writeFile(QStringLiteral("v3.md"), QStringLiteral("# 信息安全风险评估程序\n\n依据 ISO/IEC 27001:2013 6.1.2，每半年审核一次，由信息安全部组织。\n"));
        const Run next = as(QStringLiteral("lisi"), {QStringLiteral("doc"), QStringLiteral("edit"), kNumber, QStringLiteral("--content"), v3, QStringLiteral("--summary"),
                                                     QStringLiteral("改为每半年"), QStringLiteral("--json")});
        expectOk(next);
        QCOMPARE(next.json().value(QLatin1String("label")).toString(), QStringLiteral("A/1"));
        const Run diff = as(QStringLiteral("zhaoliu"), {QStringLiteral("doc"), QStringLiteral("diff"), kNumber, QStringLiteral("A/0"), QStringLiteral("A/1")});
        expectOk(diff);
        QVERIFY2(diff.out.contains(QStringLiteral("{+半+}")), qPrintable(diff.out));
        expectOk(as(QStringLiteral("lisi"), submit));
        signAs(QStringLiteral("zhaoliu"), QStringLiteral("reviewer"));
        signAs(QStringLiteral("qianqi"), QStringLiteral("reviewer"));
        signAs(QStringLiteral("sunba"), QStringLiteral("approver"));
        const Run released = as(QStringLiteral("sunba"), {QStringLiteral("doc"), QStringLiteral("release"), kNumber, QStringLiteral("--json")});
        expectOk(released);
        QCOMPARE(released.json().value(QLatin1String("superseded")).toObject().value(QLatin1String("label")).toString(), QStringLiteral("A/0"));
        // The copy of A/0 must now be recalled; its PDF is no longer the effective revision.
        const QJsonArray toRecall = released.json().value(QLatin1String("toRecall")).toArray();
        QCOMPARE(toRecall.size(), 1);
        QCOMPARE(toRecall.first().toObject().value(QLatin1String("holder")).toString(), QStringLiteral("IT 部"));
        const Run stale = as(QStringLiteral("chenjing"), {QStringLiteral("verify"), QStringLiteral("pdf"), copyPdf});
        QCOMPARE(stale.exitCode, 1);
        QVERIFY2(stale.out.contains(QStringLiteral("NOT effective")), qPrintable(stale.out));
        expectOk(as(QStringLiteral("wangfang"), {QStringLiteral("copies"), QStringLiteral("recall"), kNumber, QStringLiteral("A/0"), QStringLiteral("1")}));
        expectRefused(QStringLiteral("wangfang"), {QStringLiteral("copies"), QStringLiteral("recall"), kNumber, QStringLiteral("A/0"), QStringLiteral("1")}, 1,
                      QStringLiteral("already recalled"));
        const Run copies = as(QStringLiteral("wangfang"), {QStringLiteral("copies"), QStringLiteral("list"), kNumber, QStringLiteral("--json")});
        QCOMPARE(copies.jsonArray().first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("recalled"));

        // An uncontrolled print of A/1 verifies; the same file with one byte changed does not.
        const QString printPdf = m_dir.filePath(QStringLiteral("a1.pdf"));
        expectOk(as(QStringLiteral("chenjing"), {QStringLiteral("export"), QStringLiteral("pdf"), kNumber, QStringLiteral("-o"), printPdf}));
        expectOk(as(QStringLiteral("chenjing"), {QStringLiteral("verify"), QStringLiteral("pdf"), printPdf}));
        {
            QFile file(printPdf);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            const qsizetype at = bytes.indexOf("stream") + 20;
            bytes[at] = char(bytes.at(at) ^ 0x01);
            file.seek(0);
            file.write(bytes);
        }
        const Run changed = as(QStringLiteral("chenjing"), {QStringLiteral("verify"), QStringLiteral("pdf"), printPdf});
        QCOMPARE(changed.exitCode, 1);
        QVERIFY2(changed.out.contains(QStringLiteral("does NOT match")), qPrintable(changed.out));
        QCOMPARE(status(QStringLiteral("A/0")), QStringLiteral("superseded"));
        QCOMPARE(status(QStringLiteral("A/1")), QStringLiteral("effective"));

        const Run history = as(QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("history"), kNumber, QStringLiteral("--json")});
        expectOk(history);
        QCOMPARE(history.json().value(QLatin1String("signatures")).toArray().size(), 8); // 2 × (2 reviews + approval + release)
        const Run due = as(QStringLiteral("wangfang"), {QStringLiteral("review"), QStringLiteral("due"), QStringLiteral("--within"), QStringLiteral("1000"), QStringLiteral("--json")});
        expectOk(due);
        QCOMPARE(due.jsonArray().size(), 1);

        const Run verified = as(QStringLiteral("admin"), {QStringLiteral("verify"), QStringLiteral("--json")}, QStringLiteral("admin-pw"));
        expectOk(verified);
        QCOMPARE(verified.json().value(QLatin1String("ok")).toBool(), true);
        QVERIFY(verified.json().value(QLatin1String("signatures")).toInt() >= 8);

        expectRefused(QStringLiteral("lisi"), {QStringLiteral("doc"), QStringLiteral("withdraw"), kNumber, QStringLiteral("--reason"), QStringLiteral("x")}, 3, QStringLiteral("lisi"));
        expectOk(as(QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("withdraw"), kNumber, QStringLiteral("--reason"), QStringLiteral("合并入 ISMS-P-002")}));
        QCOMPARE(status(QStringLiteral("A/1")), QStringLiteral("obsolete"));
        expectRefused(QStringLiteral("lisi"), edit, 1, QStringLiteral("withdrawn"));
        expectOk(as(QStringLiteral("admin"), {QStringLiteral("verify")}, QStringLiteral("admin-pw")));
    }

    // Issue 11: bundles pin the exporter's key; backups and bundles anchor the chain head, and
    // the desk that saw a head refuses to write to a store that lost it.
    // store copy: to a file, from there to another store of the suite's backend; each copy
    // shows the same register and the same trail (up to the copies it recorded), and verifies.
    void storeCopyRoundTrip()
    {
        const QString file = m_dir.filePath(QStringLiteral("moved.dcstore"));
        const QString back = dctest::cliOnPostgres() ? dctest::newPostgresStore() : m_dir.filePath(QStringLiteral("moved-back.dcstore"));
        QVERIFY(!back.isEmpty());
        const QStringList admin{QStringLiteral("DOCCONTROL_USER=admin"), QStringLiteral("DOCCONTROL_PASSWORD=admin-pw")};
        const auto on = [&](const QString &store, const QStringList &arguments) {
            return dctest::runDoccontrol(m_dir.path(), QStringList{QStringLiteral("--store"), store} + arguments, QString(), admin);
        };
        const QString listed = on(m_store, {QStringLiteral("doc"), QStringLiteral("list"), QStringLiteral("--json")}).out;
        const QJsonArray trail = on(m_store, {QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--json")}).jsonArray();
        QVERIFY(trail.size() > 10);

        // A reader may not copy; a copy onto an existing store is refused and changes nothing.
        const Run reader = dctest::runDoccontrol(m_dir.path(), {QStringLiteral("store"), QStringLiteral("copy"), m_store, file}, QString(),
                                                 {QStringLiteral("DOCCONTROL_USER=chenjing"), QStringLiteral("DOCCONTROL_PASSWORD=chenjing-pw")});
        QCOMPARE(reader.exitCode, 3);
        QVERIFY(!QFile::exists(file));
        expectRefused(QStringLiteral("admin"), {QStringLiteral("store"), QStringLiteral("copy"), m_store, m_store}, 1, QStringLiteral("already"),
                      QStringLiteral("admin-pw"));

        const Run copied = dctest::runDoccontrol(m_dir.path(), {QStringLiteral("store"), QStringLiteral("copy"), m_store, file, QStringLiteral("--json")}, QString(), admin);
        expectOk(copied);
        QCOMPARE(copied.json().value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(copied.json().value(QLatin1String("headSeq")).toInteger(), trail.last().toObject().value(QLatin1String("seq")).toInteger());
        expectOk(dctest::runDoccontrol(m_dir.path(), {QStringLiteral("store"), QStringLiteral("copy"), file, back}, QString(), admin));
        for (const QString &store : {file, back}) {
            QCOMPARE(on(store, {QStringLiteral("doc"), QStringLiteral("list"), QStringLiteral("--json")}).out, listed);
            const QJsonArray copiedTrail = on(store, {QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--json")}).jsonArray();
            QJsonArray copiedPrefix;
            for (qsizetype i = 0; i < trail.size(); ++i)
                copiedPrefix.append(copiedTrail.at(i));
            QCOMPARE(copiedPrefix, trail);
            expectOk(on(store, {QStringLiteral("verify")}));
        }
        // The source's trail names the copy.
        const QJsonArray after = on(m_store, {QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--json")}).jsonArray();
        QCOMPARE(after.last().toObject().value(QLatin1String("action")).toString(), QStringLiteral("store.copied"));
    }

    void anchorsAndWitness()
    {
        const QString backup = m_dir.filePath(QStringLiteral("anchor.zip"));
        const QString bundle = m_dir.filePath(QStringLiteral("bundle.zip"));
        const QString number = QStringLiteral("ISMS-P-777");
        expectOk(as(QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("new"), QStringLiteral("--number"), number, QStringLiteral("--title"),
                                                 QStringLiteral("备份管理程序"), QStringLiteral("--type"), QStringLiteral("procedure"), QStringLiteral("--owner"),
                                                 QStringLiteral("lisi"), QStringLiteral("--content"), writeFile(QStringLiteral("b.md"), QStringLiteral("# 备份\n\n每日备份。\n"))}));
        expectOk(as(QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("submit"), number, QStringLiteral("--reviewers"), QStringLiteral("zhaoliu"),
                                                 QStringLiteral("--approver"), QStringLiteral("sunba")}));
        expectOk(as(QStringLiteral("zhaoliu"), {QStringLiteral("doc"), QStringLiteral("sign"), number, QStringLiteral("--as"), QStringLiteral("reviewer")}));
        expectOk(as(QStringLiteral("sunba"), {QStringLiteral("doc"), QStringLiteral("sign"), number, QStringLiteral("--as"), QStringLiteral("approver")}));
        expectOk(as(QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("release"), number}));
        expectOk(as(QStringLiteral("admin"), {QStringLiteral("backup"), backup}, QStringLiteral("admin-pw")));
        expectOk(as(QStringLiteral("wangfang"), {QStringLiteral("bundle"), QStringLiteral("export"), number, QStringLiteral("-o"), bundle}));

        const Run selfDeclared = as(QStringLiteral("wangfang"), {QStringLiteral("bundle"), QStringLiteral("verify"), bundle});
        expectOk(selfDeclared);
        QVERIFY2(selfDeclared.out.contains(QStringLiteral("self-declared")), qPrintable(selfDeclared.out));
        const QString key = as(QStringLiteral("wangfang"), {QStringLiteral("bundle"), QStringLiteral("verify"), bundle, QStringLiteral("--json")})
                                .json().value(QLatin1String("exporterKey")).toString();
        QVERIFY(!key.isEmpty());
        QVERIFY2(selfDeclared.out.contains(key), qPrintable(selfDeclared.out));
        const Run pinned = as(QStringLiteral("wangfang"), {QStringLiteral("bundle"), QStringLiteral("verify"), bundle, QStringLiteral("--expect-key"), key});
        expectOk(pinned);
        QVERIFY2(pinned.out.contains(QStringLiteral("trusted key")), qPrintable(pinned.out));
        const Run other = as(QStringLiteral("wangfang"), {QStringLiteral("bundle"), QStringLiteral("verify"), bundle, QStringLiteral("--expect-key"),
                                                          QStringLiteral("0000-0000-0000-0000")});
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains(QStringLiteral("not a key you trust")), qPrintable(other.err));
        expectOk(as(QStringLiteral("admin"), {QStringLiteral("verify"), QStringLiteral("--against"), backup, bundle}, QStringLiteral("admin-pw")));

        // A reader sees neither the label nor the status of the revision in review.
        expectOk(as(QStringLiteral("lisi"), {QStringLiteral("doc"), QStringLiteral("edit"), number, QStringLiteral("--content"),
                                             writeFile(QStringLiteral("b1.md"), QStringLiteral("# 备份\n\n每小时备份。\n")), QStringLiteral("--summary"), QStringLiteral("加密")}));
        expectOk(as(QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("submit"), number, QStringLiteral("--reviewers"), QStringLiteral("zhaoliu"),
                                                 QStringLiteral("--approver"), QStringLiteral("sunba")}));
        for (const QString &command : {QStringLiteral("show"), QStringLiteral("history")}) {
            const Run seen = as(QStringLiteral("chenjing"), {QStringLiteral("doc"), command, number, QStringLiteral("--json")});
            expectOk(seen);
            QVERIFY2(!seen.out.contains(QStringLiteral("A/1")) && !seen.out.contains(QStringLiteral("in_review")), qPrintable(seen.out));
        }

        // A copy of the store (another path: another store to this desk), witnessed, then truncated.
        const QString copy = m_dir.filePath(QStringLiteral("copy.dcstore"));
        const QStringList admin{QStringLiteral("DOCCONTROL_USER=admin"), QStringLiteral("DOCCONTROL_PASSWORD=admin-pw")};
        expectOk(as(QStringLiteral("admin"), {QStringLiteral("store"), QStringLiteral("copy"), m_store, copy}, QStringLiteral("admin-pw")));
        expectOk(dctest::runDoccontrol(m_dir.path(), {QStringLiteral("--store"), copy, QStringLiteral("verify")}, QString(), admin));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker2"));
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER events_no_delete")), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("DELETE FROM events WHERE seq > (SELECT max(seq) / 2 FROM events)")), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("attacker2"));
        const Run refused = dctest::runDoccontrol(m_dir.path(), {QStringLiteral("--store"), copy, QStringLiteral("verify")}, QString(), admin);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("ALARM")), qPrintable(refused.err));
        const Run against = dctest::runDoccontrol(m_dir.path(), {QStringLiteral("--store"), copy, QStringLiteral("--read-only"), QStringLiteral("verify"),
                                                                 QStringLiteral("--against"), backup},
                                                  QString(), admin);
        QCOMPARE(against.exitCode, 1);
        QVERIFY2(against.err.contains(QStringLiteral("anchor.zip")) && against.err.contains(QStringLiteral("truncated")), qPrintable(against.err));
    }

    void verifyNamesATamperedRevision()
    {
        const bool postgres = dctest::isPostgresLocation(m_store);
        QVERIFY2(!dctest::querySql(m_store, QStringLiteral("UPDATE revisions SET content = 'x' WHERE label = 'A/0'")).isEmpty(), "the store must refuse this");
        QCOMPARE(dctest::querySql(m_store, postgres ? QStringLiteral("DROP TRIGGER revisions_immutable ON revisions") : QStringLiteral("DROP TRIGGER revisions_immutable")),
                 QString());
        QCOMPARE(dctest::querySql(m_store, QStringLiteral("UPDATE revisions SET content = '每十年审核一次。' WHERE label = 'A/0'")), QString());
        const Run r = as(QStringLiteral("admin"), {QStringLiteral("verify")}, QStringLiteral("admin-pw"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ISMS-P-001 A/0")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "tst_cli_workflow.moc"
