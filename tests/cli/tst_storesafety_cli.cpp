// The store's safety through real processes, the way people use it: the desktop session flow
// (open, sign out, sign in again) with commands run beside it; the desktop app ended by a signal; a long export with readers and
// writers beside it; exports, backups and bundles aimed at the store through another path or at
// a fifo; a backup killed halfway. Each was a defect that damaged the store, blocked a desk,
// replaced a file or left a copy of the store behind.

#include "clistore.h"
#include "core/services/documentservice.h"
#include "core/services/userservice.h"
#include "core/services/workflowservice.h"
#include "core/store/database.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/stat.h>

using dctest::Run;
using namespace Qt::StringLiterals;

namespace {

// The files this process has open whose name ends with `suffix`, and whether they were deleted
// underneath (the kernel adds " (deleted)" to the link).
QStringList openFiles(const QString &suffix)
{
    QStringList found;
    QDirIterator it(u"/proc/self/fd"_s, QDir::System | QDir::Files | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString target = QFileInfo(it.next()).symLinkTarget();
        if (target.contains(suffix))
            found << target;
    }
    return found;
}

// Whether the process runs (a zombie that has ended but not been reaped does not count).
bool alive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName > 0 && line.size() > afterName + 2 && line.at(afterName + 2) != 'Z';
}

QStringList hiddenLeftovers(const QString &folder)
{
    return QDir(folder).entryList({u"*.dcpart*"_s}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestStoreSafetyCli final : public QObject {
    Q_OBJECT

private:
    dctest::CliStore m_store;

    void expectOk(const Run &r) { QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_store.create());
    }

    // The desktop signs out and in again (a second connection opens while the first exists),
    // then a command line runs on the same store. The desktop's WAL must stay in place, and
    // every write of either side must reach the other while both run.
    void desktopSignsOutAndIn_withCommandsBeside()
    {
        auto desktop = dc::Database::open(m_store.path());
        QVERIFY2(desktop, qPrintable(desktop.message()));
        auto user = dc::UserService(*desktop.value()).authenticate(u"wangfang"_s, u"wangfang-pw"_s);
        QVERIFY2(user, qPrintable(user.message()));
        {
            auto again = dc::Database::open(m_store.path()); // File → Sign out; sign in
            QVERIFY2(again, qPrintable(again.message()));
            desktop = std::move(again);
        }
        QStringList written;
        for (int round = 0; round < 6; ++round) {
            expectOk(m_store.as(u"chenjing"_s, {u"doc"_s, u"list"_s, u"--limit"_s, u"1"_s}));
            for (const QString &file : openFiles(u".dcstore-wal"_s))
                QVERIFY2(!file.endsWith(u"(deleted)"_s), qPrintable(u"the desktop's WAL was deleted underneath it: "_s + file));

            dc::NewDocument d;
            d.title = u"桌面文件 %1"_s.arg(round);
            d.owner = u"lisi"_s;
            d.content = u"# 桌面\n\n第 %1 轮。\n"_s.arg(round);
            auto created = dc::DocumentService(*desktop.value()).create(user.value(), d);
            QVERIFY2(created, qPrintable(created.message()));
            written << created->number;
            // The command line sees the desktop's write at once …
            const Run shown = m_store.as(u"wangfang"_s, {u"doc"_s, u"show"_s, created->number, u"--json"_s});
            QVERIFY2(shown.exitCode == 0, qPrintable(u"the command line does not see the desktop's write: "_s + shown.err));

            const QString content = m_store.writeFile(u"cli-%1.md"_s.arg(round), u"# 命令行\n\n第 %1 轮。\n"_s.arg(round));
            const Run made = m_store.as(u"wangfang"_s, {u"doc"_s, u"new"_s, u"--type"_s, u"procedure"_s, u"--title"_s, u"命令行文件 %1"_s.arg(round),
                                                      u"--owner"_s, u"lisi"_s, u"--content"_s, content, u"--json"_s});
            expectOk(made);
            const QString number = made.json().value(QLatin1String("number")).toString();
            QVERIFY(!number.isEmpty());
            written << number;
            // … and the desktop sees the command line's.
            auto seen = dc::DocumentService(*desktop.value()).show(user.value(), number);
            QVERIFY2(seen, qPrintable(u"the desktop does not see the command line's write: "_s + seen.message()));
        }
        desktop = dc::Error{dc::ErrorCode::Io, {}}; // quit the app
        QCOMPARE(m_store.integrity(), u"ok"_s);
        const Run verified = m_store.as(u"admin"_s, {u"verify"_s});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err + verified.out));
        const Run listed = m_store.as(u"wangfang"_s, {u"doc"_s, u"list"_s, u"--limit"_s, u"500"_s, u"--json"_s});
        expectOk(listed);
        const QStringList all = dctest::listedNumbers(listed);
        for (const QString &number : std::as_const(written))
            QVERIFY2(all.contains(number), qPrintable(number + u" is missing"_s));
    }

    // The desktop app told to end by a signal (a logout, `kill`) closes its store as on File ▸
    // Quit: its open marker goes, so the next start has no crash to check for. A kill -9
    // leaves the marker, which is how the next start knows.
    void desktopEndsCleanlyOnSigterm()
    {
        const auto markers = [this] {
            QStringList found;
            QDirIterator it(m_store.home() + u"/data"_s, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (file.contains(u"/open-stores/"_s))
                    found << file;
            }
            return found;
        };
        const auto startDesktop = [this] {
            qputenv("QT_LOGGING_RULES", "doccontrol.ui.info=true"); // the child says when its window is ready
            auto desktop = m_store.start(u"wangfang"_s, {});
            qunsetenv("QT_LOGGING_RULES");
            desktop->setReadChannel(QProcess::StandardError);
            QByteArray log;
            while (!log.contains("window ready") && desktop->waitForReadyRead(30000))
                log += desktop->readAllStandardError();
            return std::pair{std::move(desktop), log};
        };
        for (const int signal : {SIGTERM, SIGINT, SIGHUP}) {
            auto [desktop, log] = startDesktop();
            QVERIFY2(log.contains("window ready"), log.constData());
            QCOMPARE(markers().size(), 1);
            QCOMPARE(::kill(pid_t(desktop->processId()), signal), 0);
            QVERIFY(desktop->waitForFinished(10000));
            QCOMPARE(desktop->exitStatus(), QProcess::NormalExit);
            QCOMPARE(desktop->exitCode(), 0);
            QVERIFY2(markers().isEmpty(), qPrintable(markers().join(u", "_s)));
        }
        auto [killed, log] = startDesktop();
        QVERIFY2(log.contains("window ready"), log.constData());
        killed->kill();
        QVERIFY(killed->waitForFinished(10000));
        QCOMPARE(markers().size(), 1);
        expectOk(m_store.as(u"chenjing"_s, {u"doc"_s, u"list"_s, u"--limit"_s, u"1"_s})); // checks the file whole, forgets the marker
        QVERIFY2(markers().isEmpty(), qPrintable(markers().join(u", "_s)));
    }

    // While a large document exports (seconds of rendering), a reader lists the register and
    // another user registers a document: both finish while the export still runs.
    void longExport_blocksNobody()
    {
        const QString big = m_store.writeFile(u"big.md"_s, dctest::procedureText(u"信息安全事件管理程序"_s, 3000));
        const Run made = m_store.as(u"wangfang"_s, {u"doc"_s, u"new"_s, u"--type"_s, u"procedure"_s, u"--title"_s, u"信息安全事件管理程序"_s,
                                                  u"--owner"_s, u"lisi"_s, u"--content"_s, big, u"--json"_s});
        expectOk(made);
        const QString number = made.json().value(QLatin1String("number")).toString();
        const QString target = m_store.file(u"big.pdf"_s);
        QElapsedTimer timer;
        timer.start();
        auto exporting = m_store.start(u"wangfang"_s, {u"export"_s, u"pdf"_s, number, u"-o"_s, target});
        QVERIFY(exporting->waitForStarted());
        const qint64 pid = exporting->processId();
        // Wait until it renders: its partial file exists beside the target.
        while (hiddenLeftovers(QFileInfo(target).absolutePath()).isEmpty() && alive(pid))
            QTest::qWait(20);
        QTest::qWait(300);
        const QString note = m_store.writeFile(u"note.md"_s, u"# 备注\n\n导出期间登记。\n"_s);
        auto listing = m_store.start(u"chenjing"_s, {u"doc"_s, u"list"_s, u"--limit"_s, u"5"_s});
        auto searching = m_store.start(u"lisi"_s, {u"search"_s, u"程序"_s});
        auto writing = m_store.start(u"wangfang"_s, {u"doc"_s, u"new"_s, u"--type"_s, u"form"_s, u"--title"_s, u"导出期间登记的表单"_s,
                                                    u"--owner"_s, u"lisi"_s, u"--content"_s, note});
        bool othersFinished = true;
        for (QProcess *p : {listing.get(), searching.get(), writing.get()})
            othersFinished = p->waitForFinished(60000) && othersFinished;
        const bool stillExporting = alive(pid);
        const qint64 othersDone = timer.elapsed();
        QVERIFY(exporting->waitForFinished(180000));
        const qint64 exportDone = timer.elapsed();
        QVERIFY2(exporting->exitCode() == 0, exporting->readAllStandardError().constData());
        qInfo("export of a %lld KiB document: %lld ms; a reader's list, a search and a new document started beside it finished after %lld ms",
              qint64(QFileInfo(big).size() / 1024), exportDone, othersDone);
        QVERIFY(othersFinished);
        for (QProcess *p : {listing.get(), searching.get(), writing.get()}) {
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitCode() == 0, qPrintable(err));
            QVERIFY2(!err.contains(u"locked"_s), qPrintable(err));
        }
        QVERIFY2(stillExporting, "the export finished before the commands beside it: they waited for it, or the document is too small");
    }

    // The store reached through a symlinked folder, or a hard link, is still the store: an
    // export, backup or bundle aimed at it is refused and the store stays as it was.
    void storeThroughAnotherPath_isNeverReplaced()
    {
        const QString linkDir = m_store.file(u"linkdir"_s);
        QVERIFY(QFile::link(m_store.home(), linkDir));
        const QString viaLink = linkDir + u"/org.dcstore"_s;
        const QString hardLink = m_store.file(u"hard.dcstore"_s);
        QCOMPARE(::link(QFile::encodeName(m_store.path()).constData(), QFile::encodeName(hardLink).constData()), 0);
        const QString policy = m_store.writeFile(u"policy.md"_s, u"# 方针\n\n信息安全方针。\n"_s);
        const Run made = m_store.as(u"wangfang"_s, {u"doc"_s, u"new"_s, u"--type"_s, u"policy"_s, u"--title"_s, u"信息安全方针"_s, u"--owner"_s, u"lisi"_s,
                                                  u"--content"_s, policy, u"--json"_s});
        expectOk(made);
        const QString number = made.json().value(QLatin1String("number")).toString();
        for (const QString &target : QStringList{viaLink, hardLink, m_store.path() + u"-wal"_s}) {
            const QStringList storeArgs{u"--store"_s, viaLink};
            for (const auto &[user, command] :
                 {std::pair{u"wangfang"_s, QStringList{u"export"_s, u"pdf"_s, number, u"-o"_s, target}}, std::pair{u"admin"_s, QStringList{u"backup"_s, target}},
                  std::pair{u"wangfang"_s, QStringList{u"bundle"_s, u"export"_s, u"-o"_s, target}}}) {
                const Run r = dctest::runDoccontrol(m_store.home(), storeArgs + command, QString(), m_store.environment(user));
                QVERIFY2(r.exitCode != 0, qPrintable(u"writing onto "_s + target + u" was not refused"_s));
                QVERIFY2(r.err.contains(u"store"_s), qPrintable(r.err));
                QCOMPARE(m_store.integrity(), u"ok"_s);
            }
        }
        QFile::remove(hardLink);
        QFile::remove(linkDir);
    }

    // An existing target that is no regular file (a fifo here; the same code refuses devices)
    // is refused and left as it was.
    void fifoTarget_isLeftAlone()
    {
        const QString fifo = m_store.file(u"pipe.pdf"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Run r = m_store.as(u"admin"_s, {u"backup"_s, fifo});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));
        struct stat info {};
        QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));
        QFile::remove(fifo);
    }

    // A backup killed at any moment leaves no copy of the store anywhere but beside its target,
    // owner-only, and the next backup there removes it.
    void killedBackup_leavesNoCopy()
    {
        QTemporaryDir tmp;
        QTemporaryDir out;
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(tmp.path())); // the commands' temporary folder
        const auto restoreTmp = qScopeGuard([&] { qputenv("TMPDIR", oldTmp); });
        const QString target = out.filePath(u"nightly.zip"_s);
        int killedWhileWriting = 0;
        for (int delay = 50; delay <= 650; delay += 75) {
            auto process = m_store.start(u"admin"_s, {u"backup"_s, target});
            QVERIFY(process->waitForStarted());
            QTest::qWait(delay);
            if (process->state() == QProcess::Running) {
                ::kill(pid_t(process->processId()), SIGKILL);
                ++killedWhileWriting;
            }
            process->waitForFinished();
            for (const QString &name : hiddenLeftovers(out.path())) {
                struct stat info {};
                QCOMPARE(::stat(QFile::encodeName(out.filePath(name)).constData(), &info), 0);
                QVERIFY2((info.st_mode & 0077) == 0, qPrintable(name + u" is readable by others"_s));
            }
            if (QFile::exists(target)) {
                const Run checked = m_store.as(u"admin"_s, {u"restore"_s, target, u"--to"_s, out.filePath(u"check-%1.dcstore"_s.arg(delay))});
                QVERIFY2(checked.exitCode == 0, qPrintable(u"a backup at the target is incomplete: "_s + checked.err));
            }
        }
        QStringList leftInTmp = QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        leftInTmp.removeIf([](const QString &name) { return name.startsWith(u"doccontrol-runtime-"_s); }); // the app's empty runtime folder
        QVERIFY2(leftInTmp.isEmpty(), qPrintable(leftInTmp.join(u' ')));
        expectOk(m_store.as(u"admin"_s, {u"backup"_s, target}));
        QCOMPARE(hiddenLeftovers(out.path()), QStringList());
        qInfo("backups killed while writing: %d", killedWhileWriting);
        QVERIFY(killedWhileWriting > 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreSafetyCli)
#include "tst_storesafety_cli.moc"
