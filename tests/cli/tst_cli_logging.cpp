// Diagnostics through real processes: the command line says nothing on standard error when
// all goes well, and QT_LOGGING_RULES turns on the doccontrol.* categories (README,
// "Diagnostics") without passwords or document content ever reaching the log.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using dctest::Run;

namespace {
const QString kNumber = QStringLiteral("ISMS-P-001");
// Appears only in the document's content: it must never be logged.
const QString kContentMarker = QStringLiteral("机密正文-7Q3X");
} // namespace

class TestCliLogging final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    // `rules` is QT_LOGGING_RULES; empty means none, whatever the test's own environment says.
    Run run(const QStringList &arguments, const QString &rules, const QString &stdinText = {}, const QStringList &environment = {})
    {
        return dctest::runDoccontrol(m_dir.path(), arguments, stdinText, QStringList{QStringLiteral("QT_LOGGING_RULES=") + rules} + environment);
    }

    Run as(const QString &user, const QStringList &arguments, const QString &rules = {})
    {
        return run(QStringList{QStringLiteral("--store"), m_store} + arguments, rules, QString(),
                   {QStringLiteral("DOCCONTROL_USER=") + user, QStringLiteral("DOCCONTROL_PASSWORD=") + password(user)});
    }

    static QString password(const QString &user) { return user + QStringLiteral("-secret-pw"); }

    Run init(const QString &store, const QString &rules)
    {
        return run({QStringLiteral("--store"), store, QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("星河云数据科技有限公司"),
                    QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                   rules, password(QStringLiteral("admin")) + QLatin1Char('\n'));
    }

    Run addUser(const QString &name, const QString &roles, const QString &rules = {})
    {
        return run({QStringLiteral("--store"), m_store, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"), name,
                    QStringLiteral("--role"), roles, QStringLiteral("--password-stdin")},
                   rules, password(QStringLiteral("admin")) + QLatin1Char('\n') + password(name) + QLatin1Char('\n'));
    }

    static void expectOk(const Run &r) { QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err))); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("org.dcstore"));
        expectOk(init(m_store, QString()));
        expectOk(addUser(QStringLiteral("wangfang"), QStringLiteral("controller,author")));
        expectOk(addUser(QStringLiteral("zhaoliu"), QStringLiteral("reviewer")));
        expectOk(addUser(QStringLiteral("sunba"), QStringLiteral("approver")));
        const QString content = m_dir.filePath(QStringLiteral("content.md"));
        QFile file(content);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((QStringLiteral("# 信息安全事件管理程序\n\n") + kContentMarker + QLatin1Char('\n')).toUtf8());
        file.close();
        expectOk(as(QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("new"), QStringLiteral("--number"), kNumber, QStringLiteral("--title"),
                                                 QStringLiteral("信息安全事件管理程序"), QStringLiteral("--type"), QStringLiteral("procedure"),
                                                 QStringLiteral("--owner"), QStringLiteral("wangfang"), QStringLiteral("--content"), content}));
    }

    // Without QT_LOGGING_RULES a successful command writes nothing to standard error: the
    // categories are quiet below warnings.
    void quietByDefault_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("newStore");
        QTest::newRow("init") << QStringList() << true;
        QTest::newRow("doc list") << QStringList{QStringLiteral("doc"), QStringLiteral("list")} << false;
        QTest::newRow("doc list --read-only") << QStringList{QStringLiteral("--read-only"), QStringLiteral("doc"), QStringLiteral("list")} << false;
        QTest::newRow("doc show") << QStringList{QStringLiteral("doc"), QStringLiteral("show"), kNumber} << false;
        QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("事件")} << false;
        QTest::newRow("export pdf") << QStringList{QStringLiteral("export"), QStringLiteral("pdf"), kNumber, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("quiet.pdf"))}
                                    << false;
    }

    void quietByDefault()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, newStore);
        const Run r = newStore ? init(m_dir.filePath(QStringLiteral("quiet.dcstore")), QString()) : as(QStringLiteral("wangfang"), arguments);
        expectOk(r);
        QCOMPARE(r.err, QString());
    }

    // The support case of the README: the store's debug line names the file, its schema, how
    // it was opened and the journal mode.
    void storeDebugNamesTheStoreFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mode");
        QTest::newRow("read-write") << QStringList{QStringLiteral("doc"), QStringLiteral("list")} << QStringLiteral("read-write");
        QTest::newRow("read-only") << QStringList{QStringLiteral("--read-only"), QStringLiteral("doc"), QStringLiteral("list")} << QStringLiteral("read-only (asked)");
    }

    void storeDebugNamesTheStoreFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mode);
        const Run r = as(QStringLiteral("wangfang"), arguments, QStringLiteral("doccontrol.store.debug=true"));
        expectOk(r);
        QVERIFY2(r.err.contains(QStringLiteral("opened ") + m_store + QStringLiteral(" schema ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1Char(' ') + mode + QStringLiteral(" journal wal")), qPrintable(r.err));
        // Only the category and the level asked for.
        QVERIFY2(!r.err.contains(QStringLiteral("doccontrol.workflow")) && !r.err.contains(QStringLiteral("rolled back")), qPrintable(r.err));
        QVERIFY2(r.out.contains(kNumber), qPrintable(r.out)); // the data still goes to standard output
    }

    void storeInfoNamesTheNewStore()
    {
        const QString store = m_dir.filePath(QStringLiteral("created.dcstore"));
        const Run r = init(store, QStringLiteral("doccontrol.store.info=true"));
        expectOk(r);
        QVERIFY2(r.err.contains(QStringLiteral("created ") + store + QStringLiteral(" schema ")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("opened ")), qPrintable(r.err)); // that line is debug
    }

    // The README's example: transitions at info, with number, label, from, to and actor.
    void workflowTransitionsAtInfo()
    {
        const QString rules = QStringLiteral("doccontrol.store.debug=true;doccontrol.workflow.info=true");
        const Run submitted = as(QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("submit"), kNumber, QStringLiteral("--reviewers"),
                                                              QStringLiteral("zhaoliu"), QStringLiteral("--approver"), QStringLiteral("sunba")},
                                 rules);
        expectOk(submitted);
        QVERIFY2(submitted.err.contains(kNumber + QStringLiteral(" A/0 draft -> in_review by wangfang")), qPrintable(submitted.err));
        QVERIFY2(submitted.err.contains(QStringLiteral("opened ") + m_store), qPrintable(submitted.err));

        const Run rejected = as(QStringLiteral("zhaoliu"), {QStringLiteral("doc"), QStringLiteral("reject"), kNumber, QStringLiteral("--comment"),
                                                            QStringLiteral("请补充上报时限")},
                                QStringLiteral("doccontrol.workflow.info=true"));
        expectOk(rejected);
        QVERIFY2(rejected.err.contains(kNumber + QStringLiteral(" A/0 in_review -> draft by zhaoliu")), qPrintable(rejected.err));
        QVERIFY2(!rejected.err.contains(QStringLiteral("opened ")), qPrintable(rejected.err)); // the store stays quiet
    }

    // Everything on: there is something to read, and no password or content in it.
    void noSecretsInTheLog()
    {
        const QString all = QStringLiteral("doccontrol.*=true");
        QStringList logs;
        const Run added = addUser(QStringLiteral("chenjing"), QStringLiteral("reader"), all);
        expectOk(added);
        logs << added.err;
        const Run submitted = as(QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("submit"), kNumber, QStringLiteral("--reviewers"),
                                                              QStringLiteral("zhaoliu"), QStringLiteral("--approver"), QStringLiteral("sunba")},
                                 all);
        expectOk(submitted);
        logs << submitted.err;
        const Run signedRun = as(QStringLiteral("zhaoliu"), {QStringLiteral("doc"), QStringLiteral("sign"), kNumber, QStringLiteral("--as"), QStringLiteral("reviewer")}, all);
        expectOk(signedRun);
        logs << signedRun.err;
        const QString pdf = m_dir.filePath(QStringLiteral("logged.pdf"));
        const Run exported = as(QStringLiteral("wangfang"), {QStringLiteral("export"), QStringLiteral("pdf"), kNumber, QStringLiteral("-o"), pdf}, all);
        expectOk(exported);
        logs << exported.err;

        const QString log = logs.join(QLatin1Char('\n'));
        QVERIFY2(signedRun.err.contains(kNumber + QStringLiteral(" A/0 in_review -> in_approval by zhaoliu")), qPrintable(signedRun.err));
        QVERIFY2(exported.err.contains(QStringLiteral("exported ") + kNumber) && exported.err.contains(pdf), qPrintable(exported.err));
        QVERIFY2(exported.err.contains(QStringLiteral("pages")), qPrintable(exported.err)); // the render timings
        for (const QString &user : {QStringLiteral("admin"), QStringLiteral("chenjing"), QStringLiteral("wangfang"), QStringLiteral("zhaoliu")})
            QVERIFY2(!log.contains(password(user)), qPrintable(user));
        QVERIFY2(!log.contains(kContentMarker), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestCliLogging)
#include "tst_cli_logging.moc"
