// `report master-list` (CSV and PDF, filters like doc list) and `doc withdraw` with the
// password, through real processes: output files, exit statuses, refusals that change
// nothing, and verify after a signed withdrawal.
#include "clistore.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using dctest::CliStore;
using dctest::Run;
using namespace Qt::StringLiterals;

class TestCliReports final : public QObject {
    Q_OBJECT

private:
    CliStore m_store;

    Run controller(const QStringList &arguments) { return m_store.as(u"wangfang"_s, arguments); }

    QString state() const
    {
        return m_store.pragma(u"SELECT count(*) || ' ' || max(hash) FROM events"_s) + u'|'
               + m_store.pragma(u"SELECT group_concat(status) FROM (SELECT status FROM revisions ORDER BY id)"_s) + u'|'
               + m_store.pragma(u"SELECT count(*) FROM signatures"_s);
    }

    QString newDocument(const QString &type, const QString &title, const QString &department)
    {
        const Run made = controller({u"doc"_s, u"new"_s, u"--type"_s, type, u"--title"_s, title, u"--owner"_s, u"lisi"_s, u"--department"_s, department, u"--json"_s});
        if (made.exitCode != 0)
            qWarning("doc new failed: %s", qPrintable(made.err));
        return made.json().value(u"number").toString();
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.create());
        QVERIFY(!newDocument(u"procedure"_s, u"信息安全事件管理程序"_s, u"IT 部, 运维组"_s).isEmpty());
        QVERIFY(!newDocument(u"policy"_s, u"=信息安全方针"_s, u"管理层"_s).isEmpty());
    }

    void masterListCsv()
    {
        const QString before = state();
        const QString path = m_store.file(u"master.csv"_s);
        const Run r = controller({u"report"_s, u"master-list"_s, u"--format"_s, u"csv"_s, u"--out"_s, path, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"documents").toInt(), 2);
        QCOMPARE(r.json().value(u"format").toString(), u"csv"_s);
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY2(text.contains(u"\"IT 部, 运维组\""_s), qPrintable(text));
        QVERIFY2(text.contains(u",'=信息安全方针,"_s), qPrintable(text));
        QCOMPARE(text.count(u"\r\n"_s), 3);
        QCOMPARE(state(), before);

        // Filtered like doc list.
        const Run policies = controller({u"report"_s, u"master-list"_s, u"--format"_s, u"csv"_s, u"--type"_s, u"policy"_s, u"--out"_s, path});
        QVERIFY2(policies.exitCode == 0, qPrintable(policies.err));
        const QString only = QString::fromUtf8(readAll(path).mid(3));
        QCOMPARE(only.count(u"\r\n"_s), 2);
        QVERIFY(only.contains(u"信息安全方针"_s));
        QVERIFY(!only.contains(u"事件管理"_s));
    }

    void masterListPdf()
    {
        const QString path = m_store.file(u"master.pdf"_s);
        const Run r = m_store.as(u"chenjing"_s, {u"report"_s, u"master-list"_s, u"--out"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(path), qPrintable(r.out));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/MediaBox [0 0 842.000000 595.000000]"));
    }

    void masterListRefusals()
    {
        const QString path = m_store.file(u"never.csv"_s);
        const Run noOut = controller({u"report"_s, u"master-list"_s, u"--format"_s, u"csv"_s});
        QVERIFY(noOut.exitCode != 0);
        QVERIFY2(noOut.err.contains(u"--out"_s), qPrintable(noOut.err));
        const Run badFormat = controller({u"report"_s, u"master-list"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, path});
        QVERIFY(badFormat.exitCode != 0);
        QVERIFY2(badFormat.err.contains(u"xlsx"_s), qPrintable(badFormat.err));
        const Run badType = controller({u"report"_s, u"master-list"_s, u"--type"_s, u"memo"_s, u"--out"_s, path});
        QVERIFY(badType.exitCode != 0);
        QVERIFY2(badType.err.contains(u"memo"_s), qPrintable(badType.err));
        QVERIFY(!QFile::exists(path));
    }

    void withdrawNeedsThePassword()
    {
        const QString number = newDocument(u"procedure"_s, u"远程办公程序"_s, u"IT 部"_s);
        QVERIFY(!number.isEmpty());
        const QStringList withdraw{u"--store"_s, m_store.path(), u"doc"_s, u"withdraw"_s, number, u"--reason"_s, u"远程办公已取消"_s, u"--json"_s};
        const QString before = state();
        // A wrong password (in the environment, as every signing command reads it): refused, nothing changed.
        const Run wrong = dctest::runDoccontrol(m_store.home(), withdraw, QString(), {u"DOCCONTROL_USER=wangfang"_s, u"DOCCONTROL_PASSWORD=not-it"_s});
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains(u"password"_s), qPrintable(wrong.err));
        QCOMPARE(state(), before);
        // Not a controller: refused.
        const Run author = m_store.as(u"lisi"_s, withdraw.mid(2));
        QVERIFY(author.exitCode != 0);
        QVERIFY2(author.err.contains(u"lisi"_s), qPrintable(author.err));
        QCOMPARE(state(), before);
        // The password on standard input, like doc release.
        const Run done = dctest::runDoccontrol(m_store.home(), withdraw, u"wangfang-pw\n"_s, {u"DOCCONTROL_USER=wangfang"_s});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        const QJsonObject signature = done.json().value(u"signature").toObject();
        QCOMPARE(signature.value(u"meaning").toString(), u"withdrawn"_s);
        QCOMPARE(signature.value(u"revision").toString(), u"A/0"_s);
        QCOMPARE(done.json().value(u"toRecall").toArray().size(), 0);
        QCOMPARE(m_store.pragma(u"SELECT count(*) FROM signatures WHERE meaning = 'withdrawn'"_s), u"1"_s);
        const Run verified = m_store.as(u"admin"_s, {u"verify"_s});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err + verified.out));
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
