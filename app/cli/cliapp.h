#pragma once

#include "core/model/user.h"
#include "core/model/result.h"

#include <QCommandLineParser>
#include <QStringList>

#include <functional>
#include <memory>

namespace dc {
class Session;
}

namespace dc::cli {

class CliApp;

// One subcommand: its words ("doc new"), what it takes and the function that runs it.
struct Command {
    QStringList words;
    QString synopsis;     // shown in --help
    QList<QCommandLineOption> options;
    std::function<int(CliApp &, const QStringList &arguments)> run; // arguments after the words
};

// The command-line interface: the same rules as the GUI (everything goes through core's
// services), data on standard output (--json for machines), errors on standard error with a
// non-zero status. Passwords are read only from DOCCONTROL_PASSWORD or standard input.
class CliApp final {
public:
    explicit CliApp(QStringList arguments);
    Q_DISABLE_COPY_MOVE(CliApp)
    ~CliApp();

    // True when the arguments name a subcommand (otherwise the desktop app starts).
    static bool isCommand(const QStringList &arguments);
    int run();

    // For the commands.
    const QCommandLineParser &parser() const { return m_parser; }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QString option(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }

    // --store, else DOCCONTROL_STORE, else the last store used; empty when none is known.
    QString storePath() const;
    // A command that names its store as an argument (store copy FROM TO); before openStore().
    void useStore(const QString &location) { m_storeOverride = location; }
    // Opens the store (and remembers it as the last one used).
    Result<Session *> openStore();
    // Opens the store and signs in the acting user (--user / DOCCONTROL_USER) with the password
    // from DOCCONTROL_PASSWORD or the first line of standard input.
    Result<User> signIn();
    // The password the acting user signed in with: signing asks for it again.
    QString password() const { return m_password; }
    // The open store; only after openStore() or signIn() succeeded.
    Session &session() { return *m_session; }
    // The next line of standard input, without its line ending; empty at end of input.
    QString readStdinLine();
    // A new password for init / user add / user passwd: requires --password-stdin.
    Result<QString> newPasswordFromStdin();

private:
    QStringList m_arguments;
    QCommandLineParser m_parser;
    std::unique_ptr<Session> m_session;
    bool m_witnessed = false; // the store passed this desk's witness check and may be remembered
    QString m_password;
    QString m_storeOverride;
};

// The command tables, one per feature file.
QList<Command> userCommands();
QList<Command> documentCommands();
QList<Command> metadataCommands();
QList<Command> clauseCommands();
QList<Command> workflowCommands();
QList<Command> auditCommands();
QList<Command> exportCommands();
QList<Command> archiveCommands();
QList<Command> reportCommands();
QList<Command> coverageCommands();
QList<Command> linkCommands();
QList<Command> soaCommands();
QList<Command> distributionCommands();
QList<Command> acknowledgementCommands();
QList<Command> taskCommands();
QList<Command> dispositionCommands();

} // namespace dc::cli
