#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace dc {

// A per-desk setting: its key and its default, declared once in the table below.
template <typename T>
struct SettingKey {
    const char *key;
    T fallback;
};

// Every per-desk setting the application keeps (QSettings, so tests isolate them with
// QStandardPaths::setTestModeEnabled). Store-wide settings live in the store instead.
namespace AppSettings {

inline const SettingKey<QString> lastStore{"store/last", {}};
inline const SettingKey<QStringList> recentStores{"store/recent", {}}; // newest first: files and postgresql:// locations
inline const SettingKey<QString> lastUser{"session/lastUser", {}};
inline const SettingKey<QByteArray> windowGeometry{"window/geometry", {}};
inline const SettingKey<QByteArray> windowState{"window/state", {}};
inline const SettingKey<QByteArray> registerColumns{"register/columns", {}};
inline const SettingKey<QString> language{"ui/language", {}}; // empty: follow the system
inline const SettingKey<bool> autoBackupEnabled{"backup/automatic", true};   // daily and on sign-out, of stores this desk writes to
inline const SettingKey<QString> autoBackupFolder{"backup/folder", {}};      // empty: "backups" in the user's data folder
inline const SettingKey<int> autoBackupKeep{"backup/keep", 7};               // the newest this many per store
inline const SettingKey<QByteArray> witnessHeads{"trust/witnessHeads", {}};      // JSON: store path → the highest {seq, head} this desk saw
inline const SettingKey<int> idleLockMinutes{"session/idleLockMinutes", 10}; // minutes without input before the window locks; 0 never
inline const SettingKey<QString> overdueReminderSkipped{"reminders/overdueSkipped", {}}; // "USER YYYY-MM-DD": no overdue reminder for them that day
inline const SettingKey<QString> adminFolder{"admin/lastFolder", {}};         // last folder of a backup, restore or bundle; empty: Documents

template <typename T>
T get(const SettingKey<T> &setting)
{
    return QSettings().value(QLatin1String(setting.key), QVariant::fromValue(setting.fallback)).template value<T>();
}

template <typename T>
void set(const SettingKey<T> &setting, const T &value)
{
    QSettings().setValue(QLatin1String(setting.key), QVariant::fromValue(value));
}

// Where `--demo` keeps its store when no --store is given.
QString defaultDemoStorePath();

} // namespace AppSettings
} // namespace dc
