// The store is never damaged and never blocks (in one process): a file that is refused is left
// exactly as it was; opening an up-to-date store takes no write lock; an export renders without
// the write lock and records only what it rendered; exports, backups and bundles never write
// onto the store (whatever path leads there), onto a folder, device, fifo or socket, and leave no
// partial file or copy of the store behind; a full disk is named; nothing but SQLite reads an
// open store file; a save over someone else's newer save is refused. The same through real
// processes (two desks, kill -9, a long export among writers) is in tests/cli.

#include "core/fileio/openstores.h"
#include "core/render/pdfidentity.h"
#include "core/fileio/outputfile.h"
#include "core/services/backupservice.h"
#include "core/services/bundleservice.h"
#include "core/services/exportservice.h"
#include "core/services/importservice.h"
#include "workflowfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace dc;
using namespace Qt::StringLiterals;
using dctest::kPassword;
using dctest::stateOf;
using dctest::StoreState;

namespace {

// Every entry of a folder (hidden ones included) with its size and bytes' hash: what "left
// exactly as it was, byte for byte and file for file" compares.
QStringList listing(const QString &folder)
{
    QStringList entries;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QString line = QDir(folder).relativeFilePath(path);
        if (info.isFile() && !info.isSymLink())
            line += u" "_s + QString::fromLatin1(QCryptographicHash::hash(dctest::fileBytes(path), QCryptographicHash::Sha256).toHex().left(16));
        entries << line;
    }
    entries.sort();
    return entries;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Runs one statement on the file with a plain SQLite connection (as an attacker or a newer
// version would), then closes it.
bool rawOnFile(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A process id that no process has now (a child that has ended).
qint64 deadPid()
{
    QProcess child;
    child.start(u"true"_s, {});
    child.waitForFinished();
    return child.processId() > 0 ? child.processId() : 999999;
}

} // namespace

class TestStoreSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void refusedFile_leftAsItWas_data();
    void refusedFile_leftAsItWas();
    void open_takesNoWriteLock();
    void open_keepsTheLocksOfOtherConnections();

    void export_rendersWithoutTheWriteLock();
    void export_staleRenderIsNotRecorded();
    void bundle_rendersWithoutTheWriteLock();

    void target_refused_data();
    void target_refused();
    void target_linkedFileIsReplacedNotTheLink();
    void target_permissions();
    void target_neverReplace();
    void leftovers_sweptByTheNextRun();
    void backup_leavesNoCopyElsewhere();
    void fullDisk_namesTheReason();

    void openStore_isNeverReadAsAFile();
    void editDraft_refusesAStaleSave();
    void editDraft_refusesWhenANewRevisionStarted();

private:
    Database &db() { return *m_db; }
    QString newEffective(const QString &title);

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStoreSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestStoreSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = m_template.copyTo(m_dir->filePath(u"store.dcstore"_s));
    DC_EXPECT_OK(opened);
    m_db = std::move(opened).value();
}

void TestStoreSafety::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestStoreSafety::newEffective(const QString &title)
{
    dctest::FlowDriver flow(db(), m_clock, m_template);
    const QString number = flow.newDocument(title);
    if (number.isEmpty() || !flow.toEffective(number))
        return {};
    return number;
}

void TestStoreSafety::refusedFile_leftAsItWas_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("not an SQLite file") << u"text"_s << ErrorCode::NotAStore;
    QTest::newRow("empty file") << u"empty"_s << ErrorCode::NotAStore;
    QTest::newRow("damaged header") << u"header"_s << ErrorCode::NotAStore;
    QTest::newRow("damaged pages") << u"pages"_s << ErrorCode::CorruptStore;
    QTest::newRow("written by a newer version") << u"newer"_s << ErrorCode::NewerStore;
    QTest::newRow("an SQLite file of another program") << u"foreign"_s << ErrorCode::NotAStore;
}

// Opening a damaged, foreign or too-new file is refused, and the file and its folder stay
// exactly as they were: no -wal or -shm file appears beside it, no byte changes.
void TestStoreSafety::refusedFile_leftAsItWas()
{
    QFETCH(QString, damage);
    QFETCH(ErrorCode, expected);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"refused.dcstore"_s);
    if (damage == u"text"_s) {
        QVERIFY(writeBytes(path, QByteArray("# not a store\n").repeated(400)));
    } else if (damage == u"empty"_s) {
        QVERIFY(writeBytes(path, {}));
    } else if (damage == u"foreign"_s) {
        QVERIFY(rawOnFile(path, u"CREATE TABLE t(x)"_s));
    } else {
        QVERIFY(QFile::copy(m_template.base.path(), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QByteArray bytes = dctest::fileBytes(path);
        if (damage == u"header"_s) {
            bytes.replace(0, 16, QByteArray(16, 'x'));
        } else if (damage == u"pages"_s) {
            // Garbage over every page after the first two: the b-trees no longer hold together.
            for (qsizetype at = 8192; at + 64 < bytes.size(); at += 4096)
                bytes.replace(at + 8, 48, QByteArray(48, '\xA5'));
        }
        if (damage == u"newer"_s)
            QVERIFY(rawOnFile(path, u"PRAGMA user_version = 999"_s));
        else
            QVERIFY(writeBytes(path, bytes));
    }
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    const QStringList before = listing(folder.path());

    for (Database::Access access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        auto opened = Database::open(path, access);
        DC_EXPECT_ERROR(opened, expected);
        QVERIFY2(opened.message().contains(u"refused.dcstore"_s), qPrintable(opened.message()));
        QCOMPARE(listing(folder.path()), before);
    }
}

// Opening a store that needs no migration reads only: another desk in the middle of a long
// write does not keep it from opening (it used to wait for the write lock, then fail with
// "database is locked").
void TestStoreSafety::open_takesNoWriteLock()
{
    auto otherDesk = Database::open(db().path());
    DC_EXPECT_OK(otherDesk);
    DC_EXPECT_OK(dctest::rawSql(*otherDesk.value(), u"BEGIN IMMEDIATE"_s));
    DC_EXPECT_OK(dctest::rawSql(*otherDesk.value(), u"UPDATE settings SET value = value"_s));
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(db().path());
    DC_EXPECT_OK(opened);
    QVERIFY2(DocumentService(*opened.value(), m_clock).list(m_template.reader(), {}).ok(), "a reader could not list while another desk writes");
    DC_EXPECT_OK(dctest::rawSql(*otherDesk.value(), u"ROLLBACK"_s));
}

// The desktop's sign-out opens the store again while the old connection still exists. Opening
// must not touch the file except through SQLite: closing any other descriptor of it drops this
// process's locks, and a command line on the same store then deletes the WAL under the app.
// Observed here through the lock SQLite itself holds: while our connection exists, another
// process must not get an exclusive lock on the file.
void TestStoreSafety::open_keepsTheLocksOfOtherConnections()
{
    DC_EXPECT_OK(DocumentService(db(), m_clock).create(m_template.controller(), NewDocument{{}, u"锁测试"_s, {}, DocumentType::Procedure, u"lisi"_s, {}, Classification::Internal, 12, 0, {}, u"正文"_s, {}, false, {}}));
    QVERIFY(QFile::exists(db().path() + u"-wal"_s));
    {
        auto second = Database::open(db().path()); // sign out, sign in again
        DC_EXPECT_OK(second);
    }
    // A POSIX lock test from another process: F_GETLK on the byte range SQLite's readers
    // share. `flock --nonblock` cannot see POSIX locks, so ask python3 (on every CI machine
    // through Debian's base) or skip.
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed; it probes the locks from another process");
    const QString probe = uR"(
import fcntl, os, struct, sys
fd = os.open(sys.argv[1], os.O_RDWR)
# SQLite's SHARED lock range on the database file: the "pending byte" page (0x40000000 +2 .. +512).
lock = struct.pack('hhqqi', fcntl.F_WRLCK, 0, 0x40000002, 510, 0)
result = fcntl.fcntl(fd, fcntl.F_GETLK, lock)
kind = struct.unpack('hhqqi', result)[0]
print('locked' if kind != fcntl.F_UNLCK else 'free')
)"_s;
    QProcess check;
    check.start(python, {u"-c"_s, probe, db().path()});
    QVERIFY(check.waitForFinished(20000));
    QCOMPARE(QString::fromUtf8(check.readAllStandardOutput()).trimmed(), u"locked"_s);
}

// A long export holds no lock while it renders: another desk holding the write lock the whole
// time does not stop the pages being made, and only the short record waits for it.
void TestStoreSafety::export_rendersWithoutTheWriteLock()
{
    const QString number = newEffective(u"物理与环境安全程序"_s);
    QVERIFY(!number.isEmpty());
    auto otherDesk = Database::open(db().path());
    DC_EXPECT_OK(otherDesk);
    DC_EXPECT_OK(dctest::rawSql(*otherDesk.value(), u"BEGIN IMMEDIATE"_s));
    DC_EXPECT_OK(dctest::rawSql(*otherDesk.value(), u"UPDATE settings SET value = value"_s));
    ExportService exports(db(), m_clock);
    ExportRequest request;
    request.number = number;
    const QString file = m_dir->filePath(u"rendered.pdf"_s);
    auto rendered = exports.renderExport(m_template.controller(), request, file);
    DC_EXPECT_OK(rendered);
    QVERIFY(dctest::fileBytes(file).startsWith("%PDF-"));
    DC_EXPECT_OK(dctest::rawSql(*otherDesk.value(), u"COMMIT"_s));
    auto recorded = exports.recordExport(m_template.controller(), rendered.value());
    DC_EXPECT_OK(recorded);
    QCOMPARE(recorded->fileSha256, rendered->fileSha256);
}

// What was rendered from a snapshot is recorded only when it is still what the store says: a
// controlled copy number taken by another desk meanwhile makes the record fail with Conflict,
// recording nothing; exportPdf then renders again and gets the next number.
void TestStoreSafety::export_staleRenderIsNotRecorded()
{
    const QString number = newEffective(u"访问控制程序"_s);
    QVERIFY(!number.isEmpty());
    ExportService exports(db(), m_clock);
    ExportRequest request;
    request.number = number;
    request.copy = ExportRequest::Copy::Controlled;
    request.holder = u"IT 部"_s;
    auto rendered = exports.renderExport(m_template.controller(), request, m_dir->filePath(u"first.pdf"_s));
    DC_EXPECT_OK(rendered);
    QCOMPARE(rendered->identity.copyNumber, 1);

    auto otherDesk = Database::open(db().path());
    DC_EXPECT_OK(otherDesk);
    auto taken = ExportService(*otherDesk.value(), m_clock).exportPdf(m_template.controller(), request, m_dir->filePath(u"other.pdf"_s));
    DC_EXPECT_OK(taken);
    QCOMPARE(taken->copy->copyNumber, 1);

    const StoreState before = stateOf(db());
    auto recorded = exports.recordExport(m_template.controller(), rendered.value());
    DC_EXPECT_ERROR(recorded, ErrorCode::Conflict);
    QCOMPARE(stateOf(db()), before);

    auto again = exports.exportPdf(m_template.controller(), request, m_dir->filePath(u"second.pdf"_s));
    DC_EXPECT_OK(again);
    QCOMPARE(again->copy->copyNumber, 2);
    auto identity = render::readPdfIdentity(m_dir->filePath(u"second.pdf"_s));
    DC_EXPECT_OK(identity);
    QCOMPARE(identity->copyNumber, 2);
}

// A bundle renders all its PDFs from snapshots too; with the write lock held elsewhere it can
// still make them, and fails only at the short record (nothing recorded, nothing written).
void TestStoreSafety::bundle_rendersWithoutTheWriteLock()
{
    QVERIFY(!newEffective(u"信息安全方针"_s).isEmpty());
    auto otherDesk = Database::open(db().path());
    DC_EXPECT_OK(otherDesk);
    DC_EXPECT_OK(dctest::rawSql(*otherDesk.value(), u"BEGIN IMMEDIATE"_s));
    DC_EXPECT_OK(dctest::rawSql(*otherDesk.value(), u"UPDATE settings SET value = value"_s));
    const StoreState before = stateOf(db());
    const QString target = m_dir->filePath(u"bundle.zip"_s);
    auto bundled = BundleService(db(), m_clock).exportBundle(m_template.controller(), kPassword, {}, target);
    DC_EXPECT_ERROR(bundled, ErrorCode::Database);
    DC_EXPECT_OK(dctest::rawSql(*otherDesk.value(), u"ROLLBACK"_s));
    QCOMPARE(stateOf(db()), before);
    QVERIFY(!QFile::exists(target));
    QVERIFY2(!listing(m_dir->path()).join(u' ').contains(u".dcpart"_s), qPrintable(listing(m_dir->path()).join(u'\n')));
    DC_EXPECT_OK(BundleService(db(), m_clock).exportBundle(m_template.controller(), kPassword, {}, target));
}

void TestStoreSafety::target_refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a folder") << u"folder"_s;
    QTest::newRow("a fifo") << u"fifo"_s;
    QTest::newRow("a socket") << u"socket"_s;
    QTest::newRow("a link to nothing") << u"dangling"_s;
    QTest::newRow("the store through a linked folder") << u"linkedFolder"_s;
    QTest::newRow("a hard link to the store") << u"hardLink"_s;
    QTest::newRow("the store's -wal file") << u"wal"_s;
    QTest::newRow("the store's -journal (not made yet)") << u"journal"_s;
}

// Exports, backups and bundles refuse every target that is not a regular file of their own:
// the store however it is reached, its companions, folders, fifos, sockets, broken links. The
// target, the store and the folder stay as they were.
void TestStoreSafety::target_refused()
{
    QFETCH(QString, kind);
    const QString number = newEffective(u"信息安全方针"_s);
    QVERIFY(!number.isEmpty());
    QTemporaryDir folder;
    QString target = folder.filePath(u"target"_s);
    const QByteArray path8 = QFile::encodeName(target);
    if (kind == u"folder"_s) {
        QVERIFY(QDir().mkpath(target));
    } else if (kind == u"fifo"_s) {
        QCOMPARE(::mkfifo(path8.constData(), 0600), 0);
    } else if (kind == u"socket"_s) {
        const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, path8.constData(), sizeof address.sun_path);
        QCOMPARE(::bind(s, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        ::close(s);
    } else if (kind == u"dangling"_s) {
        QVERIFY(QFile::link(folder.filePath(u"nowhere"_s), target));
    } else if (kind == u"linkedFolder"_s) {
        QVERIFY(QFile::link(m_dir->path(), folder.filePath(u"linkdir"_s)));
        target = folder.filePath(u"linkdir/store.dcstore"_s);
    } else if (kind == u"hardLink"_s) {
        QCOMPARE(::link(QFile::encodeName(db().path()).constData(), path8.constData()), 0);
    } else if (kind == u"wal"_s) {
        target = db().path() + u"-wal"_s;
    } else if (kind == u"journal"_s) {
        target = db().path() + u"-journal"_s;
    }
    const QStringList folderBefore = listing(folder.path());
    const QByteArray storeBefore = dctest::fileBytes(db().path());
    const StoreState before = stateOf(db());

    ExportRequest request;
    request.number = number;
    auto exported = ExportService(db(), m_clock).exportPdf(m_template.controller(), request, target);
    DC_EXPECT_ERROR(exported, ErrorCode::InvalidInput);
    auto backedUp = BackupService(db(), m_clock).backup(m_template.admin(), target);
    DC_EXPECT_ERROR(backedUp, ErrorCode::InvalidInput);
    auto bundled = BundleService(db(), m_clock).exportBundle(m_template.controller(), kPassword, {}, target);
    DC_EXPECT_ERROR(bundled, ErrorCode::InvalidInput);

    QCOMPARE(listing(folder.path()), folderBefore);
    QCOMPARE(dctest::fileBytes(db().path()), storeBefore);
    QCOMPARE(stateOf(db()), before);
    if (kind == u"fifo"_s || kind == u"socket"_s) {
        struct stat info {};
        QCOMPARE(::lstat(path8.constData(), &info), 0);
        QVERIFY(!S_ISREG(info.st_mode));
    }
}

// A target that is a link to a regular file: the file it names is replaced, the link stays.
void TestStoreSafety::target_linkedFileIsReplacedNotTheLink()
{
    const QString real = m_dir->filePath(u"real.pdf"_s);
    QVERIFY(writeBytes(real, "old"));
    const QString link = m_dir->filePath(u"link.pdf"_s);
    QVERIFY(QFile::link(real, link));
    auto output = OutputFile::create(link, OutputFile::Mode::Shared, {});
    DC_EXPECT_OK(output);
    QVERIFY(writeBytes(output.value()->partialPath(), "new"));
    DC_EXPECT_OK(output.value()->commit());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(dctest::fileBytes(real), QByteArray("new"));
}

// The partial file is owner-only while it is written; a backup or bundle stays owner-only, an
// exported PDF gets the usual permissions.
void TestStoreSafety::target_permissions()
{
    for (const auto mode : {OutputFile::Mode::OwnerOnly, OutputFile::Mode::Shared}) {
        const QString target = m_dir->filePath(mode == OutputFile::Mode::OwnerOnly ? u"backup.zip"_s : u"export.pdf"_s);
        auto output = OutputFile::create(target, mode, {});
        DC_EXPECT_OK(output);
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(output.value()->partialPath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QVERIFY(writeBytes(output.value()->partialPath(), "content"));
        DC_EXPECT_OK(output.value()->commit());
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &info), 0);
        const mode_t mask = ::umask(0);
        ::umask(mask);
        QCOMPARE(info.st_mode & 0777, mode == OutputFile::Mode::OwnerOnly ? mode_t(0600) : mode_t(0666 & ~mask));
        QVERIFY(!QFile::exists(output.value()->partialPath()));
    }
}

// A restore never replaces a file that appeared at its target meanwhile.
void TestStoreSafety::target_neverReplace()
{
    const QString target = m_dir->filePath(u"restored.dcstore"_s);
    auto output = OutputFile::create(target, OutputFile::Mode::OwnerOnly, {});
    DC_EXPECT_OK(output);
    QVERIFY(writeBytes(output.value()->partialPath(), "restored"));
    QVERIFY(writeBytes(target, "made meanwhile"));
    DC_EXPECT_ERROR(output.value()->commit(OutputFile::Replace::Never), ErrorCode::Duplicate);
    QCOMPARE(dctest::fileBytes(target), QByteArray("made meanwhile"));
    QVERIFY(!QFile::exists(output.value()->partialPath()));
}

// What a killed export or backup left beside its target (the partial file, the snapshot of the
// store and its companions, a folder of pieces, QSaveFile's own scratch) is removed by the next
// run for that target; what a live process is writing is not touched.
void TestStoreSafety::leftovers_sweptByTheNextRun()
{
    const QString dead = QString::number(deadPid());
    const QString live = QString::number(QCoreApplication::applicationPid());
    const QStringList killed{u".report.pdf."_s + dead + u"-0.dcpart"_s, u".report.pdf."_s + dead + u"-0.dcpart-store"_s,
                             u".report.pdf."_s + dead + u"-0.dcpart-store-wal"_s, u".report.pdf."_s + dead + u"-3.dcpart.Ab12Cd"_s};
    for (const QString &name : killed)
        QVERIFY(writeBytes(m_dir->filePath(name), "left by a killed run"));
    QVERIFY(QDir().mkpath(m_dir->filePath(u".report.pdf."_s + dead + u"-1.dcpart-pdfs/inner"_s)));
    const QString running = u".report.pdf."_s + live + u"-77.dcpart"_s;
    const QString unrelated = u".report.pdf.notes"_s;
    QVERIFY(writeBytes(m_dir->filePath(running), "being written"));
    QVERIFY(writeBytes(m_dir->filePath(unrelated), "the user's"));

    auto output = OutputFile::create(m_dir->filePath(u"report.pdf"_s), OutputFile::Mode::Shared, {});
    DC_EXPECT_OK(output);
    for (const QString &name : killed)
        QVERIFY2(!QFile::exists(m_dir->filePath(name)), qPrintable(name));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u".report.pdf."_s + dead + u"-1.dcpart-pdfs"_s)));
    QVERIFY(QFile::exists(m_dir->filePath(running)));
    QVERIFY(QFile::exists(m_dir->filePath(unrelated)));
    output = Error{ErrorCode::Io, {}}; // abandoned: its partial goes too
    QCOMPARE(QDir(m_dir->path()).entryList({u".report.pdf.*"_s}, QDir::Files | QDir::Hidden).size(), 2);
}

// A backup writes its snapshot of the store beside the target, owner-only, never into the
// shared temporary folder, and leaves nothing but the backup.
void TestStoreSafety::backup_leavesNoCopyElsewhere()
{
    QTemporaryDir tmp;
    QTemporaryDir out;
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    const QString target = out.filePath(u"backup.zip"_s);
    auto made = BackupService(db(), m_clock).backup(m_template.admin(), target);
    qputenv("TMPDIR", oldTmp);
    DC_EXPECT_OK(made);
    QVERIFY2(listing(tmp.path()).isEmpty(), qPrintable(listing(tmp.path()).join(u'\n')));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"backup.zip"_s});
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    DC_EXPECT_OK(BackupService::check(target));
}

// On a full disk every writer says what the system said and which file, and leaves nothing.
// Needs a small tmpfs, which only root may mount: skipped otherwise.
void TestStoreSafety::fullDisk_namesTheReason()
{
    const QString number = newEffective(u"信息安全方针"_s);
    QVERIFY(!number.isEmpty());
    QTemporaryDir mountPoint;
    QProcess mount;
    mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=48k"_s, u"tmpfs"_s, mountPoint.path()});
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
        QSKIP("cannot mount a small tmpfs here (root only); the full-disk messages are not checked");
    const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mountPoint.path()}); });
    // Leave a few pages free: enough to start each file, too little to finish it.
    QVERIFY(writeBytes(mountPoint.filePath(u"filler"_s), QByteArray(40 * 1024, 'x')));

    const StoreState before = stateOf(db());
    ExportRequest request;
    request.number = number;
    auto exported = ExportService(db(), m_clock).exportPdf(m_template.controller(), request, mountPoint.filePath(u"policy.pdf"_s));
    auto backedUp = BackupService(db(), m_clock).backup(m_template.admin(), mountPoint.filePath(u"backup.zip"_s));
    auto bundled = BundleService(db(), m_clock).exportBundle(m_template.controller(), kPassword, {}, mountPoint.filePath(u"bundle.zip"_s));
    for (const auto &[message, file] : {std::pair{exported.message(), u"policy.pdf"_s}, std::pair{backedUp.message(), u"backup.zip"_s},
                                        std::pair{bundled.message(), u"bundle.zip"_s}}) {
        QVERIFY2(message.contains(u"No space left on device"_s), qPrintable(message));
        QVERIFY2(message.contains(file), qPrintable(message));
        QVERIFY2(!message.contains(u"Unknown error"_s), qPrintable(message));
    }
    QCOMPARE(stateOf(db()), before);
    QCOMPARE(QDir(mountPoint.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"filler"_s});
}

// Nothing but SQLite opens a store file this process has open: importing it, checking it as a
// PDF or a bundle or a backup, or inserting it as an image is refused before any read.
void TestStoreSafety::openStore_isNeverReadAsAFile()
{
    QVERIFY(OpenStores::contains(db().path()));
    QVERIFY(OpenStores::contains(db().path() + u"-shm"_s));
    QVERIFY(!OpenStores::contains(m_dir->filePath(u"other.dcstore"_s)));
    const QString viaLink = m_dir->filePath(u"alias.pdf"_s);
    QVERIFY(QFile::link(db().path(), viaLink));
    for (const QString &path : QStringList{db().path(), viaLink, db().path() + u"-wal"_s}) {
        DC_EXPECT_ERROR(ImportService(db(), m_clock).importFile(m_template.controller(), path, {}, {}, {}), ErrorCode::InvalidInput);
        DC_EXPECT_ERROR(ExportService(db(), m_clock).checkPdf(path), ErrorCode::InvalidInput);
        DC_EXPECT_ERROR(BundleService::verifyBundle(path), ErrorCode::InvalidInput);
        DC_EXPECT_ERROR(BackupService::check(path), ErrorCode::InvalidInput);
    }
    const QString path = db().path();
    m_db.reset();
    QVERIFY(!OpenStores::contains(path));
}

// Two people edit one draft: the second save sees that the draft changed since it was loaded
// and is refused, naming who saved; nothing changes. Saved again on top of the new text, it
// goes through.
void TestStoreSafety::editDraft_refusesAStaleSave()
{
    dctest::FlowDriver flow(db(), m_clock, m_template);
    const QString number = flow.newDocument(u"变更管理程序"_s);
    QVERIFY(!number.isEmpty());
    DocumentService documents(db(), m_clock);
    auto loaded = documents.show(m_template.controller(), number);
    DC_EXPECT_OK(loaded);
    const DraftBase mine = DraftBase::of(loaded->revision);

    m_clock.advanceSecs(60);
    DC_EXPECT_OK(documents.editDraft(m_template.controller(), number, u"# 变更管理程序\n\n另一位同事的修改。\n"_s, u"补充职责"_s, RevisionStep::Minor, DraftBase::of(loaded->revision)));
    const StoreState before = stateOf(db());
    auto stale = documents.editDraft(m_template.controller(), number, u"# 变更管理程序\n\n我的修改。\n"_s, u"我的修改"_s, RevisionStep::Minor, mine);
    DC_EXPECT_ERROR(stale, ErrorCode::Conflict);
    QVERIFY2(dctest::names(stale.message(), {number, u"wangfang"_s}), qPrintable(stale.message()));
    QCOMPARE(stateOf(db()), before);

    auto now = documents.show(m_template.controller(), number);
    DC_EXPECT_OK(now);
    QVERIFY(now->revision.content.contains(u"另一位同事"_s));
    DC_EXPECT_OK(documents.editDraft(m_template.controller(), number, u"# 变更管理程序\n\n我的修改。\n"_s, u"我的修改"_s, RevisionStep::Minor, DraftBase::of(now->revision)));
}

// Two people start the next revision of one effective document: the second is refused rather
// than editing the first one's new draft unseen.
void TestStoreSafety::editDraft_refusesWhenANewRevisionStarted()
{
    const QString number = newEffective(u"备份管理程序"_s);
    QVERIFY(!number.isEmpty());
    DocumentService documents(db(), m_clock);
    auto loaded = documents.show(m_template.controller(), number);
    DC_EXPECT_OK(loaded);
    QCOMPARE(loaded->revision.status, RevisionStatus::Effective);
    const DraftBase base = DraftBase::of(loaded->revision);
    auto first = documents.editDraft(m_template.controller(), number, u"# 备份管理程序\n\n第一版修订。\n"_s, u"修订一"_s, RevisionStep::Minor, base);
    DC_EXPECT_OK(first);
    const StoreState before = stateOf(db());
    auto second = documents.editDraft(m_template.controller(), number, u"# 备份管理程序\n\n第二版修订。\n"_s, u"修订二"_s, RevisionStep::Minor, base);
    DC_EXPECT_ERROR(second, ErrorCode::Conflict);
    QVERIFY2(second.message().contains(first->label), qPrintable(second.message()));
    QCOMPARE(stateOf(db()), before);
}

QTEST_MAIN(TestStoreSafety)
#include "tst_storesafety.moc"
