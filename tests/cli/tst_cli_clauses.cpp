// `doc clauses` (a document's clause mapping) and `doc list --clause` through real processes: the
// listing with the catalogue's titles, adding and removing with one audited event that verify
// replays, the refusals (unknown clause, wrong role, no reason, clause not mapped) leaving the
// store exactly as it was.
#include "clistore.h"

#include <QJsonArray>
#include <QTest>

using dctest::CliStore;
using dctest::Run;
using namespace Qt::StringLiterals;

namespace {
const QString kNumber = QStringLiteral("ISMS-P-001");
}

class TestCliClauses final : public QObject {
    Q_OBJECT

private:
    CliStore m_store;
    QString m_other; // a second document, mapped to nothing

    Run controller(const QStringList &arguments) { return m_store.as(u"wangfang"_s, arguments); }

    static QStringList clauses(const QStringList &options) { return QStringList{u"doc"_s, u"clauses"_s, kNumber} + options; }

    QString state() const
    {
        return m_store.pragma(u"SELECT count(*) || ' ' || max(hash) FROM events"_s) + QLatin1Char('|')
               + m_store.pragma(u"SELECT document_id || standard || clause FROM document_clauses ORDER BY 1"_s);
    }

    void expectRefused(const QString &user, const QStringList &arguments, int exitCode, const QString &mentions)
    {
        const QString before = state();
        const Run r = m_store.as(user, arguments);
        QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        QCOMPARE(state(), before);
    }

    QStringList mapped()
    {
        const Run r = controller(clauses({u"--json"_s}));
        if (r.exitCode != 0)
            return {r.err};
        QStringList keys;
        for (const QJsonValue &v : r.json().value(QLatin1String("clauses")).toArray())
            keys << v[QLatin1String("standard")].toString() + QLatin1Char(' ') + v[QLatin1String("clause")].toString();
        return keys;
    }

    QString verify()
    {
        const Run r = m_store.as(u"admin"_s, {u"verify"_s});
        return r.exitCode == 0 ? QString() : r.err;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.create());
        const Run made = controller({u"doc"_s, u"new"_s, u"--type"_s, u"procedure"_s, u"--title"_s, u"风险评估程序"_s, u"--owner"_s, u"lisi"_s,
                                     u"--clause"_s, u"27001:2013 6.1.2"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const Run other = controller({u"doc"_s, u"new"_s, u"--type"_s, u"procedure"_s, u"--title"_s, u"访问控制程序"_s, u"--owner"_s, u"lisi"_s, u"--json"_s});
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        m_other = other.json().value(QLatin1String("number")).toString();
        QVERIFY(!m_other.isEmpty() && m_other != kNumber);
    }

    void listsTheMappingWithTitles()
    {
        const Run r = controller(clauses({}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"27001:2013"_s) && r.out.contains(u"6.1.2"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"risk assessment"_s, Qt::CaseInsensitive) || r.out.contains(u"风险评估"_s), qPrintable(r.out));
        // Readers may look at the mapping too.
        const Run reader = m_store.as(u"chenjing"_s, clauses({}));
        QVERIFY2(reader.exitCode == 0 || reader.exitCode == 4, qPrintable(reader.err));
    }

    void addsAndRemovesWithOneAuditedEvent()
    {
        const QString events = m_store.pragma(u"SELECT count(*) FROM events"_s);
        const Run r = controller(clauses({u"--standard"_s, u"27001:2022"_s, u"--add"_s, u"A.5.1,a.8.2"_s, u"--remove"_s, u"27001:2013 6.1.2"_s,
                                          u"--reason"_s, u"换版到2022"_s, u"--json"_s}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QLatin1String("clauses")).toArray().size(), 2);
        QVERIFY(!r.json().value(QLatin1String("clauses")).toArray().at(0)[QLatin1String("titleEn")].toString().isEmpty());
        QCOMPARE(mapped(), (QStringList{u"27001:2022 A.5.1"_s, u"27001:2022 A.8.2"_s}));
        QCOMPARE(m_store.pragma(u"SELECT count(*) FROM events"_s).toInt(), events.toInt() + 1);
        QCOMPARE(m_store.pragma(u"SELECT action || ' ' || object FROM events ORDER BY seq DESC LIMIT 1"_s), u"document.metadata_set "_s + kNumber);
        QVERIFY(m_store.pragma(u"SELECT details FROM events ORDER BY seq DESC LIMIT 1"_s).contains(u"换版到2022"_s));
        // Bare numbers take the document's one standard when --standard is left out.
        const Run more = controller(clauses({u"--add"_s, u"5.1"_s, u"--reason"_s, u"补充"_s}));
        QVERIFY2(more.exitCode == 0, qPrintable(more.err));
        QVERIFY(mapped().contains(u"27001:2022 5.1"_s));
        QCOMPARE(verify(), QString());
    }

    void refusalsChangeNothing()
    {
        expectRefused(u"wangfang"_s, clauses({u"--standard"_s, u"27001:2022"_s, u"--add"_s, u"A.5.1,A.9.9.9"_s, u"--reason"_s, u"r"_s}), 4, u"A.9.9.9"_s);
        expectRefused(u"wangfang"_s, clauses({u"--standard"_s, u"27001:2022"_s, u"--add"_s, u"A.9.4.3"_s, u"--reason"_s, u"r"_s}), 4, u"27001:2013"_s);
        expectRefused(u"lisi"_s, clauses({u"--standard"_s, u"27001:2022"_s, u"--add"_s, u"A.5.2"_s, u"--reason"_s, u"r"_s}), 3, QString());
        expectRefused(u"wangfang"_s, clauses({u"--standard"_s, u"27001:2022"_s, u"--add"_s, u"A.5.2"_s}), 2, u"--reason"_s);
        expectRefused(u"wangfang"_s, clauses({u"--standard"_s, u"27001:2022"_s, u"--remove"_s, u"7.5"_s, u"--reason"_s, u"r"_s}), 4, u"7.5"_s);
        expectRefused(u"wangfang"_s, clauses({u"--standard"_s, u"9001:2015"_s, u"--add"_s, u"7.5"_s, u"--reason"_s, u"r"_s}), 2, u"9001:2015"_s);
        // Already mapped: nothing would change.
        expectRefused(u"wangfang"_s, clauses({u"--standard"_s, u"27001:2022"_s, u"--add"_s, u"A.5.1"_s, u"--reason"_s, u"r"_s}), 1, kNumber);
        // A bare number for a document without clauses needs --standard.
        expectRefused(u"wangfang"_s, {u"doc"_s, u"clauses"_s, m_other, u"--add"_s, u"A.5.1"_s, u"--reason"_s, u"r"_s}, 2, u"--standard"_s);
        QCOMPARE(verify(), QString());
    }

    void theRegisterFiltersByClause()
    {
        const Run all = controller({u"doc"_s, u"list"_s, u"--clause"_s, u"A.5.1"_s});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        QVERIFY2(all.out.contains(kNumber) && !all.out.contains(m_other), qPrintable(all.out));
        const Run one = controller({u"doc"_s, u"list"_s, u"--clause"_s, u"27001:2022 A.5.1"_s});
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QVERIFY2(one.out.contains(kNumber) && !one.out.contains(m_other), qPrintable(one.out));
        const Run none = controller({u"doc"_s, u"list"_s, u"--clause"_s, u"27001:2013 A.5.1"_s});
        QVERIFY2(none.exitCode == 0, qPrintable(none.err));
        QVERIFY2(!none.out.contains(kNumber), qPrintable(none.out));
    }
};

QTEST_GUILESS_MAIN(TestCliClauses)
#include "tst_cli_clauses.moc"
