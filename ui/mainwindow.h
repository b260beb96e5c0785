#pragma once

#include "core/model/user.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;
class QTabBar;

class QMenu;

namespace dc {

class AutoBackupRunner;
class Session;
class DocumentPreview;
class DocumentView;
class RegisterView;
class SearchResultsModel;
class Session;
class SessionLock;
class TasksView;

// The desktop app's window over one open store and one signed-in user. On the left the
// register (or the hits of a search) and "My tasks", switched with Ctrl+1 / Ctrl+2; on the
// right the selected document (DocumentView: its actions and its Content, Details, Revisions
// and Timeline tabs). It owns the store; geometry and tool bar state are remembered per desk,
// and it locks itself when idle (SessionLock). Failures of the store are shown where they
// happen (inline, in the document view, in the status bar); successes in the status bar.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Session> session, User user, QWidget *parent = nullptr);
    ~MainWindow() override;

    const User &user() const { return m_user; }
    Session &session() const { return *m_session; }
    RegisterView *registerView() const { return m_register; }
    SearchResultsModel *searchModel() const { return m_searchModel; }
    DocumentView *documentView() const { return m_view; }
    DocumentPreview *preview() const;
    TasksView *tasksView() const { return m_tasks; }
    SessionLock *sessionLock() const { return m_lock; }

    // Shows the current revision of `number` on the right, or why it cannot be shown.
    void showDocument(const QString &number);
    // Searches for the search box's text and shows the hits on the left; an empty box shows
    // the register again.
    void runSearch();
    // Leaves the search results or the tasks and shows the register.
    void showRegister();
    // Shows "My tasks" on the left.
    void showTasks();
    bool isShowingSearch() const;
    bool isShowingTasks() const;
    // Re-reads the register, the search, the tasks and the document shown.
    void refresh();

    // File ▸ New Document… (Ctrl+N; those who may register documents): the dialog, then the new
    // document selected in the register and shown.
    void newDocument();
    // Tools ▸ Users… (administrators): the user administration dialog.
    void openUsers();
    // File ▸ Controlled Copies: the register, with recall and destroy.
    void openCopies();
    // File ▸ Master List of Documents: the register's current filter as PDF or CSV.
    void exportMasterList();
    // File ▸ Change Password…: the signed-in user's own password.
    void changePassword();
    // Tools ▸ Settings…: language and idle lock.
    void openSettings();
    // File ▸ Sign Out: asks who signs in next on the same store and replaces this window;
    // closes it when nobody signs in.
    void signOut();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createLeftPane();
    void createActions();
    QWidget *createSearchPage();
    void createStatusBar();
    void openStoreInteractively();
    void openSharedStoreInteractively();
    // Opens `location` (a file or a postgresql:// location), signs in and replaces this window.
    void switchToStore(const QString &location);
    void fillRecentStores(QMenu *menu);
    void showAbout();
    void showSearchSummary();
    void showDocumentCount(int total);
    void showTaskCount(int count);
    void documentChanged(const QString &number, const QString &message);
    // The status bar's "Open Folder" link to where `path` was exported, with its message.
    void showExported(const QString &path);
    void applyScheduledReleases();
    void setLeftPage(int page);

    std::unique_ptr<Session> m_session;
    User m_user;
    RegisterView *m_register = nullptr;
    SearchResultsModel *m_searchModel = nullptr;
    QListView *m_searchList = nullptr;
    QLabel *m_searchSummary = nullptr;
    TasksView *m_tasks = nullptr;
    QTabBar *m_leftTabs = nullptr;
    QStackedWidget *m_left = nullptr;
    QSplitter *m_splitter = nullptr;
    DocumentView *m_view = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_exportLink = nullptr;
    QString m_exportMessage; // the status message the link belongs to
    SessionLock *m_lock = nullptr;
    AutoBackupRunner *m_backups = nullptr; // null for a read-only store
    bool m_splitterPlaced = false; // on the first show, when the window's size is known
};

} // namespace dc
