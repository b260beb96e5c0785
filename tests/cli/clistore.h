#pragma once

// A store made through the command line with one user per role, and the ways the store tests
// run doccontrol against it: to completion, in the background, or killed at a moment.

#include "clirunner.h"
#include "clistoresql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace dctest {

class CliStore final {
public:
    // Users: admin, wangfang (controller, author), lisi (author), zhaoliu (reviewer),
    // sunba (approver), chenjing (reader); each one's password is NAME-pw.
    bool create(const QString &error = {})
    {
        Q_UNUSED(error)
        if (!m_dir.isValid())
            return false;
        // The suites' PostgreSQL variants make the store as a new database on the test server.
        m_store = cliOnPostgres() ? newPostgresStore() : m_dir.filePath(QStringLiteral("org.dcstore"));
        if (m_store.isEmpty())
            return false;
        const Run init = runDoccontrol(home(), {QStringLiteral("--store"), m_store, QStringLiteral("init"), QStringLiteral("--org"),
                                                QStringLiteral("星河云数据科技有限公司"), QStringLiteral("--admin"), QStringLiteral("admin"),
                                                QStringLiteral("--password-stdin")},
                                       QStringLiteral("admin-pw\n"));
        if (init.exitCode != 0) {
            qWarning("init failed: %s", qPrintable(init.err));
            return false;
        }
        const struct {
            const char *name, *roles;
        } users[] = {{"wangfang", "controller,author"}, {"lisi", "author"}, {"zhaoliu", "reviewer"}, {"sunba", "approver"}, {"chenjing", "reader"}};
        for (const auto &u : users) {
            const QString name = QString::fromLatin1(u.name);
            const Run added = runDoccontrol(home(), {QStringLiteral("--store"), m_store, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                                                     QStringLiteral("add"), name, QStringLiteral("--role"), QString::fromLatin1(u.roles),
                                                     QStringLiteral("--password-stdin")},
                                            QStringLiteral("admin-pw\n") + name + QStringLiteral("-pw\n"));
            if (added.exitCode != 0) {
                qWarning("user add failed: %s", qPrintable(added.err));
                return false;
            }
        }
        const Run route = as(QStringLiteral("wangfang"), {QStringLiteral("route"), QStringLiteral("set"), QStringLiteral("procedure"), QStringLiteral("--reviewers"),
                                                          QStringLiteral("zhaoliu"), QStringLiteral("--approver"), QStringLiteral("sunba")});
        return route.exitCode == 0;
    }

    QString home() const { return m_dir.path(); }
    QString path() const { return m_store; }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    // The environment a command of `user` runs with.
    QStringList environment(const QString &user) const
    {
        return {QStringLiteral("DOCCONTROL_USER=") + user, QStringLiteral("DOCCONTROL_PASSWORD=") + user + QStringLiteral("-pw")};
    }

    QStringList withStore(const QStringList &arguments) const { return QStringList{QStringLiteral("--store"), m_store} + arguments; }

    Run as(const QString &user, const QStringList &arguments) const
    {
        return runDoccontrol(home(), withStore(arguments), QString(), environment(user));
    }

    // Starts a command in the background, with the environment runDoccontrol gives.
    std::unique_ptr<QProcess> start(const QString &user, const QStringList &arguments) const
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DOCCONTROL_STORE", "DOCCONTROL_USER", "DOCCONTROL_PASSWORD"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home() + QStringLiteral("/data"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        for (const QString &entry : environment(user))
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(DOCCONTROL_BINARY), withStore(arguments));
        process->closeWriteChannel();
        return process;
    }

    QString writeFile(const QString &name, const QString &text) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write a fixture file");
        file.write(text.toUtf8());
        return path;
    }

    // What the store holds, to prove a refused command left it alone: the bytes of the file and
    // its WAL on SQLite, every row of every table on PostgreSQL.
    QByteArray content() const
    {
        if (isPostgresLocation(m_store))
            return postgresContent(m_store);
        QByteArray bytes;
        for (const QString &name : QStringList{m_store, m_store + QStringLiteral("-wal")}) {
            QFile file(name);
            if (file.open(QIODevice::ReadOnly))
                bytes += QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        }
        return bytes;
    }

    // PRAGMA integrity_check through a plain connection of this process, closed at once.
    QString integrity() const { return pragma(QStringLiteral("PRAGMA integrity_check")); }

    // `sql` through a plain connection of this process (SQLite or PostgreSQL), closed at once.
    QString pragma(const QString &sql) const { return querySql(m_store, sql); }

private:
    QTemporaryDir m_dir;
    QString m_store;
};

// Numbers of the documents `doc list --json` shows.
inline QStringList listedNumbers(const Run &r)
{
    QStringList numbers;
    const QJsonArray rows = r.json().value(QLatin1String("documents")).toArray();
    for (const QJsonValue &row : rows)
        numbers << row.toObject().value(QLatin1String("number")).toString();
    return numbers;
}

// A realistic Chinese procedure of about `kib` KiB.
inline QString procedureText(const QString &title, int kib)
{
    QString text = QStringLiteral("# ") + title + QStringLiteral("\n\n");
    const QString paragraph = QStringLiteral("本程序规定了信息安全事件的报告、评估、响应和总结的职责与要求，适用于公司所有信息系统和服务。"
                                             "The procedure applies to every service in scope of the ISMS and the SMS.\n\n");
    int section = 1;
    while (text.toUtf8().size() < kib * 1024) {
        text += QStringLiteral("## %1 程序要求\n\n").arg(section++);
        for (int i = 0; i < 8; ++i)
            text += paragraph;
    }
    return text;
}

// Step `n` of the concurrency proofs' two writing desks (tst_storeproof, tst_desks): who runs
// which command, and the document it writes.
struct DeskCommand {
    QString user;
    QStringList arguments;
    QString number;
};

// An author desk: registers a work instruction, then edits it, and so on.
inline DeskCommand authorDeskCommand(const CliStore &store, int n)
{
    const QString number = QStringLiteral("ISMS-WI-%1").arg(500 + n / 2, 3, 10, QLatin1Char('0'));
    const QString title = QStringLiteral("作业指导书 %1").arg(n);
    const QString file = store.writeFile(QStringLiteral("desk-a-%1.md").arg(n), procedureText(title, 3));
    if (n % 2 == 0) {
        return {QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("new"), QStringLiteral("--number"), number, QStringLiteral("--type"),
                                            QStringLiteral("work_instruction"), QStringLiteral("--title"), title, QStringLiteral("--owner"),
                                            QStringLiteral("lisi"), QStringLiteral("--content"), file},
                number};
    }
    return {QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("edit"), number, QStringLiteral("--content"), file, QStringLiteral("--summary"),
                                        QStringLiteral("第 %1 次修改").arg(n)},
            number};
}

// A review desk: takes one procedure after the other from new through submission, the
// reviewer's and the approver's signatures to release (n % 5 == 4).
inline DeskCommand reviewDeskCommand(int n)
{
    const QString number = QStringLiteral("ISMS-P-%1").arg(600 + n / 5, 3, 10, QLatin1Char('0'));
    switch (n % 5) {
    case 0: return {QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("new"), QStringLiteral("--number"), number, QStringLiteral("--type"),
                                                QStringLiteral("procedure"), QStringLiteral("--title"), QStringLiteral("并发程序 %1").arg(n / 5),
                                                QStringLiteral("--owner"), QStringLiteral("lisi")}, number};
    case 1: return {QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("submit"), number}, number};
    case 2: return {QStringLiteral("zhaoliu"), {QStringLiteral("doc"), QStringLiteral("sign"), number, QStringLiteral("--as"), QStringLiteral("reviewer")}, number};
    case 3: return {QStringLiteral("sunba"), {QStringLiteral("doc"), QStringLiteral("sign"), number, QStringLiteral("--as"), QStringLiteral("approver")}, number};
    default: return {QStringLiteral("wangfang"), {QStringLiteral("doc"), QStringLiteral("release"), number}, number};
    }
}

} // namespace dctest
