// File ▸ Clause Coverage… on a copy of the demo store: the view opens on 27001:2022 with the
// manual flagged as mapped only to the withdrawn 2013 edition, "Gaps only" leaves only gaps,
// switching to 27001:2013 shows the manual covering its clauses, double-clicking a document opens
// it in the main window, Export PDF writes a stamped PDF, a reader sees no drafts, and "Move to
// 27001:2022…" moves the manual's mapping off the withdrawn edition with one confirmation.

#include "guihelpers.h"
#include "core/services/coverage.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "ui/coverage/coverageview.h"
#include "ui/coverage/transitiondialog.h"
#include "ui/workflow/modal.h"
#include "ui/document/documentview.h"

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
#include <QTableWidget>
#include <QTreeView>

using namespace dc;
using namespace Qt::StringLiterals;

namespace {

// Every index of the model, depth first.
QList<QModelIndex> allIndexes(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QList<QModelIndex> list;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        list << index << allIndexes(model, index);
    }
    return list;
}

// The first row naming document `number` under the clause row `clause` (any clause when empty).
QModelIndex documentRow(const QAbstractItemModel *model, const QString &number, const QString &clause = {})
{
    for (const QModelIndex &index : allIndexes(model)) {
        if (index.data(CoverageView::DocumentNumberRole).toString() == number
            && (clause.isEmpty() || index.parent().data(CoverageView::ClauseNumberRole).toString() == clause))
            return index;
    }
    return {};
}

CoverageView *openCoverage(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(u"actionCoverage"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return window.findChild<CoverageView *>(u"coverageView"_s);
}

} // namespace

class TestCoverageView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsCoverageAndGaps();
    void doubleClickOpensTheDocument();
    void exportsPdf();
    void readerSeesNoDrafts();
    void movesTheManualTo2022();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestCoverageView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"demo.dcstore"_s);
    QVERIFY(DemoStore::openOrCreate(m_path).ok());
}

void TestCoverageView::showsCoverageAndGaps()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"wangfang"_s));
    QVERIFY(window);
    window->show();
    CoverageView *view = openCoverage(*window);
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QCOMPARE(view->standard(), u"27001:2022"_s);
    auto *tree = view->findChild<QTreeView *>(u"coverageTree"_s);
    auto *summary = view->findChild<QLabel *>(u"coverageSummary"_s);
    QVERIFY(tree && summary);
    QAbstractItemModel *model = tree->model();
    QVERIFY(model->rowCount() > 10);
    // The policy answers A.5.1; the manual, mapped to 2013 only, is listed to be moved.
    QVERIFY(documentRow(model, u"ISMS-POL-001"_s, u"A.5.1"_s).isValid());
    const QModelIndex manual = documentRow(model, u"ISMS-0001-2022"_s);
    QVERIFY(manual.isValid());
    QCOMPARE(manual.parent().data(CoverageView::ClauseNumberRole).toString(), QString()); // the withdrawn-edition group
    QVERIFY2(summary->text().contains(u"27001:2013"_s), qPrintable(summary->text()));

    auto report = window->session().coverage().build(window->user(), u"27001:2022"_s);
    QVERIFY(report.ok());
    QVERIFY(report->gapCount() > 0);

    // Gaps only: the gaps, flat, and the withdrawn-edition group.
    auto *gapsOnly = view->findChild<QCheckBox *>(u"coverageGapsOnly"_s);
    QVERIFY(gapsOnly);
    QTest::mouseClick(gapsOnly, Qt::LeftButton, {}, QPoint(4, gapsOnly->height() / 2));
    QVERIFY(view->gapsOnly());
    int gaps = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(CoverageView::ClauseNumberRole).toString().isEmpty())
            continue; // the withdrawn-edition group
        QVERIFY2(index.data(CoverageView::GapRole).toBool(), qPrintable(index.data().toString()));
        ++gaps;
    }
    QCOMPARE(gaps, report->gapCount());
    QVERIFY(!documentRow(model, u"ISMS-POL-001"_s, u"A.5.1"_s).isValid());

    // The 2013 edition: the manual covers its scope clause; the edition is marked withdrawn.
    QTest::mouseClick(gapsOnly, Qt::LeftButton, {}, QPoint(4, gapsOnly->height() / 2));
    auto *standard = view->findChild<QComboBox *>(u"coverageStandard"_s);
    QVERIFY(standard);
    standard->setCurrentIndex(standard->findData(u"27001:2013"_s));
    QCOMPARE(view->standard(), u"27001:2013"_s);
    QVERIFY(documentRow(model, u"ISMS-0001-2022"_s, u"4.3"_s).isValid());
    QVERIFY2(summary->text().contains(u"2025-10-31"_s), qPrintable(summary->text()));
    view->close();
}

void TestCoverageView::doubleClickOpensTheDocument()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"wangfang"_s));
    QVERIFY(window);
    window->show();
    CoverageView *view = openCoverage(*window);
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    auto *tree = view->findChild<QTreeView *>(u"coverageTree"_s);
    const QModelIndex row = documentRow(tree->model(), u"ISMS-P-004"_s, u"A.5.24"_s);
    QVERIFY(row.isValid());
    tree->scrollTo(row);
    const QRect rect = tree->visualRect(row);
    QVERIFY(!rect.isEmpty());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(window->documentView()->number(), u"ISMS-P-004"_s);
    // A clause row opens nothing.
    const QModelIndex clause = row.parent();
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(clause).center());
    QCOMPARE(window->documentView()->number(), u"ISMS-P-004"_s);
    view->close();
}

void TestCoverageView::exportsPdf()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"wangfang"_s));
    QVERIFY(window);
    CoverageView *view = openCoverage(*window);
    QVERIFY(view);
    const QString path = m_dir.filePath(u"coverage.pdf"_s);
    QString suggested;
    view->setFileChooser([&](const QString &proposal) {
        suggested = proposal;
        return path;
    });
    auto *button = view->findChild<QPushButton *>(u"coverageExportPdf"_s);
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(suggested.endsWith(u"coverage-27001-2022.pdf"_s), qPrintable(suggested));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    auto *message = view->findChild<QLabel *>(u"coverageMessage"_s);
    QVERIFY2(message->text().contains(u"coverage.pdf"_s), qPrintable(message->text()));

    // Cancelling the file dialog writes nothing.
    QVERIFY(QFile::remove(path));
    view->setFileChooser([](const QString &) { return QString(); });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!QFile::exists(path));
    view->close();
}

void TestCoverageView::readerSeesNoDrafts()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"sunli"_s));
    QVERIFY(window);
    CoverageView *view = openCoverage(*window);
    QVERIFY(view);
    auto report = window->session().coverage().build(window->user(), u"27001:2022"_s);
    QVERIFY(report.ok());
    for (const CoverageEntry &e : report->entries)
        QVERIFY2(e.pending.isEmpty(), qPrintable(e.clause.number));
    for (const QModelIndex &index : allIndexes(view->model())) {
        const QString status = view->model()->index(index.row(), 3, index.parent()).data().toString();
        QVERIFY2(!status.contains(u"not yet effective"_s), qPrintable(status));
    }
    // Readers change no mapping.
    QVERIFY(!view->findChild<QPushButton *>(u"coverageMoveMapping"_s)->isVisible());
    view->close();
}

// Last: it changes the store.
void TestCoverageView::movesTheManualTo2022()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"wangfang"_s));
    QVERIFY(window);
    window->show();
    CoverageView *view = openCoverage(*window);
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    auto *tree = view->findChild<QTreeView *>(u"coverageTree"_s);
    auto *move = view->findChild<QPushButton *>(u"coverageMoveMapping"_s);
    QVERIFY(move && move->isVisible());
    QVERIFY(!move->isEnabled()); // nothing selected
    const QModelIndex manual = documentRow(tree->model(), u"ISMS-0001-2022"_s);
    QVERIFY(manual.isValid());
    tree->setCurrentIndex(manual);
    QVERIFY(move->isEnabled());
    QVERIFY2(move->text().contains(u"27001:2022"_s), qPrintable(move->text()));

    int shownSteps = -1;
    Modal::setTestHook([&](QDialog &dialog) {
        auto *transition = qobject_cast<TransitionDialog *>(&dialog);
        QVERIFY(transition);
        shownSteps = transition->findChild<QTableWidget *>(u"transitionSteps"_s)->rowCount();
        transition->setReason(u"换版到 ISO/IEC 27001:2022"_s);
        QVERIFY(transition->tryAccept());
    });
    QTest::mouseClick(move, Qt::LeftButton);
    Modal::setTestHook({});
    QCOMPARE(shownSteps, 14); // the manual's fourteen 2013 clauses
    auto shown = window->session().documents().show(window->user(), u"ISMS-0001-2022"_s);
    QVERIFY(shown.ok());
    for (const ClauseRef &ref : shown->document.clauses)
        QVERIFY2(ref.standard != u"27001:2013"_s, qPrintable(ref.toString()));
    QVERIFY(shown->document.clauses.contains(ClauseRef{u"27001:2022"_s, u"10.2"_s}));
    // The view follows: the manual now answers 27001:2022 4.3 and nothing is left to move.
    QTRY_VERIFY(documentRow(tree->model(), u"ISMS-0001-2022"_s, u"4.3"_s).isValid());
    auto report = window->session().coverage().build(window->user(), u"27001:2022"_s);
    QVERIFY(report.ok());
    QVERIFY(report->withdrawnOnly.isEmpty());
    view->close();
}

QTEST_MAIN(TestCoverageView)
#include "tst_coverageview.moc"
