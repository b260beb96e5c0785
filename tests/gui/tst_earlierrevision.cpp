// Record Earlier Revision… on the Details tab, on a copy of the demo store: a controller records
// a revision released on paper before the store existed; the timeline shows it marked
// "recorded, not signed here"; a label recorded before is refused in the dialog, which stays
// open, and the store is unchanged; an author gets the button disabled.

#include "guihelpers.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/services/verifier.h"
#include "ui/document/detailspage.h"
#include "ui/document/documentview.h"
#include "ui/document/earlierrevisiondialog.h"
#include "ui/document/revisionsmodel.h"
#include "ui/document/timelinemodel.h"

#include <QDateEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

class TestEarlierRevision final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void controllerRecordsAnEarlierRevision();
    void authorsCannot();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestEarlierRevision::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"demo.dcstore"_s);
    QVERIFY(DemoStore::openOrCreate(m_path).ok());
}

void TestEarlierRevision::controllerRecordsAnEarlierRevision()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"wangfang"_s));
    QVERIFY(window);
    window->show();
    const QString number = u"ISMS-P-001"_s;
    window->showDocument(number);
    DocumentView *view = window->documentView();
    view->tabs()->setCurrentIndex(DocumentView::DetailsTab);
    auto *button = test::child<QPushButton>(view, "recordEarlierButton");
    QVERIFY(button->isEnabled());

    auto fill = [](QDialog &dialog, const QString &label) {
        test::typeInto(test::child<QLineEdit>(&dialog, "earlierLabel"), label);
        test::child<QDateEdit>(&dialog, "earlierDate")->setDate(QDate(2019, 3, 1));
        test::typeInto(test::child<QLineEdit>(&dialog, "earlierSummary"), u"纸质版首次发布"_s);
        test::typeInto(test::child<QLineEdit>(&dialog, "earlierApprover"), u"张总经理"_s);
    };
    test::DialogScript script;
    script.on(u"earlierRevisionDialog"_s, [&](QDialog &shown) {
        auto &dialog = static_cast<EarlierRevisionDialog &>(shown);
        QVERIFY(!dialog.okButton()->isEnabled());
        fill(dialog, u"0/1"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        if (const QString shots = qEnvironmentVariable("DC_SCREENSHOTS"); !shots.isEmpty())
            dialog.grab().save(shots + u"/earlier-revision-dialog.png"_s);
        QVERIFY(dialog.tryAccept());
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(script.seen(), QStringList{u"earlierRevisionDialog"_s});
    auto earlier = window->session().documents().earlierRevisions(number);
    QVERIFY(earlier);
    QCOMPARE(earlier->size(), 1);
    QCOMPARE(earlier->first().approvedBy, u"张总经理"_s);
    bool shown = false;
    for (const TimelineModel::Entry &e : view->timelineModel()->entries())
        shown = shown || (e.what.contains(u"0/1"_s) && e.what.contains(u"recorded, not signed here"_s) && e.detail.contains(u"2019-03-01"_s));
    QVERIFY(shown);
    // The Revisions tab lists it below the real revisions, with no text to open.
    const QAbstractItemModel *revisions = view->revisionsModel();
    const int last = revisions->rowCount() - 1;
    QVERIFY(last >= 1);
    QCOMPARE(revisions->index(last, RevisionsModel::LabelColumn).data().toString(), u"0/1"_s);
    QCOMPARE(revisions->index(last, RevisionsModel::EffectiveColumn).data().toString(), u"2019-03-01"_s);
    QVERIFY(revisions->index(last, RevisionsModel::AuthorColumn).data().toString().contains(u"张总经理"_s));
    QVERIFY(revisions->index(last, RevisionsModel::LabelColumn).data(RevisionsModel::LabelRole).toString().isEmpty());
    QVERIFY(!revisions->index(0, RevisionsModel::LabelColumn).data(RevisionsModel::LabelRole).toString().isEmpty());

    // The same label again: refused in the dialog, which stays open; nothing recorded.
    script.on(u"earlierRevisionDialog"_s, [&](QDialog &shown) {
        auto &dialog = static_cast<EarlierRevisionDialog &>(shown);
        fill(dialog, u"0/1"_s);
        QVERIFY(!dialog.tryAccept());
        QVERIFY2(dialog.errorText().contains(u"already has an earlier revision 0/1"_s), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible());
        dialog.reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(window->session().documents().earlierRevisions(number)->size(), 1);
    auto report = window->session().verifier().run();
    QVERIFY(report && report->ok());
}

void TestEarlierRevision::authorsCannot()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"lijun"_s));
    QVERIFY(window);
    window->showDocument(u"ISMS-P-004"_s);
    auto *button = test::child<QPushButton>(window->documentView(), "recordEarlierButton");
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->toolTip().contains(u"document controllers only"_s), qPrintable(button->toolTip()));
}

QTEST_MAIN(TestEarlierRevision)
#include "tst_earlierrevision.moc"
