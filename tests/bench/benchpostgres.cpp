#include "benchpostgres.h"

#include "../cli/clistoresql.h"

#include <cstdio>
#include <cstdlib>

namespace bench {

QString newPostgresDatabase(const QString &server, const QString &prefix)
{
    const QString name = QStringLiteral("%1_%2").arg(prefix).arg(QCoreApplication::applicationPid());
    const QString failed = dctest::querySql(server, QStringLiteral("CREATE DATABASE ") + name); // no rows: empty when made
    if (!failed.isEmpty()) {
        std::fprintf(stderr, "%s: cannot make the benchmark's database: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(failed));
        std::exit(1);
    }
    QUrl made(server);
    made.setPath(QLatin1Char('/') + name);
    return made.toString();
}

} // namespace bench
