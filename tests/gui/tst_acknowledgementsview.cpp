// File ▸ Acknowledgements… on a copy of the demo store: the report lists, per document and
// department, who has not acknowledged the released policy and for how many days, the same rows
// as AcknowledgementService::report; the department and "include acknowledged" filters narrow and
// widen it; CSV and PDF exports are written (cancelling writes nothing); a reader sees only their
// own requests; double-clicking a document opens it in the main window.

#include "guihelpers.h"
#include "core/services/acknowledgements.h"
#include "core/services/demostore.h"
#include "core/services/session.h"
#include "ui/acknowledgements/acknowledgementsview.h"
#include "ui/document/documentview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace dc;
using namespace Qt::StringLiterals;

namespace {

const QString kPolicy = u"ISMS-POL-001"_s;

// The logins on the user rows (the third level), depth first.
QStringList userRows(const QAbstractItemModel *model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList users;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (depth == 2)
            users << index.data(AcknowledgementsView::UserRole).toString();
        users << userRows(model, index, depth + 1);
    }
    return users;
}

QStringList usersOf(const QList<Acknowledgement> &rows)
{
    QStringList users;
    for (const Acknowledgement &a : rows)
        users << a.user;
    return users;
}

AcknowledgementsView *openReport(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(u"actionAcknowledgements"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return window.findChild<AcknowledgementsView *>(u"acknowledgementsView"_s);
}

} // namespace

class TestAcknowledgementsView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsWhoHasNotAcknowledged();
    void filtersByDepartmentAndAcknowledged();
    void exportsCsvAndPdf();
    void readerSeesOwnRequestsOnly();
    void doubleClickOpensTheDocument();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestAcknowledgementsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"demo.dcstore"_s);
    QVERIFY(DemoStore::openOrCreate(m_path).ok());
}

void TestAcknowledgementsView::listsWhoHasNotAcknowledged()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"wangfang"_s));
    QVERIFY(window);
    window->show();
    AcknowledgementsView *view = openReport(*window);
    QVERIFY(view);
    QVERIFY(view->isVisible());
    auto expected = window->session().acknowledgements().report(window->user(), {});
    QVERIFY2(expected.ok(), qPrintable(expected.message()));
    QVERIFY(!expected->isEmpty()); // the demo's policy asks 客户服务部, lijun and zhaomin
    QStandardItemModel *model = view->model();
    QCOMPARE(userRows(model), usersOf(expected.value()));
    // The policy's row, its departments below it, the days outstanding on each user's row.
    const QModelIndex policy = model->index(0, 0);
    QVERIFY2(policy.data().toString().startsWith(kPolicy + u' '), qPrintable(policy.data().toString()));
    QCOMPARE(policy.data(AcknowledgementsView::DocumentNumberRole).toString(), kPolicy);
    QVERIFY(model->rowCount(policy) >= 2);
    const QModelIndex user = model->index(0, 0, model->index(0, 0, policy));
    const QString days = user.siblingAtColumn(3).data().toString();
    QVERIFY2(days.contains(u"day"_s), qPrintable(days));
    QVERIFY2(model->index(0, 3).data().toString().contains(u"%1 outstanding"_s.arg(expected->size())), qPrintable(model->index(0, 3).data().toString()));
    const QString summary = view->summary();
    QVERIFY2(summary.contains(u"客户服务部"_s) && summary.contains(u"outstanding"_s), qPrintable(summary));
    view->close();
}

void TestAcknowledgementsView::filtersByDepartmentAndAcknowledged()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"wangfang"_s));
    QVERIFY(window);
    AcknowledgementsView *view = openReport(*window);
    QVERIFY(view);
    AcknowledgementService &service = window->session().acknowledgements();
    view->setDepartment(u"客户服务部"_s);
    AcknowledgementFilter department;
    department.department = u"客户服务部"_s;
    QCOMPARE(userRows(view->model()), usersOf(service.report(window->user(), department).value()));
    QCOMPARE(userRows(view->model()), QStringList{u"sunli"_s});

    view->setDepartment(QString());
    auto *all = test::child<QCheckBox>(view, "acknowledgementsAll");
    QTest::mouseClick(all, Qt::LeftButton, {}, QPoint(4, all->height() / 2));
    QVERIFY(!view->filter().outstandingOnly);
    AcknowledgementFilter everything;
    everything.outstandingOnly = false;
    QCOMPARE(userRows(view->model()), usersOf(service.report(window->user(), everything).value()));

    // A number no request names: nothing, and the summary says so.
    view->setDocument(u"ISMS-P-001"_s);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!test::child<QPushButton>(view, "acknowledgementsExportCsv")->isEnabled());
    view->close();
}

void TestAcknowledgementsView::exportsCsvAndPdf()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"wangfang"_s));
    QVERIFY(window);
    AcknowledgementsView *view = openReport(*window);
    QVERIFY(view);
    const int requests = int(window->session().acknowledgements().report(window->user(), {})->size());
    for (const bool pdf : {false, true}) {
        const QString path = m_dir.filePath(pdf ? u"acks.pdf"_s : u"acks.csv"_s);
        QString suggested;
        view->setFileChooser([&](const QString &proposal, bool) {
            suggested = proposal;
            return path;
        });
        auto *button = test::child<QPushButton>(view, pdf ? "acknowledgementsExportPdf" : "acknowledgementsExportCsv");
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(suggested.endsWith(pdf ? u"acknowledgements.pdf"_s : u"acknowledgements.csv"_s), qPrintable(suggested));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (pdf) {
            QVERIFY(bytes.startsWith("%PDF-"));
        } else {
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), requests + 1);
            QVERIFY(lines.first().startsWith(u"Document,Revision,Title,Department,User"_s));
            QVERIFY(lines.at(1).startsWith(kPolicy + u','));
        }
        QVERIFY2(test::child<QLabel>(view, "acknowledgementsMessage")->text().contains(path.section(u'/', -1)),
                 qPrintable(test::child<QLabel>(view, "acknowledgementsMessage")->text()));
        // Cancelling the file dialog writes nothing.
        QVERIFY(QFile::remove(path));
        view->setFileChooser([](const QString &, bool) { return QString(); });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!QFile::exists(path));
    }
    view->close();
}

void TestAcknowledgementsView::readerSeesOwnRequestsOnly()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"sunli"_s));
    QVERIFY(window);
    AcknowledgementsView *view = openReport(*window);
    QVERIFY(view);
    QCOMPARE(userRows(view->model()), QStringList{u"sunli"_s});
    view->close();
}

void TestAcknowledgementsView::doubleClickOpensTheDocument()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"wangfang"_s));
    QVERIFY(window);
    window->show();
    AcknowledgementsView *view = openReport(*window);
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    auto *tree = test::child<QTreeView>(view, "acknowledgementsTree");
    const QModelIndex policy = view->model()->index(0, 0);
    const QRect rect = tree->visualRect(policy);
    QVERIFY(!rect.isEmpty());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(window->documentView()->number(), kPolicy);
    view->close();
}

QTEST_MAIN(TestAcknowledgementsView)
#include "tst_acknowledgementsview.moc"
