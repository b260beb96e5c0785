#pragma once

#include "core/model/result.h"

#include <QString>

namespace dc {

// Where a store lives: an SQLite file, or a PostgreSQL database named by a URL
// `postgresql://user@host:port/dbname` (host may be a Unix socket folder: `?host=/run/pg`).
// The database password is never part of the location: libpq reads it from PGPASSWORD or
// ~/.pgpass, or the app asks for it.
struct StoreLocation {
    enum class Kind { File, Postgres };

    Kind kind = Kind::File;
    QString path;     // File: the store file
    QString host;     // Postgres: a host name, an address or a socket folder (empty: libpq's default)
    int port = -1;    // Postgres: -1 for libpq's default (5432)
    QString user;     // Postgres: empty for libpq's default (the login name)
    QString database; // Postgres: the database's name

    // True when `text` names a PostgreSQL database rather than a file.
    static bool isPostgresUrl(const QString &text);
    // Reads a location. Fails for a PostgreSQL URL with a password, without a database name, or
    // with options other than host; any other text is a file path.
    static Result<StoreLocation> parse(const QString &text);

    bool isPostgres() const { return kind == Kind::Postgres; }
    // The location as users write it (a path, or the URL without any password).
    QString display() const;

    // A database password the user typed (the app asks when the server wants one and neither
    // PGPASSWORD nor ~/.pgpass has it), kept in this process's memory only, for every
    // connection to that location: the store's, the change feed's, a worker thread's.
    static void setPassword(const QString &location, const QString &password);
    // The password typed for this location; empty when none was.
    QString password() const;
};

} // namespace dc
