#include "appstart.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>

namespace bench {

namespace {

// VmRSS of process `pid` in MiB, or 0 when it cannot be read.
double residentMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

struct Run {
    double ms = 0;
    double idleMiB = 0;
    QString error;
};

Run startOnce(const QString &binary, const QString &store, const QString &user, const QString &password, const QString &home)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("doccontrol.ui.info=true"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("DOCCONTROL_PASSWORD"), password);
    app.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    app.setReadChannel(QProcess::StandardError); // where the log goes
    app.start(binary, {QStringLiteral("--store"), store, QStringLiteral("--user"), user});
    QByteArray log;
    Run run;
    while (!log.contains("window ready")) {
        if (!app.waitForReadyRead(30000)) {
            run.error = QStringLiteral("the app did not show its window within 30 s: ") + QString::fromUtf8(log + app.readAllStandardError()).trimmed();
            app.kill();
            app.waitForFinished();
            return run;
        }
        log += app.readAllStandardError();
    }

    run.ms = double(clock.nsecsElapsed()) / 1e6;
    QElapsedTimer idle; // a second of idling, reading what it logs so that a full pipe never blocks it
    idle.start();
    while (idle.elapsed() < 1000) {
        app.waitForReadyRead(100);
        app.readAllStandardError();
    }
    run.idleMiB = residentMiB(app.processId());
    // SIGTERM, as a logout: the app closes its store cleanly. A kill would leave its open
    // marker, and the next start would check the whole file, as after a crash.
    app.terminate();
    if (!app.waitForFinished(10000)) {
        app.kill();
        app.waitForFinished();
    }
    if (app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0)
        run.error = QStringLiteral("the app did not end cleanly on SIGTERM: ") + QString::fromUtf8(app.readAllStandardError()).trimmed();
    return run;
}

} // namespace

AppStart measureAppStart(const QString &binary, const QString &store, const QString &user, const QString &password, int runs)
{
    QTemporaryDir home;
    AppStart result;
    QList<double> times;
    for (int i = 0; i <= runs; ++i) {
        const Run run = startOnce(binary, store, user, password, home.path());
        if (!run.error.isEmpty()) {
            result.error = run.error;
            return result;
        }
        if (i == 0)
            continue; // the cold run warms the caches
        times << run.ms;
        result.idleMiB = std::max(result.idleMiB, run.idleMiB);
    }
    std::sort(times.begin(), times.end());
    result.medianMs = times.at(times.size() / 2);
    return result;
}

} // namespace bench
