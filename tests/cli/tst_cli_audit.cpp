// `audit log` with its filters through real processes: --document, --by, --event, --from and
// --to each alone and together (the same filter as the app's audit log), oldest first; a bad
// or backwards date refused with exit status 2; readers refused.
#include "clistore.h"

#include <QDate>
#include <QJsonArray>
#include <QTest>

using dctest::CliStore;
using dctest::Run;
using namespace Qt::StringLiterals;

class TestCliAudit final : public QObject {
    Q_OBJECT

private:
    CliStore m_store;
    QString m_first;  // the two documents' numbers
    QString m_second;

    QJsonArray log(const QStringList &options, const QString &user = u"wangfang"_s)
    {
        const Run r = m_store.as(user, QStringList{u"audit"_s, u"log"_s} + options + QStringList{u"--json"_s});
        if (r.exitCode != 0)
            qWarning("audit log failed (%d): %s", r.exitCode, qPrintable(r.err));
        return r.jsonArray();
    }

    static QStringList field(const QJsonArray &events, const char *name)
    {
        QStringList values;
        for (const QJsonValue &e : events)
            values << e.toObject().value(QLatin1String(name)).toVariant().toString();
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.create());
        for (QString *number : {&m_first, &m_second}) {
            const Run made = m_store.as(u"wangfang"_s, {u"doc"_s, u"new"_s, u"--type"_s, u"procedure"_s, u"--title"_s,
                                                      number == &m_first ? u"变更管理程序"_s : u"事件管理程序"_s, u"--owner"_s, u"lisi"_s, u"--json"_s});
            QVERIFY2(made.exitCode == 0, qPrintable(made.err));
            *number = made.json().value(u"number"_s).toString();
            QVERIFY(!number->isEmpty());
        }
    }

    void everyFilterAloneAndTogether()
    {
        const QJsonArray all = log({});
        QVERIFY(all.size() > 4);
        // Oldest first, as before the filters existed.
        QVERIFY(all.first().toObject().value(u"seq"_s).toInteger() < all.last().toObject().value(u"seq"_s).toInteger());

        const QJsonArray first = log({u"--document"_s, m_first});
        QVERIFY(!first.isEmpty());
        for (const QString &object : field(first, "object"))
            QVERIFY2(object == m_first || object.startsWith(m_first + u' '), qPrintable(object));
        QCOMPARE(log({m_first}), first); // the positional number is the same filter

        const QJsonArray byAdmin = log({u"--by"_s, u"admin"_s});
        QVERIFY(!byAdmin.isEmpty());
        for (const QString &user : field(byAdmin, "user"))
            QCOMPARE(user, u"admin"_s);

        const QJsonArray created = log({u"--event"_s, u"document.created"_s});
        QCOMPARE(created.size(), 2);
        QCOMPARE(field(created, "object"), (QStringList{m_first, m_second}));

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        QCOMPARE(log({u"--from"_s, today, u"--to"_s, today}), all); // both days inclusive
        QCOMPARE(log({u"--to"_s, yesterday}).size(), 0);
        QCOMPARE(log({u"--from"_s, QDate::currentDate().addDays(1).toString(Qt::ISODate)}).size(), 0);

        const QJsonArray together = log({u"--document"_s, m_second, u"--by"_s, u"wangfang"_s, u"--event"_s, u"document.created"_s, u"--from"_s, today});
        QCOMPARE(together.size(), 1);
        QCOMPARE(together.first().toObject().value(u"object"_s).toString(), m_second);
        QCOMPARE(log({u"--document"_s, m_second, u"--by"_s, u"admin"_s}).size(), 0);

        // The table form takes the same filters.
        const Run table = m_store.as(u"wangfang"_s, {u"audit"_s, u"log"_s, u"--event"_s, u"document.created"_s});
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY(table.out.contains(m_first) && table.out.contains(m_second));
    }

    void badDatesAreRefused_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no such month") << QStringList{u"--from"_s, u"2026-13-01"_s} << u"--from needs a date like 2026-11-21"_s;
        QTest::newRow("not a date") << QStringList{u"--to"_s, u"yesterday"_s} << u"--to needs a date like 2026-11-21"_s;
        QTest::newRow("backwards") << QStringList{u"--from"_s, u"2026-03-19"_s, u"--to"_s, u"2026-03-18"_s} << u"after the last day"_s;
        QTest::newRow("two numbers") << QStringList{u"--document"_s, u"ISMS-P-001"_s, u"ISMS-P-002"_s} << u"give the document number once"_s;
    }

    void badDatesAreRefused()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, mentions);
        const Run r = m_store.as(u"wangfang"_s, QStringList{u"audit"_s, u"log"_s} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }

    void readersAreRefused()
    {
        const Run r = m_store.as(u"chenjing"_s, {u"audit"_s, u"log"_s, u"--event"_s, u"document.created"_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"may not read the audit trail"_s), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
