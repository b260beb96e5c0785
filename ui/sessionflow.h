#pragma once

#include "core/model/user.h"
#include "core/services/session.h"

#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace dc {

// The interactive steps between starting the app (or File ▸ Open Store…) and a main window:
// choosing a store file, opening it, signing in, remembering the choice. Each step shows its
// own failures to the user (message box or inline) and returns nothing when it did not succeed.
namespace SessionFlow {

// Asks for a .dcstore file, starting in the folder of `near` (or the last store's). Empty
// when cancelled.
QString chooseStoreFile(QWidget *parent, const QString &near = {});

// Asks for the location of a shared store on PostgreSQL (postgresql://user@host:port/db),
// offering the last one used. Empty when cancelled.
QString chooseDatabaseStore(QWidget *parent);

// The stores opened lately, newest first (files and postgresql:// locations), at most 8.
QStringList recentStores();

// Opens the store at `path` (a file or a postgresql:// location; when the database server
// wants a password the user is asked for it). On failure shows core's message (not a store,
// corrupt, newer version, …) in a message box and returns null.
std::unique_ptr<Session> openStore(QWidget *parent, const QString &path,
                                   Session::Access access = Session::Access::ReadWrite);

// Signs `userName` in: silently when a password is given and matches, otherwise through a
// SignInDialog (showing why a silent attempt failed). Empty when the user cancels. On success
// the user is signed in to `session`.
std::optional<User> signIn(QWidget *parent, Session &session, const QString &userName, const QString &password = {});

// Remembers the store (also among the recent ones) and the user for the next start.
void remember(const Session &session, const User &user);

} // namespace SessionFlow
} // namespace dc
