// The distribution list on the Details tab, on the demo store: everyone who sees a document reads
// its list and whether its type asks for acknowledgements; only document controllers get
// Distribution…, which adds users and departments and removes members in one audited change; an
// edit core refuses (the list changed behind the dialog) shows core's message and changes nothing.

#include "ui/document/detailspage.h"
#include "ui/document/distributiondialog.h"
#include "ui/document/documentview.h"
#include "ui/mainwindow.h"
#include "guihelpers.h"
#include "core/services/demostore.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

namespace {
const QString kPolicy = u"ISMS-POL-001"_s;   // listed: dept:客户服务部, user:lijun, user:zhaomin
const QString kProcedure = u"ISMS-P-001"_s; // nobody listed; procedures ask for no acknowledgement

QStringList keys(const DistributionList &list)
{
    QStringList out;
    for (const DistributionMember &m : list)
        out << m.key();
    return out;
}
} // namespace

class TestDistributionEditor final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void readersSeeTheListReadOnly();
    void controllerAddsAndRemoves();
    void refusedChangeShowsCoreMessage();

private:
    MainWindow *open(const QString &userName);
    DetailsPage *details(MainWindow *window, const QString &number);
    QStringList stored(MainWindow *window, const QString &number);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QList<MainWindow *> m_windows;
};

void TestDistributionEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"template.dcstore"_s);
    auto demo = DemoStore::openOrCreate(m_template);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
}

void TestDistributionEditor::init()
{
    m_path = m_dir.filePath(u"demo.dcstore"_s);
    QFile::remove(m_path);
    QVERIFY(test::copyStore(m_template, m_path));
}

void TestDistributionEditor::cleanup()
{
    qDeleteAll(m_windows);
    m_windows.clear();
}

MainWindow *TestDistributionEditor::open(const QString &userName)
{
    MainWindow *window = test::openShownWindow(m_path, userName);
    if (window)
        m_windows << window;
    return window;
}

DetailsPage *TestDistributionEditor::details(MainWindow *window, const QString &number)
{
    window->showDocument(number);
    window->documentView()->tabs()->setCurrentIndex(DocumentView::DetailsTab);
    return window->documentView()->details();
}

QStringList TestDistributionEditor::stored(MainWindow *window, const QString &number)
{
    auto list = window->session().documents().distribution(window->user(), number);
    return list ? keys(list.value()) : QStringList{list.message()};
}

void TestDistributionEditor::readersSeeTheListReadOnly()
{
    MainWindow *window = open(u"sunli"_s); // a reader in 客户服务部
    QVERIFY(window);
    DetailsPage *page = details(window, kPolicy);
    const QString listed = page->fieldText(u"detailDistribution"_s);
    QVERIFY2(listed.contains(u"李军 (lijun)"_s) && listed.contains(u"赵敏 (zhaomin)"_s) && listed.contains(u"客户服务部"_s), qPrintable(listed));
    QVERIFY2(page->fieldText(u"detailAcknowledgement"_s).contains(u"Asked"_s), qPrintable(page->fieldText(u"detailAcknowledgement"_s)));
    QVERIFY(page->distributionButton()->isHidden());

    page = details(window, kProcedure);
    QCOMPARE(page->fieldText(u"detailDistribution"_s), u"Nobody"_s);
    QVERIFY2(page->fieldText(u"detailAcknowledgement"_s).startsWith(u"Not asked"_s), qPrintable(page->fieldText(u"detailAcknowledgement"_s)));
    QVERIFY(page->distributionButton()->isHidden());
}

void TestDistributionEditor::controllerAddsAndRemoves()
{
    MainWindow *window = open(u"wangfang"_s);
    QVERIFY(window);
    DetailsPage *page = details(window, kPolicy);
    QVERIFY(page->distributionButton()->isVisible());
    QVERIFY(page->distributionButton()->isEnabled());
    test::DialogScript script;
    script.on(u"distributionDialog"_s, [](QDialog &shown) {
        auto &dialog = static_cast<DistributionDialog &>(shown);
        QVERIFY(!dialog.tryAccept()); // nothing changed yet
        QVERIFY(dialog.errorText().contains(u"Nothing"_s));
        auto *list = test::child<QListWidget>(&dialog, "distributionList");
        auto *candidates = test::child<QComboBox>(&dialog, "distributionCandidate");
        QCOMPARE(list->count(), 3);
        // Members already listed are not offered again.
        QCOMPARE(candidates->findData(u"user:lijun"_s), -1);
        QVERIFY(candidates->findData(u"user:sunli"_s) >= 0);
        // Add sunli and the IT department with the Add button, remove zhaomin with Remove.
        for (const QString &key : {u"user:sunli"_s, u"dept:IT 运维部"_s}) {
            candidates->setCurrentIndex(candidates->findData(key));
            QTest::mouseClick(test::child<QPushButton>(&dialog, "distributionAdd"), Qt::LeftButton);
        }
        QCOMPARE(list->count(), 5);
        const auto rows = list->findItems(u"赵敏 (zhaomin)"_s, Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        list->setCurrentItem(rows.first());
        QTest::mouseClick(test::child<QPushButton>(&dialog, "distributionRemove"), Qt::LeftButton);
        QCOMPARE(keys(dialog.added()), (QStringList{u"user:sunli"_s, u"dept:IT 运维部"_s}));
        QCOMPARE(keys(dialog.removed()), QStringList{u"user:zhaomin"_s});
        QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    });
    QTest::mouseClick(page->distributionButton(), Qt::LeftButton);
    QCOMPARE(script.seen(), QStringList{u"distributionDialog"_s});
    QCOMPARE(stored(window, kPolicy), (QStringList{u"user:lijun"_s, u"user:sunli"_s, u"dept:IT 运维部"_s, u"dept:客户服务部"_s}));
    QTRY_VERIFY2(page->fieldText(u"detailDistribution"_s).contains(u"孙丽 (sunli)"_s), qPrintable(page->fieldText(u"detailDistribution"_s)));
    QVERIFY(!page->fieldText(u"detailDistribution"_s).contains(u"zhaomin"_s));
}

void TestDistributionEditor::refusedChangeShowsCoreMessage()
{
    MainWindow *window = open(u"wangfang"_s);
    QVERIFY(window);
    DetailsPage *page = details(window, kPolicy);
    QStringList after;
    test::DialogScript script;
    script.on(u"distributionDialog"_s, [&](QDialog &shown) {
        auto &dialog = static_cast<DistributionDialog &>(shown);
        // Another desk takes zhaomin off the list while the dialog is open.
        auto changed = window->session().documents().changeDistribution(window->user(), kPolicy, {},
                                                                         {DistributionMember{DistributionMember::Kind::User, u"zhaomin"_s}});
        QVERIFY2(changed.ok(), qPrintable(changed.message()));
        after = stored(window, kPolicy);
        auto *list = test::child<QListWidget>(&dialog, "distributionList");
        const auto rows = list->findItems(u"赵敏 (zhaomin)"_s, Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        dialog.removeRow(list->row(rows.first()));
        QVERIFY(!dialog.tryAccept());
        QVERIFY2(dialog.errorText().contains(u"user:zhaomin is not on the distribution list of ISMS-POL-001"_s), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible()); // stays open to be corrected or cancelled
        dialog.reject();
    });
    QTest::mouseClick(page->distributionButton(), Qt::LeftButton);
    QCOMPARE(script.seen(), QStringList{u"distributionDialog"_s});
    QCOMPARE(stored(window, kPolicy), after); // the refused change changed nothing
    QCOMPARE(after, (QStringList{u"user:lijun"_s, u"dept:客户服务部"_s}));
}

QTEST_MAIN(TestDistributionEditor)
#include "tst_distributioneditor.moc"
