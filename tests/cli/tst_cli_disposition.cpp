// Retention and disposition from the command line: `disposition list` (and --json), `doc hold`
// with and without --lift, `disposition keep`, `disposition destroy` signed with the password,
// every refusal leaving the store as it was, and `verify` passing after the disposal.
#include "clistore.h"

#include <QJsonArray>
#include <QTest>

using dctest::CliStore;
using dctest::Run;
using namespace Qt::StringLiterals;

class TestCliDisposition final : public QObject {
    Q_OBJECT

private:
    CliStore m_store;
    QString m_number;

    Run as(const QString &user, const QStringList &arguments) { return m_store.as(user, arguments); }

    QStringList listed()
    {
        const Run r = as(u"wangfang"_s, {u"disposition"_s, u"list"_s, u"--json"_s});
        if (r.exitCode != 0)
            qWarning("disposition list failed: %s", qPrintable(r.err));
        QStringList numbers;
        for (const QJsonValue &v : r.jsonArray())
            numbers << v.toObject().value(u"number").toString();
        return numbers;
    }

    // A refused command: its exit status, a message naming `mentions`, the store unchanged.
    void expectRefused(const QString &user, const QStringList &arguments, int exitCode, const QString &mentions)
    {
        const QByteArray before = m_store.content();
        const Run r = as(user, arguments);
        QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(m_store.content(), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.create());
        // A procedure kept no time after withdrawal (retention 0): due at once once withdrawn.
        const QString content = m_store.writeFile(u"old.md"_s, u"# 旧版备份程序\n\n每日增量备份 tapeword。\n"_s);
        const Run made = as(u"wangfang"_s, {u"doc"_s, u"new"_s, u"--type"_s, u"procedure"_s, u"--title"_s, u"旧版备份程序"_s, u"--owner"_s, u"lisi"_s,
                                            u"--content"_s, content, u"--json"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        m_number = made.json().value(u"number").toString();
        const QList<std::pair<QString, QStringList>> steps{
            {u"wangfang"_s, {u"doc"_s, u"submit"_s, m_number}},
            {u"zhaoliu"_s, {u"doc"_s, u"sign"_s, m_number, u"--as"_s, u"reviewer"_s}},
            {u"sunba"_s, {u"doc"_s, u"sign"_s, m_number, u"--as"_s, u"approver"_s}},
            {u"wangfang"_s, {u"doc"_s, u"release"_s, m_number}},
        };
        for (const auto &[user, arguments] : steps) {
            const Run step = as(user, arguments);
            QVERIFY2(step.exitCode == 0, qPrintable(arguments.join(u' ') + u": "_s + step.err));
        }
    }

    // In use: not listed, and destroying it is refused naming why.
    void inUse_notDue()
    {
        QVERIFY(listed().isEmpty());
        const Run text = as(u"wangfang"_s, {u"disposition"_s, u"list"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"No document is due"_s), qPrintable(text.out));
        expectRefused(u"wangfang"_s, {u"disposition"_s, u"destroy"_s, m_number, u"--reason"_s, u"过期"_s}, 1, m_number);
    }

    void withdrawn_listed()
    {
        const Run withdrawn = as(u"wangfang"_s, {u"doc"_s, u"withdraw"_s, m_number, u"--reason"_s, u"由新版备份程序取代"_s});
        QVERIFY2(withdrawn.exitCode == 0, qPrintable(withdrawn.err));
        QCOMPARE(listed(), QStringList{m_number});
        const Run r = as(u"wangfang"_s, {u"disposition"_s, u"list"_s, u"--json"_s});
        const QJsonObject row = r.jsonArray().first().toObject();
        QCOMPARE(row.value(u"basis").toString(), u"withdrawn"_s);
        QCOMPARE(row.value(u"retention_years").toInt(), 0);
        const Run text = as(u"wangfang"_s, {u"disposition"_s, u"list"_s});
        QVERIFY2(text.out.contains(m_number), qPrintable(text.out));
        expectRefused(u"chenjing"_s, {u"disposition"_s, u"list"_s}, 3, u"chenjing"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("destroy without a reason") << u"wangfang"_s << QStringList{u"disposition"_s, u"destroy"_s, u"{n}"_s} << 2 << u"--reason"_s;
        QTest::newRow("destroy by an author") << u"lisi"_s << QStringList{u"disposition"_s, u"destroy"_s, u"{n}"_s, u"--reason"_s, u"x"_s} << 3 << u"lisi"_s;
        QTest::newRow("keep without a date") << u"wangfang"_s << QStringList{u"disposition"_s, u"keep"_s, u"{n}"_s, u"--reason"_s, u"x"_s} << 2 << u"--until"_s;
        QTest::newRow("keep to the past") << u"wangfang"_s << QStringList{u"disposition"_s, u"keep"_s, u"{n}"_s, u"--until"_s, u"2001-01-01"_s, u"--reason"_s, u"x"_s} << 1 << u"{n}"_s;
        QTest::newRow("hold without a reason") << u"wangfang"_s << QStringList{u"doc"_s, u"hold"_s, u"{n}"_s} << 2 << u"--reason"_s;
        QTest::newRow("lift with no hold") << u"wangfang"_s << QStringList{u"doc"_s, u"hold"_s, u"{n}"_s, u"--lift"_s, u"--reason"_s, u"x"_s} << 1 << u"no legal hold"_s;
        QTest::newRow("no such document") << u"wangfang"_s << QStringList{u"doc"_s, u"hold"_s, u"NOPE-9"_s, u"--reason"_s, u"x"_s} << 4 << u"NOPE-9"_s;
    }

    void refusals()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        arguments.replaceInStrings(u"{n}"_s, m_number);
        expectRefused(user, arguments, exitCode, mentions.replace(u"{n}"_s, m_number));
    }

    void hold_blocksDestroy()
    {
        QCOMPARE(as(u"wangfang"_s, {u"doc"_s, u"hold"_s, m_number, u"--reason"_s, u"审计抽查"_s}).exitCode, 0);
        QVERIFY(listed().isEmpty());
        expectRefused(u"wangfang"_s, {u"disposition"_s, u"destroy"_s, m_number, u"--reason"_s, u"过期"_s}, 1, u"审计抽查"_s);
        QCOMPARE(as(u"wangfang"_s, {u"doc"_s, u"hold"_s, m_number, u"--lift"_s, u"--reason"_s, u"抽查结束"_s}).exitCode, 0);
        QCOMPARE(listed(), QStringList{m_number});
    }

    void destroy_signedAndVerified()
    {
        const Run destroyed = as(u"wangfang"_s, {u"disposition"_s, u"destroy"_s, m_number, u"--reason"_s, u"保存期满"_s, u"--json"_s});
        QVERIFY2(destroyed.exitCode == 0, qPrintable(destroyed.err));
        QCOMPARE(destroyed.json().value(u"meaning").toString(), u"disposed"_s);
        QVERIFY(listed().isEmpty());
        const Run search = as(u"wangfang"_s, {u"search"_s, u"tapeword"_s, u"--json"_s});
        QVERIFY2(!search.out.contains(m_number), qPrintable(search.out));
        const Run exported = as(u"wangfang"_s, {u"export"_s, u"pdf"_s, m_number, u"-o"_s, m_store.file(u"x.pdf"_s)});
        QVERIFY(exported.exitCode != 0);
        QVERIFY2(exported.err.contains(u"disposed"_s), qPrintable(exported.err));
        const Run verify = as(u"admin"_s, {u"verify"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        expectRefused(u"wangfang"_s, {u"disposition"_s, u"destroy"_s, m_number, u"--reason"_s, u"再次"_s}, 1, u"already"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliDisposition)
#include "tst_cli_disposition.moc"
