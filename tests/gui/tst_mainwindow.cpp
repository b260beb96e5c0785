// The main window over the demo store, driven as a user would: widgets found by object name,
// keys typed and rows clicked.

#include "ui/mainwindow.h"
#include "core/services/session.h"
#include "ui/preview/documentpreview.h"
#include "ui/register/registermodel.h"
#include "ui/register/registerview.h"
#include "ui/register/searchresultsmodel.h"
#include "core/services/appsettings.h"
#include "core/services/demostore.h"
#include "testfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <algorithm>

using namespace dc;

namespace {

// Types `text` into `widget` as a user would: Latin-1 characters as key presses, Chinese as an
// input method commits it (QTest::keyClicks only knows Latin-1).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(widget, &commit);
        }
    }
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheRegister();
    void selectingARowShowsTheDocument();
    void searchShowsHits();
    void escapeAndClearingReturnToTheRegister();
    void searchWithoutTermsShowsWhy();
    void ctrlFFocusesTheSearchBox();
    void filterBarFilters();
    void headerClickSortsByTitle();
    void remembersColumnsAndGeometry();
    void readerSeesNoDrafts();
    void tableFetchesMoreWhenScrolled();
    void f5ShowsNewDocuments();
    void screenshot();

private:
    template <typename T>
    T *find(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    MainWindow *openWindow(const QString &userName);

    QTemporaryDir m_dir;
    QString m_path;
    QString m_bigPath; // 250 generated documents: more than one page
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QApplication::setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 10));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.dcstore"));
    auto demo = DemoStore::openOrCreate(m_path);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    m_bigPath = m_dir.filePath(QStringLiteral("big.dcstore"));
    QVERIFY(test::makeStore(m_bigPath, 250));
}

MainWindow *TestMainWindow::openWindow(const QString &userName)
{
    auto session = Session::open(m_path);
    if (!session)
        return nullptr;
    auto user = session.value()->signIn(userName, QString::fromLatin1(DemoStore::kPassword));
    if (!user)
        return nullptr;
    return new MainWindow(std::move(session).value(), user.value());
}

void TestMainWindow::init()
{
    m_window = openWindow(QString::fromLatin1(DemoStore::kController));
    QVERIFY(m_window);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::showsTheRegister()
{
    auto *table = find<QTableView>("registerTable");
    QVERIFY(table);
    QVERIFY(table->isVisible());
    const int total = m_window->registerView()->model()->total();
    QVERIFY(total > 10);
    QCOMPARE(table->model()->rowCount(), total); // the demo fits in one page
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("demo.dcstore")));
    auto *count = find<QLabel>("documentCount");
    QVERIFY(count);
    QVERIFY2(count->text().contains(QString::number(total)), qPrintable(count->text()));
    auto *user = find<QLabel>("userLabel");
    QVERIFY(user && user->text().contains(QStringLiteral("wangfang")) && user->text().contains(QStringLiteral("王芳")));
    QVERIFY(find<QLabel>("storeLabel")->text().contains(QStringLiteral("demo.dcstore")));
    QVERIFY(find<QTextBrowser>("preview")->toPlainText().contains(QStringLiteral("Select a document")));
}

void TestMainWindow::selectingARowShowsTheDocument()
{
    auto *table = find<QTableView>("registerTable");
    RegisterModel *model = m_window->registerView()->model();
    const int row = model->rowOfNumber(QStringLiteral("ISMS-0001-2022"));
    QVERIFY(row >= 0);
    const QModelIndex title = model->index(row, RegisterModel::TitleColumn);
    table->scrollTo(title);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(title).center());

    auto *preview = find<QTextBrowser>("preview");
    const QString text = preview->toPlainText();
    QVERIFY2(text.contains(title.data().toString()), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("ISMS-0001-2022")));
    QVERIFY(text.contains(QStringLiteral("Information Security and Service Management Manual")));
    QVERIFY(text.contains(QStringLiteral("王芳"))); // the owner by name
    QCOMPARE(m_window->preview()->number(), QStringLiteral("ISMS-0001-2022"));
    QCOMPARE(m_window->registerView()->currentNumber(), QStringLiteral("ISMS-0001-2022"));

    // Another row replaces it.
    const QModelIndex other = model->index(row == 0 ? 1 : 0, RegisterModel::NumberColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(other).center());
    QCOMPARE(m_window->preview()->number(), other.data().toString());
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("Information Security and Service Management Manual")));
}

void TestMainWindow::searchShowsHits()
{
    auto *box = find<QLineEdit>("searchBox");
    QVERIFY(box);
    QCOMPARE(box->placeholderText(), QStringLiteral("Search number, title or content (Ctrl+F)"));
    typeText(box, QStringLiteral("审核"));
    QVERIFY(!m_window->isShowingSearch()); // typing alone does not search
    QTest::keyClick(box, Qt::Key_Return);

    QVERIFY(m_window->isShowingSearch());
    auto *results = find<QListView>("searchResults");
    QVERIFY(results && results->isVisible());
    QVERIFY(!find<QTableView>("registerTable")->isVisible());
    QAbstractItemModel *hits = results->model();
    QVERIFY(hits->rowCount() > 0);
    const QString number = hits->index(0, 0).data().toString();
    QVERIFY(!number.isEmpty());
    QVERIFY(results->visualRect(hits->index(0, 0)).height() > results->fontMetrics().height()); // the card is drawn
    auto *summary = find<QLabel>("searchSummary");
    QVERIFY2(summary->text().contains(QString::number(m_window->searchModel()->total())) && summary->text().contains(QStringLiteral("审核")),
             qPrintable(summary->text()));

    // The best hit is shown at once; choosing another shows that one.
    QCOMPARE(m_window->preview()->number(), number);
    QVERIFY(find<QTextBrowser>("preview")->toPlainText().contains(number));
    if (hits->rowCount() > 1) {
        const QModelIndex second = hits->index(1, 0);
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(second).center());
        QCOMPARE(m_window->preview()->number(), second.data().toString());
    }
}

void TestMainWindow::escapeAndClearingReturnToTheRegister()
{
    auto *box = find<QLineEdit>("searchBox");
    typeText(box, QStringLiteral("审核"));
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(m_window->isShowingSearch());
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(!m_window->isShowingSearch());
    QVERIFY(box->text().isEmpty());
    QVERIFY(find<QTableView>("registerTable")->isVisible());

    typeText(box, QStringLiteral("手册"));
    QTest::keyClick(box, Qt::Key_Enter);
    QVERIFY(m_window->isShowingSearch());
    box->clear();
    QVERIFY(!m_window->isShowingSearch());
}

void TestMainWindow::searchWithoutTermsShowsWhy()
{
    auto *box = find<QLineEdit>("searchBox");
    QTest::keyClicks(box, QStringLiteral("!!!"));
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(m_window->isShowingSearch());
    QCOMPARE(find<QListView>("searchResults")->model()->rowCount(), 0);
    const QString why = find<QLabel>("searchSummary")->text();
    QVERIFY2(why.contains(QStringLiteral("!!!")) && why == m_window->searchModel()->lastError(), qPrintable(why));

    box->clear();
    typeText(box, QStringLiteral("绝无此词"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(m_window->searchModel()->total(), 0);
    QVERIFY(find<QLabel>("searchSummary")->text().contains(QStringLiteral("绝无此词")));
}

void TestMainWindow::ctrlFFocusesTheSearchBox()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto *table = find<QTableView>("registerTable");
    table->setFocus();
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(find<QLineEdit>("searchBox")->hasFocus());
}

void TestMainWindow::filterBarFilters()
{
    RegisterModel *model = m_window->registerView()->model();
    const int all = model->total();
    auto *type = find<QComboBox>("typeFilter");
    QVERIFY(type && find<QComboBox>("statusFilter") && find<QComboBox>("classificationFilter"));
    QCOMPARE(type->itemText(0), QStringLiteral("All types"));
    QCOMPARE(find<QComboBox>("statusFilter")->itemText(0), QStringLiteral("All statuses"));
    QCOMPARE(find<QComboBox>("classificationFilter")->itemText(0), QStringLiteral("All classifications"));

    type->setCurrentIndex(type->findData(toKey(DocumentType::Procedure)));
    QVERIFY(model->total() > 0);
    QVERIFY(model->total() < all);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, RegisterModel::TypeColumn).data().toString(), displayName(DocumentType::Procedure));
    QVERIFY(find<QLabel>("documentCount")->text().contains(QString::number(model->total())));

    auto *status = find<QComboBox>("statusFilter");
    status->setCurrentIndex(status->findData(toKey(RevisionStatus::Obsolete)));
    QCOMPARE(model->total(), 0);
    status->setCurrentIndex(0);
    type->setCurrentIndex(0);
    QCOMPARE(model->total(), all);

    auto *text = find<QLineEdit>("textFilter");
    typeText(text, QStringLiteral("手册"));
    QTRY_VERIFY(model->total() < all); // after the typing pause
    QVERIFY(model->rowCount() >= 1);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, RegisterModel::TitleColumn).data().toString().contains(QStringLiteral("手册")));
    text->clear();
    QTRY_COMPARE(model->total(), all);
}

void TestMainWindow::headerClickSortsByTitle()
{
    auto *table = find<QTableView>("registerTable");
    RegisterModel *model = m_window->registerView()->model();
    QHeaderView *header = table->horizontalHeader();
    const QString firstBefore = model->numberAt(0);
    const int x = header->sectionViewportPosition(RegisterModel::NumberColumn) + header->sectionSize(RegisterModel::NumberColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2)); // number: now descending
    QCOMPARE(model->sortColumn(), int(RegisterModel::NumberColumn));
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QVERIFY(model->numberAt(0) != firstBefore);
    QCOMPARE(model->numberAt(model->rowCount() - 1), firstBefore);

    // The revision column cannot be sorted: the indicator stays where the model is.
    header->setSortIndicator(RegisterModel::RevisionColumn, Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(RegisterModel::NumberColumn));
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
}

void TestMainWindow::remembersColumnsAndGeometry()
{
    auto *table = find<QTableView>("registerTable");
    table->horizontalHeader()->resizeSection(RegisterModel::TitleColumn, 333);
    table->horizontalHeader()->setSortIndicator(RegisterModel::TitleColumn, Qt::DescendingOrder);
    // A size that fits whatever screen the tests run on (offscreen: 800x600 by default) and
    // differs from the first-start default (nine tenths of the screen).
    const QSize available = m_window->screen()->availableSize();
    m_window->resize(std::max(available.width() * 3 / 4, m_window->minimumWidth()),
                     std::max(available.height() * 3 / 4, m_window->minimumHeight()));
    const QSize chosen = m_window->size();
    QVERIFY2(chosen.width() <= available.width() && chosen.height() <= available.height(),
             qPrintable(QStringLiteral("the window's minimum size does not fit the screen")));
    QVERIFY(chosen != QSize(std::min(available.width() * 9 / 10, 1600), std::min(available.height() * 9 / 10, 1000)));
    QVERIFY(m_window->close());
    QVERIFY(!AppSettings::get(AppSettings::registerColumns).isEmpty());
    QVERIFY(!AppSettings::get(AppSettings::windowGeometry).isEmpty());
    delete m_window;

    m_window = openWindow(QString::fromLatin1(DemoStore::kController));
    QVERIFY(m_window);
    auto *again = find<QTableView>("registerTable");
    QCOMPARE(again->horizontalHeader()->sectionSize(RegisterModel::TitleColumn), 333);
    QCOMPARE(m_window->registerView()->model()->sortColumn(), int(RegisterModel::TitleColumn));
    QCOMPARE(m_window->registerView()->model()->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(m_window->size(), chosen);
    QSettings().clear(); // later tests start from the defaults
}

void TestMainWindow::readerSeesNoDrafts()
{
    // A reader sees effective revisions only: ISMS-R-001 (a draft and nothing else) is not in
    // their register and cannot be shown; the released procedure is.
    delete m_window;
    m_window = openWindow(QStringLiteral("sunli"));
    QVERIFY(m_window);
    RegisterModel *model = m_window->registerView()->model();
    QVERIFY(model->total() > 0);
    QVERIFY(model->rowOfNumber(QStringLiteral("ISMS-R-001")) < 0);
    QVERIFY(model->rowOfNumber(QStringLiteral("ISMS-P-001")) >= 0);
    m_window->showDocument(QStringLiteral("ISMS-R-001"));
    QVERIFY(m_window->preview()->number().isEmpty());
    QVERIFY2(find<QTextBrowser>("preview")->toPlainText().contains(QStringLiteral("no effective revision")),
             qPrintable(find<QTextBrowser>("preview")->toPlainText()));
}

void TestMainWindow::tableFetchesMoreWhenScrolled()
{
    delete m_window;
    auto session = Session::open(m_bigPath);
    QVERIFY(session.ok());
    auto admin = session.value()->signIn(QStringLiteral("admin"), test::kAdminPassword);
    QVERIFY(admin.ok());
    m_window = new MainWindow(std::move(session).value(), admin.value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));

    RegisterModel *model = m_window->registerView()->model();
    QCOMPARE(model->total(), 250);
    QCOMPARE(model->rowCount(), RegisterModel::kPageSize);
    QVERIFY(find<QLabel>("documentCount")->text().contains(QStringLiteral("250")));
    auto *table = find<QTableView>("registerTable");
    table->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), 250); // the view asks for the next page
    QVERIFY(!model->canFetchMore({}));
}

void TestMainWindow::f5ShowsNewDocuments()
{
    RegisterModel *model = m_window->registerView()->model();
    const int before = model->total();
    QVERIFY(m_window->registerView()->selectNumber(QStringLiteral("ISMS-0001-2022")));

    NewDocument d;
    d.title = QStringLiteral("新登记的作业指导书");
    d.type = DocumentType::WorkInstruction;
    d.owner = QStringLiteral("wangfang");
    d.content = QStringLiteral("# 新登记的作业指导书\n");
    // Another desk registers it, on a connection of its own.
    auto otherDesk = Database::open(m_path);
    QVERIFY(otherDesk.ok());
    auto created = DocumentService(*otherDesk.value()).create(m_window->user(), d);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    QCOMPARE(model->total(), before); // not until refreshed

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_F5);
    QCOMPARE(model->total(), before + 1);
    QVERIFY(model->rowOfNumber(created->number) >= 0);
    QCOMPARE(m_window->registerView()->currentNumber(), QStringLiteral("ISMS-0001-2022")); // selection kept
    QCOMPARE(m_window->preview()->number(), QStringLiteral("ISMS-0001-2022"));
    QVERIFY(find<QLabel>("documentCount")->text().contains(QString::number(before + 1)));
}

void TestMainWindow::screenshot()
{
    // DC_SCREENSHOT=/path.png writes what a user sees after choosing the manual.
    const QString path = qEnvironmentVariable("DC_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("set DC_SCREENSHOT to write a screenshot");
    delete m_window;
    m_window = openWindow(QString::fromLatin1(DemoStore::kController));
    QVERIFY(m_window);
    m_window->resize(1500, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->registerView()->selectNumber(QStringLiteral("ISMS-0001-2022")));
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(path));
    if (const QString search = qEnvironmentVariable("DC_SCREENSHOT_SEARCH"); !search.isEmpty()) {
        typeText(find<QLineEdit>("searchBox"), QStringLiteral("审核"));
        QTest::keyClick(find<QLineEdit>("searchBox"), Qt::Key_Return);
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(search));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
