// The command line as a user or a script drives it: real processes, exit statuses, standard
// output and error, and a store that a refused command leaves byte-for-byte unchanged.
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"
#include "clistoresql.h"

using dctest::Run;

class TestCli final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    // Runs doccontrol with `arguments`, `stdinText` on standard input and extra environment.
    Run run(const QStringList &arguments, const QString &stdinText = {}, const QStringList &environment = {})
    {
        return dctest::runDoccontrol(m_dir.path(), arguments, stdinText, environment);
    }

    // As the document controller of the store made in initTestCase.
    Run asController(QStringList arguments, const QString &stdinText = {})
    {
        return run(QStringList{QStringLiteral("--store"), m_store} + arguments, stdinText,
                   {QStringLiteral("DOCCONTROL_USER=wangfang"), QStringLiteral("DOCCONTROL_PASSWORD=wf-secret")});
    }

    QByteArray storeDigest() const
    {
        QFile file(m_store);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write a fixture file");
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("org.dcstore"));
        const Run init = run({QStringLiteral("--store"), m_store, QStringLiteral("init"), QStringLiteral("--org"),
                              QStringLiteral("星河云数据科技有限公司"), QStringLiteral("--admin"), QStringLiteral("admin"),
                              QStringLiteral("--password-stdin")},
                             QStringLiteral("admin-secret\n"));
        QCOMPARE(init.exitCode, 0);
        const QFileDevice::Permissions permissions = QFileInfo(m_store).permissions();
        QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(permissions & others, QFileDevice::Permissions());

        // The acting admin's password on the first line, the new user's on the second.
        const Run added = run({QStringLiteral("--store"), m_store, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                               QStringLiteral("add"), QStringLiteral("wangfang"), QStringLiteral("--role"), QStringLiteral("controller,author"),
                               QStringLiteral("--display"), QStringLiteral("王芳"), QStringLiteral("--password-stdin")},
                              QStringLiteral("admin-secret\nwf-secret\n"));
        QCOMPARE(added.exitCode, 0);
        const Run reader = run({QStringLiteral("--store"), m_store, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                                QStringLiteral("add"), QStringLiteral("sunli"), QStringLiteral("--role"), QStringLiteral("reader"),
                                QStringLiteral("--password-stdin")},
                               QStringLiteral("admin-secret\nreader-secret\n"));
        QCOMPARE(reader.exitCode, 0);

        const QString content = writeFile(QStringLiteral("risk.md"),
                                          "# 信息安全风险评估程序\n\n## 1 目的\n\n规定信息安全风险评估程序，由信息安全部每年审核。\n");
        const Run created = asController({QStringLiteral("doc"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("信息安全风险评估程序"),
                                          QStringLiteral("--title-en"), QStringLiteral("Information Security Risk Assessment Procedure"),
                                          QStringLiteral("--type"), QStringLiteral("procedure"), QStringLiteral("--owner"), QStringLiteral("wangfang"),
                                          QStringLiteral("--clause"), QStringLiteral("27001:2013 6.1.2"), QStringLiteral("--content"), content,
                                          QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        QCOMPARE(created.json().value(QStringLiteral("number")).toString(), QStringLiteral("ISMS-P-001"));
        const Run manual = asController({QStringLiteral("doc"), QStringLiteral("new"), QStringLiteral("--number"), QStringLiteral("ISMS-0001-2022"),
                                         QStringLiteral("--title"), QStringLiteral("信息安全与服务管理手册"), QStringLiteral("--type"),
                                         QStringLiteral("manual"), QStringLiteral("--owner"), QStringLiteral("wangfang")});
        QCOMPARE(manual.exitCode, 0);
    }

    void initRefusesAnExistingStore()
    {
        const QByteArray before = storeDigest();
        const Run again = run({QStringLiteral("--store"), m_store, QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("X"),
                               QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                              QStringLiteral("another\n"));
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QCOMPARE(storeDigest(), before);
    }

    void initWithoutPasswordLeavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("none.dcstore"));
        const Run init = run({QStringLiteral("--store"), path, QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("X"),
                              QStringLiteral("--admin"), QStringLiteral("admin")});
        QCOMPARE(init.exitCode, 1);
        QVERIFY(init.err.contains(QStringLiteral("--password-stdin")));
        QVERIFY(!QFileInfo::exists(path));
    }

    void passwordsAreNeverArguments()
    {
        const Run r = run({QStringLiteral("--store"), m_store, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password"),
                           QStringLiteral("admin-secret"), QStringLiteral("doc"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("password")));
    }

    // The program hashes passwords and seals signing keys at the interactive cost (2 passes over
    // 64 MiB), which each records; only the test programs' own stores use the minimum.
    void passwordsAreHashedAtTheInteractiveCost()
    {
        const QStringList hashes = dctest::querySql(m_store, QStringLiteral("SELECT password_hash FROM users ORDER BY name")).split(QLatin1Char('\n'));
        QCOMPARE(hashes.size(), 3);
        for (const QString &hash : hashes)
            QVERIFY2(hash.startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(hash));
        const QString keys = dctest::querySql(m_store, QStringLiteral("SELECT DISTINCT hex(substr(sealed_secret, 1, 12)) FROM user_keys"));
        QCOMPARE(keys, QStringLiteral("44434B02" "02000000" "00000100")); // "DCK" 2, 2 passes, 65536 KiB
    }

    // Issue 14 item 8: Chinese output names types and statuses in Chinese, not by their keys.
    void chineseOutputNamesTypesAndStatuses()
    {
        const QStringList chinese{QStringLiteral("DOCCONTROL_USER=wangfang"), QStringLiteral("DOCCONTROL_PASSWORD=wf-secret"),
                                  QStringLiteral("LC_ALL=zh_CN.UTF-8"), QStringLiteral("LANG=zh_CN.UTF-8"), QStringLiteral("LANGUAGE=zh_CN")};
        const Run shown = run({QStringLiteral("--store"), m_store, QStringLiteral("doc"), QStringLiteral("show"), QStringLiteral("ISMS-P-001")}, {}, chinese);
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("类型：")), qPrintable(shown.out)); // the Chinese catalogue is in use
        QVERIFY2(shown.out.contains(QStringLiteral("程序文件")) && shown.out.contains(QStringLiteral("草稿")), qPrintable(shown.out));
        for (const QString &key : {QStringLiteral("procedure"), QStringLiteral("internal"), QStringLiteral("（draft）"), QStringLiteral("(draft)")})
            QVERIFY2(!shown.out.contains(key), qPrintable(key + QStringLiteral(" in:\n") + shown.out));
        const Run listed = run({QStringLiteral("--store"), m_store, QStringLiteral("doc"), QStringLiteral("list")}, {}, chinese);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(!listed.out.contains(QStringLiteral(" draft ")) && !listed.out.contains(QStringLiteral("procedure")), qPrintable(listed.out));
        // JSON keeps the keys for scripts.
        const Run json = run({QStringLiteral("--store"), m_store, QStringLiteral("doc"), QStringLiteral("show"), QStringLiteral("ISMS-P-001"), QStringLiteral("--json")}, {}, chinese);
        QVERIFY2(json.out.contains(QStringLiteral("\"procedure\"")), qPrintable(json.out));
    }

    void listFiltersAndJson()
    {
        const Run all = asController({QStringLiteral("doc"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.json().value(QStringLiteral("total")).toInt(), 2);
        const Run manuals = asController({QStringLiteral("doc"), QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("manual"), QStringLiteral("--json")});
        const QJsonArray rows = manuals.json().value(QStringLiteral("documents")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("number")).toString(), QStringLiteral("ISMS-0001-2022"));
        const Run byClause = asController({QStringLiteral("doc"), QStringLiteral("list"), QStringLiteral("--clause"), QStringLiteral("6.1")});
        QCOMPARE(byClause.exitCode, 0);
        QVERIFY(byClause.out.contains(QStringLiteral("ISMS-P-001")));
        QVERIFY(!byClause.out.contains(QStringLiteral("ISMS-0001-2022")));
        const Run text = asController({QStringLiteral("doc"), QStringLiteral("list")});
        QVERIFY(text.out.contains(QStringLiteral("信息安全与服务管理手册")));
        const Run badType = asController({QStringLiteral("doc"), QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("memo")});
        QCOMPARE(badType.exitCode, 2);
        QVERIFY(badType.err.contains(QStringLiteral("memo")));
    }

    void searchChineseAndEnglish_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("highlighted");
        QTest::newRow("two characters") << QStringLiteral("审核") << QStringLiteral("<mark>审核</mark>");
        QTest::newRow("one character") << QStringLiteral("审") << QStringLiteral("<mark>审</mark>");
        QTest::newRow("six characters") << QStringLiteral("风险评估程序") << QStringLiteral("<mark>风险评估程序</mark>");
        QTest::newRow("number") << QStringLiteral("ISMS-P-001") << QString();
        QTest::newRow("english title word") << QStringLiteral("assessment") << QString();
    }

    void searchChineseAndEnglish()
    {
        QFETCH(QString, query);
        QFETCH(QString, highlighted);
        const Run r = asController({QStringLiteral("search"), query, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = r.json().value(QStringLiteral("hits")).toArray();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("number")).toString(), QStringLiteral("ISMS-P-001"));
        if (!highlighted.isEmpty())
            QVERIFY(hits.first().toObject().value(QStringLiteral("highlighted")).toString().contains(highlighted));
    }

    void showGivesContentAndItsHash()
    {
        const Run r = asController({QStringLiteral("doc"), QStringLiteral("show"), QStringLiteral("ISMS-P-001"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = r.json().value(QStringLiteral("shown")).toObject();
        const QString content = shown.value(QStringLiteral("content")).toString();
        QVERIFY(content.contains(QStringLiteral("风险评估程序")));
        QCOMPARE(shown.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(shown.value(QStringLiteral("label")).toString(), QStringLiteral("A/0"));
        QCOMPARE(r.json().value(QStringLiteral("clauses")).toArray().first().toString(), QStringLiteral("27001:2013 6.1.2"));
    }

    void editUpdatesContentAndSearch()
    {
        const QString content = writeFile(QStringLiteral("manual.md"), "# 信息安全与服务管理手册\n\n## 7.5 文档化的信息\n\n远程办公的文件控制要求。\n");
        const Run r = asController({QStringLiteral("doc"), QStringLiteral("edit"), QStringLiteral("ISMS-0001-2022"), QStringLiteral("--content"), content,
                                    QStringLiteral("--summary"), QStringLiteral("增加 7.5 章")});
        QCOMPARE(r.exitCode, 0);
        const Run found = asController({QStringLiteral("search"), QStringLiteral("远程办公"), QStringLiteral("--json")});
        QCOMPARE(found.json().value(QStringLiteral("total")).toInt(), 1);
    }

    // Each refused command: the named problem on standard error, its exit status, and a store
    // that is byte-for-byte what it was.
    void refusedCommandsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList controller{QStringLiteral("DOCCONTROL_USER=wangfang"), QStringLiteral("DOCCONTROL_PASSWORD=wf-secret")};
        const QStringList newDoc{QStringLiteral("doc"), QStringLiteral("new"), QStringLiteral("--type"), QStringLiteral("manual"),
                                 QStringLiteral("--owner"), QStringLiteral("wangfang")};
        QTest::newRow("duplicate number") << (newDoc + QStringList{QStringLiteral("--number"), QStringLiteral("ISMS-0001-2022"), QStringLiteral("--title"), QStringLiteral("重复")})
                                          << controller << 1 << QStringLiteral("ISMS-0001-2022 is already used");
        QTest::newRow("empty title") << (newDoc + QStringList{QStringLiteral("--title"), QString()}) << controller << 1 << QStringLiteral("no title");
        QTest::newRow("invalid number") << (newDoc + QStringList{QStringLiteral("--number"), QStringLiteral("手册 1"), QStringLiteral("--title"), QStringLiteral("T")})
                                        << controller << 1 << QStringLiteral("手册 1");
        QTest::newRow("unknown owner") << QStringList{QStringLiteral("doc"), QStringLiteral("new"), QStringLiteral("--type"), QStringLiteral("policy"),
                                                      QStringLiteral("--owner"), QStringLiteral("nobody"), QStringLiteral("--title"), QStringLiteral("T")}
                                       << controller << 1 << QStringLiteral("nobody");
        QTest::newRow("wrong password") << (newDoc + QStringList{QStringLiteral("--title"), QStringLiteral("T")})
                                        << QStringList{QStringLiteral("DOCCONTROL_USER=wangfang"), QStringLiteral("DOCCONTROL_PASSWORD=nope")} << 3
                                        << QStringLiteral("password is wrong");
        QTest::newRow("reader registers") << (newDoc + QStringList{QStringLiteral("--title"), QStringLiteral("T")})
                                          << QStringList{QStringLiteral("DOCCONTROL_USER=sunli"), QStringLiteral("DOCCONTROL_PASSWORD=reader-secret")} << 3
                                          << QStringLiteral("sunli may not register");
        QTest::newRow("summary missing") << QStringList{QStringLiteral("doc"), QStringLiteral("edit"), QStringLiteral("ISMS-P-001"), QStringLiteral("--content"),
                                                        QStringLiteral("/dev/null"), QStringLiteral("--summary"), QStringLiteral(" ")}
                                         << controller << 1 << QStringLiteral("change summary");
        QTest::newRow("non-admin adds user") << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve"), QStringLiteral("--role"),
                                                            QStringLiteral("admin"), QStringLiteral("--password-stdin")}
                                             << controller << 3 << QStringLiteral("manage users");
        QTest::newRow("unknown document") << QStringList{QStringLiteral("doc"), QStringLiteral("show"), QStringLiteral("ISMS-9")} << controller << 4
                                          << QStringLiteral("ISMS-9");
        QTest::newRow("bad numbering pattern") << QStringList{QStringLiteral("numbering"), QStringLiteral("set"), QStringLiteral("policy"), QStringLiteral("POL-{year}")}
                                               << controller << 1 << QStringLiteral("{seq}");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("doc"), QStringLiteral("shred")} << controller << 2 << QStringLiteral("Unknown command");
    }

    void refusedCommandsChangeNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, environment);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QByteArray before = storeDigest();
        const Run r = run(QStringList{QStringLiteral("--store"), m_store} + arguments, QStringLiteral("pw-line\n"), environment);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(storeDigest(), before);
    }

    void contentMustBeUtf8()
    {
        const QString latin1 = writeFile(QStringLiteral("latin1.md"), QByteArray("caf\xe9 \xff\xfe"));
        const QByteArray before = storeDigest();
        const Run r = asController({QStringLiteral("doc"), QStringLiteral("edit"), QStringLiteral("ISMS-P-001"), QStringLiteral("--content"), latin1,
                                    QStringLiteral("--summary"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("not UTF-8")));
        QCOMPARE(storeDigest(), before);
    }

    // An auditor's --read-only view: reading works, any change is refused and nothing changes.
    void readOnlyRefusesChanges()
    {
        const QByteArray before = storeDigest();
        const Run list = asController({QStringLiteral("--read-only"), QStringLiteral("doc"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().value(QStringLiteral("total")).toInt(), 2);
        const Run created = asController({QStringLiteral("--read-only"), QStringLiteral("doc"), QStringLiteral("new"), QStringLiteral("--type"),
                                          QStringLiteral("policy"), QStringLiteral("--owner"), QStringLiteral("wangfang"),
                                          QStringLiteral("--title"), QStringLiteral("访问控制策略")});
        QCOMPARE(created.exitCode, 5);
        QVERIFY2(created.err.contains(QStringLiteral("read-only")), qPrintable(created.err));
        QCOMPARE(storeDigest(), before);
        const Run init = run({QStringLiteral("--store"), m_dir.filePath(QStringLiteral("ro.dcstore")), QStringLiteral("--read-only"),
                              QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("X"), QStringLiteral("--admin"),
                              QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                             QStringLiteral("secret\n"));
        QCOMPARE(init.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("ro.dcstore"))));
    }

    void unusableStoresExitWithFive()
    {
        const QString text = writeFile(QStringLiteral("notes.txt"), "not a store at all\n");
        const Run r = run({QStringLiteral("--store"), text, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("doc"), QStringLiteral("list")},
                          QStringLiteral("admin-secret\n"));
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains(QStringLiteral("not a DocControl store")));
        const Run missing = run({QStringLiteral("--store"), m_dir.filePath(QStringLiteral("gone.dcstore")), QStringLiteral("doc"), QStringLiteral("list")});
        QCOMPARE(missing.exitCode, 5);
    }

    void helpListsTheCommands()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"init", "user add", "doc new", "doc edit", "doc list", "doc show", "search"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
