// `tasks` (due dates, OVERDUE, --overdue, --json) and `due-days list/set` through real
// processes: who may set the days, which numbers are refused without changing the store, and
// that verify accepts the audited change.
#include "clistore.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using dctest::CliStore;
using dctest::Run;
using namespace Qt::StringLiterals;

class TestCliTasks final : public QObject {
    Q_OBJECT

private:
    CliStore m_store;
    QString m_number;

    QString state() const { return m_store.pragma(u"SELECT count(*) || ' ' || max(hash) FROM events"_s) + u'|' + m_store.pragma(u"SELECT group_concat(key || '=' || value) FROM settings WHERE key LIKE 'due.%'"_s); }
    QJsonObject onlyTask(const QStringList &extra = {}) const
    {
        const Run r = m_store.as(u"zhaoliu"_s, QStringList{u"tasks"_s, u"--json"_s} + extra);
        if (r.exitCode != 0 || r.jsonArray().size() != 1)
            qWarning("tasks: %s %s", qPrintable(r.out), qPrintable(r.err));
        return r.jsonArray().isEmpty() ? QJsonObject() : r.jsonArray().first().toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.create());
        const QString content = m_store.file(u"v0.md"_s);
        QFile file(content);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# 访问控制程序\n\n正文。\n");
        file.close();
        const Run made = m_store.as(u"wangfang"_s, {u"doc"_s, u"new"_s, u"--type"_s, u"procedure"_s, u"--title"_s, u"访问控制程序"_s, u"--owner"_s, u"lisi"_s,
                                                     u"--content"_s, content, u"--json"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        m_number = made.json().value(u"number").toString();
        const Run submitted = m_store.as(u"wangfang"_s, {u"doc"_s, u"submit"_s, m_number});
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
    }

    void tasks_showDueDate()
    {
        const QJsonObject task = onlyTask();
        QCOMPARE(task.value(u"kind").toString(), u"review"_s);
        QCOMPARE(task.value(u"number").toString(), m_number);
        QCOMPARE(task.value(u"due").toString(), QDate::currentDate().addDays(7).toString(Qt::ISODate));
        QCOMPARE(task.value(u"overdue").toBool(), false);
        const Run overdue = m_store.as(u"zhaoliu"_s, {u"tasks"_s, u"--overdue"_s});
        QCOMPARE(overdue.exitCode, 0);
        QVERIFY2(overdue.out.contains(u"Nothing you have to do is overdue"_s), qPrintable(overdue.out));
    }

    void dueDays_refusedChangesNothing_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");
        QTest::newRow("an author") << u"lisi"_s << QStringList{u"review"_s, u"3"_s} << 3 << QString();
        QTest::newRow("zero days") << u"wangfang"_s << QStringList{u"review"_s, u"0"_s} << 1 << u"0"_s;
        QTest::newRow("past a year") << u"wangfang"_s << QStringList{u"approval"_s, u"366"_s} << 1 << u"366"_s;
        QTest::newRow("unknown kind") << u"wangfang"_s << QStringList{u"periodic"_s, u"3"_s} << 2 << u"periodic"_s;
        QTest::newRow("not a number") << u"wangfang"_s << QStringList{u"review"_s, u"soon"_s} << 2 << u"soon"_s;
        QTest::newRow("unknown type") << u"wangfang"_s << QStringList{u"review"_s, u"3"_s, u"--type"_s, u"memo"_s} << 2 << u"memo"_s;
    }

    void dueDays_refusedChangesNothing()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        const QString before = state();
        const Run r = m_store.as(user, QStringList{u"due-days"_s, u"set"_s} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        if (!named.isEmpty())
            QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QCOMPARE(state(), before);
    }

    void dueDays_setPerTypeAndVerified()
    {
        Run r = m_store.as(u"wangfang"_s, {u"due-days"_s, u"set"_s, u"review"_s, u"3"_s, u"--type"_s, u"procedure"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(onlyTask().value(u"due").toString(), QDate::currentDate().addDays(3).toString(Qt::ISODate));
        r = m_store.as(u"wangfang"_s, {u"due-days"_s, u"set"_s, u"review"_s, u"20"_s}); // store-wide: the type's own still wins
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(onlyTask().value(u"due").toString(), QDate::currentDate().addDays(3).toString(Qt::ISODate));

        r = m_store.as(u"zhaoliu"_s, {u"due-days"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject review = r.json().value(u"review").toObject();
        QCOMPARE(review.value(u"builtIn").toInt(), 7);
        QCOMPARE(review.value(u"store").toInt(), 20);
        QCOMPARE(review.value(u"types").toObject().value(u"procedure").toInt(), 3);
        QCOMPARE(review.value(u"types").toObject().value(u"policy").toInt(), 20);
        QCOMPARE(r.json().value(u"acknowledge").toObject().value(u"types").toObject().value(u"form").toInt(), 14);

        r = m_store.as(u"admin"_s, {u"verify"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    // Last: moves the submission back in time, which verify would rightly report.
    void tasks_overdueMarked()
    {
        m_store.pragma(u"UPDATE submissions SET submitted_at = '2020' || substr(submitted_at, 5)"_s);
        const QJsonObject task = onlyTask({u"--overdue"_s});
        QCOMPARE(task.value(u"overdue").toBool(), true);
        QVERIFY(task.value(u"due").toString().startsWith(u"2020-"_s));
        const Run text = m_store.as(u"zhaoliu"_s, {u"tasks"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"OVERDUE"_s) && text.out.contains(m_number), qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(TestCliTasks)
#include "tst_cli_tasks.moc"
