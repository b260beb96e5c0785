#pragma once

// The benchmarks' PostgreSQL runs: ctest's *_postgres variants set DOCCONTROL_TEST_POSTGRES to a
// postgresql:// URL of a server's maintenance database, and each run makes its own database there.

#include <QString>

namespace bench {

// A new, empty database on the PostgreSQL server at `server`, named after `prefix` and this
// process: its postgresql:// location. Ends the program with a message when the server refuses.
QString newPostgresDatabase(const QString &server, const QString &prefix);

} // namespace bench
