// Access by classification, distribution lists and read-and-acknowledge from the command line:
// `user clearance`, a confidential document hidden from a reader in `doc show/list`, `search`
// and `export pdf` (with --json too) exactly like a missing one, `doc distribution`, `ack`,
// `report acknowledgements` and verify after it all.
#include "clistore.h"

#include <QJsonArray>
#include <QTest>

using dctest::CliStore;
using dctest::Run;
using namespace Qt::StringLiterals;

class TestCliAccess final : public QObject {
    Q_OBJECT

private:
    CliStore m_store;
    QString m_secret, m_policy;

    Run as(const QString &user, const QStringList &arguments) { return m_store.as(user, arguments); }

    // A document of `type` and `classification` with `word` in its text, released through
    // zhaoliu (review), sunba (approval) and wangfang (release); its number.
    QString released(const QString &type, const QString &classification, const QString &word, const QStringList &distribution = {})
    {
        const QString content = m_store.writeFile(word + u".md"_s, u"# "_s + word + u"\n\n机房门禁 "_s + word + u"。\n"_s);
        const Run made = as(u"wangfang"_s, {u"doc"_s, u"new"_s, u"--type"_s, type, u"--title"_s, word, u"--owner"_s, u"lisi"_s, u"--classification"_s,
                                            classification, u"--content"_s, content, u"--json"_s});
        const QString number = made.json().value(u"number").toString();
        if (made.exitCode != 0 || number.isEmpty()) {
            qWarning("doc new failed: %s", qPrintable(made.err));
            return {};
        }
        const QList<std::pair<QString, QStringList>> steps{
            {u"wangfang"_s, distribution},
            {u"wangfang"_s, {u"doc"_s, u"submit"_s, number, u"--reviewers"_s, u"zhaoliu"_s, u"--approver"_s, u"sunba"_s}},
            {u"zhaoliu"_s, {u"doc"_s, u"sign"_s, number, u"--as"_s, u"reviewer"_s}},
            {u"sunba"_s, {u"doc"_s, u"sign"_s, number, u"--as"_s, u"approver"_s}},
            {u"wangfang"_s, {u"doc"_s, u"release"_s, number}},
        };
        for (const auto &[user, arguments] : steps) {
            if (arguments.isEmpty())
                continue;
            QStringList withNumber = arguments;
            if (withNumber.first() == u"distribution"_s)
                withNumber = QStringList{u"doc"_s, u"distribution"_s, number} + arguments.mid(1);
            const Run step = as(user, withNumber);
            if (step.exitCode != 0) {
                qWarning("%s failed: %s", qPrintable(withNumber.join(u' ')), qPrintable(step.err));
                return {};
            }
        }
        return number;
    }

    static QStringList numbersIn(const QJsonArray &rows, const char *key)
    {
        QStringList numbers;
        for (const QJsonValue &v : rows)
            numbers << v.toObject().value(QLatin1String(key)).toString();
        return numbers;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.create());
        QCOMPARE(as(u"wangfang"_s, {u"route"_s, u"set"_s, u"policy"_s, u"--reviewers"_s, u"zhaoliu"_s, u"--approver"_s, u"sunba"_s}).exitCode, 0);
        m_secret = released(u"procedure"_s, u"confidential"_s, u"vaultword"_s);
        QVERIFY(!m_secret.isEmpty());
        m_policy = released(u"policy"_s, u"internal"_s, u"policyword"_s,
                            {u"distribution"_s, u"--add"_s, u"user:chenjing,user:lisi,user:zhaoliu"_s});
        QVERIFY(!m_policy.isEmpty());
    }

    void clearance()
    {
        const Run set = as(u"admin"_s, {u"user"_s, u"clearance"_s, u"lisi"_s, u"confidential"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const Run list = as(u"admin"_s, {u"user"_s, u"list"_s, u"--json"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        for (const QJsonValue &u : list.jsonArray()) {
            const QString name = u.toObject().value(u"name").toString();
            QCOMPARE(u.toObject().value(u"clearance").toString(), name == u"lisi"_s ? u"confidential"_s : name == u"admin"_s ? u"secret"_s : u"internal"_s);
        }
        QCOMPARE(as(u"wangfang"_s, {u"user"_s, u"clearance"_s, u"lisi"_s, u"secret"_s}).exitCode, 3); // administrators only
        const Run bad = as(u"admin"_s, {u"user"_s, u"clearance"_s, u"lisi"_s, u"topsecret"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(u"topsecret"_s));
        QCOMPARE(as(u"admin"_s, {u"user"_s, u"clearance"_s, u"lisi"_s, u"internal"_s}).exitCode, 0);
    }

    void hiddenLikeMissing_data()
    {
        QTest::addColumn<QStringList>("command"); // N stands for the document number
        QTest::newRow("doc show") << QStringList{u"doc"_s, u"show"_s, u"N"_s};
        QTest::newRow("doc show --json") << QStringList{u"doc"_s, u"show"_s, u"N"_s, u"--json"_s};
        QTest::newRow("doc history") << QStringList{u"doc"_s, u"history"_s, u"N"_s};
        QTest::newRow("export pdf") << QStringList{u"export"_s, u"pdf"_s, u"N"_s, u"-o"_s, u"out.pdf"_s};
        QTest::newRow("doc distribution") << QStringList{u"doc"_s, u"distribution"_s, u"N"_s};
    }

    void hiddenLikeMissing()
    {
        QFETCH(QStringList, command);
        const auto with = [&](const QString &number) {
            QStringList arguments = command;
            arguments.replace(arguments.indexOf(u"N"_s), number);
            if (const qsizetype out = arguments.indexOf(u"out.pdf"_s); out >= 0)
                arguments[out] = m_store.file(u"out.pdf"_s);
            return arguments;
        };
        const Run hidden = as(u"chenjing"_s, with(m_secret));
        const Run missing = as(u"chenjing"_s, with(u"ISMS-P-9999"_s));
        QCOMPARE(hidden.exitCode, 4);
        QCOMPARE(hidden.exitCode, missing.exitCode);
        QCOMPARE(QString(hidden.err).replace(m_secret, u"N"_s), QString(missing.err).replace(u"ISMS-P-9999"_s, u"N"_s));
        QVERIFY(hidden.out.isEmpty());
        const Run seen = as(u"wangfang"_s, with(m_secret));
        QVERIFY2(seen.exitCode == 0, qPrintable(seen.err));
    }

    void hiddenFromListAndSearch()
    {
        const Run list = as(u"chenjing"_s, {u"doc"_s, u"list"_s, u"--json"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY(!list.out.contains(m_secret));
        QVERIFY(list.out.contains(m_policy));
        const Run search = as(u"chenjing"_s, {u"search"_s, u"机房门禁"_s, u"--json"_s});
        QVERIFY2(search.exitCode == 0, qPrintable(search.err));
        QVERIFY(!search.out.contains(m_secret));
        QVERIFY(!search.out.contains(u"vaultword"_s)); // not in a snippet either
        QVERIFY(search.out.contains(m_policy));
        const Run staff = as(u"wangfang"_s, {u"search"_s, u"vaultword"_s, u"--json"_s});
        QVERIFY(staff.out.contains(m_secret));
    }

    void acknowledgements()
    {
        const Run listed = as(u"chenjing"_s, {u"doc"_s, u"distribution"_s, m_policy, u"--json"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(listed.json().value(u"users").toArray().size(), 3);

        const Run before = as(u"wangfang"_s, {u"report"_s, u"acknowledgements"_s, u"--json"_s});
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        QCOMPARE(before.jsonArray().size(), 3);
        for (const char *user : {"chenjing", "lisi"}) {
            const Run ack = as(QString::fromLatin1(user), {u"ack"_s, m_policy});
            QVERIFY2(ack.exitCode == 0, qPrintable(ack.err));
        }
        const Run again = as(u"lisi"_s, {u"ack"_s, m_policy});
        QCOMPARE(again.exitCode, 1);
        const Run after = as(u"wangfang"_s, {u"report"_s, u"acknowledgements"_s, u"--json"_s});
        QCOMPARE(after.jsonArray().size(), 1);
        QCOMPARE(after.jsonArray().first().toObject().value(u"user").toString(), u"zhaoliu"_s);
        QCOMPARE(numbersIn(after.jsonArray(), "document"), QStringList{m_policy});
        const Run text = as(u"wangfang"_s, {u"report"_s, u"acknowledgements"_s, u"--document"_s, m_policy});
        QVERIFY2(text.out.contains(u"zhaoliu"_s) && !text.out.contains(u"lisi"_s), qPrintable(text.out));
        const Run all = as(u"wangfang"_s, {u"report"_s, u"acknowledgements"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(all.jsonArray().size(), 3);

        const Run verify = as(u"admin"_s, {u"verify"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAccess)
#include "tst_cli_access.moc"
