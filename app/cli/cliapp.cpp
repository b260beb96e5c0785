#include "app/cli/cliapp.h"

#include "app/cli/output.h"
#include "core/services/appsettings.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace dc::cli {

namespace {


QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("store"), QCoreApplication::translate("dc::cli", "The store: a file, or postgresql://user@host:port/dbname (default: $DOCCONTROL_STORE, else the last one used)."), QCoreApplication::translate("dc::cli", "STORE")),
        QCommandLineOption(QStringLiteral("user"), QCoreApplication::translate("dc::cli", "The acting user (default: $DOCCONTROL_USER)."), QCoreApplication::translate("dc::cli", "NAME")),
        QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("dc::cli", "Print data as JSON.")),
        QCommandLineOption(QStringLiteral("read-only"), QCoreApplication::translate("dc::cli", "Open the store read-only: nothing can change it.")),
        QCommandLineOption(QStringLiteral("demo"), QCoreApplication::translate("dc::cli", "Open the desktop app on the demo store (made on first use).")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("dc::cli", "Show this help.")),
        QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, QCoreApplication::translate("dc::cli", "Show the version.")),
    };
}

const QList<Command> &commands()
{
    static const QList<Command> all = userCommands() + documentCommands() + metadataCommands() + clauseCommands() + workflowCommands() + auditCommands() + exportCommands() + archiveCommands() + reportCommands() + coverageCommands() + linkCommands() + soaCommands() + distributionCommands() + acknowledgementCommands() + taskCommands() + dispositionCommands();
    return all;
}

// Every option any command takes, so the first pass can find the command words wherever the
// options stand.
QList<QCommandLineOption> allOptions()
{
    QList<QCommandLineOption> options = globalOptions();
    QStringList seen;
    for (const QCommandLineOption &o : options)
        seen << o.names();
    for (const Command &command : commands()) {
        for (const QCommandLineOption &o : command.options) {
            if (!seen.contains(o.names().first())) {
                options << o;
                seen << o.names();
            }
        }
    }
    return options;
}

QString helpText()
{
    QString text = QCoreApplication::translate("dc::cli", "DocControl (文控): controlled documents for ISO/IEC 20000-1 and ISO/IEC 27001.\n\n"
                      "Usage: doccontrol [--store FILE] [--user NAME] [--read-only] [--demo]     the desktop app\n"
                      "       doccontrol [--store FILE] [--user NAME] [--read-only] COMMAND ...  a command\n\n"
                      "Commands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  ") + command.synopsis + QLatin1Char('\n');
    text += QCoreApplication::translate("dc::cli", "\nThe acting user's password comes from $DOCCONTROL_PASSWORD or the first line of standard input;\n"
               "a new password (--password-stdin) from the next line. Exit status: 0 success, 1 refused or failed,\n"
               "2 usage error, 3 authentication or permission, 4 not found, 5 store unusable.\n");
    return text;
}

} // namespace

CliApp::CliApp(QStringList arguments) : m_arguments(std::move(arguments)) {}
CliApp::~CliApp() = default;

bool CliApp::isCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(allOptions());
    parser.parse(arguments);
    return !parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"));
}

int CliApp::run()
{
    QCommandLineParser probe;
    probe.addOptions(allOptions());
    if (!probe.parse(m_arguments))
        return usage(probe.errorText());
    if (probe.isSet(QStringLiteral("version"))) {
        out(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion() + QLatin1Char('\n'));
        return 0;
    }
    const QStringList words = probe.positionalArguments();
    if (words.isEmpty() || probe.isSet(QStringLiteral("help"))) {
        out(helpText());
        return 0;
    }

    // The longest command whose words open the positional arguments.
    const Command *match = nullptr;
    for (const Command &command : commands()) {
        if (words.mid(0, command.words.size()) == command.words && (!match || command.words.size() > match->words.size()))
            match = &command;
    }
    if (!match)
        return usage(QCoreApplication::translate("dc::cli", "Unknown command \"%1\".").arg(words.join(QLatin1Char(' '))));

    // Second pass: only the options this command takes.
    m_parser.addOptions(globalOptions());
    m_parser.addOptions(match->options);
    if (!m_parser.parse(m_arguments))
        return usage(m_parser.errorText() + QStringLiteral(" (") + match->synopsis + QLatin1Char(')'));
    const int status = match->run(*this, m_parser.positionalArguments().mid(match->words.size()));
    // This desk witnesses the head the command left (its own writes included).
    if (m_session && !m_session->isReadOnly() && m_witnessed)
        (void)m_session->rememberWitness();
    return status;
}

QString CliApp::storePath() const
{
    if (!m_storeOverride.isEmpty())
        return m_storeOverride;
    if (m_parser.isSet(QStringLiteral("store")))
        return m_parser.value(QStringLiteral("store"));
    const QString fromEnvironment = qEnvironmentVariable("DOCCONTROL_STORE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return AppSettings::get(AppSettings::lastStore);
}

Result<Session *> CliApp::openStore()
{
    if (m_session)
        return m_session.get();
    const QString path = storePath();
    if (path.isEmpty())
        return Error{ErrorCode::CannotOpen, QCoreApplication::translate("dc::cli", "No store given: use --store FILE (or postgresql://…) or set DOCCONTROL_STORE.")};
    auto opened = Session::open(path, isSet(QStringLiteral("read-only")) ? Session::Access::ReadOnly : Session::Access::ReadWrite);
    if (!opened)
        return opened.error();
    // Every desk is a witness: a store whose chain lost a head this desk saw is not written to.
    if (const Status witnessed = opened.value()->checkWitness(); !witnessed) {
        if (!opened.value()->isReadOnly())
            return witnessed.error();
        err(QStringLiteral("doccontrol: ") + witnessed.message() + QLatin1Char('\n'));
    } else if (!opened.value()->isReadOnly()) {
        m_witnessed = opened.value()->rememberWitness().ok();
    }
    m_session = std::move(opened.value());
    AppSettings::set(AppSettings::lastStore, Session::rememberedLocation(path));
    return m_session.get();
}

QString CliApp::readStdinLine()
{
    static QTextStream in(stdin);
    return in.readLine();
}

Result<User> CliApp::signIn()
{
    auto session = openStore();
    if (!session)
        return session.error();
    QString name = m_parser.value(QStringLiteral("user"));
    if (name.isEmpty())
        name = qEnvironmentVariable("DOCCONTROL_USER");
    if (name.isEmpty())
        return Error{ErrorCode::AuthenticationFailed, QCoreApplication::translate("dc::cli", "No acting user: use --user NAME or set DOCCONTROL_USER.")};
    QString password = qEnvironmentVariable("DOCCONTROL_PASSWORD");
    if (password.isEmpty())
        password = readStdinLine();
    if (password.isEmpty())
        return Error{ErrorCode::AuthenticationFailed,
                     QCoreApplication::translate("dc::cli", "No password for %1: set DOCCONTROL_PASSWORD or give it on the first line of standard input.").arg(name)};
    m_password = password;
    return session.value()->signIn(name, password);
}

Result<QString> CliApp::newPasswordFromStdin()
{
    if (!m_parser.isSet(QStringLiteral("password-stdin")))
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::cli", "Give the new password on standard input and say so with --password-stdin.")};
    const QString password = readStdinLine();
    if (password.isEmpty())
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::cli", "No new password on standard input.")};
    return password;
}

} // namespace dc::cli
