// `coverage --standard S` through real processes: the text table with its summary line, --json,
// --gaps-only, the document mapped only to the withdrawn 27001:2013, what a reader sees, --pdf
// writing a stamped PDF, and an unknown standard refused with the known ones named — none of
// which changes the store; then `doc clauses N --transition 27001:2022` (--dry-run, refusals, the
// audited move).
#include "clistore.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using dctest::CliStore;
using dctest::Run;
using namespace Qt::StringLiterals;

class TestCliCoverage final : public QObject {
    Q_OBJECT

private:
    CliStore m_store;
    QString m_effective; // effective, mapped to 27001:2022 A.5.37
    QString m_draft;     // draft, mapped to 27001:2022 4.3
    QString m_legacy;    // draft, mapped to 27001:2013 A.12.1.1 only

    Run controller(const QStringList &arguments) { return m_store.as(u"wangfang"_s, arguments); }

    QString events() const { return m_store.pragma(u"SELECT count(*) || ' ' || max(hash) FROM events"_s); }

    QString newDocument(const QString &title, const QString &clause)
    {
        const Run made = controller({u"doc"_s, u"new"_s, u"--type"_s, u"procedure"_s, u"--title"_s, title, u"--owner"_s, u"lisi"_s,
                                     u"--clause"_s, clause, u"--json"_s});
        if (made.exitCode != 0)
            qWarning("doc new failed: %s", qPrintable(made.err));
        return made.json().value(u"number").toString();
    }

    bool run(const QString &user, const QStringList &arguments)
    {
        const Run r = m_store.as(user, arguments);
        if (r.exitCode != 0)
            qWarning("%s failed: %s", qPrintable(arguments.join(u' ')), qPrintable(r.err));
        return r.exitCode == 0;
    }

    // The JSON entry of clause `number`.
    static QJsonObject entry(const Run &r, const QString &number)
    {
        for (const QJsonValue &v : r.json().value(u"entries").toArray()) {
            if (v[u"number"].toString() == number)
                return v.toObject();
        }
        return {};
    }

    static QStringList numbers(const QJsonArray &documents)
    {
        QStringList list;
        for (const QJsonValue &v : documents)
            list << v[u"number"].toString();
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.create());
        m_effective = newDocument(u"运维操作程序"_s, u"27001:2022 A.5.37"_s);
        QVERIFY(!m_effective.isEmpty());
        QVERIFY(run(u"wangfang"_s, {u"doc"_s, u"submit"_s, m_effective}));
        QVERIFY(run(u"zhaoliu"_s, {u"doc"_s, u"sign"_s, m_effective, u"--as"_s, u"reviewer"_s}));
        QVERIFY(run(u"sunba"_s, {u"doc"_s, u"sign"_s, m_effective, u"--as"_s, u"approver"_s}));
        QVERIFY(run(u"wangfang"_s, {u"doc"_s, u"release"_s, m_effective}));
        m_draft = newDocument(u"体系范围说明"_s, u"27001:2022 4.3"_s);
        m_legacy = newDocument(u"旧版操作规程"_s, u"27001:2013 A.12.1.1"_s);
        QVERIFY(!m_draft.isEmpty() && !m_legacy.isEmpty());
    }

    void textTable()
    {
        const QString before = events();
        const Run r = controller({u"coverage"_s, u"--standard"_s, u"27001:2022"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"ISO/IEC 27001:2022"_s), qPrintable(r.out.left(500)));
        QVERIFY2(r.out.contains(u"A.5.37"_s) && r.out.contains(m_effective + u" A/0 运维操作程序"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"GAP"_s), qPrintable(r.out.left(500)));
        QVERIFY2(r.out.contains(u"not yet effective"_s), qPrintable(r.out)); // the draft, for a controller
        QVERIFY2(r.out.contains(u"withdrawn 27001:2013"_s) && r.out.contains(m_legacy), qPrintable(r.out));
        // The summary line closes the output.
        const QString last = r.out.trimmed().section(u'\n', -1);
        QVERIFY2(last.contains(u"134 clauses and controls, 1 covered"_s) && last.contains(u"gaps"_s), qPrintable(last));
        QCOMPARE(events(), before);
    }

    void json()
    {
        const Run r = controller({u"coverage"_s, u"--standard"_s, u"27001:2022"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"standard").toString(), u"27001:2022"_s);
        QCOMPARE(r.json().value(u"clauses").toInt(), 134);
        QCOMPARE(r.json().value(u"covered").toInt(), 1);
        const int gaps = r.json().value(u"gaps").toInt();
        QVERIFY(gaps > 10);
        QCOMPARE(r.json().value(u"entries").toArray().size(), 4 + 41 + 93); // the themes too
        const QJsonObject control = entry(r, u"A.5.37"_s);
        QCOMPARE(numbers(control.value(u"documents").toArray()), QStringList{m_effective});
        QCOMPARE(control.value(u"documents").toArray().at(0)[u"revision"].toString(), u"A/0"_s);
        QCOMPARE(control.value(u"gap").toBool(), false);
        const QJsonObject scope = entry(r, u"4.3"_s);
        QCOMPARE(scope.value(u"gap").toBool(), true);
        QCOMPARE(numbers(scope.value(u"pending").toArray()), QStringList{m_draft});
        QCOMPARE(numbers(r.json().value(u"withdrawnOnly").toArray()), QStringList{m_legacy});
        QCOMPARE(r.json().value(u"withdrawnOnly").toArray().at(0)[u"clauses"].toArray().at(0).toString(), u"A.12.1.1"_s);

        // --gaps-only lists exactly the gaps.
        const Run onlyGaps = controller({u"coverage"_s, u"--standard"_s, u"27001:2022"_s, u"--gaps-only"_s, u"--json"_s});
        QVERIFY2(onlyGaps.exitCode == 0, qPrintable(onlyGaps.err));
        const QJsonArray entries = onlyGaps.json().value(u"entries").toArray();
        QCOMPARE(entries.size(), gaps);
        for (const QJsonValue &v : entries)
            QVERIFY(v[u"gap"].toBool());

        // The withdrawn edition says so.
        const Run old = controller({u"coverage"_s, u"--standard"_s, u"27001:2013"_s, u"--json"_s});
        QVERIFY2(old.exitCode == 0, qPrintable(old.err));
        QCOMPARE(old.json().value(u"withdrawn")[u"successor"].toString(), u"27001:2022"_s);
        QCOMPARE(old.json().value(u"withdrawn")[u"certificatesLapsed"].toString(), u"2025-10-31"_s);
    }

    void readerSeesEffectiveOnly()
    {
        const Run r = m_store.as(u"chenjing"_s, {u"coverage"_s, u"--standard"_s, u"27001:2022"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(numbers(entry(r, u"A.5.37"_s).value(u"documents").toArray()), QStringList{m_effective});
        QVERIFY(entry(r, u"4.3"_s).value(u"pending").toArray().isEmpty());
        QVERIFY(r.json().value(u"withdrawnOnly").toArray().isEmpty()); // the legacy document is a draft
        const Run text = m_store.as(u"chenjing"_s, {u"coverage"_s, u"--standard"_s, u"27001:2022"_s});
        QVERIFY(!text.out.contains(m_draft));
        QVERIFY(!text.out.contains(m_legacy));
    }

    void pdf()
    {
        const QString before = events();
        const QString path = m_store.file(u"coverage.pdf"_s);
        const Run r = controller({u"coverage"_s, u"--standard"_s, u"20000-1:2018"_s, u"--pdf"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(path) && r.out.contains(u"gaps"_s), qPrintable(r.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
        QCOMPARE(events(), before);
        const Run json = controller({u"coverage"_s, u"--standard"_s, u"27001:2022"_s, u"--gaps-only"_s, u"--pdf"_s, path, u"--json"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QVERIFY(json.json().value(u"file").toString().endsWith(u"coverage.pdf"_s));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("unknown standard") << QStringList{u"coverage"_s, u"--standard"_s, u"27001:2005"_s} << 4
                                          << QStringList{u"27001:2005"_s, u"20000-1:2018"_s, u"27001:2013"_s, u"27001:2022"_s};
        QTest::newRow("no standard") << QStringList{u"coverage"_s} << 2 << QStringList{u"--standard"_s, u"27001:2022"_s};
        QTest::newRow("argument") << QStringList{u"coverage"_s, u"27001:2022"_s, u"--standard"_s, u"27001:2022"_s} << 2 << QStringList{u"options only"_s};
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QStringList, mentions);
        const QString before = events();
        const Run r = controller(arguments);
        QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
        for (const QString &word : mentions)
            QVERIFY2(r.err.contains(word), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        QCOMPARE(events(), before);
    }
    // Last: it moves the legacy document's mapping onto 27001:2022.
    void transition()
    {
        const QStringList dryRun{u"doc"_s, u"clauses"_s, m_legacy, u"--transition"_s, u"27001:2022"_s, u"--dry-run"_s};
        const QString before = events();
        const Run proposal = controller(dryRun + QStringList{u"--json"_s});
        QVERIFY2(proposal.exitCode == 0, qPrintable(proposal.err));
        const QJsonObject p = proposal.json().value(u"proposal").toObject();
        QCOMPARE(p.value(u"add").toArray().toVariantList(), QVariantList{u"27001:2022 A.5.37"_s});
        QCOMPARE(p.value(u"remove").toArray().toVariantList(), QVariantList{u"27001:2013 A.12.1.1"_s});
        const Run text = controller(dryRun);
        QVERIFY2(text.exitCode == 0 && text.out.contains(u"A.12.1.1"_s) && text.out.contains(u"A.5.37"_s), qPrintable(text.out + text.err));
        QCOMPARE(events(), before);

        // Refused: no reason, a reader, a standard that succeeds nothing, with --add as well.
        const QStringList move{u"doc"_s, u"clauses"_s, m_legacy, u"--transition"_s, u"27001:2022"_s};
        const Run noReason = controller(move);
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY2(noReason.err.contains(u"--reason"_s), qPrintable(noReason.err));
        // A reader does not see the draft at all, and may not change the effective document's mapping.
        QCOMPARE(m_store.as(u"chenjing"_s, move + QStringList{u"--reason"_s, u"r"_s}).exitCode, 4);
        QCOMPARE(m_store.as(u"chenjing"_s, {u"doc"_s, u"clauses"_s, m_effective, u"--transition"_s, u"27001:2022"_s, u"--reason"_s, u"r"_s}).exitCode, 3);
        const Run nowhere = controller({u"doc"_s, u"clauses"_s, m_legacy, u"--transition"_s, u"20000-1:2018"_s, u"--reason"_s, u"r"_s});
        QVERIFY(nowhere.exitCode != 0);
        QVERIFY2(nowhere.err.contains(u"20000-1:2018"_s), qPrintable(nowhere.err));
        QCOMPARE(controller(move + QStringList{u"--add"_s, u"A.5.1"_s, u"--reason"_s, u"r"_s}).exitCode, 2);
        QCOMPARE(controller({u"doc"_s, u"clauses"_s, m_legacy, u"--dry-run"_s}).exitCode, 2);
        QCOMPARE(events(), before);

        // Applied: one audited event; the document now answers the 2022 control.
        const Run moved = controller(move + QStringList{u"--reason"_s, u"换版到 2022"_s, u"--json"_s});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QCOMPARE(moved.json().value(u"clauses").toArray().size(), 1);
        QCOMPARE(moved.json().value(u"clauses").toArray().at(0)[u"clause"].toString(), u"A.5.37"_s);
        QCOMPARE(m_store.pragma(u"SELECT count(*) FROM events"_s).toInt(), before.section(u' ', 0, 0).toInt() + 1);
        QVERIFY(m_store.pragma(u"SELECT details FROM events ORDER BY seq DESC LIMIT 1"_s).contains(u"换版到 2022"_s));
        const Run coverage = controller({u"coverage"_s, u"--standard"_s, u"27001:2022"_s, u"--json"_s});
        QVERIFY(coverage.json().value(u"withdrawnOnly").toArray().isEmpty());
        QVERIFY(numbers(entry(coverage, u"A.5.37"_s).value(u"pending").toArray()).contains(m_legacy));
        const Run verify = m_store.as(u"admin"_s, {u"verify"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));

        // Nothing is left to move.
        const QString after = events();
        const Run again = controller(move + QStringList{u"--reason"_s, u"再来"_s});
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains(u"27001:2013"_s), qPrintable(again.err));
        QCOMPARE(events(), after);
    }
};

QTEST_MAIN(TestCliCoverage)
#include "tst_cli_coverage.moc"
