// AutoBackup: the desk's own backups of the stores it writes to. A daily backup is due when
// none was made in the last 24 hours; each is read back and checked; the newest `keep` stay;
// restoring takes the newest one that verifies into a new file, skipping damaged ones, and
// never overwrites. Time comes from a fixed clock.

#include "core/services/autobackup.h"
#include "core/services/documentservice.h"
#include "workflowfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

class TestAutoBackup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = m_template.copyTo(m_dir->filePath(u"org.dcstore"_s));
        DC_EXPECT_OK(opened);
        m_db = std::move(opened).value();
        m_settings.folder = m_dir->filePath(u"backups"_s);
        m_settings.keep = 3;
        m_settings.enabled = true;
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void dueOncePerDay()
    {
        FixedClock clock(dctest::fixedNow());
        AutoBackup backups(m_settings, clock);
        QVERIFY(backups.due(m_db->path()));
        auto made = backups.run(*m_db, m_template.author()); // any user who writes, not only administrators
        DC_EXPECT_OK(made);
        QVERIFY(made->startsWith(backups.folderFor(m_db->path())));
        QVERIFY(!backups.due(m_db->path()));
        clock.advanceSecs(23 * 3600);
        QVERIFY(!backups.due(m_db->path()));
        clock.advanceSecs(3600);
        QVERIFY(backups.due(m_db->path()));

        AutoBackup::Settings off = m_settings;
        off.enabled = false;
        QVERIFY(!AutoBackup(off, clock).due(m_db->path()));
    }

    void keepsTheNewest()
    {
        FixedClock clock(dctest::fixedNow());
        AutoBackup backups(m_settings, clock);
        QStringList made;
        for (int day = 0; day < 5; ++day) {
            auto one = backups.run(*m_db, m_template.controller());
            DC_EXPECT_OK(one);
            made.prepend(one.value());
            clock.advanceSecs(24 * 3600);
        }
        QCOMPARE(backups.backups(m_db->path()), made.mid(0, 3));
        for (const QString &path : made.mid(3))
            QVERIFY(!QFile::exists(path));
        // Each is an intact backup, recorded in the trail as automatic.
        for (const QString &path : backups.backups(m_db->path()))
            DC_EXPECT_OK(BackupService::check(path));
        QCOMPARE(dctest::scalar(*m_db, u"SELECT count(*) FROM events WHERE action = 'store.backup' AND details LIKE '%automatic%'"_s).toInt(), 5);
    }

    // Two stores of the same name in different folders keep their backups apart.
    void oneFolderPerStore()
    {
        AutoBackup backups(m_settings, m_clock);
        QVERIFY(backups.folderFor(u"/a/org.dcstore"_s) != backups.folderFor(u"/b/org.dcstore"_s));
        QVERIFY(QFileInfo(backups.folderFor(u"/a/org.dcstore"_s)).fileName().startsWith(u"org-"_s));
    }

    void restoresTheNewestThatVerifies()
    {
        FixedClock clock(dctest::fixedNow());
        AutoBackup backups(m_settings, clock);
        DC_EXPECT_OK(backups.run(*m_db, m_template.controller()));
        NewDocument d;
        d.title = u"备份后登记的文件"_s;
        d.owner = u"lisi"_s;
        auto created = DocumentService(*m_db, clock).create(m_template.controller(), d);
        DC_EXPECT_OK(created);
        clock.advanceSecs(24 * 3600);
        auto newest = backups.run(*m_db, m_template.controller());
        DC_EXPECT_OK(newest);
        // The newest backup is damaged: a few bytes flipped in the middle.
        QByteArray bytes = dctest::fileBytes(newest.value());
        for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 16; ++i)
            bytes[i] = char(bytes[i] ^ 0x5A);
        QFile file(newest.value());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();

        const QString target = m_dir->filePath(u"restored.dcstore"_s);
        auto restored = backups.restoreNewest(m_db->path(), target);
        DC_EXPECT_OK(restored);
        auto opened = Database::open(target);
        DC_EXPECT_OK(opened);
        // The older backup was taken: it lacks the document registered after it.
        DC_EXPECT_ERROR(DocumentService(*opened.value(), clock).show(m_template.controller(), created->number), ErrorCode::NotFound);

        // Never over an existing file.
        DC_EXPECT_ERROR(backups.restoreNewest(m_db->path(), target), ErrorCode::Duplicate);
    }

    void noBackupToRestore()
    {
        AutoBackup backups(m_settings, m_clock);
        auto restored = backups.restoreNewest(m_db->path(), m_dir->filePath(u"restored.dcstore"_s));
        DC_EXPECT_ERROR(restored, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(m_dir->filePath(u"restored.dcstore"_s)));
    }

private:
    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    AutoBackup::Settings m_settings;
};

QTEST_GUILESS_MAIN(TestAutoBackup)
#include "tst_autobackup.moc"
