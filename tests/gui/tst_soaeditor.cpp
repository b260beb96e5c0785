// The Statement of Applicability's table editor: the item model (checked by
// QAbstractItemModelTester) with its combo and check-box editors, undo and redo, the implementing
// documents filled from a mapping; and Edit on an SoA of a demo store opening the table editor,
// whose save stores the table as Markdown through the draft save, and whose diff names controls.

#include "guihelpers.h"
#include "core/model/soatable.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/services/soaservice.h"
#include "ui/diff/diffview.h"
#include "ui/soa/soadelegate.h"
#include "ui/soa/soaeditdialog.h"
#include "ui/soa/soaeditflow.h"
#include "ui/soa/soatablemodel.h"
#include "ui/workflow/modal.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace dc;
using namespace Qt::StringLiterals;

namespace {

SoaTable generated()
{
    return Soa::generate(u"27001:2022"_s, u"# 适用性声明"_s).value();
}

int rowOf(const SoaTableModel &model, const QString &control)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, SoaTableModel::Control).data().toString() == control)
            return row;
    }
    return -1;
}

// Edits the cell through the delegate's editor as the view would: `fill` sets the editor up.
template <typename Editor>
void editCell(SoaTableModel &model, int row, int column, const std::function<void(Editor *)> &fill)
{
    SoaDelegate delegate;
    QWidget parent;
    const QModelIndex index = model.index(row, column);
    QWidget *widget = delegate.createEditor(&parent, QStyleOptionViewItem(), index);
    auto *editor = qobject_cast<Editor *>(widget);
    QVERIFY(editor);
    delegate.setEditorData(editor, index);
    fill(editor);
    delegate.setModelData(editor, &model, index);
}

} // namespace

class TestSoaEditor final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelShowsTheTable();
    void editorsSetValues();
    void refusesValuesOutsideTheSets();
    void undoRedo();
    void fillsImplementingDocuments();
    void dialogReadinessAndSave();
    void editOpensTheTableEditor();
    void diffViewNamesControls();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestSoaEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"demo.dcstore"_s);
    QVERIFY(DemoStore::openOrCreate(m_path).ok());
}

void TestSoaEditor::modelShowsTheTable()
{
    SoaTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(generated());
    QCOMPARE(model.rowCount(), 93);
    QCOMPARE(model.columnCount(), 8);
    QCOMPARE(model.headerData(SoaTableModel::Applicable, Qt::Horizontal).toString(), u"适用 Applicable"_s);
    QCOMPARE(model.index(0, SoaTableModel::Control).data().toString(), u"A.5.1"_s);
    QVERIFY(model.index(0, SoaTableModel::Title).data().toString().contains(u"Information security policies"_s));
    QVERIFY(!(model.flags(model.index(0, SoaTableModel::Control)) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(model.index(0, SoaTableModel::Documents)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, SoaTableModel::Reason)) & Qt::ItemIsEditable);
}

void TestSoaEditor::editorsSetValues()
{
    SoaTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(generated());
    const int row = rowOf(model, u"A.5.7"_s);
    editCell<QComboBox>(model, row, SoaTableModel::Applicable, [](QComboBox *combo) { combo->setCurrentIndex(combo->findData(u"yes"_s)); });
    editCell<QListWidget>(model, row, SoaTableModel::Reason, [](QListWidget *list) {
        QCOMPARE(list->count(), 4);
        list->item(0)->setCheckState(Qt::Checked); // risk assessment
        list->item(2)->setCheckState(Qt::Checked); // business requirement
    });
    editCell<QComboBox>(model, row, SoaTableModel::Status, [](QComboBox *combo) { combo->setCurrentIndex(combo->findData(u"planned"_s)); });
    QVERIFY(model.setData(model.index(row, SoaTableModel::Owner), u"李四"_s));
    const SoaRow *edited = model.table().find(u"A.5.7"_s);
    QCOMPARE(edited->applicable, std::optional<bool>(true));
    QCOMPARE(edited->reasons, (QList<SoaReason>{SoaReason::RiskAssessment, SoaReason::BusinessRequirement}));
    QCOMPARE(edited->status, std::optional<SoaStatus>(SoaStatus::Planned));
    QCOMPARE(edited->owner, u"李四"_s);
    QCOMPARE(model.index(row, SoaTableModel::Applicable).data().toString(), u"是 Yes"_s);
    // The editor opens on the current value.
    editCell<QComboBox>(model, row, SoaTableModel::Status, [](QComboBox *combo) { QCOMPARE(combo->currentData().toString(), u"planned"_s); });
    // Excluding it drops the status.
    editCell<QComboBox>(model, row, SoaTableModel::Applicable, [](QComboBox *combo) { combo->setCurrentIndex(combo->findData(u"no"_s)); });
    QVERIFY(!model.table().find(u"A.5.7"_s)->status);
}

void TestSoaEditor::refusesValuesOutsideTheSets()
{
    SoaTableModel model;
    model.setTable(generated());
    QVERIFY(!model.setData(model.index(0, SoaTableModel::Applicable), u"maybe"_s));
    QVERIFY(!model.setData(model.index(0, SoaTableModel::Status), u"done"_s));
    QVERIFY(!model.setData(model.index(0, SoaTableModel::Reason), QStringList{u"whim"_s}));
    QVERIFY(!model.setData(model.index(0, SoaTableModel::Control), u"A.9.9"_s));
    QCOMPARE(model.table(), generated());
    QCOMPARE(model.undoStack()->count(), 0);
}

void TestSoaEditor::undoRedo()
{
    SoaTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(generated());
    QVERIFY(model.setData(model.index(1, SoaTableModel::Justification), u"说明"_s));
    QVERIFY(model.setData(model.index(1, SoaTableModel::Applicable), u"no"_s));
    QCOMPARE(model.undoStack()->count(), 2);
    model.undoStack()->undo();
    QVERIFY(!model.table().rows.at(1).applicable);
    QCOMPARE(model.table().rows.at(1).justification, u"说明"_s);
    model.undoStack()->undo();
    QCOMPARE(model.table(), generated());
    model.undoStack()->redo();
    model.undoStack()->redo();
    QCOMPARE(model.table().rows.at(1).applicable, std::optional<bool>(false));
}

void TestSoaEditor::fillsImplementingDocuments()
{
    SoaTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(generated());
    const QStringList changed = model.setImplementingDocuments({{u"A.5.1"_s, {u"ISMS-POL-001"_s}}});
    QCOMPARE(changed, QStringList{u"A.5.1"_s});
    QCOMPARE(model.index(0, SoaTableModel::Documents).data().toString(), u"ISMS-POL-001"_s);
    QCOMPARE(model.undoStack()->count(), 1); // one step
    model.undoStack()->undo();
    QCOMPARE(model.index(0, SoaTableModel::Documents).data().toString(), QString());
    QVERIFY(model.setImplementingDocuments({}).isEmpty());
}

void TestSoaEditor::dialogReadinessAndSave()
{
    EditRequest request;
    request.number = u"ISMS-SOA-001"_s;
    request.title = u"适用性声明"_s;
    request.label = u"A/0"_s;
    SoaEditDialog dialog(request, generated(), [] { return Result<QHash<QString, QStringList>>(QHash<QString, QStringList>{{u"A.5.37"_s, {u"ISMS-P-001"_s}}}); });
    dialog.show();
    auto *readiness = test::child<QLabel>(&dialog, "soaReadiness");
    auto *summary = test::child<QLineEdit>(&dialog, "changeSummary");
    auto *refresh = test::child<QPushButton>(&dialog, "soaRefreshButton");
    auto *undo = test::child<QPushButton>(&dialog, "soaUndoButton");
    QVERIFY(readiness && summary && refresh && undo);
    QVERIFY2(readiness->text().contains(u"93"_s) && readiness->text().contains(u"A.5.1"_s), qPrintable(readiness->text()));
    QVERIFY(!dialog.okButton()->isEnabled()); // nothing changed, no summary
    QVERIFY(!undo->isEnabled());

    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(dialog.errorText().contains(u"A.5.37"_s));
    QVERIFY(undo->isEnabled());
    test::typeInto(summary, u"实施文件 Implementing documents"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    auto saved = Soa::parse(dialog.markdown());
    QVERIFY(saved.ok());
    QCOMPARE(saved->find(u"A.5.37"_s)->documents, QStringList{u"ISMS-P-001"_s});
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(Soa::parse(dialog.markdown())->find(u"A.5.37"_s)->documents.isEmpty());
}

void TestSoaEditor::editOpensTheTableEditor()
{
    const QString path = m_dir.filePath(u"edit.dcstore"_s);
    QVERIFY(test::copyStore(m_path, path));
    auto session = Session::open(path);
    QVERIFY(session.ok());
    Session &s = *session.value();
    auto user = s.signIn(u"wangfang"_s, test::demoPassword());
    QVERIFY(user.ok());
    NewDocument d;
    d.title = u"适用性声明"_s;
    d.type = DocumentType::Soa;
    d.owner = u"wangfang"_s;
    d.fromTemplate = true;
    auto created = s.documents().create(user.value(), d);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    auto state = s.documentState(user.value(), created->number);
    QVERIFY(state.ok());

    bool opened = false;
    Modal::setTestHook([&](QDialog &dialog) {
        auto *editor = qobject_cast<SoaEditDialog *>(&dialog);
        QVERIFY(editor);
        opened = true;
        auto *view = test::child<QTableView>(editor, "soaTable");
        QVERIFY(view && view->model()->rowCount() == 93);
        QVERIFY(editor->model()->setData(view->model()->index(rowOf(*editor->model(), u"A.8.23"_s), SoaTableModel::Applicable), u"yes"_s));
        test::typeInto(test::child<QLineEdit>(editor, "changeSummary"), u"A.8.23"_s);
        QVERIFY2(editor->tryAccept(), qPrintable(editor->errorText()));
    });
    const auto announced = SoaEditFlow::edit(s, user.value(), state.value(), nullptr);
    Modal::setTestHook({});
    QVERIFY(opened);
    QVERIFY(announced && announced->contains(created->number));
    auto table = s.soa().table(user.value(), created->number);
    QVERIFY(table.ok());
    QCOMPARE(table->find(u"A.8.23"_s)->applicable, std::optional<bool>(true));

    // A procedure keeps the Markdown editor.
    auto procedure = s.documentState(user.value(), u"ISMS-POL-001"_s);
    QVERIFY(procedure.ok());
    QVERIFY(!SoaEditFlow::edit(s, user.value(), procedure.value(), nullptr));
}

void TestSoaEditor::diffViewNamesControls()
{
    const SoaTable before = generated();
    SoaTable after = before;
    after.find(u"A.5.7"_s)->applicable = true;
    DiffView view;
    view.showMarkdown(Soa::write(before), Soa::write(after), u"A/0"_s, u"A/1"_s);
    QVERIFY2(view.controlsText().contains(u"A.5.7 适用 Applicable: — → 是 Yes"_s), qPrintable(view.controlsText()));
    view.showMarkdown(u"# a\n"_s, u"# b\n"_s);
    QVERIFY(view.controlsText().isEmpty());
}

QTEST_MAIN(TestSoaEditor)
#include "tst_soaeditor.moc"
