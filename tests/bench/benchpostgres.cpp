#include "benchpostgres.h"

#include "../cli/clistoresql.h"

#include <QDir>
#include <QProcess>

#include <cstdio>
#include <cstdlib>

namespace bench {

namespace {

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(why));
    std::exit(1);
}

// The throwaway cluster's folder, stopped and deleted at exit (also after a failure, which
// ends the program with std::exit).
QByteArray &clusterFolder()
{
    static QByteArray folder;
    return folder;
}

void stopCluster()
{
    const QByteArray command = "bash '" DOCCONTROL_PGCLUSTER "' stop '" + clusterFolder() + "'";
    if (std::system(command.constData()) != 0)
        std::fprintf(stderr, "could not stop the throwaway PostgreSQL cluster in %s\n", clusterFolder().constData());
}

QString startThrowawayCluster()
{
    // Not inside a QTemporaryDir: the cluster runs as `postgres` under root, which must be able
    // to reach the folder.
    const QString folder = QDir::temp().filePath(QStringLiteral("doccontrol-bench-pg-%1").arg(QCoreApplication::applicationPid()));
    std::fprintf(stderr, "starting a throwaway PostgreSQL cluster in %s\n", qPrintable(folder));
    QProcess script;
    script.start(QStringLiteral("bash"), {QStringLiteral(DOCCONTROL_PGCLUSTER), QStringLiteral("start"), folder});
    if (!script.waitForFinished(180000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0)
        fail(QStringLiteral("cannot start a throwaway PostgreSQL cluster: %1").arg(QString::fromLocal8Bit(script.readAllStandardError()).trimmed()));
    clusterFolder() = QFile::encodeName(folder);
    std::atexit(stopCluster);
    return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
}

} // namespace

QString postgresServer(const QStringList &args)
{
    const QString fromEnvironment = qEnvironmentVariable("DOCCONTROL_TEST_POSTGRES");
    const qsizetype at = args.indexOf(QStringLiteral("--pg"));
    if (at < 0)
        return fromEnvironment;
    const QString next = args.value(at + 1);
    if (next.startsWith(QLatin1String("postgresql://")) || next.startsWith(QLatin1String("postgres://")))
        return next;
    if (!next.isEmpty() && !next.startsWith(QLatin1Char('-')))
        fail(QStringLiteral("--pg takes a postgresql:// URL, not \"%1\"").arg(next));
    return fromEnvironment.isEmpty() ? startThrowawayCluster() : fromEnvironment;
}

QString newPostgresDatabase(const QString &server, const QString &prefix)
{
    const QString name = QStringLiteral("%1_%2").arg(prefix).arg(QCoreApplication::applicationPid());
    const QString failed = dctest::querySql(server, QStringLiteral("CREATE DATABASE ") + name); // no rows: empty when made
    if (!failed.isEmpty())
        fail(QStringLiteral("cannot make the benchmark's database: %1").arg(failed));
    QUrl made(server);
    made.setPath(QLatin1Char('/') + name);
    return made.toString();
}

} // namespace bench
