#pragma once

// The benchmarks' PostgreSQL runs. The server is named by `--pg URL` (a postgresql:// URL of a
// server's maintenance database), or by DOCCONTROL_TEST_POSTGRES (ctest's *_postgres variants set
// it); `--pg` alone uses that variable when it is set and otherwise starts a throwaway cluster
// (tests/pg/pgcluster.sh) that is stopped and deleted when the program ends. Each run makes its
// own database on the server.

#include <QString>
#include <QStringList>

namespace bench {

// The server to run on, from the program's arguments (without the program's name) and the
// environment; empty when the run is on SQLite. Ends the program with a message when a
// throwaway cluster cannot be started.
QString postgresServer(const QStringList &args);

// A new, empty database on the PostgreSQL server at `server`, named after `prefix` and this
// process: its postgresql:// location. Ends the program with a message when the server refuses.
QString newPostgresDatabase(const QString &server, const QString &prefix);

} // namespace bench
