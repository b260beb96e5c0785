#include "app/guilauncher.h"

#include "app/quitsignals.h"

#include "ui/mainwindow.h"
#include "core/services/appsettings.h"
#include "core/model/documentlink.h"
#include "core/services/demostore.h"
#include "ui/sessionflow.h"
#include "core/services/background.h"
#include "core/services/session.h"
#include "ui/uilog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

namespace dc {

namespace {

// Gives the strings of this file their translation context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(dc::GuiLauncher)
};

// Builds the demo store at `path` when it does not exist yet, off the GUI thread (it takes a
// few seconds), then opens it here. Failures are shown in a message box; returns null then.
std::unique_ptr<Session> openDemo(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QProgressDialog progress(Text::tr("Building the demo store: a management manual, policies, procedures and "
                                          "records of a fictitious cloud company…"),
                                 QString(), 0, 0);
        progress.setWindowTitle(Text::tr("DocControl Demo"));
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setMinimumDuration(0);
        progress.show();
        QApplication::setOverrideCursor(Qt::WaitCursor);

        qCInfo(lcUi).noquote() << "building the demo store" << path << "on a worker thread";
        // The worker's Session is opened and closed in the worker; the GUI opens its own below.
        const QString failure = Background::runAndWait([path]() {
            auto built = Session::openDemo(path);
            return built ? QString() : built.message();
        });
        qCInfo(lcUi).noquote() << "demo store build finished:" << (failure.isEmpty() ? QStringLiteral("ok") : failure);

        QApplication::restoreOverrideCursor();
        progress.close();
        if (!failure.isEmpty()) {
            QMessageBox::critical(nullptr, Text::tr("Cannot Build the Demo"), failure);
            return nullptr;
        }
    }
    return SessionFlow::openStore(nullptr, path);
}

// The store given or last used, or one the user picks; opening failures let them pick another.
std::unique_ptr<Session> openChosenStore(const QString &given, Session::Access access)
{
    QString path = given.isEmpty() ? AppSettings::get(AppSettings::lastStore) : given;
    if (path.isEmpty())
        path = SessionFlow::chooseStoreFile(nullptr);
    while (!path.isEmpty()) {
        if (auto session = SessionFlow::openStore(nullptr, path, access))
            return session;
        path = SessionFlow::chooseStoreFile(nullptr, path);
    }
    QMessageBox::information(nullptr, Text::tr("No Store Opened"),
                             Text::tr("DocControl keeps an organisation's documents in a store file (.dcstore).\n\n"
                                      "Create one with\n    doccontrol init --org NAME --admin NAME --password-stdin\n"
                                      "or try the demo with\n    doccontrol --demo"));
    return nullptr;
}

} // namespace

int runGui(QApplication &app, const GuiOptions &options)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/doccontrol.svg")));

    QString userName = options.userName;
    QString password;
    std::unique_ptr<Session> session;
    if (options.demo) {
        session = openDemo(options.storePath.isEmpty() ? AppSettings::defaultDemoStorePath() : options.storePath);
        if (userName.isEmpty())
            userName = QString::fromLatin1(DemoStore::kController);
        password = QString::fromLatin1(DemoStore::kPassword); // every demo user's
    } else {
        session = openChosenStore(options.storePath, options.readOnly ? Session::Access::ReadOnly : Session::Access::ReadWrite);
        if (userName.isEmpty())
            userName = AppSettings::get(AppSettings::lastUser);
        password = qEnvironmentVariable("DOCCONTROL_PASSWORD");
    }
    if (!session)
        return 1;

    const auto user = SessionFlow::signIn(nullptr, *session, userName, password);
    if (!user)
        return 0; // the user chose not to sign in
    SessionFlow::remember(*session, *user);

    auto *window = new MainWindow(std::move(session), *user);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    // Once the events of the first show are handled: the window and its register are there
    // (the register's first page loads with the window). For support logs and bench_scale.
    QTimer::singleShot(0, window, [] { qCInfo(lcUi).noquote() << "window ready"; });
    if (!options.link.isEmpty()) {
        // The document view says when the user may not see it or it does not exist.
        if (const auto number = documentLinkTarget(options.link))
            window->showDocument(*number);
        else
            QMessageBox::warning(window, Text::tr("Link Not Understood"),
                                 Text::tr("\"%1\" names no document. A DocControl link reads doccontrol:NUMBER, for example doccontrol:ISMS-P-001.")
                                     .arg(options.link.left(200)));
    }
    quitOnTerminationSignals();
    const QPointer<MainWindow> open = window;
    const int exitCode = app.exec();
    delete open.data(); // quit by a signal: the window, its Session and the store close here
    return exitCode;
}

} // namespace dc
