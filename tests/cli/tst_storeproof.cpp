// Proof that the store holds under the ways an organisation uses it, through real processes:
//  - crash loop: workflow commands (new, edit, submit, sign, release, controlled export,
//    import, backup) killed with SIGKILL at random moments, at least 200 times: no
//    acknowledged commit lost, integrity "ok", verify passes, no partial file at any target;
//  - concurrency: four desks for at least 60 seconds (new, edit, sign, export, list, search)
//    with a long export among them: every command succeeds or fails with a clear message; no
//    reader ever sees "database is locked"; no acknowledged write lost.
// The figures (kills, commands, durations) are printed for the README's reliability section.
// DOCCONTROL_PROOF_KILLS and DOCCONTROL_PROOF_SECONDS raise the counts for a longer run.

#include "clistore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <functional>

using dctest::Run;
using namespace Qt::StringLiterals;

namespace {

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// A refusal the tests accept: a clear message, never damage or a lock a reader waited on.
bool clearRefusal(const QString &err)
{
    return err.startsWith(u"doccontrol: "_s) && !err.contains(u"damaged"_s) && !err.contains(u"malformed"_s)
           && !err.contains(u"Unknown error"_s);
}

// True when the file is a complete PDF or zip (what a target may hold after a kill).
bool complete(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    if (path.endsWith(u".pdf"_s))
        return bytes.startsWith("%PDF-") && bytes.right(32).contains("%%EOF");
    return bytes.startsWith("PK\x03\x04") && bytes.contains("PK\x05\x06");
}

struct Step {
    QString user;
    QStringList arguments;
    QString target; // a file the step writes, checked after a kill
};

} // namespace

class TestStoreProof final : public QObject {
    Q_OBJECT

private:
    dctest::CliStore m_store;

    void expectOk(const Run &r) { QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out)); }

    // The steps one document goes through, in order.
    QList<Step> lifecycle(const QString &number, int cycle)
    {
        const QString v0 = m_store.writeFile(u"c%1-v0.md"_s.arg(cycle), dctest::procedureText(u"运维程序 %1"_s.arg(cycle), 6));
        const QString v1 = m_store.writeFile(u"c%1-v1.md"_s.arg(cycle), dctest::procedureText(u"运维程序 %1（修订）"_s.arg(cycle), 7));
        const QString imported = m_store.writeFile(u"c%1-import.md"_s.arg(cycle), u"# 导入的作业指导书 %1\n\n| 步骤 | 说明 |\n|---|---|\n| 1 | 检查 |\n"_s.arg(cycle));
        const QString pdf = m_store.file(u"c%1-copy.pdf"_s.arg(cycle));
        const QString backup = m_store.file(u"c%1-backup.zip"_s.arg(cycle));
        return {
            {u"wangfang"_s, {u"doc"_s, u"new"_s, u"--number"_s, number, u"--type"_s, u"procedure"_s, u"--title"_s, u"运维程序 %1"_s.arg(cycle), u"--owner"_s, u"lisi"_s, u"--content"_s, v0}, {}},
            {u"lisi"_s, {u"doc"_s, u"edit"_s, number, u"--content"_s, v1, u"--summary"_s, u"补充步骤"_s}, {}},
            {u"wangfang"_s, {u"doc"_s, u"submit"_s, number}, {}},
            {u"zhaoliu"_s, {u"doc"_s, u"sign"_s, number, u"--as"_s, u"reviewer"_s, u"--comment"_s, u"同意"_s}, {}},
            {u"sunba"_s, {u"doc"_s, u"sign"_s, number, u"--as"_s, u"approver"_s}, {}},
            {u"wangfang"_s, {u"doc"_s, u"release"_s, number}, {}},
            {u"wangfang"_s, {u"export"_s, u"pdf"_s, number, u"--controlled"_s, u"--holder"_s, u"IT 部"_s, u"-o"_s, pdf}, pdf},
            {u"wangfang"_s, {u"import"_s, imported, u"--type"_s, u"work_instruction"_s, u"--title"_s, u"导入的作业指导书 %1"_s.arg(cycle)}, {}},
            {u"admin"_s, {u"backup"_s, backup}, backup},
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_store.create());
    }

    void crashLoop()
    {
        const int wantedKills = setting("DOCCONTROL_PROOF_KILLS", 200);
        QRandomGenerator random(20261202);
        QHash<QString, qint64> typicalMs; // per command, from its completed runs
        int kills = 0, killedAfterCommit = 0, cycles = 0;
        QStringList acknowledged; // documents whose release exited 0
        QStringList targets;
        QElapsedTimer total;
        total.start();
        while (kills < wantedKills) {
            const QString number = u"ISMS-P-%1"_s.arg(100 + cycles, 3, 10, QLatin1Char('0'));
            const QList<Step> steps = lifecycle(number, cycles++);
            for (const Step &step : steps) {
                const QString command = step.arguments.mid(0, 2).join(u' ');
                // First the step killed at a random moment within its usual duration …
                const qint64 usual = typicalMs.value(command, 400);
                auto process = m_store.start(step.user, step.arguments);
                QVERIFY(process->waitForStarted());
                const int delay = int(random.bounded(quint32(usual + 50)));
                process->waitForFinished(delay);
                if (process->state() == QProcess::Running) {
                    ::kill(pid_t(process->processId()), SIGKILL);
                    process->waitForFinished();
                    ++kills;
                } else if (process->exitCode() == 0) {
                    ++killedAfterCommit; // finished before the kill came: acknowledged
                }
                if (!step.target.isEmpty() && QFileInfo::exists(step.target))
                    QVERIFY2(complete(step.target), qPrintable(u"a partial file at the target "_s + step.target));
                // … then to completion: either it does what was asked, or the killed run had
                // already committed and it says so clearly.
                QElapsedTimer timer;
                timer.start();
                const Run done = m_store.as(step.user, step.arguments);
                if (done.exitCode == 0)
                    typicalMs[command] = (typicalMs.value(command, timer.elapsed()) + timer.elapsed()) / 2;
                else
                    QVERIFY2(clearRefusal(done.err), qPrintable(command + u": "_s + done.err));
                if (!step.target.isEmpty()) {
                    targets << step.target;
                    QVERIFY2(complete(step.target), qPrintable(step.target + u" is not complete after a finished run"_s));
                }
            }
            const Run shown = m_store.as(u"wangfang"_s, {u"doc"_s, u"show"_s, number, u"--json"_s});
            expectOk(shown);
            acknowledged << number;
            if (cycles % 8 == 0)
                QCOMPARE(m_store.integrity(), u"ok"_s);
        }
        QCOMPARE(m_store.integrity(), u"ok"_s);
        const Run verified = m_store.as(u"admin"_s, {u"verify"_s});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err + verified.out));
        for (const QString &number : std::as_const(acknowledged)) {
            const Run shown = m_store.as(u"wangfang"_s, {u"doc"_s, u"show"_s, number, u"--json"_s});
            expectOk(shown);
            QVERIFY2(shown.out.contains(u"effective"_s), qPrintable(number + u" lost its release: "_s + shown.out.left(300)));
        }
        for (const QString &target : std::as_const(targets))
            QVERIFY2(complete(target), qPrintable(target));
        qInfo("crash loop: %d kills with SIGKILL over %d document lifecycles (%d steps finished before their kill), %lld s; "
              "integrity ok, verify passed, no partial file at any target",
              kills, cycles, killedAfterCommit, total.elapsed() / 1000);
    }

    void fourDesksAtOnce()
    {
        const int seconds = setting("DOCCONTROL_PROOF_SECONDS", 60);
        // The long export: a document of about 1 MB that a printing desk exports again and again.
        const QString big = m_store.writeFile(u"long.md"_s, dctest::procedureText(u"业务连续性管理程序"_s, 1000));
        expectOk(m_store.as(u"wangfang"_s, {u"doc"_s, u"new"_s, u"--number"_s, u"ISMS-P-900"_s, u"--type"_s, u"procedure"_s, u"--title"_s,
                                           u"业务连续性管理程序"_s, u"--owner"_s, u"lisi"_s, u"--content"_s, big}));

        struct Desk {
            QString name;
            std::function<Step(int)> next;
            int ok = 0, refused = 0;
            QStringList acknowledged; // document numbers written and acknowledged
            std::unique_ptr<QProcess> running;
            Step current;
            int n = 0;
        };
        QList<std::shared_ptr<Desk>> desks;
        auto author = std::make_shared<Desk>();
        author->name = u"author desk (new, edit)"_s;
        author->next = [this](int n) -> Step {
            const dctest::DeskCommand c = dctest::authorDeskCommand(m_store, n);
            return {c.user, c.arguments, c.number};
        };
        auto signer = std::make_shared<Desk>();
        signer->name = u"review desk (submit, sign, release)"_s;
        signer->next = [](int n) -> Step {
            const dctest::DeskCommand c = dctest::reviewDeskCommand(n);
            return {c.user, c.arguments, n % 5 == 4 ? c.number : QString()}; // acknowledged: effective
        };
        auto printer = std::make_shared<Desk>();
        printer->name = u"printing desk (long export)"_s;
        printer->next = [this](int n) -> Step {
            return {u"wangfang"_s, {u"export"_s, u"pdf"_s, u"ISMS-P-900"_s, u"-o"_s, m_store.file(u"long-%1.pdf"_s.arg(n % 3))}, {}};
        };
        auto reader = std::make_shared<Desk>();
        reader->name = u"reader desk (list, search)"_s;
        reader->next = [](int n) -> Step {
            if (n % 2 == 0)
                return {u"chenjing"_s, {u"doc"_s, u"list"_s, u"--limit"_s, u"20"_s}, {}};
            return {u"chenjing"_s, {u"search"_s, n % 4 == 1 ? u"程序"_s : u"审核"_s}, {}};
        };
        desks << author << signer << printer << reader;

        QStringList readerFailures, writerFailures;
        QElapsedTimer clock;
        clock.start();
        QEventLoop loop;
        int running = 0;
        std::function<void(std::shared_ptr<Desk>)> launch = [&](std::shared_ptr<Desk> desk) {
            if (clock.elapsed() >= seconds * 1000) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            desk->current = desk->next(desk->n++);
            desk->running = m_store.start(desk->current.user, desk->current.arguments);
            QObject::connect(desk->running.get(), &QProcess::finished, &loop, [&, desk](int exitCode) {
                const QString err = QString::fromUtf8(desk->running->readAllStandardError());
                const QString what = desk->current.arguments.mid(0, 3).join(u' ');
                if (exitCode == 0) {
                    ++desk->ok;
                    if (!desk->current.target.isEmpty())
                        desk->acknowledged << desk->current.target;
                } else {
                    ++desk->refused;
                    if (desk.get() == reader.get() || err.contains(u"locked"_s) || !clearRefusal(err))
                        (desk.get() == reader.get() ? readerFailures : writerFailures) << what + u": "_s + err.trimmed();
                }
                QTimer::singleShot(0, &loop, [&, desk] { launch(desk); });
            });
        };
        for (const auto &desk : std::as_const(desks)) {
            ++running;
            launch(desk);
        }
        loop.exec();
        const qint64 elapsed = clock.elapsed();

        QVERIFY2(readerFailures.isEmpty(), qPrintable(readerFailures.join(u'\n')));
        QVERIFY2(writerFailures.isEmpty(), qPrintable(writerFailures.join(u'\n')));
        QCOMPARE(m_store.integrity(), u"ok"_s);
        const Run verified = m_store.as(u"admin"_s, {u"verify"_s});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err + verified.out));
        // No lost update: every acknowledged new document is there, every acknowledged release
        // is effective, and the last acknowledged edit of each document is its content.
        for (const QString &number : std::as_const(signer->acknowledged)) {
            const Run shown = m_store.as(u"wangfang"_s, {u"doc"_s, u"show"_s, number, u"--json"_s});
            expectOk(shown);
            QVERIFY2(shown.out.contains(u"effective"_s), qPrintable(number));
        }
        for (const QString &number : std::as_const(author->acknowledged))
            expectOk(m_store.as(u"wangfang"_s, {u"doc"_s, u"show"_s, number}));
        QString figures;
        int commands = 0;
        for (const auto &desk : std::as_const(desks)) {
            figures += u"\n  %1: %2 succeeded, %3 refused with a clear message"_s.arg(desk->name).arg(desk->ok).arg(desk->refused);
            commands += desk->ok + desk->refused;
        }
        qInfo("four desks for %lld s, %d commands:%s", elapsed / 1000, commands, qPrintable(figures));
        QVERIFY(printer->ok > 0);
        QVERIFY(reader->ok > 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreProof)
#include "tst_storeproof.moc"
