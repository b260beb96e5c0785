// Clauses… on the Details tab and the register's clause filter, on a copy of the demo store: a
// controller searches the 27001:2022 catalogue by number and by Chinese and English words, checks
// two controls, unchecks one mapped clause and saves with a reason (one audited change, verify
// passes); without a reason OK stays disabled and nothing changes; an author gets the button
// disabled; the register then shows only the documents mapped to a clause.

#include "guihelpers.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/services/verifier.h"
#include "ui/document/clausepickerdialog.h"
#include "ui/document/detailspage.h"
#include "ui/document/documentview.h"
#include "ui/register/registermodel.h"
#include "ui/register/registerview.h"

#include <QComboBox>
#include <QLabel>
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

// The row of `number` in the picker's list, or nullptr.
QListWidgetItem *entry(QListWidget *list, const QString &number)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == number)
            return list->item(i);
    }
    return nullptr;
}

// The clause references of `number` as stored.
ClauseRefs mapping(MainWindow &window, const QString &number)
{
    auto shown = window.session().documents().show(window.user(), number);
    return shown ? shown->document.clauses : ClauseRefs{{u"error"_s, shown.message()}};
}

} // namespace

class TestClausePicker final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void controllerMapsClauses();
    void theRegisterFiltersByClause();
    void authorsCannot();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestClausePicker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"demo.dcstore"_s);
    QVERIFY(DemoStore::openOrCreate(m_path).ok());
}

void TestClausePicker::controllerMapsClauses()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"wangfang"_s));
    QVERIFY(window);
    window->show();
    const QString number = u"ISMS-P-001"_s;
    window->showDocument(number);
    DocumentView *view = window->documentView();
    view->tabs()->setCurrentIndex(DocumentView::DetailsTab);
    auto *button = test::child<QPushButton>(view, "clausesButton");
    QVERIFY(button->isEnabled());
    const ClauseRefs before = mapping(*window, number);

    // No reason: OK stays disabled; cancelling changes nothing.
    test::DialogScript script;
    script.on(u"clausePickerDialog"_s, [&](QDialog &shown) {
        auto &dialog = static_cast<ClausePickerDialog &>(shown);
        auto *standard = test::child<QComboBox>(&dialog, "clausePickerStandard");
        standard->setCurrentIndex(standard->findData(u"27001:2022"_s));
        auto *list = test::child<QListWidget>(&dialog, "clausePickerList");
        test::typeInto(test::child<QLineEdit>(&dialog, "clausePickerSearch"), u"A.5.1"_s);
        QVERIFY(entry(list, u"A.5.1"_s));
        entry(list, u"A.5.1"_s)->setCheckState(Qt::Checked);
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(script.seen(), QStringList{u"clausePickerDialog"_s});
    QCOMPARE(clauseKeys(mapping(*window, number)), clauseKeys(before));

    // Search by Chinese and English words, check two controls, save with a reason.
    script.on(u"clausePickerDialog"_s, [&](QDialog &shown) {
        auto &dialog = static_cast<ClausePickerDialog &>(shown);
        auto *standard = test::child<QComboBox>(&dialog, "clausePickerStandard");
        standard->setCurrentIndex(standard->findData(u"27001:2022"_s));
        auto *list = test::child<QListWidget>(&dialog, "clausePickerList");
        auto *search = test::child<QLineEdit>(&dialog, "clausePickerSearch");
        test::typeInto(search, u"访问控制"_s);
        QVERIFY(list->count() > 0);
        QVERIFY2(entry(list, u"A.5.15"_s), "A.5.15 Access control is found by its Chinese title");
        entry(list, u"A.5.15"_s)->setCheckState(Qt::Checked);
        search->clear();
        test::typeInto(search, u"security policies"_s);
        QVERIFY2(entry(list, u"A.5.1"_s), "A.5.1 is found by its English title");
        entry(list, u"A.5.1"_s)->setCheckState(Qt::Checked);
        // A mapped clause of another standard is kept unless unchecked.
        const QString mapped = test::child<QLabel>(&dialog, "clausePickerMapped")->text();
        QVERIFY2(mapped.contains(u"27001:2022 A.5.1"_s) && mapped.contains(u"27001:2022 A.5.15"_s), qPrintable(mapped));
        for (const ClauseRef &ref : before)
            QVERIFY2(mapped.contains(ref.toString()), qPrintable(mapped));
        QVERIFY(!dialog.okButton()->isEnabled());
        test::typeInto(test::child<QLineEdit>(&dialog, "clausePickerReason"), u"按2022版映射"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        if (const QString shots = qEnvironmentVariable("DC_SCREENSHOTS"); !shots.isEmpty())
            dialog.grab().save(shots + u"/clause-picker-dialog.png"_s);
        QVERIFY(dialog.tryAccept());
    });
    QTest::mouseClick(button, Qt::LeftButton);
    const ClauseRefs after = mapping(*window, number);
    QStringList expected = clauseKeys(before) + QStringList{u"27001:2022 A.5.1"_s, u"27001:2022 A.5.15"_s};
    expected.sort();
    QCOMPARE(clauseKeys(after), expected);
    QVERIFY(view->findChild<DetailsPage *>()->fieldText(u"detailClauses"_s).contains(u"27001:2022 A.5.15"_s));
    if (const QString shots = qEnvironmentVariable("DC_SCREENSHOTS"); !shots.isEmpty())
        window->grab().save(shots + u"/clause-details.png"_s);

    // Uncheck one: removed.
    script.on(u"clausePickerDialog"_s, [&](QDialog &shown) {
        auto &dialog = static_cast<ClausePickerDialog &>(shown);
        auto *standard = test::child<QComboBox>(&dialog, "clausePickerStandard");
        standard->setCurrentIndex(standard->findData(u"27001:2022"_s));
        auto *list = test::child<QListWidget>(&dialog, "clausePickerList");
        QCOMPARE(entry(list, u"A.5.15"_s)->checkState(), Qt::Checked);
        entry(list, u"A.5.15"_s)->setCheckState(Qt::Unchecked);
        test::typeInto(test::child<QLineEdit>(&dialog, "clausePickerReason"), u"不适用"_s);
        QCOMPARE(dialog.removed().size(), 1);
        QVERIFY(dialog.tryAccept());
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!clauseKeys(mapping(*window, number)).contains(u"27001:2022 A.5.15"_s));
    auto report = window->session().verifier().run();
    QVERIFY(report && report->ok());
}

void TestClausePicker::theRegisterFiltersByClause()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"wangfang"_s));
    QVERIFY(window);
    RegisterView *reg = window->registerView();
    const int all = reg->model()->rowCount();
    QVERIFY(all > 1);
    auto *clause = test::child<QLineEdit>(reg, "clauseFilter");
    test::typeInto(clause, u"27001:2022 A.5.1"_s);
    QTest::keyClick(clause, Qt::Key_Return);
    const int mapped = reg->model()->rowCount();
    QVERIFY(mapped >= 1 && mapped < all);
    if (const QString shots = qEnvironmentVariable("DC_SCREENSHOTS"); !shots.isEmpty()) {
        window->show();
        window->grab().save(shots + u"/clause-register.png"_s);
    }
    QStringList shown;
    for (int row = 0; row < mapped; ++row)
        shown << reg->model()->numberAt(row);
    QVERIFY2(shown.contains(u"ISMS-P-001"_s), qPrintable(shown.join(u' ')));
    for (const QString &number : shown) {
        QStringList keys = clauseKeys(mapping(*window, number));
        QVERIFY2(keys.contains(u"27001:2022 A.5.1"_s), qPrintable(number + u": "_s + keys.join(u", "_s)));
    }
    clause->clear();
    QTest::keyClick(clause, Qt::Key_Return);
    QCOMPARE(reg->model()->rowCount(), all);
}

void TestClausePicker::authorsCannot()
{
    std::unique_ptr<MainWindow> window(test::openWindow(m_path, u"lijun"_s));
    QVERIFY(window);
    window->showDocument(u"ISMS-P-004"_s);
    auto *button = test::child<QPushButton>(window->documentView(), "clausesButton");
    QVERIFY(!button->isEnabled());
}

QTEST_MAIN(TestClausePicker)
#include "tst_clausepicker.moc"
