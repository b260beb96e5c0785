#pragma once

#include "core/model/user.h"
#include "core/store/database.h"

#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace dc {

class Database;

// The interactive steps between starting the app (or File ▸ Open Store…) and a main window:
// choosing a store file, opening it, signing in, remembering the choice. Each step shows its
// own failures to the user (message box or inline) and returns nothing when it did not succeed.
namespace SessionFlow {

// Asks for a .dcstore file, starting in the folder of `near` (or the last store's). Empty
// when cancelled.
QString chooseStoreFile(QWidget *parent, const QString &near = {});

// Opens the store at `path`. On failure shows core's message (not a store, corrupt, newer
// version, …) in a message box and returns null.
std::unique_ptr<Database> openStore(QWidget *parent, const QString &path,
                                    Database::Access access = Database::Access::ReadWrite);

// Signs `userName` in: silently when a password is given and matches, otherwise through a
// SignInDialog (showing why a silent attempt failed). Empty when the user cancels.
std::optional<User> signIn(QWidget *parent, Database &db, const QString &userName, const QString &password = {});

// Remembers the store and the user for the next start.
void remember(const Database &db, const User &user);

} // namespace SessionFlow
} // namespace dc
