// init, user add, user list.
#include "app/cli/cliapp.h"
#include "app/cli/output.h"

#include "core/model/revisionlabel.h"
#include "core/services/appsettings.h"
#include "core/services/userservice.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace dc::cli {

namespace {


QCommandLineOption passwordStdinOption()
{
    return QCommandLineOption(QStringLiteral("password-stdin"), QCoreApplication::translate("dc::cli", "Read the new password from standard input."));
}

QJsonObject userJson(const User &user)
{
    return QJsonObject{{QStringLiteral("name"), user.name},
                       {QStringLiteral("display"), user.displayName},
                       {QStringLiteral("department"), user.department},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(rolesToKeys(user.roles).split(QLatin1Char(',')))},
                       {QStringLiteral("clearance"), toKey(user.clearance)},
                       {QStringLiteral("active"), user.active}};
}

QCommandLineOption clearanceOption()
{
    return QCommandLineOption(QStringLiteral("clearance"),
                              QCoreApplication::translate("dc::cli", "The highest classification the user may read: public, internal (default), confidential, secret."),
                              QCoreApplication::translate("dc::cli", "LEVEL"), QStringLiteral("internal"));
}

// The clearance named on the command line, or a usage error naming the choices.
std::optional<Classification> clearanceFrom(const QString &key)
{
    std::optional<Classification> clearance = classificationFromKey(key);
    if (!clearance)
        usage(QCoreApplication::translate("dc::cli", "The clearance \"%1\" is not one of %2.").arg(key, classificationKeys().join(QStringLiteral(", "))));
    return clearance;
}

int init(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "init takes no arguments, only options."));
    if (app.isSet(QStringLiteral("read-only")))
        return usage(QCoreApplication::translate("dc::cli", "init creates a store, so it cannot work --read-only."));
    const QString path = app.storePath();
    if (!app.isSet(QStringLiteral("store")) && qEnvironmentVariable("DOCCONTROL_STORE").isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "init needs --store FILE: the store file to create."));
    if (!app.isSet(QStringLiteral("org")) || !app.isSet(QStringLiteral("admin")))
        return usage(QCoreApplication::translate("dc::cli", "init needs --org NAME and --admin NAME."));
    std::optional<LabelScheme> scheme = labelSchemeFromKey(app.option(QStringLiteral("scheme")));
    if (!scheme)
        return usage(QCoreApplication::translate("dc::cli", "--scheme must be edition (A/0) or decimal (1.0)."));
    auto password = app.newPasswordFromStdin();
    if (!password)
        return fail(password.error());
    NewStore init;
    init.organisation = app.option(QStringLiteral("org"));
    init.organisationEn = app.option(QStringLiteral("org-en"));
    init.admin = app.option(QStringLiteral("admin"));
    init.password = password.value();
    init.scheme = *scheme;
    if (app.isSet(QStringLiteral("prefix")))
        init.numberPrefix = app.option(QStringLiteral("prefix"));
    auto store = Session::create(path, init);
    if (!store)
        return fail(store.error());
    AppSettings::set(AppSettings::lastStore, QFileInfo(path).absoluteFilePath());
    if (app.json())
        printJson(QJsonObject{{QStringLiteral("store"), QFileInfo(path).absoluteFilePath()}});
    else
        out(QCoreApplication::translate("dc::cli", "Created the store %1 with administrator %2.\n").arg(path, app.option(QStringLiteral("admin"))));
    return 0;
}

int userAdd(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "user add needs exactly one user name."));
    if (!app.isSet(QStringLiteral("role")))
        return usage(QCoreApplication::translate("dc::cli", "user add needs --role ROLE[,ROLE] (one of %1).").arg(roleKeys().join(QStringLiteral(", "))));
    auto roles = parseRoles(app.option(QStringLiteral("role")));
    if (!roles)
        return fail(roles.error());
    const std::optional<Classification> clearance = clearanceFrom(app.option(QStringLiteral("clearance")));
    if (!clearance)
        return 2;
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto password = app.newPasswordFromStdin();
    if (!password)
        return fail(password.error());
    auto user = app.session().users()
                    .addUser(actor.value(),
                             NewUser{arguments.first(), app.option(QStringLiteral("display")), app.option(QStringLiteral("department")),
                                     roles.value(), *clearance},
                             password.value());
    if (!user)
        return fail(user.error());
    if (app.json())
        printJson(userJson(user.value()));
    else
        out(QCoreApplication::translate("dc::cli", "Added user %1 (%2).\n").arg(user->name, roleDisplayNames(user->roles)));
    return 0;
}

int userList(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "user list takes no arguments."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto users = app.session().users().users();
    if (!users)
        return fail(users.error());
    if (app.json()) {
        QJsonArray array;
        for (const User &user : users.value())
            array.append(userJson(user));
        printJson(array);
        return 0;
    }
    QList<QStringList> rows;
    for (const User &user : users.value())
        rows << QStringList{user.name, user.displayName, user.department, rolesToKeys(user.roles), toKey(user.clearance),
                            user.active ? QString() : QCoreApplication::translate("dc::cli", "disabled")};
    printTable({QCoreApplication::translate("dc::cli", "NAME"), QCoreApplication::translate("dc::cli", "DISPLAY"), QCoreApplication::translate("dc::cli", "DEPARTMENT"),
                QCoreApplication::translate("dc::cli", "ROLES"), QCoreApplication::translate("dc::cli", "CLEARANCE"), QString()},
               rows);
    return 0;
}

int userPasswd(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "user passwd changes the acting user's password and takes no arguments."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto password = app.newPasswordFromStdin();
    if (!password)
        return fail(password.error());
    if (const Status changed = app.session().users().changePassword(actor.value(), app.password(), password.value()); !changed)
        return fail(changed.error());
    out(QCoreApplication::translate("dc::cli", "Changed the password of %1; the signing key is kept.\n").arg(actor->name));
    return 0;
}

int userResetPassword(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "user reset-password needs exactly one user name."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto password = app.newPasswordFromStdin();
    if (!password)
        return fail(password.error());
    if (const Status reset = app.session().users().resetPassword(actor.value(), arguments.first(), password.value()); !reset)
        return fail(reset.error());
    out(QCoreApplication::translate("dc::cli", "Set a new password and signing key for %1.\n").arg(arguments.first()));
    return 0;
}

int userSetActive(CliApp &app, const QStringList &arguments, bool active)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "user enable/disable needs exactly one user name."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (const Status set = app.session().users().setActive(actor.value(), arguments.first(), active); !set)
        return fail(set.error());
    out(active ? QCoreApplication::translate("dc::cli", "Enabled %1.\n").arg(arguments.first())
               : QCoreApplication::translate("dc::cli", "Disabled %1; their signatures stay valid.\n").arg(arguments.first()));
    return 0;
}

int userRoles(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1 || !app.isSet(QStringLiteral("role")))
        return usage(QCoreApplication::translate("dc::cli", "user roles needs a user name and --role ROLE[,ROLE]."));
    auto roles = parseRoles(app.option(QStringLiteral("role")));
    if (!roles)
        return fail(roles.error());
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (const Status set = app.session().users().setRoles(actor.value(), arguments.first(), roles.value()); !set)
        return fail(set.error());
    out(QCoreApplication::translate("dc::cli", "%1 now holds: %2.\n").arg(arguments.first(), roleDisplayNames(roles.value())));
    return 0;
}

int userClearance(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 2)
        return usage(QCoreApplication::translate("dc::cli", "user clearance needs a user name and a level (%1).").arg(classificationKeys().join(QStringLiteral(", "))));
    const std::optional<Classification> clearance = clearanceFrom(arguments.at(1));
    if (!clearance)
        return 2;
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (const Status set = app.session().users().setClearance(actor.value(), arguments.first(), *clearance); !set)
        return fail(set.error());
    out(QCoreApplication::translate("dc::cli", "%1 may now read documents up to %2.\n").arg(arguments.first(), displayName(*clearance)));
    return 0;
}

} // namespace

QList<Command> userCommands()
{
    return {
        Command{{QStringLiteral("init")},
                QStringLiteral("init --org NAME [--org-en NAME] --admin NAME [--scheme edition|decimal] [--prefix ISMS] --password-stdin"),
                {QCommandLineOption(QStringLiteral("org"), QCoreApplication::translate("dc::cli", "The organisation's name."), QCoreApplication::translate("dc::cli", "NAME")),
                 QCommandLineOption(QStringLiteral("org-en"), QCoreApplication::translate("dc::cli", "The organisation's English name."), QCoreApplication::translate("dc::cli", "NAME")),
                 QCommandLineOption(QStringLiteral("admin"), QCoreApplication::translate("dc::cli", "The first administrator's user name."), QCoreApplication::translate("dc::cli", "NAME")),
                 QCommandLineOption(QStringLiteral("scheme"), QCoreApplication::translate("dc::cli", "Revision labels: edition (A/0) or decimal (1.0)."), QCoreApplication::translate("dc::cli", "SCHEME"),
                                    QStringLiteral("edition")),
                 QCommandLineOption(QStringLiteral("prefix"), QCoreApplication::translate("dc::cli", "The prefix of generated document numbers."), QCoreApplication::translate("dc::cli", "PREFIX")),
                 passwordStdinOption()},
                init},
        Command{{QStringLiteral("user"), QStringLiteral("add")},
                QStringLiteral("user add NAME --role ROLE[,ROLE] [--display NAME] [--department DEPT] [--clearance LEVEL] --password-stdin"),
                {QCommandLineOption(QStringLiteral("role"), QCoreApplication::translate("dc::cli", "Roles: admin, controller, author, reviewer, approver, reader."), QCoreApplication::translate("dc::cli", "ROLES")),
                 QCommandLineOption(QStringLiteral("display"), QCoreApplication::translate("dc::cli", "The name shown for the user."), QCoreApplication::translate("dc::cli", "NAME")),
                 QCommandLineOption(QStringLiteral("department"), QCoreApplication::translate("dc::cli", "The user's department."), QCoreApplication::translate("dc::cli", "DEPT")),
                 clearanceOption(), passwordStdinOption()},
                userAdd},
        Command{{QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("user list [--json]"), {}, userList},
        Command{{QStringLiteral("user"), QStringLiteral("passwd")}, QStringLiteral("user passwd --password-stdin"), {passwordStdinOption()}, userPasswd},
        Command{{QStringLiteral("user"), QStringLiteral("reset-password")}, QStringLiteral("user reset-password NAME --password-stdin"),
                {passwordStdinOption()}, userResetPassword},
        Command{{QStringLiteral("user"), QStringLiteral("disable")}, QStringLiteral("user disable NAME"), {},
                [](CliApp &app, const QStringList &arguments) { return userSetActive(app, arguments, false); }},
        Command{{QStringLiteral("user"), QStringLiteral("enable")}, QStringLiteral("user enable NAME"), {},
                [](CliApp &app, const QStringList &arguments) { return userSetActive(app, arguments, true); }},
        Command{{QStringLiteral("user"), QStringLiteral("roles")}, QStringLiteral("user roles NAME --role ROLE[,ROLE]"),
                {QCommandLineOption(QStringLiteral("role"), QCoreApplication::translate("dc::cli", "Roles: admin, controller, author, reviewer, approver, reader."), QCoreApplication::translate("dc::cli", "ROLES"))},
                userRoles},
        Command{{QStringLiteral("user"), QStringLiteral("clearance")}, QStringLiteral("user clearance NAME public|internal|confidential|secret"), {}, userClearance},
    };
}

} // namespace dc::cli
