// The way back from a damaged store: opening it shows the damaged-store screen, which restores
// the newest automatic backup that verifies into a new file (and opens that), or opens the
// damaged file read-only, or lets the user pick another store. The damaged file is never
// changed.

#include "guihelpers.h"
#include "core/services/session.h"
#include "core/services/appsettings.h"
#include "core/services/autobackup.h"
#include "core/services/documentservice.h"
#include "ui/sessionflow.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

class TestDamagedStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(u"template.dcstore"_s);
        auto demo = DemoStore::openOrCreate(m_template);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
    }

    void init()
    {
        m_store = m_dir.filePath(u"org.dcstore"_s);
        QVERIFY(test::copyStore(m_template, m_store));
        // Each test its own backup folder: the store's path is the same in every test.
        AppSettings::set(AppSettings::autoBackupFolder, m_dir.filePath(u"backups-"_s + QString::fromLatin1(QTest::currentTestFunction())));
    }

    // With a backup made, the store is damaged; the screen restores the backup into a new file
    // the user names, says so, and opens it.
    void restoresTheNewestBackup()
    {
        {
            auto db = Database::open(m_store);
            QVERIFY2(db, qPrintable(db.message()));
            auto user = UserService(*db.value()).authenticate(u"wangfang"_s, test::demoPassword());
            QVERIFY2(user, qPrintable(user.message()));
            auto made = AutoBackup(AutoBackup::Settings::current()).run(*db.value(), user.value());
            QVERIFY2(made, qPrintable(made.message()));
        }
        damage();
        const QByteArray damaged = fileBytes(m_store);
        const QString target = m_dir.filePath(u"org-restored.dcstore"_s);

        test::DialogScript script;
        script.on(u"damagedStoreBox"_s, [](QDialog &box) {
            auto *restore = test::child<QPushButton>(&box, "restoreBackupButton");
            QVERIFY(restore->isEnabled());
            QVERIFY(static_cast<QMessageBox &>(box).informativeText().contains(u".dcbackup"_s));
            restore->click();
        });
        script.on(u"restoreTargetDialog"_s, [&](QDialog &dialog) {
            auto &chooser = static_cast<QFileDialog &>(dialog);
            QCOMPARE(QFileInfo(chooser.selectedFiles().value(0)).fileName(), u"org-restored.dcstore"_s); // proposed beside the store
            chooser.selectFile(target);
            static_cast<QDialog &>(chooser).accept();
        });
        script.on(u"storeRestoredBox"_s, [](QDialog &box) { box.accept(); });
        auto opened = SessionFlow::openStore(nullptr, m_store);
        QVERIFY(opened);
        QCOMPARE(QFileInfo(opened->storePath()).fileName(), u"org-restored.dcstore"_s);
        QCOMPARE(script.seen(), (QStringList{u"damagedStoreBox"_s, u"restoreTargetDialog"_s, u"storeRestoredBox"_s}));
        QCOMPARE(fileBytes(m_store), damaged);
        auto user = opened->signIn(u"wangfang"_s, test::demoPassword());
        QVERIFY2(user, qPrintable(user.message()));
        QVERIFY(opened->documents().list(user.value(), {}).ok());
    }

    // Without a backup, restoring is not offered; the damaged file opens read-only.
    void opensTheDamagedFileReadOnly()
    {
        damage();
        test::DialogScript script;
        script.on(u"damagedStoreBox"_s, [](QDialog &box) {
            QVERIFY(!test::child<QPushButton>(&box, "restoreBackupButton")->isEnabled());
            test::child<QPushButton>(&box, "openReadOnlyButton")->click();
        });
        auto opened = SessionFlow::openStore(nullptr, m_store);
        QVERIFY(opened);
        QVERIFY(opened->isReadOnly());
    }

    // "Open another store": nothing is opened, the caller offers the file chooser again.
    void givesUp()
    {
        damage();
        test::DialogScript script; // rejects every dialog
        QVERIFY(!SessionFlow::openStore(nullptr, m_store));
        QCOMPARE(script.seen(), QStringList{u"damagedStoreBox"_s});
    }

private:
    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Garbage over the pages after the first few: the store no longer passes its check.
    void damage()
    {
        QByteArray bytes = fileBytes(m_store);
        for (qsizetype at = 16384; at + 64 < bytes.size(); at += 4096)
            bytes.replace(at + 8, 48, QByteArray(48, '\xA5'));
        QFile file(m_store);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    QTemporaryDir m_dir;
    QString m_template;
    QString m_store;
};

QTEST_MAIN(TestDamagedStore)
#include "tst_damagedstore.moc"
