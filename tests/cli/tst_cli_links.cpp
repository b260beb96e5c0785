// `doc links`, `doc external`, `report external`, and what links do to `doc release`,
// `doc withdraw` and `review due`, through real processes: the listing both ways, refusals that
// change nothing, citing documents listed on release and withdrawal, withdrawal of a cited
// document only with --despite-citations, an overdue edition check in the due list, and verify.
#include "clistore.h"

#include <QJsonArray>
#include <QTest>

using dctest::CliStore;
using dctest::Run;
using namespace Qt::StringLiterals;

namespace {
const QString kCited = QStringLiteral("ISMS-P-101");
const QString kCiting = QStringLiteral("ISMS-P-102");
const QString kForm = QStringLiteral("ISMS-F-101");
const QString kExternal = QStringLiteral("ISMS-EXT-101");
} // namespace

class TestCliLinks final : public QObject {
    Q_OBJECT

private:
    CliStore m_store;

    Run controller(const QStringList &arguments) { return m_store.as(u"wangfang"_s, arguments); }

    void expectOk(const Run &r) { QVERIFY2(r.exitCode == 0, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err))); }

    QString state() const
    {
        return m_store.pragma(u"SELECT count(*) || ' ' || max(hash) FROM events"_s) + QLatin1Char('|')
               + m_store.pragma(u"SELECT group_concat(from_document || '>' || to_document || origin) FROM document_links"_s) + QLatin1Char('|')
               + m_store.pragma(u"SELECT group_concat(status) FROM revisions"_s);
    }

    void expectRefused(const QStringList &arguments, int exitCode, const QStringList &mentions)
    {
        const QString before = state();
        const Run r = controller(arguments);
        QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
        for (const QString &m : mentions)
            QVERIFY2(r.err.contains(m), qPrintable(r.err));
        QCOMPARE(state(), before);
    }

    void create(const QString &number, const QString &type, const QString &text)
    {
        const QString file = m_store.writeFile(number + u".md"_s, text);
        expectOk(controller({u"doc"_s, u"new"_s, u"--number"_s, number, u"--type"_s, type, u"--title"_s, u"文件 "_s + number, u"--owner"_s, u"lisi"_s,
                             u"--content"_s, file}));
    }

    // Submitted, reviewed, approved; the release is the caller's.
    void approve(const QString &number)
    {
        expectOk(controller({u"doc"_s, u"submit"_s, number}));
        expectOk(m_store.as(u"zhaoliu"_s, {u"doc"_s, u"sign"_s, number, u"--as"_s, u"reviewer"_s}));
        expectOk(m_store.as(u"sunba"_s, {u"doc"_s, u"sign"_s, number, u"--as"_s, u"approver"_s}));
    }

    static QStringList numbers(const QJsonValue &array)
    {
        QStringList found;
        for (const QJsonValue &v : array.toArray())
            found << v[QLatin1String("number")].toString();
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.create());
        create(kCited, u"procedure"_s, u"# 程序\n\n使用 ISMS-F-101 记录。\n"_s);
        approve(kCited);
        expectOk(controller({u"doc"_s, u"release"_s, kCited}));
        create(kCiting, u"procedure"_s, u"# 程序\n\n按 ISMS-P-101 执行。\n"_s);
        create(kForm, u"form"_s, u"# 表单\n"_s);
    }

    void listsBothWays()
    {
        const Run r = controller({u"doc"_s, u"links"_s, kCited, u"--json"_s});
        expectOk(r);
        QCOMPARE(numbers(r.json().value(QLatin1String("citedBy"))), QStringList{kCiting});
        // The form registered after the procedure's text named it is linked too.
        QCOMPARE(numbers(r.json().value(QLatin1String("cites"))), QStringList{kForm});
        const Run text = controller({u"doc"_s, u"links"_s, kCiting});
        expectOk(text);
        QVERIFY2(text.out.contains(kCiting + u" cites:"_s) && text.out.contains(kCited), qPrintable(text.out));
    }

    void addsAndRemovesByHand()
    {
        const Run added = controller({u"doc"_s, u"links"_s, kCiting, u"--add"_s, kForm, u"--json"_s});
        expectOk(added);
        QCOMPARE(numbers(added.json().value(QLatin1String("cites"))), (QStringList{kForm, kCited}));
        expectRefused({u"doc"_s, u"links"_s, kCiting, u"--add"_s, u"ISMS-X-404"_s}, 4, {u"ISMS-X-404"_s});
        expectRefused({u"doc"_s, u"links"_s, kCiting, u"--remove"_s, kCited}, 4, {kCited});
        const QString before = state();
        const Run reader = m_store.as(u"chenjing"_s, {u"doc"_s, u"links"_s, kCiting, u"--remove"_s, kForm});
        QCOMPARE(reader.exitCode, 3);
        QCOMPARE(state(), before);
        expectOk(controller({u"doc"_s, u"links"_s, kCiting, u"--remove"_s, kForm}));
    }

    void releaseListsCitingDocuments()
    {
        const QString file = m_store.writeFile(u"v2.md"_s, u"# 程序\n\n第二版。\n"_s);
        expectOk(controller({u"doc"_s, u"edit"_s, kCited, u"--content"_s, file, u"--summary"_s, u"修订"_s}));
        approve(kCited);
        const Run released = controller({u"doc"_s, u"release"_s, kCited, u"--json"_s});
        expectOk(released);
        QCOMPARE(numbers(released.json().value(QLatin1String("citedBy"))), QStringList{kCiting});
    }

    void withdrawNeedsDespiteCitations()
    {
        expectRefused({u"doc"_s, u"withdraw"_s, kCited, u"--reason"_s, u"合并"_s}, 1, {kCited, kCiting});
        const Run withdrawn = controller({u"doc"_s, u"withdraw"_s, kCited, u"--reason"_s, u"合并"_s, u"--despite-citations"_s});
        expectOk(withdrawn);
        QVERIFY2(withdrawn.out.contains(kCiting), qPrintable(withdrawn.out));
    }

    void externalRegisterAndDueCheck()
    {
        create(kExternal, u"external"_s, u"# GB/T 22080-2025\n"_s);
        const Run set = controller({u"doc"_s, u"external"_s, kExternal, u"--issuer"_s, u"国家标准化管理委员会"_s, u"--reference"_s, u"GB/T 22080-2025"_s,
                                    u"--edition"_s, u"2025"_s, u"--location"_s, u"标准资料柜"_s, u"--checked"_s, u"2025-01-10"_s, u"--next-check"_s,
                                    u"2025-07-10"_s, u"--json"_s});
        expectOk(set);
        QCOMPARE(set.json().value(QLatin1String("reference")).toString(), u"GB/T 22080-2025"_s);
        expectRefused({u"doc"_s, u"external"_s, kExternal, u"--next-check"_s, u"soon"_s}, 2, {u"--next-check"_s});
        expectRefused({u"doc"_s, u"external"_s, kCiting, u"--edition"_s, u"2"_s}, 1, {kCiting});

        const Run report = controller({u"report"_s, u"external"_s, u"--json"_s});
        expectOk(report);
        const QJsonArray entries = QJsonDocument::fromJson(report.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first()[QLatin1String("overdue")].toBool());
        const Run table = controller({u"report"_s, u"external"_s});
        QVERIFY2(table.out.contains(u"GB/T 22080-2025"_s) && table.out.contains(u"OVERDUE"_s), qPrintable(table.out));

        const Run due = controller({u"review"_s, u"due"_s, u"--json"_s});
        expectOk(due);
        const QJsonArray dueList = QJsonDocument::fromJson(due.out.toUtf8()).array();
        QCOMPARE(dueList.size(), 1);
        QCOMPARE(dueList.first()[QLatin1String("number")].toString(), kExternal);
        QCOMPARE(dueList.first()[QLatin1String("kind")].toString(), u"external-check"_s);
        QVERIFY(dueList.first()[QLatin1String("overdue")].toBool());
    }

    void verifyReplaysEverything()
    {
        const Run r = m_store.as(u"admin"_s, {u"verify"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLinks)
#include "tst_cli_links.moc"
