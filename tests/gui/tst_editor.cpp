// The Markdown editor driven as a user would (keys typed, shortcuts pressed, dialogs answered
// through the prompt hooks) and its Markdown round trip.

#include "ui/editor/markdowneditor.h"
#include "ui/editor/markdowntidy.h"
#include "editortestsupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QTextTable>
#include <QToolBar>

using namespace dc;
using dc::test::pngBytes;
using dc::test::structure;
using dc::test::tableSize;
using dc::test::typeText;

class TestEditor final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void actionsHaveNamesShortcutsAndTooltips_data();
    void actionsHaveNamesShortcutsAndTooltips();
    void typeThenBoldWithCtrlB();
    void boldASelectionAndReflectIt();
    void italic();
    void headings_data();
    void headings();
    void toolBarShowsTheHeadingLevel();
    void returnAfterAHeadingStartsBodyText();
    void bodyChosenAfterAHeadingTypesBodyText_data();
    void bodyChosenAfterAHeadingTypesBodyText();
    void lists_data();
    void lists();
    void returnInAnEmptyListItemEndsTheList();
    void paragraphNextToAListJoinsIt_data();
    void paragraphNextToAListJoinsIt();
    void insertTableThroughTheHook();
    void cancelledTableInsertsNothing();
    void noTableInsideATable();
    void insertAndRemoveALink();
    void insertImageThroughTheHook();
    void refusedImagesSayWhy_data();
    void refusedImagesSayWhy();
    void imagesLoadBackAsResources();
    void roundTrip_data();
    void roundTrip();
    void tidyWidensTableRules_data();
    void tidyWidensTableRules();
    void undoRedo();
    void readOnlyRefusesTyping();
    void ctrlSRequestsSaving();
    void contentChangedOnlyForUserChanges();

    void screenshot();

private:
    QTextEdit *text() const { return m_editor->textEdit(); }
    QAction *action(const char *name) const
    {
        auto *found = m_editor->findChild<QAction *>(QLatin1String(name));
        if (!found)
            qWarning("no action named %s", name);
        return found;
    }
    // Puts the cursor on the first occurrence of `needle`, selecting it when `select`.
    void placeCursor(const QString &needle, bool select);

    QTemporaryDir m_dir;
    MarkdownEditor *m_editor = nullptr;
};

void TestEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 10));
    QVERIFY(m_dir.isValid());
}

void TestEditor::init()
{
    m_editor = new MarkdownEditor;
    m_editor->resize(800, 500);
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor));
    text()->setFocus();
    QCOMPARE(QApplication::focusWidget(), text());
}

void TestEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
}

void TestEditor::placeCursor(const QString &needle, bool select)
{
    QTextCursor found = text()->document()->find(needle);
    QVERIFY2(!found.isNull(), qPrintable(needle));
    if (!select)
        found.setPosition(found.selectionStart() + 1);
    text()->setTextCursor(found);
}

void TestEditor::actionsHaveNamesShortcutsAndTooltips_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shortcut");
    QTest::addColumn<bool>("onToolBar");
    QTest::newRow("body") << QStringLiteral("bodyTextAction") << QStringLiteral("Ctrl+0") << true;
    QTest::newRow("h1") << QStringLiteral("heading1Action") << QStringLiteral("Ctrl+1") << true;
    QTest::newRow("h2") << QStringLiteral("heading2Action") << QStringLiteral("Ctrl+2") << true;
    QTest::newRow("h3") << QStringLiteral("heading3Action") << QStringLiteral("Ctrl+3") << true;
    QTest::newRow("bold") << QStringLiteral("boldAction") << QStringLiteral("Ctrl+B") << true;
    QTest::newRow("italic") << QStringLiteral("italicAction") << QStringLiteral("Ctrl+I") << true;
    QTest::newRow("bullets") << QStringLiteral("bulletListAction") << QStringLiteral("Ctrl+Shift+8") << true;
    QTest::newRow("numbers") << QStringLiteral("numberedListAction") << QStringLiteral("Ctrl+Shift+7") << true;
    QTest::newRow("table") << QStringLiteral("insertTableAction") << QString() << true;
    QTest::newRow("link") << QStringLiteral("insertLinkAction") << QStringLiteral("Ctrl+K") << true;
    QTest::newRow("image") << QStringLiteral("insertImageAction") << QString() << true;
    QTest::newRow("undo") << QStringLiteral("undoAction") << QStringLiteral("Ctrl+Z") << true;
    QTest::newRow("redo") << QStringLiteral("redoAction") << QStringLiteral("Ctrl+Shift+Z") << true;
    QTest::newRow("save") << QStringLiteral("saveAction") << QStringLiteral("Ctrl+S") << false;
}

void TestEditor::actionsHaveNamesShortcutsAndTooltips()
{
    QFETCH(QString, name);
    QFETCH(QString, shortcut);
    QFETCH(bool, onToolBar);
    QAction *found = action(name.toLatin1().constData());
    QVERIFY(found);
    QVERIFY(!found->text().isEmpty());
    if (!shortcut.isEmpty()) {
        QCOMPARE(found->shortcut(), QKeySequence(shortcut));
        QVERIFY2(found->toolTip().contains(QKeySequence(shortcut).toString(QKeySequence::NativeText)), qPrintable(found->toolTip()));
    }
    QCOMPARE(m_editor->toolBar()->actions().contains(found), onToolBar);
    QCOMPARE(m_editor->toolBar()->objectName(), QStringLiteral("editorToolBar"));
    QCOMPARE(text()->objectName(), QStringLiteral("editorText"));
}

void TestEditor::typeThenBoldWithCtrlB()
{
    QTest::keyClicks(text(), QStringLiteral("Hello "));
    QVERIFY(!action("boldAction")->isChecked());
    QTest::keyClick(text(), Qt::Key_B, Qt::ControlModifier);
    QVERIFY(action("boldAction")->isChecked());
    QTest::keyClicks(text(), QStringLiteral("world"));
    QTest::keyClick(text(), Qt::Key_B, Qt::ControlModifier);
    QVERIFY(!action("boldAction")->isChecked());
    QTest::keyClicks(text(), QStringLiteral("!"));
    QCOMPARE(m_editor->markdown(), QStringLiteral("Hello **world**!\n"));
}

void TestEditor::boldASelectionAndReflectIt()
{
    m_editor->setMarkdown(QStringLiteral("审核 this line\n"));
    placeCursor(QStringLiteral("this"), true);
    QTest::keyClick(text(), Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(m_editor->markdown(), QStringLiteral("审核 **this** line\n"));
    placeCursor(QStringLiteral("this"), false);
    QVERIFY(action("boldAction")->isChecked());
    placeCursor(QStringLiteral("line"), false);
    QVERIFY(!action("boldAction")->isChecked());
}

void TestEditor::italic()
{
    QTest::keyClick(text(), Qt::Key_I, Qt::ControlModifier);
    typeText(text(), QStringLiteral("注意"));
    QVERIFY(action("italicAction")->isChecked());
    QCOMPARE(m_editor->markdown(), QStringLiteral("*注意*\n"));
}

void TestEditor::headings_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("checked");
    QTest::newRow("heading 1") << int(Qt::Key_1) << QStringLiteral("# 信息安全方针\n") << QStringLiteral("heading1Action");
    QTest::newRow("heading 2") << int(Qt::Key_2) << QStringLiteral("## 信息安全方针\n") << QStringLiteral("heading2Action");
    QTest::newRow("heading 3") << int(Qt::Key_3) << QStringLiteral("### 信息安全方针\n") << QStringLiteral("heading3Action");
    QTest::newRow("body text") << int(Qt::Key_0) << QStringLiteral("信息安全方针\n") << QStringLiteral("bodyTextAction");
}

void TestEditor::headings()
{
    QFETCH(int, key);
    QFETCH(QString, markdown);
    QFETCH(QString, checked);
    m_editor->setMarkdown(QStringLiteral("## 信息安全方针\n"));
    placeCursor(QStringLiteral("安全"), false);
    QTest::keyClick(text(), Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(m_editor->markdown(), markdown);
    QVERIFY(action(checked.toLatin1().constData())->isChecked());
    // The size follows the level.
    const QTextCharFormat format = text()->textCursor().charFormat();
    const int adjustment = format.property(QTextFormat::FontSizeAdjustment).toInt();
    QCOMPARE(adjustment, key == Qt::Key_0 ? 0 : 4 - (key - Qt::Key_0));
}

void TestEditor::toolBarShowsTheHeadingLevel()
{
    m_editor->setMarkdown(QStringLiteral("# 手册\n\n正文 **粗体** 段落\n\n### 附录\n"));
    placeCursor(QStringLiteral("手册"), false);
    QVERIFY(action("heading1Action")->isChecked());
    QVERIFY(!action("boldAction")->isChecked()); // a heading is bold but the button is for body text
    placeCursor(QStringLiteral("粗体"), false);
    QVERIFY(action("bodyTextAction")->isChecked());
    QVERIFY(action("boldAction")->isChecked());
    placeCursor(QStringLiteral("附录"), false);
    QVERIFY(action("heading3Action")->isChecked());
    QVERIFY(!action("heading1Action")->isChecked());
}

void TestEditor::returnAfterAHeadingStartsBodyText()
{
    QTest::keyClick(text(), Qt::Key_1, Qt::ControlModifier);
    QTest::keyClicks(text(), QStringLiteral("Scope"));
    QTest::keyClick(text(), Qt::Key_Return);
    QVERIFY(action("bodyTextAction")->isChecked());
    QTest::keyClicks(text(), QStringLiteral("All services."));
    QCOMPARE(m_editor->markdown(), QStringLiteral("# Scope\n\nAll services.\n"));
    QCOMPARE(text()->textCursor().charFormat().fontWeight(), int(QFont::Normal));
}

void TestEditor::bodyChosenAfterAHeadingTypesBodyText_data()
{
    QTest::addColumn<int>("undo"); // the key that takes the heading back
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("body text") << int(Qt::Key_0) << int(Qt::ControlModifier) << QStringLiteral("All services.\n");
    QTest::newRow("bullet list") << int(Qt::Key_8) << int(Qt::ControlModifier | Qt::ShiftModifier) << QStringLiteral("- All services.\n");
}

// Issue 14 item 8: a heading chosen on an empty paragraph and then changed back to body text
// (or to a list item) types body text, as the style box says, not heading-sized bold text.
void TestEditor::bodyChosenAfterAHeadingTypesBodyText()
{
    QFETCH(int, undo);
    QFETCH(int, modifiers);
    QFETCH(QString, markdown);
    QTest::keyClick(text(), Qt::Key_1, Qt::ControlModifier);
    QVERIFY(action("heading1Action")->isChecked());
    QTest::keyClick(text(), Qt::Key(undo), Qt::KeyboardModifiers(modifiers));
    QVERIFY(action("bodyTextAction")->isChecked());
    QTest::keyClicks(text(), QStringLiteral("All services."));
    QCOMPARE(m_editor->markdown(), markdown);
    QTextCursor typed = text()->textCursor();
    typed.movePosition(QTextCursor::Left);
    QCOMPARE(typed.charFormat().fontWeight(), int(QFont::Normal));
    QCOMPARE(typed.charFormat().intProperty(QTextFormat::FontSizeAdjustment), 0);
    QVERIFY(!action("boldAction")->isChecked());
}

void TestEditor::lists_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("checked");
    QTest::newRow("bullets") << int(Qt::Key_8) << QStringLiteral("- one\n- two\n") << QStringLiteral("bulletListAction");
    QTest::newRow("numbers") << int(Qt::Key_7) << QStringLiteral("1.  one\n2.  two\n") << QStringLiteral("numberedListAction");
}

void TestEditor::lists()
{
    QFETCH(int, key);
    QFETCH(QString, markdown);
    QFETCH(QString, checked);
    QTest::keyClick(text(), Qt::Key(key), Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(action(checked.toLatin1().constData())->isChecked());
    QTest::keyClicks(text(), QStringLiteral("one"));
    QTest::keyClick(text(), Qt::Key_Return);
    QTest::keyClicks(text(), QStringLiteral("two"));
    QCOMPARE(m_editor->markdown(), markdown);
    QCOMPARE(structure(m_editor->markdown()), structure(markdown));

    // The same key again takes the paragraph out of the list.
    QTest::keyClick(text(), Qt::Key(key), Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!action(checked.toLatin1().constData())->isChecked());
    QVERIFY2(m_editor->markdown().endsWith(QStringLiteral("\n\ntwo\n")), qPrintable(m_editor->markdown()));
}

void TestEditor::paragraphNextToAListJoinsIt_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("expected");
    QTest::newRow("before") << QStringLiteral("准备\n\n1.  审核\n2.  批准\n") << QStringLiteral("准备")
                            << QStringLiteral("1.  准备\n2.  审核\n3.  批准\n");
    QTest::newRow("after") << QStringLiteral("1.  审核\n2.  批准\n\n发布\n") << QStringLiteral("发布")
                           << QStringLiteral("1.  审核\n2.  批准\n3.  发布\n");
    QTest::newRow("between two") << QStringLiteral("1.  准备\n\n审核\n\n1.  批准\n2.  发布\n") << QStringLiteral("审核")
                                 << QStringLiteral("1.  准备\n2.  审核\n3.  批准\n4.  发布\n");
}

// Issue 14 item 8: a paragraph turned into a list item next to a numbered list joins it
// (1, 2, 3) instead of starting a list of its own (1, 1, 2).
void TestEditor::paragraphNextToAListJoinsIt()
{
    QFETCH(QString, markdown);
    QFETCH(QString, paragraph);
    QFETCH(QString, expected);
    m_editor->setMarkdown(markdown);
    const QString before = m_editor->markdown();
    placeCursor(paragraph, false);
    QTest::keyClick(text(), Qt::Key_7, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_editor->markdown(), expected);
    QVERIFY(action("numberedListAction")->isChecked());
    // Undone in one step.
    QTest::keyClick(text(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->markdown(), before);
}

void TestEditor::returnInAnEmptyListItemEndsTheList()
{
    QTest::keyClick(text(), Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(text(), QStringLiteral("item"));
    QTest::keyClick(text(), Qt::Key_Return);
    QTest::keyClick(text(), Qt::Key_Return);
    QVERIFY(!action("bulletListAction")->isChecked());
    QTest::keyClicks(text(), QStringLiteral("after"));
    QCOMPARE(m_editor->markdown(), QStringLiteral("- item\n\nafter\n"));
}

void TestEditor::insertTableThroughTheHook()
{
    int asked = 0;
    EditorPrompts prompts;
    prompts.tableSize = [&asked](QWidget *) -> std::optional<TableSize> {
        ++asked;
        return TableSize{3, 2};
    };
    m_editor->setPrompts(prompts);
    QTest::keyClicks(text(), QStringLiteral("Roles"));
    action("insertTableAction")->trigger();
    QCOMPARE(asked, 1);
    QVERIFY(text()->textCursor().currentTable());
    QTest::keyClicks(text(), QStringLiteral("Role"));
    QTest::keyClick(text(), Qt::Key_Tab);
    QTest::keyClicks(text(), QStringLiteral("Duty"));
    QTest::keyClick(text(), Qt::Key_Tab);
    typeText(text(), QStringLiteral("文控"));
    QTest::keyClick(text(), Qt::Key_Tab);
    typeText(text(), QStringLiteral("发放"));

    const QString markdown = m_editor->markdown();
    QVERIFY2(markdown.startsWith(QStringLiteral("Roles\n\n|Role|Duty|\n|----|----|\n|文控  |发放  |\n")), qPrintable(markdown));
    QCOMPARE(tableSize(markdown), QSize(2, 3));
    QVERIFY(!action("insertTableAction")->isEnabled()); // tables do not nest
}

void TestEditor::cancelledTableInsertsNothing()
{
    EditorPrompts prompts;
    prompts.tableSize = [](QWidget *) -> std::optional<TableSize> { return std::nullopt; };
    m_editor->setPrompts(prompts);
    QTest::keyClicks(text(), QStringLiteral("x"));
    action("insertTableAction")->trigger();
    QCOMPARE(m_editor->markdown(), QStringLiteral("x\n"));
    QCOMPARE(tableSize(m_editor->markdown()), QSize());
}

void TestEditor::noTableInsideATable()
{
    m_editor->setMarkdown(QStringLiteral("|a|b|\n|---|---|\n|1|2|\n"));
    placeCursor(QStringLiteral("1"), false);
    const QString before = m_editor->markdown();
    m_editor->insertTable(2, 2);
    QCOMPARE(m_editor->markdown(), before);
    QVERIFY(!action("insertTableAction")->isEnabled());
}

void TestEditor::insertAndRemoveALink()
{
    LinkTarget offered;
    LinkTarget answer{QStringLiteral("the policy"), QStringLiteral("https://example.com/policy")};
    EditorPrompts prompts;
    prompts.link = [&](QWidget *, const LinkTarget &current) -> std::optional<LinkTarget> {
        offered = current;
        return answer;
    };
    m_editor->setPrompts(prompts);
    QTest::keyClicks(text(), QStringLiteral("See "));
    QTest::keyClick(text(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(offered.text.isEmpty() && offered.url.isEmpty());
    QTest::keyClicks(text(), QStringLiteral(" now"));
    QCOMPARE(m_editor->markdown(), QStringLiteral("See [the policy](https://example.com/policy) now\n"));

    // Inside the link, Ctrl+K offers it for editing; clearing the address removes it.
    placeCursor(QStringLiteral("policy"), false);
    answer = {QStringLiteral("the policy"), QString()};
    QTest::keyClick(text(), Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(offered.text, QStringLiteral("the policy"));
    QCOMPARE(offered.url, QStringLiteral("https://example.com/policy"));
    QCOMPARE(m_editor->markdown(), QStringLiteral("See the policy now\n"));
}

void TestEditor::insertImageThroughTheHook()
{
    const QString path = m_dir.filePath(QStringLiteral("logo.png"));
    const QByteArray png = pngBytes(40, 20, Qt::red);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(png) == png.size());
    file.close();
    EditorPrompts prompts;
    prompts.imageFile = [&path](QWidget *) { return path; };
    m_editor->setPrompts(prompts);

    QTest::keyClicks(text(), QStringLiteral("Logo: "));
    action("insertImageAction")->trigger();
    action("insertImageAction")->trigger();
    QCOMPARE(m_editor->markdown(), QStringLiteral("Logo: ![logo](image-1.png)![logo](image-2.png)\n"));
    const QHash<QString, QByteArray> images = m_editor->images();
    QCOMPARE(images.keys().size(), 2);
    QCOMPARE(images.value(QStringLiteral("image-1.png")), png);
    QCOMPARE(images.value(QStringLiteral("image-2.png")), png);
    QVERIFY(m_editor->message().isEmpty());

    // A deleted image is no longer an attachment.
    QTest::keyClick(text(), Qt::Key_Backspace);
    QCOMPARE(m_editor->images().keys(), QStringList{QStringLiteral("image-1.png")});
}

void TestEditor::refusedImagesSayWhy_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("not an image") << QStringLiteral("notes.png") << QByteArray("just text") << QStringLiteral("not an image");
    QTest::newRow("missing file") << QStringLiteral("missing.png") << QByteArray() << QStringLiteral("Cannot read");
}

void TestEditor::refusedImagesSayWhy()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(fileName);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    EditorPrompts prompts;
    prompts.imageFile = [&path](QWidget *) { return path; };
    m_editor->setPrompts(prompts);
    QTest::keyClicks(text(), QStringLiteral("x"));
    action("insertImageAction")->trigger();
    QCOMPARE(m_editor->markdown(), QStringLiteral("x\n"));
    QVERIFY(m_editor->images().isEmpty());
    QVERIFY2(m_editor->message().contains(message), qPrintable(m_editor->message()));
    QVERIFY(m_editor->findChild<QLabel *>(QStringLiteral("editorMessage"))->isVisible());
    // The next edit clears the notice.
    QTest::keyClicks(text(), QStringLiteral("y"));
    QVERIFY(m_editor->message().isEmpty());
}

void TestEditor::imagesLoadBackAsResources()
{
    const QByteArray small = pngBytes(30, 10, Qt::blue);
    const QByteArray wide = pngBytes(2000, 100, Qt::green);
    m_editor->setMarkdown(QStringLiteral("![图](image-1.png)\n\n![wide](image-2.png)\n"),
                          {{QStringLiteral("image-1.png"), small}, {QStringLiteral("image-2.png"), wide}, {QStringLiteral("image-9.png"), small}});
    const QHash<QString, QByteArray> images = m_editor->images();
    QCOMPARE(images.size(), 2); // image-9 is not used
    QCOMPARE(images.value(QStringLiteral("image-1.png")), small);
    QCOMPARE(images.value(QStringLiteral("image-2.png")), wide);
    QTextDocument *document = text()->document();
    const QImage shown = document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("image-1.png"))).value<QImage>();
    QCOMPARE(shown.size(), QSize(30, 10));
    const QImage scaled = document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("image-2.png"))).value<QImage>();
    QVERIFY(scaled.width() < 2000 && scaled.width() > 0); // shown scaled, stored whole
    // A new image takes the next free number.
    QVERIFY(m_editor->insertImageData(small, QStringLiteral("more")).ok());
    QVERIFY(m_editor->markdown().contains(QStringLiteral("](image-10.png)")));

    // Another document's image of the same name replaces the one shown.
    m_editor->setMarkdown(QStringLiteral("![other](image-1.png)\n"), {{QStringLiteral("image-1.png"), pngBytes(50, 50, Qt::yellow)}});
    const QImage other = document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("image-1.png"))).value<QImage>();
    QCOMPARE(other.size(), QSize(50, 50));
    QCOMPARE(other.pixelColor(0, 0), QColor(Qt::yellow));
}

void TestEditor::roundTrip_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("kept"); // pieces the written Markdown must contain
    QTest::newRow("headings") << QStringLiteral("# 信息安全手册\n\n## 1 范围\n\n### 1.1 目的\n\n正文。\n")
                              << QStringList{QStringLiteral("# 信息安全手册\n"), QStringLiteral("## 1 范围\n"), QStringLiteral("### 1.1 目的\n")};
    QTest::newRow("bold and italic") << QStringLiteral("A **bold** and *italic* word, **粗体**。\n")
                                     << QStringList{QStringLiteral("**bold**"), QStringLiteral("*italic*"), QStringLiteral("**粗体**")};
    QTest::newRow("bullet list") << QStringLiteral("- 风险评估\n- 风险处置\n  - 残余风险\n")
                                 << QStringList{QStringLiteral("- 风险评估\n"), QStringLiteral("- 风险处置\n")};
    QTest::newRow("numbered list") << QStringLiteral("1. 提交\n2. 审核\n3. 批准\n") << QStringList{QStringLiteral("1."), QStringLiteral("3.")};
    QTest::newRow("table") << QStringLiteral("| 角色 | 职责 |\n|---|---|\n| 文控 | 发放与回收 |\n| A | B |\n")
                           << QStringList{QStringLiteral("|角色|职责"), QStringLiteral("|A")};
    QTest::newRow("empty table cells") << QStringLiteral("| a | |\n|---|---|\n| | x |\n") << QStringList{QStringLiteral("|---|")};
    QTest::newRow("link") << QStringLiteral("见 [ISO/IEC 27001](https://www.iso.org/standard/27001) 第 7.5 条。\n")
                          << QStringList{QStringLiteral("[ISO/IEC 27001](https://www.iso.org/standard/27001)")};
    QTest::newRow("image") << QStringLiteral("![组织结构图](image-1.png)\n") << QStringList{QStringLiteral("![组织结构图](image-1.png)")};
    QTest::newRow("mixed document")
        << QStringLiteral("# 文件控制程序\n\n## 目的\n\n规范**受控文件**的编制、*审核*与批准。\n\n- 编制\n- 审核\n\n| 编号 | 名称 |\n|---|---|\n| P-001 | 文件控制 |\n\n"
                          "参见 [附录](https://example.com/a)。\n")
        << QStringList{QStringLiteral("# 文件控制程序"), QStringLiteral("**受控文件**"), QStringLiteral("- 编制"), QStringLiteral("|编号")};
}

void TestEditor::roundTrip()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, kept);
    m_editor->setMarkdown(markdown, {{QStringLiteral("image-1.png"), pngBytes(8, 8, Qt::black)}});
    const QString written = m_editor->markdown();
    for (const QString &piece : kept)
        QVERIFY2(written.contains(piece), qPrintable(QStringLiteral("%1 not in:\n%2").arg(piece, written)));
    QCOMPARE(structure(written), structure(markdown));
    // Writing what was read gives the same text again: revisions diff only where edited.
    m_editor->setMarkdown(written, m_editor->images());
    QCOMPARE(m_editor->markdown(), written);
    QVERIFY(!m_editor->isModified());
}

void TestEditor::tidyWidensTableRules_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("tidy");
    QTest::newRow("short rules") << QStringLiteral("\n|a|b|\n|-|--|\n|1|2|\n\n\n") << QStringLiteral("|a|b|\n|---|---|\n|1|2|\n");
    QTest::newRow("empty column") << QStringLiteral("|H||\n|-||\n") << QStringLiteral("|H||\n|---|---|\n");
    QTest::newRow("alignment kept") << QStringLiteral("|a|b|\n|:-|-:|\n") << QStringLiteral("|a|b|\n|:---|---:|\n");
    QTest::newRow("long rules kept") << QStringLiteral("|abcd|\n|----|\n") << QStringLiteral("|abcd|\n|----|\n");
    QTest::newRow("not after a table row") << QStringLiteral("text\n|-|\n") << QStringLiteral("text\n|-|\n");
    QTest::newRow("code block left alone") << QStringLiteral("```\n|a|\n|-|\n```\n") << QStringLiteral("```\n|a|\n|-|\n```\n");
    QTest::newRow("blank lines collapse") << QStringLiteral("a\n\n\n\nb\n") << QStringLiteral("a\n\nb\n");
    QTest::newRow("code keeps its blank lines") << QStringLiteral("```\na\n\n\nb\n```\n") << QStringLiteral("```\na\n\n\nb\n```\n");
    QTest::newRow("empty") << QStringLiteral("\n\n") << QString();
}

void TestEditor::tidyWidensTableRules()
{
    QFETCH(QString, written);
    QFETCH(QString, tidy);
    QCOMPARE(tidyWrittenMarkdown(written), tidy);
}

void TestEditor::undoRedo()
{
    QVERIFY(!action("undoAction")->isEnabled());
    QTest::keyClicks(text(), QStringLiteral("abc"));
    QVERIFY(action("undoAction")->isEnabled());
    QTest::keyClick(text(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->markdown(), QString());
    QVERIFY(action("redoAction")->isEnabled());
    QTest::keyClick(text(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_editor->markdown(), QStringLiteral("abc\n"));
    QTest::keyClick(text(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(text(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(m_editor->markdown(), QStringLiteral("abc\n"));

    // Formatting is undone as one step too.
    QTest::keyClick(text(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_editor->markdown(), QStringLiteral("# abc\n"));
    QTest::keyClick(text(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->markdown(), QStringLiteral("abc\n"));

    // Loading a text starts a new history.
    m_editor->setMarkdown(QStringLiteral("loaded\n"));
    QVERIFY(!action("undoAction")->isEnabled());
    QTest::keyClick(text(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->markdown(), QStringLiteral("loaded\n"));
}

void TestEditor::readOnlyRefusesTyping()
{
    m_editor->setMarkdown(QStringLiteral("受控内容\n"));
    m_editor->setReadOnly(true);
    QVERIFY(m_editor->isReadOnly());
    QVERIFY(!m_editor->toolBar()->isVisible());
    QTest::keyClicks(text(), QStringLiteral("xyz"));
    typeText(text(), QStringLiteral("改"));
    QTest::keyClick(text(), Qt::Key_Backspace);
    QTest::keyClick(text(), Qt::Key_B, Qt::ControlModifier);
    QTest::keyClick(text(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_editor->markdown(), QStringLiteral("受控内容\n"));
    QVERIFY(!m_editor->isModified());
    for (const char *name : {"boldAction", "heading1Action", "insertTableAction", "insertLinkAction", "insertImageAction", "undoAction"})
        QVERIFY2(!action(name)->isEnabled(), name);
    m_editor->insertTable(2, 2);
    QCOMPARE(m_editor->markdown(), QStringLiteral("受控内容\n"));
    QCOMPARE(m_editor->insertImageData(pngBytes(4, 4, Qt::red), QString()).code(), ErrorCode::InvalidState);

    m_editor->setReadOnly(false);
    QVERIFY(m_editor->toolBar()->isVisible());
    QVERIFY(action("boldAction")->isEnabled());
    QTest::keyClick(text(), Qt::Key_End);
    QTest::keyClicks(text(), QStringLiteral("!"));
    QCOMPARE(m_editor->markdown(), QStringLiteral("受控内容!\n"));
}

void TestEditor::ctrlSRequestsSaving()
{
    QSignalSpy save(m_editor, &MarkdownEditor::saveRequested);
    QTest::keyClicks(text(), QStringLiteral("draft"));
    QTest::keyClick(text(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(save.count(), 1);
    QCOMPARE(m_editor->markdown(), QStringLiteral("draft\n"));
}

void TestEditor::contentChangedOnlyForUserChanges()
{
    QSignalSpy changed(m_editor, &MarkdownEditor::contentChanged);
    m_editor->setMarkdown(QStringLiteral("# Loaded\n"));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!m_editor->isModified());
    QTest::keyClicks(text(), QStringLiteral("x"));
    QVERIFY(changed.count() > 0);
    QVERIFY(m_editor->isModified());
    m_editor->setModified(false);
    QVERIFY(!m_editor->isModified());
}

void TestEditor::screenshot()
{
    // DC_SCREENSHOT=/path.png writes the editor with a Chinese procedure in it.
    const QString path = qEnvironmentVariable("DC_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("set DC_SCREENSHOT to write a screenshot");
    m_editor->resize(900, 640);
    m_editor->setMarkdown(QStringLiteral("# 文件控制程序\n\n## 1 目的\n\n规范**受控文件**的编制、*审核*、批准、发放与回收，确保使用处获得有效版本。"
                                         "参见 [ISO/IEC 27001:2022](https://www.iso.org/standard/27001) 第 7.5 条。\n\n"
                                         "## 2 职责\n\n- 文控：编号、发放与回收\n- 审核人：审核内容的适宜性\n- 批准人：批准发布\n\n"
                                         "1. 编制草稿\n2. 提交审核\n3. 批准发布\n\n"
                                         "| 角色 | 职责 | 记录 |\n|---|---|---|\n| 文控 | 发放与回收 | 发放登记表 |\n| 审核人 | 审核 | 审核记录 |\n\n"
                                         "![流程图](image-1.png)\n"),
                          {{QStringLiteral("image-1.png"), pngBytes(240, 60, QColor(0x5b, 0x8d, 0xd9))}});
    placeCursor(QStringLiteral("受控文件"), false);
    QTest::qWait(50);
    QVERIFY(m_editor->grab().save(path));
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
