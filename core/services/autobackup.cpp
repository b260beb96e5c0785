#include "core/services/autobackup.h"

#include "core/services/session.h"

#include "core/services/appsettings.h"
#include "core/store/database.h"
#include "core/store/storelocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimeZone>

namespace dc {

namespace {

const QString kSuffix = QStringLiteral(".dcbackup");

} // namespace

AutoBackup::Settings AutoBackup::Settings::current()
{
    Settings s;
    s.enabled = AppSettings::get(AppSettings::autoBackupEnabled);
    s.folder = AppSettings::get(AppSettings::autoBackupFolder);
    if (s.folder.isEmpty())
        s.folder = defaultFolder();
    s.keep = qMax(1, AppSettings::get(AppSettings::autoBackupKeep));
    return s;
}

QString AutoBackup::Settings::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

QString AutoBackup::folderFor(const QString &storePath) const
{
    // The store's name for people, and a hash of its full path so two stores of the same name
    // in different folders keep apart.
    const QFileInfo store(storePath);
    const QByteArray where = QCryptographicHash::hash(store.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return QDir(m_settings.folder).filePath(store.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(where));
}

QStringList AutoBackup::backups(const QString &storePath) const
{
    QDir folder(folderFor(storePath));
    QStringList found;
    // The names carry the UTC time, so sorting by name sorts by age.
    const QStringList names = folder.entryList({QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names)
        found << folder.filePath(name);
    return found;
}

bool AutoBackup::applies(const QString &storePath) { return !StoreLocation::isPostgresUrl(storePath); }

bool AutoBackup::due(const QString &storePath) const
{
    if (!m_settings.enabled || !applies(storePath))
        return false;
    const QStringList existing = backups(storePath);
    if (existing.isEmpty())
        return true;
    // The name ends in the UTC time the backup was made: "-yyyyMMdd-HHmmss.dcbackup".
    const QString name = QFileInfo(existing.first()).fileName();
    QDateTime last = QDateTime::fromString(name.mid(name.size() - kSuffix.size() - 15, 15), QStringLiteral("yyyyMMdd-HHmmss"));
    last.setTimeZone(QTimeZone::utc());
    return !last.isValid() || last.secsTo(m_clock.nowUtc()) >= 24 * 3600;
}

Result<QString> AutoBackup::run(Database &db, const User &actor)
{
    BackupService service(db, m_clock);
    return run(service, db.path(), actor);
}

Result<QString> AutoBackup::run(Session &session, const User &actor)
{
    return run(session.backups(), session.storePath(), actor);
}

Result<QString> AutoBackup::run(BackupService &service, const QString &storePath, const User &actor)
{
    const QString folder = folderFor(storePath);
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Error{ErrorCode::Io, tr("Cannot make the backup folder %1.").arg(QDir::toNativeSeparators(folder))};
    const QDateTime now = m_clock.nowUtc();
    const QString path = QDir(folder).filePath(QFileInfo(storePath).completeBaseName() + QLatin1Char('-')
                                               + now.toString(QStringLiteral("yyyyMMdd-HHmmss")) + kSuffix);
    auto made = service.backup(actor, path, BackupService::Trigger::Automatic);
    if (!made)
        return made.error();
    if (auto checked = BackupService::check(path); !checked) {
        QFile::remove(path);
        return Error{ErrorCode::Io, tr("The automatic backup %1 did not read back correctly: %2").arg(QDir::toNativeSeparators(path), checked.message())};
    }
    const QStringList all = backups(storePath);
    for (qsizetype i = m_settings.keep; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return path;
}

Result<RestoreOutcome> AutoBackup::restoreNewest(const QString &storePath, const QString &target) const
{
    const QStringList candidates = backups(storePath);
    if (candidates.isEmpty())
        return Error{ErrorCode::NotFound, tr("There is no automatic backup of %1 in %2.").arg(QDir::toNativeSeparators(storePath), QDir::toNativeSeparators(folderFor(storePath)))};
    QStringList failures;
    for (const QString &candidate : candidates) {
        auto restored = BackupService::restore(candidate, target);
        if (restored)
            return restored;
        if (restored.code() == ErrorCode::Duplicate)
            return restored.error();
        failures << QFileInfo(candidate).fileName() + QStringLiteral(": ") + restored.message();
    }
    return Error{ErrorCode::CorruptStore, tr("None of the automatic backups could be restored:\n%1").arg(failures.join(QLatin1Char('\n')))};
}

} // namespace dc
