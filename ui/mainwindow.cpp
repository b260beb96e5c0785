#include "ui/mainwindow.h"
#include "ui/windowfit.h"

#include "ui/admin/adminactions.h"
#include "ui/audit/auditactions.h"
#include "ui/coverage/coverageactions.h"
#include "ui/acknowledgements/acknowledgementsactions.h"
#include "ui/disposition/dispositionactions.h"
#include "ui/backup/autobackuprunner.h"
#include "ui/copies/copiesdialog.h"
#include "core/workflow/permissions.h"
#include "ui/document/documentview.h"
#include "ui/document/newdocumentdialog.h"
#include "ui/import/importactions.h"
#include "ui/print/printactions.h"
#include "ui/register/masterlistdialog.h"
#include "ui/register/registermodel.h"
#include "ui/register/registerview.h"
#include "ui/register/searchhitdelegate.h"
#include "ui/register/searchresultsmodel.h"
#include "core/services/appsettings.h"
#include "core/services/userservice.h"
#include "core/services/workflowservice.h"
#include "ui/sessionflow.h"
#include "ui/uilog.h"
#include "ui/settings/settingsdialog.h"
#include "core/services/session.h"
#include "ui/users/sessionlock.h"
#include "ui/users/userdialogs.h"
#include "ui/users/usersdialog.h"
#include "ui/workflow/modal.h"
#include "ui/workflow/overduebanner.h"
#include "ui/workflow/tasksview.h"
#include "ui/workflow/workflowactions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTabBar>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace dc {

namespace {
constexpr int kStatusMessageMs = 8000;
// How often an active window looks for what other desks and processes wrote.
constexpr int kOtherDesksPollMs = 5000;
enum LeftPage { RegisterLeftPage, SearchLeftPage, TasksLeftPage };
enum LeftTab { RegisterTab, TasksTab };
} // namespace

MainWindow::MainWindow(std::unique_ptr<Session> session, User user, QWidget *parent)
    : QMainWindow(parent), m_session(std::move(session)), m_user(std::move(user))
{
    setObjectName(QStringLiteral("mainWindow"));
    qCInfo(lcUi).noquote() << "signed in:" << m_user.name << QStringLiteral("(%1)").arg(rolesToKeys(m_user.roles)) << "on" << m_session->storePath() << (m_session->isReadOnly() ? "read-only" : "read-write");
    applyScheduledReleases(); // before the register and the tasks are read
    QString title = tr("DocControl — %1").arg(QFileInfo(m_session->storePath()).fileName());
    if (m_session->isReadOnly())
        title += QLatin1Char(' ') + tr("(read-only)");
    setWindowTitle(title);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(createLeftPane());
    m_view = new DocumentView(*m_session, m_user, m_splitter);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 0); // a wider window gives the reader more room
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(OverdueBanner::around(m_splitter, *m_tasks->model(), m_session->workflow().today(), m_user.name, [this] { showTasks(); }));

    createActions();
    createStatusBar();

    connect(m_register, &RegisterView::currentDocumentChanged, this, [this](const QString &number) {
        if (!number.isEmpty() && number != m_view->number())
            showDocument(number);
    });
    connect(m_register->model(), &RegisterModel::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageMs); });
    connect(m_register->model(), &RegisterModel::totalChanged, this, &MainWindow::showDocumentCount);
    showDocumentCount(m_register->model()->total());
    connect(m_tasks, &TasksView::currentDocumentChanged, this, [this](const QString &number) {
        if (!number.isEmpty() && number != m_view->number())
            showDocument(number);
    });
    connect(m_tasks, &TasksView::documentActivated, this, [this](const QString &number) {
        showDocument(number);
        m_view->setFocus();
    });
    connect(m_tasks, &TasksView::countChanged, this, &MainWindow::showTaskCount);
    showTaskCount(m_tasks->table()->model()->rowCount());
    connect(m_view, &DocumentView::documentChanged, this, &MainWindow::documentChanged);
    connect(m_view, &DocumentView::exported, this, &MainWindow::showExported);
    connect(m_view, &DocumentView::failed, this, [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageMs); });

    // Whatever changed — by this window's actions or at another desk — refreshes what shows it.
    connect(m_session.get(), &Session::registerChanged, this, [this]() {
        m_register->refresh();
        m_tasks->refresh();
    });
    connect(m_session.get(), &Session::documentChanged, this, [this](const QString &number) {
        if (number == m_view->number())
            m_view->reload();
    });
    // A shared PostgreSQL store tells this desk of other desks' writes; a store file is asked.
    if (!m_session->followOtherDesks()) {
        auto *poll = new QTimer(this);
        poll->setInterval(kOtherDesksPollMs);
        connect(poll, &QTimer::timeout, this, [this]() {
            if (isActiveWindow())
                m_session->refresh();
        });
        poll->start();
    }

    if (!m_session->isReadOnly()) {
        m_backups = new AutoBackupRunner(m_session->storePath(), m_user, this);
        connect(m_backups, &AutoBackupRunner::finished, this, [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageMs); });
    }

    m_lock = new SessionLock(this, *m_session, m_user);
    connect(m_lock, &SessionLock::signOutRequested, this, &MainWindow::signOut, Qt::QueuedConnection);

    if (!restoreGeometry(AppSettings::get(AppSettings::windowGeometry))) {
        const QSize screen = this->screen()->availableSize();
        resize(std::min(screen.width() * 9 / 10, 1600), std::min(screen.height() * 9 / 10, 1000));
    }
    restoreState(AppSettings::get(AppSettings::windowState));
    // A size saved on a larger screen would open partly off this one.
    if (!isMaximized() && !isFullScreen())
        WindowFit::keepOnScreen(this);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splitterPlaced)
        return;
    m_splitterPlaced = true;
    // The register as wide as its columns, as long as the document keeps a readable width.
    const QTableView *table = m_register->table();
    const int registerWidth = table->horizontalHeader()->length() + table->verticalScrollBar()->sizeHint().width() + 2 * table->frameWidth() + 4;
    const int total = std::max(m_splitter->width(), 900);
    const int left = std::clamp(registerWidth, total / 3, total * 9 / 20);
    m_splitter->setSizes({left, total - left});
}

MainWindow::~MainWindow()
{
    qCInfo(lcUi).noquote() << "store closed:" << m_session->storePath();
    delete m_lock;
    // The views and models refer to the store: let them go before it closes.
    delete takeCentralWidget();
}

DocumentPreview *MainWindow::preview() const
{
    return m_view->preview();
}

QWidget *MainWindow::createLeftPane()
{
    auto *pane = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_leftTabs = new QTabBar(pane);
    m_leftTabs->setObjectName(QStringLiteral("leftTabs"));
    m_leftTabs->setDocumentMode(true);
    m_leftTabs->setExpanding(false);
    m_leftTabs->addTab(tr("Register"));
    m_leftTabs->addTab(tr("My Tasks"));
    m_leftTabs->setTabToolTip(RegisterTab, tr("Every document (Ctrl+1)"));
    m_leftTabs->setTabToolTip(TasksTab, tr("What waits for you: reviews, approvals, releases, periodic reviews (Ctrl+2)"));
    layout->addWidget(m_leftTabs);

    m_left = new QStackedWidget(pane);
    m_left->setObjectName(QStringLiteral("leftPane"));
    m_register = new RegisterView(*m_session, m_user, m_left);
    m_left->addWidget(m_register);
    m_left->addWidget(createSearchPage());
    m_tasks = new TasksView(*m_session, m_user, m_left);
    m_left->addWidget(m_tasks);
    layout->addWidget(m_left, 1);
    connect(m_leftTabs, &QTabBar::currentChanged, this, [this](int tab) { tab == TasksTab ? showTasks() : showRegister(); });
    return pane;
}

QWidget *MainWindow::createSearchPage()
{
    auto *page = new QWidget(m_left);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_searchSummary = new QLabel(page);
    m_searchSummary->setObjectName(QStringLiteral("searchSummary"));
    m_searchSummary->setWordWrap(true);
    m_searchSummary->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_searchSummary);

    m_searchModel = new SearchResultsModel(*m_session, m_user, page);
    m_searchList = new QListView(page);
    m_searchList->setObjectName(QStringLiteral("searchResults"));
    m_searchList->setModel(m_searchModel);
    m_searchList->setItemDelegate(new SearchHitDelegate(m_searchList));
    m_searchList->setResizeMode(QListView::Adjust);
    m_searchList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_searchList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_searchList, 1);

    connect(m_searchList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (const QString number = m_searchModel->numberAt(current.row()); !number.isEmpty())
            showDocument(number);
    });
    connect(m_searchList, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showDocument(m_searchModel->numberAt(index.row()));
        m_view->setFocus();
    });
    connect(m_searchModel, &SearchResultsModel::totalChanged, this, &MainWindow::showSearchSummary);
    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), m_searchList);
    back->setContext(Qt::WidgetShortcut);
    connect(back, &QShortcut::activated, this, &MainWindow::showRegister);
    return page;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDocumentAction = file->addAction(tr("&New Document…"));
    newDocumentAction->setObjectName(QStringLiteral("actionNewDocument"));
    newDocumentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    Status mayRegister = Permissions::mayRegisterDocument(m_user);
    if (mayRegister && m_session->isReadOnly())
        mayRegister = Error{ErrorCode::ReadOnlyStore, tr("The store is open read-only.")};
    newDocumentAction->setEnabled(mayRegister.ok());
    newDocumentAction->setStatusTip(mayRegister ? tr("Register a document with a first draft from its type's template") : mayRegister.message());
    connect(newDocumentAction, &QAction::triggered, this, &MainWindow::newDocument);
    auto *imports = new ImportActions(*this, file); // File ▸ Import… and files dropped on the window
    connect(imports, &ImportActions::imported, this, &MainWindow::documentChanged);
    file->addSeparator();
    QAction *copiesAction = file->addAction(tr("Controlled &Copies…"));
    copiesAction->setObjectName(QStringLiteral("actionControlledCopies"));
    copiesAction->setEnabled(!Permissions::seesEffectiveOnly(m_user));
    copiesAction->setStatusTip(tr("The register of controlled copies: issued, to recall, recalled, destroyed"));
    connect(copiesAction, &QAction::triggered, this, &MainWindow::openCopies);
    QAction *masterListAction = file->addAction(tr("&Master List of Documents…"));
    masterListAction->setObjectName(QStringLiteral("actionMasterList"));
    masterListAction->setStatusTip(tr("Export the register under its current filter as the master list (受控文件清单), PDF or CSV"));
    connect(masterListAction, &QAction::triggered, this, &MainWindow::exportMasterList);
    addCoverageAction(file, *m_session, m_user, this, [this](const QString &number) { showDocument(number); });
    addAcknowledgementsAction(file, *m_session, m_user, this, [this](const QString &number) { showDocument(number); });
    addDispositionAction(file, *m_session, m_user, this);
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open Store…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openStoreInteractively);
    QAction *openShared = file->addAction(tr("Open &Shared Store…"));
    openShared->setObjectName(QStringLiteral("actionOpenSharedStore"));
    openShared->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openShared->setStatusTip(tr("Open a store that many desks share on a PostgreSQL server"));
    connect(openShared, &QAction::triggered, this, &MainWindow::openSharedStoreInteractively);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("menuRecentStores"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentStores(recent); });
    fillRecentStores(recent);
    file->addSeparator();
    QAction *password = file->addAction(tr("Change &Password…"));
    password->setObjectName(QStringLiteral("actionChangePassword"));
    password->setEnabled(!m_session->isReadOnly());
    connect(password, &QAction::triggered, this, &MainWindow::changePassword);
    QAction *lock = file->addAction(tr("&Lock"));
    lock->setObjectName(QStringLiteral("actionLock"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, this, [this] { m_lock->lock(); });
    QAction *signOutAction = file->addAction(tr("Sign O&ut…"));
    signOutAction->setObjectName(QStringLiteral("actionSignOut"));
    connect(signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *registerAction = view->addAction(tr("&Register"));
    registerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(registerAction, &QAction::triggered, this, &MainWindow::showRegister);
    QAction *tasksAction = view->addAction(tr("My &Tasks"));
    tasksAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(tasksAction, &QAction::triggered, this, &MainWindow::showTasks);
    view->addSeparator();
    QAction *find = view->addAction(tr("&Search"));
    find->setShortcut(QKeySequence::Find);
    QAction *refresh = view->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setIconText(tr("Refresh")); // the toolbar label, without the menu's mnemonic
    refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    connect(refresh, &QAction::triggered, this, &MainWindow::refresh);

    QMenu *document = menuBar()->addMenu(tr("&Document"));
    const QList<QAction *> workflow = m_view->actions()->actions();
    for (QAction *action : workflow) {
        document->addAction(action);
        if (action == m_view->actions()->action(WorkflowAction::Release))
            document->addSeparator();
    }
    document->addSeparator();
    document->addAction(m_view->printActions()->printAction());
    document->addAction(m_view->printActions()->exportAction());

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *users = tools->addAction(tr("&Users…"));
    users->setObjectName(QStringLiteral("actionUsers"));
    users->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    users->setEnabled(m_user.has(Role::Admin));
    users->setStatusTip(m_user.has(Role::Admin) ? tr("Add users, change roles, disable accounts, reset passwords")
                                                : tr("Only administrators manage users."));
    connect(users, &QAction::triggered, this, &MainWindow::openUsers);
    QAction *settings = tools->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    addAdministrationActions(tools, this, [this](const QString &location) { switchToStore(location); });
    tools->addSeparator();
    addAuditActions(tools, *m_session, m_user, this);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About DocControl"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(refresh);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_searchBox = new QLineEdit(bar);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Search number, title or content (Ctrl+F)"));
    m_searchBox->setClearButtonEnabled(true);
    const int searchWidth = m_searchBox->fontMetrics().horizontalAdvance(m_searchBox->placeholderText()) + 48;
    m_searchBox->setMinimumWidth(std::min(searchWidth, 320));
    m_searchBox->setMaximumWidth(searchWidth + 80);
    bar->addWidget(m_searchBox);

    connect(find, &QAction::triggered, this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    connect(m_searchBox, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    connect(m_searchBox, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty() && isShowingSearch())
            showRegister();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_searchBox);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        m_searchBox->clear();
        showRegister();
    });
}

void MainWindow::createStatusBar()
{
    auto *store = new QLabel(QDir::toNativeSeparators(m_session->storePath()), this);
    store->setObjectName(QStringLiteral("storeLabel"));
    store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *signedIn = new QLabel(this);
    signedIn->setObjectName(QStringLiteral("userLabel"));
    const QString who = m_user.displayName.isEmpty() ? m_user.name : tr("%1 (%2)").arg(m_user.displayName, m_user.name);
    signedIn->setText(tr("Signed in: %1 · %2").arg(who, roleDisplayNames(m_user.roles)));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("documentCount"));
    // The store's path gives way to a message while one is shown; as a stretching permanent
    // widget it left messages no room at all.
    statusBar()->addWidget(store, 1);
    // After an export: a link to the folder the file was written to, while its message shows.
    m_exportLink = new QLabel(this);
    m_exportLink->setObjectName(QStringLiteral("openExportFolder"));
    m_exportLink->setTextFormat(Qt::RichText);
    m_exportLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_exportLink->hide();
    connect(m_exportLink, &QLabel::linkActivated, this, [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (!m_exportMessage.isEmpty() && message != m_exportMessage)
            m_exportLink->hide();
    });
    statusBar()->addPermanentWidget(m_exportLink);
    statusBar()->addPermanentWidget(signedIn);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::showExported(const QString &path)
{
    const QFileInfo file(path);
    m_exportMessage = statusBar()->currentMessage();
    m_exportLink->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                              .arg(QUrl::fromLocalFile(file.absolutePath()).toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Open Folder").toHtmlEscaped()));
    m_exportLink->setToolTip(tr("Open %1, where %2 was written").arg(QDir::toNativeSeparators(file.absolutePath()), file.fileName()));
    m_exportLink->show();
}

void MainWindow::showDocumentCount(int total)
{
    m_countLabel->setText(tr("%n document(s)", nullptr, total));
}

void MainWindow::showTaskCount(int count)
{
    m_leftTabs->setTabText(TasksTab, count > 0 ? tr("My Tasks (%1)").arg(count) : tr("My Tasks"));
}

void MainWindow::showDocument(const QString &number)
{
    m_view->showDocument(number);
}

void MainWindow::setLeftPage(int page)
{
    m_left->setCurrentIndex(page);
    const QSignalBlocker quiet(m_leftTabs);
    m_leftTabs->setCurrentIndex(page == TasksLeftPage ? TasksTab : RegisterTab);
}

void MainWindow::runSearch()
{
    const QString query = m_searchBox->text().trimmed();
    if (query.isEmpty()) {
        showRegister();
        return;
    }
    const bool found = m_searchModel->search(query);
    showSearchSummary();
    setLeftPage(SearchLeftPage);
    if (found && m_searchModel->rowCount() > 0)
        m_searchList->setCurrentIndex(m_searchModel->index(0, 0));
    else if (!found)
        statusBar()->showMessage(m_searchModel->lastError(), kStatusMessageMs);
}

void MainWindow::showSearchSummary()
{
    if (!m_searchModel->lastError().isEmpty()) {
        m_searchSummary->setText(m_searchModel->lastError());
        return;
    }
    m_searchSummary->setText(tr("%n result(s) for “%1” — Esc returns to the register", nullptr, m_searchModel->total())
                                 .arg(m_searchModel->query()));
}

void MainWindow::showRegister()
{
    setLeftPage(RegisterLeftPage);
}

void MainWindow::showTasks()
{
    setLeftPage(TasksLeftPage);
    m_tasks->table()->setFocus();
}

bool MainWindow::isShowingSearch() const
{
    return m_left->currentIndex() == SearchLeftPage;
}

bool MainWindow::isShowingTasks() const
{
    return m_left->currentIndex() == TasksLeftPage;
}

void MainWindow::applyScheduledReleases()
{
    // Revisions released for a day that has come become effective before anything is shown.
    if (auto applied = m_session->workflow().applyScheduledReleases(); !applied)
        statusBar()->showMessage(applied.message(), kStatusMessageMs);
    else if (applied.value() > 0)
        statusBar()->showMessage(tr("%n scheduled release(s) became effective.", nullptr, applied.value()), kStatusMessageMs);
}

void MainWindow::refresh()
{
    applyScheduledReleases();
    m_register->refresh();
    if (isShowingSearch() && !m_searchModel->query().isEmpty())
        m_searchModel->search(m_searchModel->query());
    m_tasks->refresh();
    m_view->reload();
    statusBar()->showMessage(tr("Refreshed"), 2000);
}

void MainWindow::documentChanged(const QString &number, const QString &message)
{
    if (m_backups)
        m_backups->noteWrite();
    m_view->showDocument(number); // the register and the tasks follow the Session's signals
    statusBar()->showMessage(message, kStatusMessageMs);
}

void MainWindow::newDocument()
{
    if (!Permissions::mayRegisterDocument(m_user) || m_session->isReadOnly())
        return;
    NewDocumentDialog dialog(*m_session, m_user, this);
    if (Modal::exec(dialog) != QDialog::Accepted || !dialog.created())
        return;
    const QString number = dialog.created()->number;
    showRegister();
    m_register->refresh();
    m_register->selectNumber(number); // when the filter shows it; the document is shown either way
    documentChanged(number, tr("Registered %1 %2.").arg(number, dialog.created()->title));
    m_view->tabs()->setCurrentIndex(DocumentView::ContentTab);
}

void MainWindow::openCopies()
{
    CopiesDialog dialog(*m_session, m_user, this);
    Modal::exec(dialog);
    m_view->reload(); // copies may have been recalled
}

void MainWindow::exportMasterList()
{
    MasterListDialog dialog(*m_session, m_user, m_register->model()->filter(), this);
    if (Modal::exec(dialog) == QDialog::Accepted)
        statusBar()->showMessage(tr("Wrote the master list to %1").arg(QDir::toNativeSeparators(dialog.filePath())), kStatusMessageMs);
}

void MainWindow::openUsers()
{
    if (!m_user.has(Role::Admin))
        return;
    UsersDialog dialog(*m_session, m_user, this);
    Modal::exec(dialog);
    m_view->reload(); // display names may have changed
}

void MainWindow::changePassword()
{
    PasswordDialog dialog(PasswordDialog::Mode::ChangeOwn, m_user.name, this);
    dialog.setCommit([&]() -> Status { return m_session->users().changePassword(m_user, dialog.oldPassword(), dialog.newPassword()); });
    if (Modal::exec(dialog) == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed; your signing key stays the same."), kStatusMessageMs);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    const QString language = AppSettings::get(AppSettings::language);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    m_lock->setTimeout(std::chrono::minutes(dialog.idleLockMinutes()));
    statusBar()->showMessage(dialog.language() != language ? tr("Settings saved; the new language applies when DocControl starts again.")
                                                           : tr("Settings saved."),
                             kStatusMessageMs);
}

void MainWindow::signOut()
{
    qCInfo(lcUi).noquote() << "signed out:" << m_user.name;
    if (m_backups)
        m_backups->finishSession();
    // The next user signs in on the same Session: the store stays open, with its connection.
    m_session->signOut();
    hide();
    if (const auto next = SessionFlow::signIn(nullptr, *m_session, QString())) {
        SessionFlow::remember(*m_session, *next);
        auto *window = new MainWindow(std::move(m_session), *next);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    }
    close();
}

void MainWindow::openStoreInteractively()
{
    const QString path = SessionFlow::chooseStoreFile(this, Session::isDatabaseLocation(m_session->storePath()) ? QString() : m_session->storePath());
    if (!path.isEmpty())
        switchToStore(path);
}

void MainWindow::openSharedStoreInteractively()
{
    const QString location = SessionFlow::chooseDatabaseStore(this);
    if (!location.isEmpty())
        switchToStore(location);
}

void MainWindow::fillRecentStores(QMenu *menu)
{
    menu->clear();
    const QStringList stores = SessionFlow::recentStores();
    for (qsizetype i = 0; i < stores.size(); ++i) {
        const QString &store = stores.at(i);
        QAction *action = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(store)));
        action->setData(store);
        connect(action, &QAction::triggered, this, [this, store] { switchToStore(store); });
    }
    menu->setEnabled(!stores.isEmpty());
}

void MainWindow::switchToStore(const QString &location)
{
    auto session = SessionFlow::openStore(this, location);
    if (!session)
        return;
    const auto user = SessionFlow::signIn(this, *session, m_user.name);
    if (!user)
        return;
    SessionFlow::remember(*session, *user);
    auto *window = new MainWindow(std::move(session), *user);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    close();
}

void MainWindow::showAbout()
{
    const QString version = QCoreApplication::applicationVersion();
    QMessageBox::about(this, tr("About DocControl"),
                       tr("<h3>DocControl %1</h3><p>Controlled documents for ISO/IEC 20000-1 and ISO/IEC 27001 "
                          "management systems: registration, revisions, review and approval, controlled copies.</p>"
                          "<p>Store: %2</p>")
                           .arg(version.toHtmlEscaped(), QDir::toNativeSeparators(m_session->storePath()).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::set(AppSettings::windowGeometry, saveGeometry());
    AppSettings::set(AppSettings::windowState, saveState());
    m_register->saveSettings();
    if (m_backups)
        m_backups->finishSession();
    QMainWindow::closeEvent(event);
}

} // namespace dc
