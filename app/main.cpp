// DocControl: the desktop app when no command is given, the command-line interface otherwise.
#include "app/cli/cliapp.h"
#include "app/guilauncher.h"
#include "core/services/appsettings.h"

#include <QApplication>
#include <QGuiApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <unistd.h>

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

// A GUI application wants a private runtime folder; on servers and in CI there often is none,
// and Qt would warn about it on every command.
void provideRuntimeDir()
{
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/doccontrol-runtime-") + QString::number(getuid());
    if (QDir().mkpath(dir) && QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // A "doccontrol:NUMBER" address (a link clicked in an exported PDF, through the desktop
    // file's URL handler) opens the app at that document; it is no command.
    QString linkClicked;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i).startsWith(QLatin1String("doccontrol:"), Qt::CaseInsensitive)) {
            linkClicked = arguments.takeAt(i);
            break;
        }
    }

    if (dc::cli::CliApp::isCommand(arguments)) {
        // Exports lay out text, which needs a GUI application's fonts but never a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        provideRuntimeDir();
        QGuiApplication app(argc, argv);
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
    options.link = linkClicked;
    return dc::runGui(app, options);
}
