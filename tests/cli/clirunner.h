#pragma once

// Runs the doccontrol binary as a user or a script would: a real process with a clean
// environment (settings in a temporary folder), standard input, output, error and exit status.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace dctest {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
};

// Runs doccontrol with `arguments`, `stdinText` on standard input and `environment`
// ("NAME=value") added; settings and data live under `home`.
inline Run runDoccontrol(const QString &home, const QStringList &arguments, const QString &stdinText = {},
                         const QStringList &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DOCCONTROL_STORE", "DOCCONTROL_USER", "DOCCONTROL_PASSWORD"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const QString &entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DOCCONTROL_BINARY), arguments);
    process.write(stdinText.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("doccontrol did not finish");
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace dctest
