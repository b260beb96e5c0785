// DocControl: the desktop app when no command is given, the command-line interface otherwise.
#include "cli/cliapp.h"
#include "guilauncher.h"
#include "services/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DocControl"));
    QCoreApplication::setApplicationName(QStringLiteral("doccontrol"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCCONTROL_VERSION));
}

// Chinese or English, following the saved choice or else the system locale.
void installTranslations(QCoreApplication &app)
{
    const QString chosen = dc::AppSettings::get(dc::AppSettings::language);
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    // English is the fallback: it holds the English plural forms the source text lacks.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("doccontrol"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/doccontrol_en")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (dc::cli::CliApp::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(app);
        dc::cli::CliApp cli(app.arguments());
        return cli.run();
    }

    QApplication app(argc, argv);
    setIdentity();
    installTranslations(app);
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption demo(QStringLiteral("demo"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"));
    parser.addOptions({store, user, demo, readOnly});
    parser.parse(app.arguments());

    dc::GuiOptions options;
    options.storePath = parser.isSet(store) ? parser.value(store) : qEnvironmentVariable("DOCCONTROL_STORE");
    options.userName = parser.isSet(user) ? parser.value(user) : qEnvironmentVariable("DOCCONTROL_USER");
    options.demo = parser.isSet(demo);
    options.readOnly = parser.isSet(readOnly);
    return dc::runGui(app, options);
}
