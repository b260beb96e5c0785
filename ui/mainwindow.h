#pragma once

#include "model/user.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;

namespace dc {

class Database;
class DocumentPreview;
class RegisterView;
class SearchResultsModel;

// The desktop app's window over one open store and one signed-in user: the register (or the
// hits of a search) on the left, the selected document on the right, a search box in the tool
// bar. It owns the store; geometry and tool bar state are remembered per desk. Failures of the
// store are shown where they happen (inline, in the preview, in the status bar).
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Database> db, User user, QWidget *parent = nullptr);
    ~MainWindow() override;

    const User &user() const { return m_user; }
    Database &database() const { return *m_db; }
    RegisterView *registerView() const { return m_register; }
    SearchResultsModel *searchModel() const { return m_searchModel; }
    DocumentPreview *preview() const { return m_preview; }

    // Shows the current revision of `number` in the preview, or why it cannot be shown.
    void showDocument(const QString &number);
    // Searches for the search box's text and shows the hits on the left; an empty box shows
    // the register again.
    void runSearch();
    // Leaves the search results and shows the register.
    void showRegister();
    bool isShowingSearch() const;
    // Re-reads the register, the search and the document shown.
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    QWidget *createSearchPage();
    void createStatusBar();
    void openStoreInteractively();
    void showAbout();
    void showSearchSummary();
    void showDocumentCount(int total);

    std::unique_ptr<Database> m_db;
    User m_user;
    RegisterView *m_register = nullptr;
    SearchResultsModel *m_searchModel = nullptr;
    QListView *m_searchList = nullptr;
    QLabel *m_searchSummary = nullptr;
    QStackedWidget *m_left = nullptr;
    QSplitter *m_splitter = nullptr;
    DocumentPreview *m_preview = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QLabel *m_countLabel = nullptr;
    bool m_splitterPlaced = false; // on the first show, when the window's size is known
};

} // namespace dc
