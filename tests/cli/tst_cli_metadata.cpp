// `doc set` (a document's details) and `template show/set/reset` through real processes: the
// change and its audit event, the refusals with their exit status and message, and the store
// exactly as it was after each refusal; verify after the changes and after SQL behind its back.
#include "clistore.h"

#include <QJsonArray>
#include <QTest>

using dctest::CliStore;
using dctest::Run;
using namespace Qt::StringLiterals;

namespace {
const QString kNumber = QStringLiteral("ISMS-P-001");
}

class TestCliMetadata final : public QObject {
    Q_OBJECT

private:
    CliStore m_store;

    Run controller(const QStringList &arguments) { return m_store.as(QStringLiteral("wangfang"), arguments); }

    static QStringList docSet(const QStringList &options) { return QStringList{QStringLiteral("doc"), QStringLiteral("set"), kNumber} + options; }

    // Everything a refused command could have changed: the trail, the documents, their clauses
    // and the settings.
    QString state() const
    {
        return m_store.pragma(QStringLiteral("SELECT count(*) || ' ' || max(hash) FROM events")) + QLatin1Char('|')
               + m_store.pragma(QStringLiteral("SELECT number || title || title_en || owner_id || department || classification || review_interval_months"
                                               " || retention_years FROM documents ORDER BY id"))
               + QLatin1Char('|') + m_store.pragma(QStringLiteral("SELECT document_id || standard || clause FROM document_clauses ORDER BY 1"))
               + QLatin1Char('|') + m_store.pragma(QStringLiteral("SELECT key || value FROM settings ORDER BY key"));
    }

    void expectRefused(const QString &user, const QStringList &arguments, int exitCode, const QString &mentions)
    {
        const QString before = state();
        const Run r = m_store.as(user, arguments);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        QCOMPARE(state(), before);
    }

    QString verify()
    {
        const Run r = m_store.as(QStringLiteral("admin"), {QStringLiteral("verify")});
        return r.exitCode == 0 ? QString() : r.err;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.create());
        const Run made = controller({QStringLiteral("doc"), QStringLiteral("new"), QStringLiteral("--type"), QStringLiteral("procedure"), QStringLiteral("--title"),
                                     QStringLiteral("风险评估程序"), QStringLiteral("--owner"), QStringLiteral("lisi"), QStringLiteral("--clause"),
                                     QStringLiteral("27001:2013 6.1.2")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }

    void changesTheDetailsWithOneAuditedEvent()
    {
        const Run r = controller(docSet({QStringLiteral("--title"), QStringLiteral("信息安全风险评估程序"), QStringLiteral("--title-en"), QStringLiteral("Risk Assessment"),
                                         QStringLiteral("--owner"), QStringLiteral("wangfang"), QStringLiteral("--classification"), QStringLiteral("confidential"),
                                         QStringLiteral("--review-months"), QStringLiteral("12"), QStringLiteral("--clause"), QStringLiteral("27001:2013 8.2"),
                                         QStringLiteral("--clause"), QStringLiteral("27001:2013 6.1.2"), QStringLiteral("--reason"), QStringLiteral("按新版标准调整"),
                                         QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject doc = r.json();
        QCOMPARE(doc.value(QLatin1String("title")).toString(), QStringLiteral("信息安全风险评估程序"));
        QCOMPARE(doc.value(QLatin1String("titleEn")).toString(), QStringLiteral("Risk Assessment"));
        QCOMPARE(doc.value(QLatin1String("owner")).toString(), QStringLiteral("wangfang"));
        QCOMPARE(doc.value(QLatin1String("classification")).toString(), QStringLiteral("confidential"));
        QCOMPARE(doc.value(QLatin1String("reviewIntervalMonths")).toInt(), 12);
        QCOMPARE(doc.value(QLatin1String("clauses")).toArray().size(), 2);
        QCOMPARE(doc.value(QLatin1String("status")).toString(), QStringLiteral("draft"));

        const Run log = controller({QStringLiteral("audit"), QStringLiteral("log"), kNumber, QStringLiteral("--json")});
        QCOMPARE(log.exitCode, 0);
        const QJsonArray events = log.jsonArray();
        const QJsonObject last = events.last().toObject();
        QCOMPARE(last.value(QLatin1String("action")).toString(), QStringLiteral("document.metadata_set"));
        QCOMPARE(last.value(QLatin1String("user")).toString(), QStringLiteral("wangfang"));
        const QJsonObject details = last.value(QLatin1String("details")).toObject();
        QCOMPARE(details.value(QLatin1String("reason")).toString(), QStringLiteral("按新版标准调整"));
        const QJsonObject changes = details.value(QLatin1String("changes")).toObject();
        QCOMPARE(changes.value(QLatin1String("owner")).toObject().value(QLatin1String("before")).toString(), QStringLiteral("lisi"));
        QCOMPARE(changes.value(QLatin1String("owner")).toObject().value(QLatin1String("after")).toString(), QStringLiteral("wangfang"));
        QVERIFY(!changes.contains(QLatin1String("department")));
        QCOMPARE(events.at(events.size() - 2).toObject().value(QLatin1String("action")).toString(), QStringLiteral("document.created"));

        const Run text = controller(docSet({QStringLiteral("--department"), QStringLiteral("质量部"), QStringLiteral("--reason"), QStringLiteral("归口调整")}));
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("Changed the details of ISMS-P-001 信息安全风险评估程序")), qPrintable(text.out));
        QCOMPARE(verify(), QString());
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("an author") << "lisi" << docSet({u"--title"_s, u"别的"_s, u"--reason"_s, u"理由"_s}) << 3 << "document controllers only";
        QTest::newRow("a reader") << "chenjing" << docSet({u"--title"_s, u"别的"_s, u"--reason"_s, u"理由"_s}) << 3 << "document controllers only";
        QTest::newRow("no --reason") << "wangfang" << docSet({u"--title"_s, u"别的"_s}) << 2 << "--reason";
        QTest::newRow("a blank reason") << "wangfang" << docSet({u"--title"_s, u"别的"_s, u"--reason"_s, u"  "_s}) << 1 << "reason";
        QTest::newRow("no field") << "wangfang" << docSet({u"--reason"_s, u"理由"_s}) << 2 << "at least one field";
        QTest::newRow("nothing changes") << "wangfang" << docSet({u"--title"_s, u"信息安全风险评估程序"_s, u"--reason"_s, u"理由"_s}) << 1 << "nothing was changed";
        QTest::newRow("unknown owner") << "wangfang" << docSet({u"--owner"_s, u"nobody"_s, u"--reason"_s, u"理由"_s}) << 1 << "not a user";
        QTest::newRow("bad interval") << "wangfang" << docSet({u"--review-months"_s, u"0"_s, u"--reason"_s, u"理由"_s}) << 1 << "1 to 120";
        QTest::newRow("bad classification") << "wangfang" << docSet({u"--classification"_s, u"top"_s, u"--reason"_s, u"理由"_s}) << 2 << "Unknown classification";
        QTest::newRow("bad clause") << "wangfang" << docSet({u"--clause"_s, u"9001 7.5"_s, u"--reason"_s, u"理由"_s}) << 2 << "9001";
        QTest::newRow("clause not in the catalogue") << "wangfang" << docSet({u"--clause"_s, u"27001:2013 7.9"_s, u"--reason"_s, u"理由"_s}) << 4 << "7.9";
        QTest::newRow("unknown document") << "wangfang" << QStringList{u"doc"_s, u"set"_s, u"ISMS-P-404"_s, u"--title"_s, u"x"_s, u"--reason"_s, u"理由"_s} << 4
                                          << "ISMS-P-404";
        QTest::newRow("template set by an author") << "lisi" << QStringList{u"template"_s, u"set"_s, u"procedure"_s, u"TEMPLATE"_s} << 3 << "document controllers only";
        QTest::newRow("template of an unknown type") << "wangfang" << QStringList{u"template"_s, u"show"_s, u"memo"_s} << 2 << "Unknown type";
        QTest::newRow("template reset when built-in") << "wangfang" << QStringList{u"template"_s, u"reset"_s, u"policy"_s} << 1 << "already";
    }

    void refusalsChangeNothing()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        arguments.replaceInStrings(QStringLiteral("TEMPLATE"), m_store.writeFile(QStringLiteral("t.md"), QStringLiteral("# {title}\n")));
        expectRefused(user, arguments, exitCode, mentions);
    }

    // doc history-add: a revision released on paper before the store existed, one audit event;
    // refusals change nothing; verify still passes.
    void historyAddRecordsAnEarlierRevision()
    {
        const auto add = [](const QString &label, const QString &date) {
            return QStringList{u"doc"_s, u"history-add"_s, kNumber, u"--label"_s, label, u"--date"_s, date, u"--summary"_s, u"纸质版首次发布"_s,
                               u"--approved-by"_s, u"张总"_s};
        };
        const Run r = controller(add(u"0/1"_s, u"2019-03-01"_s) + QStringList{u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject recorded = r.json();
        QCOMPARE(recorded.value(QLatin1String("label")).toString(), u"0/1"_s);
        QCOMPARE(recorded.value(QLatin1String("releasedOn")).toString(), u"2019-03-01"_s);
        QCOMPARE(recorded.value(QLatin1String("approvedBy")).toString(), u"张总"_s);
        QCOMPARE(recorded.value(QLatin1String("signed")).toBool(true), false);
        QCOMPARE(m_store.pragma(u"SELECT action || ' ' || object FROM events ORDER BY seq DESC LIMIT 1"_s), u"document.history_recorded "_s + kNumber);
        const Run text = controller(add(u"0/0"_s, u"2018-01-02"_s));
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(u"recorded, not signed here"_s), qPrintable(text.out));

        expectRefused(u"wangfang"_s, add(u"0/1"_s, u"2019-03-01"_s), 1, u"already has an earlier revision 0/1"_s);
        expectRefused(u"lisi"_s, add(u"0/2"_s, u"2019-03-01"_s), 3, u"document controllers only"_s);
        expectRefused(u"wangfang"_s, add(u"0/2"_s, u"2999-01-01"_s), 1, u"after today"_s);
        expectRefused(u"wangfang"_s, add(u"0/2"_s, u"2019-02-30"_s), 2, u"YYYY-MM-DD"_s);
        expectRefused(u"wangfang"_s, add(u" "_s, u"2019-03-01"_s), 1, u"label"_s);
        expectRefused(u"wangfang"_s, {u"doc"_s, u"history-add"_s, kNumber, u"--label"_s, u"0/2"_s, u"--date"_s, u"2019-03-01"_s, u"--summary"_s, u"s"_s}, 2,
                      u"--approved-by"_s);
        QCOMPARE(verify(), QString());
    }

    void verifyCatchesATitleChangedBehindItsBack()
    {
        QCOMPARE(verify(), QString());
        QCOMPARE(m_store.pragma(QStringLiteral("UPDATE documents SET title = '风险评估程序' WHERE number = 'ISMS-P-001'")), QString());
        const QString problem = verify();
        QVERIFY2(problem.contains(QStringLiteral("The title of ISMS-P-001 is \"风险评估程序\" in the store, but the audit trail records \"信息安全风险评估程序\"")),
                 qPrintable(problem));
        QCOMPARE(m_store.pragma(QStringLiteral("UPDATE documents SET title = '信息安全风险评估程序' WHERE number = 'ISMS-P-001'")), QString());
        QCOMPARE(verify(), QString());
    }

    void templatesAreShownSetAndReset()
    {
        const Run builtIn = controller({QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("procedure")});
        QCOMPARE(builtIn.exitCode, 0);
        QVERIFY(builtIn.out.contains(QStringLiteral("## 1 目的 Purpose\n")));
        QVERIFY(builtIn.out.contains(QStringLiteral("## 6 记录 Records\n")));

        const QString file = m_store.writeFile(QStringLiteral("procedure.md"), QStringLiteral("# {title}\n\n## 1 我们的章节 Ours\n"));
        const Run set = controller({QStringLiteral("template"), QStringLiteral("set"), QStringLiteral("procedure"), file});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const Run shown = m_store.as(QStringLiteral("chenjing"), {QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("procedure"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().value(QLatin1String("source")).toString(), QStringLiteral("store"));
        QCOMPARE(shown.json().value(QLatin1String("text")).toString(), QStringLiteral("# {title}\n\n## 1 我们的章节 Ours\n"));
        QCOMPARE(verify(), QString());

        const Run reset = controller({QStringLiteral("template"), QStringLiteral("reset"), QStringLiteral("procedure")});
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
        const Run again = controller({QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("procedure"), QStringLiteral("--json")});
        QCOMPARE(again.json().value(QLatin1String("source")).toString(), QStringLiteral("built-in"));
        QCOMPARE(verify(), QString());
    }
};

QTEST_GUILESS_MAIN(TestCliMetadata)
#include "tst_cli_metadata.moc"
