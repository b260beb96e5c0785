// The Statement of Applicability through real processes: `doc new --type soa --standard` makes the
// table of 93 controls, `soa check` and `doc submit` refuse it while controls are undecided
// (nothing changes), `doc edit` and `soa set` decide them, `soa refresh` fills the implementing
// documents, it is reviewed, approved, released and exported, and `doc diff` of the next revision
// names the controls that changed.
#include "clistore.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using dctest::CliStore;
using dctest::Run;
using namespace Qt::StringLiterals;

class TestCliSoa final : public QObject {
    Q_OBJECT

private:
    CliStore m_store;

    Run controller(const QStringList &arguments) { return m_store.as(u"wangfang"_s, arguments); }
    QString events() const { return m_store.pragma(u"SELECT count(*) || ' ' || max(hash) FROM events"_s); }

    bool run(const QString &user, const QStringList &arguments)
    {
        const Run r = m_store.as(user, arguments);
        if (r.exitCode != 0)
            qWarning("%s failed: %s", qPrintable(arguments.join(u' ')), qPrintable(r.err));
        return r.exitCode == 0;
    }

    QString content(const QString &number, const QString &label = {})
    {
        QStringList arguments{u"doc"_s, u"show"_s, number, u"--json"_s};
        if (!label.isEmpty())
            arguments << u"--revision"_s << label;
        return controller(arguments).json().value(u"shown").toObject().value(u"content").toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.create());
        QVERIFY(run(u"wangfang"_s, {u"route"_s, u"set"_s, u"soa"_s, u"--reviewers"_s, u"zhaoliu"_s, u"--approver"_s, u"sunba"_s}));
    }

    void lifecycle()
    {
        // An effective procedure mapped to A.5.37.
        const Run procedure = controller({u"doc"_s, u"new"_s, u"--type"_s, u"procedure"_s, u"--title"_s, u"运维操作程序"_s, u"--owner"_s, u"lisi"_s,
                                          u"--clause"_s, u"27001:2022 A.5.37"_s, u"--json"_s});
        QCOMPARE(procedure.exitCode, 0);
        const QString p = procedure.json().value(u"number").toString();
        QVERIFY(run(u"wangfang"_s, {u"doc"_s, u"submit"_s, p}));
        QVERIFY(run(u"zhaoliu"_s, {u"doc"_s, u"sign"_s, p, u"--as"_s, u"reviewer"_s}));
        QVERIFY(run(u"sunba"_s, {u"doc"_s, u"sign"_s, p, u"--as"_s, u"approver"_s}));
        QVERIFY(run(u"wangfang"_s, {u"doc"_s, u"release"_s, p}));

        // --standard belongs to an SoA.
        QCOMPARE(controller({u"doc"_s, u"new"_s, u"--type"_s, u"policy"_s, u"--title"_s, u"方针"_s, u"--owner"_s, u"lisi"_s, u"--standard"_s, u"27001:2022"_s}).exitCode, 2);

        const Run made = controller({u"doc"_s, u"new"_s, u"--type"_s, u"soa"_s, u"--standard"_s, u"27001:2022"_s, u"--title"_s, u"适用性声明"_s,
                                     u"--title-en"_s, u"Statement of Applicability"_s, u"--owner"_s, u"wangfang"_s, u"--json"_s});
        QCOMPARE(made.exitCode, 0);
        const QString n = made.json().value(u"number").toString();
        QCOMPARE(n, u"ISMS-SOA-001"_s);

        const Run check = controller({u"soa"_s, u"check"_s, n, u"--json"_s});
        QCOMPARE(check.exitCode, 1);
        QCOMPARE(check.json().value(u"controls").toInt(), 93);
        QCOMPARE(check.json().value(u"undecided").toInt(), 93);
        QVERIFY(check.json().value(u"problem").toString().contains(u"A.5.1"_s));

        // Submitting the undecided table is refused and changes nothing.
        const QString before = events();
        const Run refused = controller({u"doc"_s, u"submit"_s, n});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(u"A.5.1"_s), qPrintable(refused.err));
        QCOMPARE(events(), before);

        // Every control applicable for risk, implemented: the table edited as Markdown.
        QString text = content(n);
        static const QRegularExpression undecided(u"^\\| (A\\.\\d+\\.\\d+) \\| ([^|]*) \\|  \\|  \\|  \\|  \\|  \\|  \\|$"_s, QRegularExpression::MultilineOption);
        text.replace(undecided, u"| \\1 | \\2 | 是 | risk | | implemented | 信息安全部 | |"_s);
        QVERIFY(run(u"wangfang"_s, {u"doc"_s, u"edit"_s, n, u"--content"_s, m_store.writeFile(u"soa.md"_s, text), u"--summary"_s, u"逐项确定"_s}));
        QVERIFY(run(u"wangfang"_s, {u"soa"_s, u"set"_s, n, u"A.7.5"_s, u"--applicable"_s, u"no"_s, u"--justification"_s, u"无自有机房"_s,
                                    u"--summary"_s, u"A.7.5 排除"_s}));
        // A value outside the set is a usage error.
        QCOMPARE(controller({u"soa"_s, u"set"_s, n, u"A.5.1"_s, u"--status"_s, u"done"_s, u"--summary"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(controller({u"soa"_s, u"check"_s, n}).exitCode, 0);

        const Run refreshed = controller({u"soa"_s, u"refresh"_s, n, u"--summary"_s, u"实施文件"_s, u"--json"_s});
        QCOMPARE(refreshed.exitCode, 0);
        QCOMPARE(refreshed.json().value(u"changed").toArray(), QJsonArray{u"A.5.37"_s});

        QVERIFY(run(u"wangfang"_s, {u"doc"_s, u"submit"_s, n}));
        QVERIFY(run(u"zhaoliu"_s, {u"doc"_s, u"sign"_s, n, u"--as"_s, u"reviewer"_s}));
        QVERIFY(run(u"sunba"_s, {u"doc"_s, u"sign"_s, n, u"--as"_s, u"approver"_s}));
        QVERIFY(run(u"wangfang"_s, {u"doc"_s, u"release"_s, n}));
        const QString pdf = m_store.file(u"soa.pdf"_s);
        QVERIFY(run(u"wangfang"_s, {u"export"_s, u"pdf"_s, n, u"-o"_s, pdf}));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("/MediaBox [0 0 842.000000 595.000000]"));

        // The next revision; its diff names the control.
        QVERIFY(run(u"wangfang"_s, {u"soa"_s, u"set"_s, n, u"A.8.23"_s, u"--status"_s, u"partial"_s, u"--summary"_s, u"A.8.23 部分实施"_s}));
        const Run diff = controller({u"doc"_s, u"diff"_s, n, u"A/0"_s, u"A/1"_s, u"--json"_s});
        QCOMPARE(diff.exitCode, 0);
        QCOMPARE(diff.json().value(u"controls").toArray(),
                 QJsonArray{u"A.8.23 实施状态 Status: 已实施 Implemented → 部分实施 Partially implemented"_s});
        const Run plain = controller({u"doc"_s, u"diff"_s, n, u"A/0"_s, u"A/1"_s});
        QVERIFY2(plain.out.contains(u"A.8.23 实施状态 Status"_s), qPrintable(plain.out));

        QVERIFY(run(u"admin"_s, {u"verify"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCliSoa)
#include "tst_cli_soa.moc"
