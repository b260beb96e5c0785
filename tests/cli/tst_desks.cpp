// Four desks on one PostgreSQL store for at least 60 seconds, through real doccontrol
// processes: an author desk (new, edit), a review desk (new, submit, sign, release), a printing
// desk issuing controlled copies and a reader desk (list, search) — and a fifth desk that stays
// open, as the app does, and follows the others live (LISTEN/NOTIFY). Proves: every command
// succeeds or is refused with a clear message; no acknowledged write is lost; the controlled
// copies are numbered 1…N with no number given twice; the audit chain did not fork (verify);
// the open desk heard of every acknowledged write (how long after, it prints: a figure, not an
// assertion, on a machine whose load the test does not control).
// PostgreSQL only (ctest: tst_desks_postgres); DOCCONTROL_PROOF_SECONDS makes the run longer.

#include "clistore.h"

#include "core/services/session.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <functional>

using dctest::Run;
using namespace Qt::StringLiterals;

namespace {

struct Step {
    QString user;
    QStringList arguments;
    QString announces; // the document an acknowledged step changed, which every desk must hear of
};

bool clearRefusal(const QString &err)
{
    // A writer waiting out the write lock's timeout, or a deadlock, is a failure, not a refusal.
    return err.startsWith(u"doccontrol: "_s) && !err.contains(u"Unknown error"_s) && !err.contains(u"deadlock"_s) && !err.contains(u"lock"_s);
}

} // namespace

class TestDesks final : public QObject {
    Q_OBJECT

private:
    dctest::CliStore m_store;

    void expectOk(const Run &r) { QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out)); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!dctest::cliOnPostgres())
            QSKIP("PostgreSQL only: the SQLite desks are tst_storeproof's");
        QVERIFY(m_store.create());
    }

    void fourDesksAndAWatcher()
    {
        bool ok = false;
        const int setting = qEnvironmentVariableIntValue("DOCCONTROL_PROOF_SECONDS", &ok);
        const int seconds = ok && setting > 0 ? setting : 60;
        // The document the printing desk issues controlled copies of.
        const QString body = m_store.writeFile(u"print.md"_s, dctest::procedureText(u"信息安全事件管理程序"_s, 20));
        expectOk(m_store.as(u"wangfang"_s, {u"doc"_s, u"new"_s, u"--number"_s, u"ISMS-P-900"_s, u"--type"_s, u"procedure"_s, u"--title"_s,
                                           u"信息安全事件管理程序"_s, u"--owner"_s, u"lisi"_s, u"--content"_s, body}));
        expectOk(m_store.as(u"wangfang"_s, {u"doc"_s, u"submit"_s, u"ISMS-P-900"_s}));
        expectOk(m_store.as(u"zhaoliu"_s, {u"doc"_s, u"sign"_s, u"ISMS-P-900"_s, u"--as"_s, u"reviewer"_s}));
        expectOk(m_store.as(u"sunba"_s, {u"doc"_s, u"sign"_s, u"ISMS-P-900"_s, u"--as"_s, u"approver"_s}));
        expectOk(m_store.as(u"wangfang"_s, {u"doc"_s, u"release"_s, u"ISMS-P-900"_s}));

        // The open desk: a Session that follows the others, noting when it heard of each document.
        auto opened = dc::Session::open(m_store.path());
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        std::unique_ptr<dc::Session> watcher = std::move(opened).value();
        QVERIFY(watcher->followOtherDesks());
        QElapsedTimer clock;
        clock.start();
        QHash<QString, QList<qint64>> heard;
        connect(watcher.get(), &dc::Session::documentChanged, this, [&](const QString &number) { heard[number] << clock.elapsed(); });

        struct Desk {
            QString name;
            std::function<Step(int)> next;
            int ok = 0, refused = 0;
            QList<std::tuple<QString, qint64, qint64>> acknowledged; // (document, started, finished)
            std::unique_ptr<QProcess> running;
            Step current;
            qint64 started = 0;
            int n = 0;
        };
        auto author = std::make_shared<Desk>();
        author->name = u"author desk (new, edit)"_s;
        author->next = [this](int n) -> Step {
            const dctest::DeskCommand c = dctest::authorDeskCommand(m_store, n);
            return {c.user, c.arguments, c.number};
        };
        auto signer = std::make_shared<Desk>();
        signer->name = u"review desk (new, submit, sign, release)"_s;
        signer->next = [](int n) -> Step {
            const dctest::DeskCommand c = dctest::reviewDeskCommand(n);
            return {c.user, c.arguments, c.number};
        };
        auto printer = std::make_shared<Desk>();
        printer->name = u"printing desk (controlled copies)"_s;
        printer->next = [this](int n) -> Step {
            return {u"wangfang"_s, {u"export"_s, u"pdf"_s, u"ISMS-P-900"_s, u"--controlled"_s, u"--holder"_s, u"IT 部"_s, u"-o"_s, m_store.file(u"copy-%1.pdf"_s.arg(n))},
                    u"ISMS-P-900"_s};
        };
        auto reader = std::make_shared<Desk>();
        reader->name = u"reader desk (list, search)"_s;
        reader->next = [](int n) -> Step {
            if (n % 2 == 0)
                return {u"chenjing"_s, {u"doc"_s, u"list"_s, u"--limit"_s, u"20"_s}, {}};
            return {u"chenjing"_s, {u"search"_s, n % 4 == 1 ? u"程序"_s : u"事件"_s}, {}};
        };
        const QList<std::shared_ptr<Desk>> desks{author, signer, printer, reader};

        QStringList failures;
        QEventLoop loop;
        int running = 0;
        std::function<void(std::shared_ptr<Desk>)> launch = [&](std::shared_ptr<Desk> desk) {
            if (clock.elapsed() >= seconds * 1000) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            desk->current = desk->next(desk->n++);
            desk->started = clock.elapsed();
            desk->running = m_store.start(desk->current.user, desk->current.arguments);
            QObject::connect(desk->running.get(), &QProcess::finished, &loop, [&, desk](int exitCode) {
                const QString err = QString::fromUtf8(desk->running->readAllStandardError());
                if (exitCode == 0) {
                    ++desk->ok;
                    if (!desk->current.announces.isEmpty())
                        desk->acknowledged << std::tuple{desk->current.announces, desk->started, clock.elapsed()};
                } else {
                    ++desk->refused;
                    // A step after a refused one may be refused too (a sign of what was never submitted).
                    if (desk.get() == reader.get() || !clearRefusal(err))
                        failures << desk->current.arguments.mid(0, 3).join(u' ') + u": "_s + err.trimmed();
                }
                QTimer::singleShot(0, &loop, [&, desk] { launch(desk); });
            });
        };
        for (const auto &desk : desks) {
            ++running;
            launch(desk);
        }
        loop.exec();
        const qint64 elapsed = clock.elapsed();
        QTest::qWait(2000); // the last notifications

        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        const Run verified = m_store.as(u"admin"_s, {u"verify"_s});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err + verified.out));

        // No lost update: what was acknowledged is there.
        for (const auto &[number, started, finished] : std::as_const(signer->acknowledged)) {
            Q_UNUSED(started)
            Q_UNUSED(finished)
            expectOk(m_store.as(u"wangfang"_s, {u"doc"_s, u"show"_s, number}));
        }
        QVERIFY(signer->ok >= 5);
        const QStringList copies = m_store.pragma(u"SELECT c.copy_number FROM controlled_copies c JOIN revisions r ON r.id = c.revision_id"
                                                  u" JOIN documents d ON d.id = r.document_id WHERE d.number = 'ISMS-P-900' ORDER BY 1"_s)
                                       .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(copies.size(), printer->ok);
        for (qsizetype i = 0; i < copies.size(); ++i)
            QCOMPARE(copies.at(i).toInt(), int(i + 1));

        // The open desk heard of every acknowledged write, between its start and soon after it ended.
        qint64 worstLag = 0;
        int writes = 0;
        for (const auto &desk : desks) {
            for (const auto &[number, started, finished] : std::as_const(desk->acknowledged)) {
                ++writes;
                const QList<qint64> times = heard.value(number);
                const auto it = std::find_if(times.cbegin(), times.cend(), [started = started](qint64 t) { return t >= started; });
                QVERIFY2(it != times.cend(), qPrintable(u"the open desk never heard of %1 (acknowledged at %2 ms)"_s.arg(number).arg(finished)));
                worstLag = std::max(worstLag, *it - finished);
            }
        }

        QString figures;
        int commands = 0;
        for (const auto &desk : desks) {
            figures += u"\n  %1: %2 succeeded, %3 refused with a clear message"_s.arg(desk->name).arg(desk->ok).arg(desk->refused);
            commands += desk->ok + desk->refused;
        }
        qInfo("four desks on PostgreSQL for %lld s, %d commands, %d controlled copies; the open desk heard of all %d writes,"
              " at worst %lld ms after the command ended:%s",
              elapsed / 1000, commands, printer->ok, writes, worstLag, qPrintable(figures));
        QVERIFY(reader->ok > 0);
    }
};

QTEST_GUILESS_MAIN(TestDesks)
#include "tst_desks.moc"
