#include "mainwindow.h"

#include "preview/documentpreview.h"
#include "register/registermodel.h"
#include "register/registerview.h"
#include "register/searchhitdelegate.h"
#include "register/searchresultsmodel.h"
#include "services/appsettings.h"
#include "services/documentservice.h"
#include "sessionflow.h"
#include "store/database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace dc {

namespace {
constexpr int kStatusMessageMs = 8000;
}

MainWindow::MainWindow(std::unique_ptr<Database> db, User user, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_user(std::move(user))
{
    setObjectName(QStringLiteral("mainWindow"));
    QString title = tr("DocControl — %1").arg(QFileInfo(m_db->path()).fileName());
    if (m_db->isReadOnly())
        title += QLatin1Char(' ') + tr("(read-only)");
    setWindowTitle(title);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_left = new QStackedWidget(m_splitter);
    m_left->setObjectName(QStringLiteral("leftPane"));
    m_register = new RegisterView(*m_db, m_user, m_left);
    m_left->addWidget(m_register);
    m_left->addWidget(createSearchPage());
    m_preview = new DocumentPreview(m_splitter);
    m_splitter->addWidget(m_left);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0); // a wider window gives the reader more room
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createActions();
    createStatusBar();

    connect(m_register, &RegisterView::currentDocumentChanged, this, [this](const QString &number) {
        if (!number.isEmpty() && number != m_preview->number())
            showDocument(number);
    });
    connect(m_register->model(), &RegisterModel::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageMs); });
    connect(m_register->model(), &RegisterModel::totalChanged, this, &MainWindow::showDocumentCount);
    showDocumentCount(m_register->model()->total());

    if (!restoreGeometry(AppSettings::get(AppSettings::windowGeometry))) {
        const QSize screen = this->screen()->availableSize();
        resize(std::min(screen.width() * 9 / 10, 1600), std::min(screen.height() * 9 / 10, 1000));
    }
    restoreState(AppSettings::get(AppSettings::windowState));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splitterPlaced)
        return;
    m_splitterPlaced = true;
    // The register as wide as its columns, as long as the preview keeps a readable width.
    const QTableView *table = m_register->table();
    const int registerWidth = table->horizontalHeader()->length() + table->verticalScrollBar()->sizeHint().width() + 2 * table->frameWidth() + 4;
    const int total = std::max(m_splitter->width(), 900);
    const int left = std::clamp(registerWidth, total * 2 / 5, total * 2 / 3);
    m_splitter->setSizes({left, total - left});
}

MainWindow::~MainWindow()
{
    // The views and models refer to the store: let them go before it closes.
    delete takeCentralWidget();
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

    m_searchModel = new SearchResultsModel(*m_db, m_user, page);
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
        m_preview->setFocus();
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
    QAction *open = file->addAction(tr("&Open Store…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openStoreInteractively);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Search"));
    find->setShortcut(QKeySequence::Find);
    QAction *refresh = view->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setIconText(tr("Refresh")); // the toolbar label, without the menu's mnemonic
    refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    connect(refresh, &QAction::triggered, this, &MainWindow::refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About DocControl"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->addAction(refresh);
    auto *spacer = new QWidget(tools);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tools->addWidget(spacer);
    m_searchBox = new QLineEdit(tools);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Search number, title or content (Ctrl+F)"));
    m_searchBox->setClearButtonEnabled(true);
    const int searchWidth = m_searchBox->fontMetrics().horizontalAdvance(m_searchBox->placeholderText()) + 48;
    m_searchBox->setMinimumWidth(std::min(searchWidth, 320));
    m_searchBox->setMaximumWidth(searchWidth + 80);
    tools->addWidget(m_searchBox);

    connect(find, &QAction::triggered, this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    connect(m_searchBox, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    connect(m_searchBox, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
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
    auto *store = new QLabel(QDir::toNativeSeparators(m_db->path()), this);
    store->setObjectName(QStringLiteral("storeLabel"));
    store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *signedIn = new QLabel(this);
    signedIn->setObjectName(QStringLiteral("userLabel"));
    const QString who = m_user.displayName.isEmpty() ? m_user.name : tr("%1 (%2)").arg(m_user.displayName, m_user.name);
    signedIn->setText(tr("Signed in: %1 · %2").arg(who, roleDisplayNames(m_user.roles)));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("documentCount"));
    statusBar()->addPermanentWidget(store, 1);
    statusBar()->addPermanentWidget(signedIn);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::showDocumentCount(int total)
{
    m_countLabel->setText(tr("%n document(s)", nullptr, total));
}

void MainWindow::showDocument(const QString &number)
{
    if (number.isEmpty())
        return;
    auto details = DocumentService(*m_db).show(m_user, number);
    if (!details) {
        m_preview->showMessage(details.message());
        return;
    }
    m_preview->showDocument(details.value());
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
    m_left->setCurrentIndex(1);
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
    m_left->setCurrentIndex(0);
}

bool MainWindow::isShowingSearch() const
{
    return m_left->currentIndex() == 1;
}

void MainWindow::refresh()
{
    m_register->refresh();
    if (isShowingSearch() && !m_searchModel->query().isEmpty())
        m_searchModel->search(m_searchModel->query());
    if (const QString shown = m_preview->number(); !shown.isEmpty())
        showDocument(shown);
    statusBar()->showMessage(tr("Refreshed"), 2000);
}

void MainWindow::openStoreInteractively()
{
    const QString path = SessionFlow::chooseStoreFile(this, m_db->path());
    if (path.isEmpty())
        return;
    auto db = SessionFlow::openStore(this, path);
    if (!db)
        return;
    const auto user = SessionFlow::signIn(this, *db, m_user.name);
    if (!user)
        return;
    SessionFlow::remember(*db, *user);
    auto *window = new MainWindow(std::move(db), *user);
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
                           .arg(version.toHtmlEscaped(), QDir::toNativeSeparators(m_db->path()).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::set(AppSettings::windowGeometry, saveGeometry());
    AppSettings::set(AppSettings::windowState, saveState());
    m_register->saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace dc
