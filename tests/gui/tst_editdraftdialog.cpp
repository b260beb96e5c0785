// The Edit Draft dialog as a user meets it (issue 14 item 8): the cursor starts in the text, so
// Enter types a line break and never saves the draft unchanged; a draft that changed nothing
// cannot be saved; Cancel asks before it leaves unsaved changes.

#include "ui/document/editdraftdialog.h"
#include "ui/editor/markdowneditor.h"
#include "guihelpers.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

using namespace dc;

class TestEditDraftDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cursorStartsInTheText();
    void unchangedDraftCannotBeSaved();
    void cancelAsksWhenThereAreChanges();
    void cancelWithoutChangesClosesAtOnce();

private:
    static EditRequest draft()
    {
        EditRequest request;
        request.store = QStringLiteral("test.dcstore");
        request.number = QStringLiteral("ISMS-P-001");
        request.title = QStringLiteral("信息安全事件管理程序");
        request.label = QStringLiteral("A/0");
        request.content = QStringLiteral("# 目的\n\n规范事件管理。\n");
        request.summary = QStringLiteral("首次发布");
        return request;
    }
};

void TestEditDraftDialog::cursorStartsInTheText()
{
    EditDraftDialog dialog(draft());
    bool committed = false;
    dialog.setCommit([&] {
        committed = true;
        return Status{};
    });
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.editor()->textEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!committed);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.editor()->isModified()); // the key went into the text
}

void TestEditDraftDialog::unchangedDraftCannotBeSaved()
{
    EditDraftDialog dialog(draft());
    bool committed = false;
    dialog.setCommit([&] {
        committed = true;
        return Status{};
    });
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.tryAccept());
    QVERIFY(!committed);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Nothing has changed")), qPrintable(dialog.errorText()));
    // A new summary alone is a change.
    test::typeInto(test::child<QLineEdit>(&dialog, "changeSummary"), QStringLiteral("补充"));
    QVERIFY(dialog.okButton()->isEnabled());
    test::typeInto(test::child<QLineEdit>(&dialog, "changeSummary"), QStringLiteral("首次发布"));
    QVERIFY(!dialog.okButton()->isEnabled());
    // Typing in the text enables saving.
    dialog.editor()->textEdit()->moveCursor(QTextCursor::End);
    test::typeText(dialog.editor()->textEdit(), QStringLiteral("新增。"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.tryAccept());
    QVERIFY(committed);
}

void TestEditDraftDialog::cancelAsksWhenThereAreChanges()
{
    EditDraftDialog dialog(draft());
    dialog.show();
    dialog.editor()->textEdit()->moveCursor(QTextCursor::End);
    test::typeText(dialog.editor()->textEdit(), QStringLiteral("未保存。"));
    QSignalSpy rejected(&dialog, &QDialog::rejected);

    test::DialogScript script;
    script.on(QStringLiteral("unsavedChangesBox"), [](QDialog &shown) {
        QTest::mouseClick(test::child<QPushButton>(&shown, "keepEditingButton"), Qt::LeftButton);
    });
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(script.seen(), QStringList{QStringLiteral("unsavedChangesBox")});
    QCOMPARE(rejected.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.markdown().contains(QStringLiteral("未保存。")));

    // Escape asks too; closing without saving closes.
    script.on(QStringLiteral("unsavedChangesBox"), [](QDialog &shown) {
        QTest::mouseClick(test::child<QPushButton>(&shown, "closeWithoutSavingButton"), Qt::LeftButton);
    });
    QTest::keyClick(dialog.editor()->textEdit(), Qt::Key_Escape);
    QCOMPARE(script.seen().size(), 2);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestEditDraftDialog::cancelWithoutChangesClosesAtOnce()
{
    EditDraftDialog dialog(draft());
    dialog.show();
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    test::DialogScript script;
    dialog.reject();
    QVERIFY(script.seen().isEmpty());
    QCOMPARE(rejected.count(), 1);
}

QTEST_MAIN(TestEditDraftDialog)
#include "tst_editdraftdialog.moc"
