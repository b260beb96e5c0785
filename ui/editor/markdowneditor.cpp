#include "ui/editor/markdowneditor.h"

#include "core/fileio/openstores.h"

#include "ui/editor/editordialogs.h"
#include "ui/editor/markdowntextedit.h"
#include "ui/editor/markdowntidy.h"
#include "ui/editor/textformatting.h"

#include <QAction>
#include <QActionGroup>
#include <QBuffer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dc {

namespace {

constexpr qsizetype kMaxImageBytes = 10 * 1024 * 1024;
constexpr int kMaxDisplayWidth = 640; // images wider than this are shown scaled down

// The default prompts: modal dialogs.
std::optional<TableSize> askTableSizeWithDialog(QWidget *parent)
{
    InsertTableDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return TableSize{dialog.rows(), dialog.columns()};
}

std::optional<LinkTarget> askLinkWithDialog(QWidget *parent, const LinkTarget &current)
{
    LinkDialog dialog(current.text, current.url, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return LinkTarget{dialog.text(), dialog.url()};
}

QString askImageFileWithDialog(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, MarkdownEditor::tr("Insert Image"), QString(),
                                        MarkdownEditor::tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.svg)"));
}

// The file name suffix for an image format QImageReader reports, empty when not accepted.
QString suffixOfFormat(const QByteArray &format)
{
    if (format == "png" || format == "gif" || format == "bmp" || format == "svg")
        return QString::fromLatin1(format);
    if (format == "jpeg" || format == "jpg")
        return u"jpg"_s;
    return {};
}

} // namespace

MarkdownEditor::MarkdownEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"markdownEditor"_s);
    m_prompts = {askTableSizeWithDialog, askLinkWithDialog, askImageFileWithDialog};

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(u"editorToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));

    m_message = new QLabel(this);
    m_message->setObjectName(u"editorMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"QLabel { color: #8a1c1c; background: #fdecea; padding: 4px 8px; }"_s);
    m_message->hide();

    m_edit = new MarkdownTextEdit(this);
    m_edit->setObjectName(u"editorText"_s);
    m_edit->setImageProvider([this](const QString &name) { return displayImage(name); });
    m_edit->document()->setDocumentMargin(16);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_message);
    layout->addWidget(m_edit, 1);

    createActions();

    QTextDocument *document = m_edit->document();
    connect(document, &QTextDocument::contentsChanged, this, [this] {
        if (!m_loading) {
            m_message->hide();
            updateFormatActions(); // e.g. Return ended a list without moving the cursor
            Q_EMIT contentChanged();
        }
    });
    connect(document, &QTextDocument::undoAvailable, m_undo, [this] { updateEnabled(); });
    connect(document, &QTextDocument::redoAvailable, m_redo, [this] { updateEnabled(); });
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, [this] { updateFormatActions(); });
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, [this] { updateFormatActions(); });
    connect(m_edit, &MarkdownTextEdit::imagePasted, this, &MarkdownEditor::insertPastedImage);

    setMarkdown(QString());
    setFocusProxy(m_edit);
}

QAction *MarkdownEditor::makeAction(const char *objectName, const QString &text, const QString &iconText,
                                    const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setIconText(iconText);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QString tip = text;
    if (!shortcuts.isEmpty()) {
        QStringList keys;
        for (const QKeySequence &shortcut : shortcuts)
            keys << shortcut.toString(QKeySequence::NativeText);
        tip = tr("%1 (%2)").arg(text, keys.join(tr(" or ")));
    }
    action->setToolTip(tip);
    QWidget::addAction(action);
    return action;
}

void MarkdownEditor::createActions()
{
    const auto key = [](QKeyCombination combination) { return QList<QKeySequence>{QKeySequence(combination)}; };

    m_blockStyles = new QActionGroup(this);
    m_blockStyles->setExclusive(true);
    m_body = makeAction("bodyTextAction", tr("Body Text"), tr("Text"), key(Qt::CTRL | Qt::Key_0));
    m_heading1 = makeAction("heading1Action", tr("Heading 1"), tr("H1"), key(Qt::CTRL | Qt::Key_1));
    m_heading2 = makeAction("heading2Action", tr("Heading 2"), tr("H2"), key(Qt::CTRL | Qt::Key_2));
    m_heading3 = makeAction("heading3Action", tr("Heading 3"), tr("H3"), key(Qt::CTRL | Qt::Key_3));
    const QList<QAction *> levels{m_body, m_heading1, m_heading2, m_heading3};
    for (int level = 0; level < levels.size(); ++level) {
        QAction *action = levels.at(level);
        action->setCheckable(true);
        m_blockStyles->addAction(action);
        m_toolBar->addAction(action);
        connect(action, &QAction::triggered, this, [this, level] { setHeadingLevel(level); });
    }
    m_toolBar->addSeparator();

    m_bold = makeAction("boldAction", tr("Bold"), tr("B"), key(Qt::CTRL | Qt::Key_B));
    m_italic = makeAction("italicAction", tr("Italic"), tr("I"), key(Qt::CTRL | Qt::Key_I));
    m_bold->setCheckable(true);
    m_italic->setCheckable(true);
    QFont boldFont = font();
    boldFont.setBold(true);
    m_bold->setFont(boldFont);
    QFont italicFont = font();
    italicFont.setItalic(true);
    m_italic->setFont(italicFont);
    connect(m_bold, &QAction::triggered, this, &MarkdownEditor::toggleBold);
    connect(m_italic, &QAction::triggered, this, &MarkdownEditor::toggleItalic);
    m_toolBar->addAction(m_bold);
    m_toolBar->addAction(m_italic);
    m_toolBar->addSeparator();

    m_bullets = makeAction("bulletListAction", tr("Bullet List"), tr("• List"), key(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    m_numbers = makeAction("numberedListAction", tr("Numbered List"), tr("1. List"), key(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    m_bullets->setCheckable(true);
    m_numbers->setCheckable(true);
    connect(m_bullets, &QAction::triggered, this, &MarkdownEditor::toggleBulletList);
    connect(m_numbers, &QAction::triggered, this, &MarkdownEditor::toggleNumberedList);
    m_toolBar->addAction(m_bullets);
    m_toolBar->addAction(m_numbers);
    m_toolBar->addSeparator();

    m_table = makeAction("insertTableAction", tr("Insert Table…"), tr("Table"), {});
    m_link = makeAction("insertLinkAction", tr("Insert Link…"), tr("Link"), key(Qt::CTRL | Qt::Key_K));
    m_image = makeAction("insertImageAction", tr("Insert Image…"), tr("Image"), {});
    connect(m_table, &QAction::triggered, this, &MarkdownEditor::askTableSize);
    connect(m_link, &QAction::triggered, this, &MarkdownEditor::askLink);
    connect(m_image, &QAction::triggered, this, &MarkdownEditor::askImage);
    m_toolBar->addAction(m_table);
    m_toolBar->addAction(m_link);
    m_toolBar->addAction(m_image);
    m_toolBar->addSeparator();

    m_undo = makeAction("undoAction", tr("Undo"), tr("Undo"), key(Qt::CTRL | Qt::Key_Z));
    m_redo = makeAction("redoAction", tr("Redo"), tr("Redo"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_undo, &QAction::triggered, m_edit, &QTextEdit::undo);
    connect(m_redo, &QAction::triggered, m_edit, &QTextEdit::redo);
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);

    m_save = makeAction("saveAction", tr("Save"), tr("Save"), key(Qt::CTRL | Qt::Key_S));
    connect(m_save, &QAction::triggered, this, &MarkdownEditor::saveRequested);

    QList<QKeySequence> reserved;
    for (const QAction *action : QWidget::actions())
        reserved += action->shortcuts();
    m_edit->setReservedShortcuts(reserved);
}

void MarkdownEditor::setMarkdown(const QString &markdown, const QHash<QString, QByteArray> &images)
{
    m_loading = true;
    m_images = images;
    m_displayImages.clear();
    QTextDocument *document = m_edit->document();
    document->setUndoRedoEnabled(false);
    document->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    if (document->isEmpty()) { // the paragraph spacing of Markdown paragraphs, for typed ones too
        QTextCursor cursor(document);
        QTextBlockFormat body;
        TextFormatting::setBlockSpacing(body, 0);
        cursor.setBlockFormat(body);
    }
    TextFormatting::styleDocument(document);
    document->setUndoRedoEnabled(true);
    document->setModified(false);
    m_edit->moveCursor(QTextCursor::Start);
    m_message->hide();
    m_loading = false;
    updateFormatActions();
    updateEnabled();
}

QString MarkdownEditor::markdown() const
{
    return tidyWrittenMarkdown(m_edit->document()->toMarkdown(QTextDocument::MarkdownDialectGitHub));
}

QHash<QString, QByteArray> MarkdownEditor::images() const
{
    QHash<QString, QByteArray> used;
    const QTextDocument *document = m_edit->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            if (const auto found = m_images.constFind(name); found != m_images.cend())
                used.insert(name, found.value());
        }
    }
    return used;
}

bool MarkdownEditor::isModified() const
{
    return m_edit->document()->isModified();
}

void MarkdownEditor::setModified(bool modified)
{
    m_edit->document()->setModified(modified);
}

void MarkdownEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    if (readOnly) // still selectable and copyable, with the mouse and the keyboard
        m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_toolBar->setVisible(!readOnly);
    updateEnabled();
}

bool MarkdownEditor::isReadOnly() const
{
    return m_edit->isReadOnly();
}

QTextEdit *MarkdownEditor::textEdit() const
{
    return m_edit;
}

void MarkdownEditor::setHeadingLevel(int level)
{
    if (isReadOnly())
        return;
    const int was = TextFormatting::headingLevel(m_edit->textCursor());
    TextFormatting::setHeadingLevel(m_edit->textCursor(), level);
    // What is typed next takes the new style's font. The cursor keeps the format it had (on an
    // empty paragraph nothing else carries it), so a heading chosen and then undone by Body
    // would otherwise go on typing heading-sized and bold.
    if (!m_edit->textCursor().hasSelection())
        followHeadingFont(was, level);
    updateFormatActions();
}

void MarkdownEditor::followHeadingFont(int was, int level)
{
    QTextCharFormat current = m_edit->currentCharFormat();
    if (level > 0 || was > 0)
        current.merge(TextFormatting::headingCharFormat(level));
    m_edit->setCurrentCharFormat(current);
}

void MarkdownEditor::toggleBold()
{
    if (isReadOnly())
        return;
    QTextCharFormat format;
    format.setFontWeight(m_edit->currentCharFormat().fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
    m_edit->mergeCurrentCharFormat(format);
    updateFormatActions();
}

void MarkdownEditor::toggleItalic()
{
    if (isReadOnly())
        return;
    QTextCharFormat format;
    format.setFontItalic(!m_edit->currentCharFormat().fontItalic());
    m_edit->mergeCurrentCharFormat(format);
    updateFormatActions();
}

void MarkdownEditor::toggleBulletList()
{
    if (isReadOnly())
        return;
    const int was = TextFormatting::headingLevel(m_edit->textCursor());
    TextFormatting::toggleList(m_edit->textCursor(), QTextListFormat::ListDisc);
    if (!m_edit->textCursor().hasSelection()) // a heading made a list item is body text
        followHeadingFont(was, TextFormatting::headingLevel(m_edit->textCursor()));
    updateFormatActions();
}

void MarkdownEditor::toggleNumberedList()
{
    if (isReadOnly())
        return;
    const int was = TextFormatting::headingLevel(m_edit->textCursor());
    TextFormatting::toggleList(m_edit->textCursor(), QTextListFormat::ListDecimal);
    if (!m_edit->textCursor().hasSelection()) // a heading made a list item is body text
        followHeadingFont(was, TextFormatting::headingLevel(m_edit->textCursor()));
    updateFormatActions();
}

void MarkdownEditor::insertTable(int rows, int columns)
{
    if (isReadOnly())
        return;
    QTextCursor cursor = m_edit->textCursor();
    TextFormatting::insertTable(cursor, rows, columns);
    m_edit->setTextCursor(cursor);
}

void MarkdownEditor::insertLink(const QString &text, const QString &url)
{
    if (isReadOnly())
        return;
    QTextCursor cursor = m_edit->textCursor();
    if (url.trimmed().isEmpty() && !cursor.hasSelection())
        TextFormatting::selectLink(cursor);
    TextFormatting::insertLink(cursor, text, url.trimmed());
    m_edit->setTextCursor(cursor);
    // Typing after the link is not part of it.
    m_edit->setCurrentCharFormat(TextFormatting::withoutLink(cursor.charFormat()));
}

Status MarkdownEditor::insertImageFile(const QString &path)
{
    if (const Status readable = OpenStores::refuseIfOpen(path); !readable)
        return readable;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::CannotOpen, tr("Cannot read the image %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    if (file.size() > kMaxImageBytes)
        return Error{ErrorCode::InvalidInput, tr("The image %1 is larger than 10 MB.").arg(QFileInfo(path).fileName())};
    return insertImageData(file.readAll(), QFileInfo(path).completeBaseName());
}

Status MarkdownEditor::insertImageData(const QByteArray &data, const QString &altText)
{
    if (isReadOnly())
        return Error{ErrorCode::InvalidState, tr("The document is read-only.")};
    if (data.size() > kMaxImageBytes)
        return Error{ErrorCode::InvalidInput, tr("The image is larger than 10 MB.")};
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    const QString suffix = suffixOfFormat(reader.format());
    if (suffix.isEmpty() || reader.read().isNull())
        return Error{ErrorCode::InvalidInput, tr("This is not an image the editor can show (PNG, JPEG, GIF, BMP or SVG).")};

    const QString name = nextImageName(suffix);
    m_images.insert(name, data);
    QTextImageFormat format;
    format.setName(name);
    // Square brackets would end the Markdown image's alternative text early.
    QString alt = altText;
    alt.remove(QRegularExpression(u"[\\[\\]\\(\\)]"_s));
    format.setProperty(QTextFormat::ImageAltText, alt.isEmpty() ? name : alt);
    m_edit->textCursor().insertImage(format);
    return {};
}

QString MarkdownEditor::nextImageName(const QString &suffix) const
{
    static const QRegularExpression numbered(u"^image-(\\d+)\\."_s);
    int highest = 0;
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it) {
        if (const auto match = numbered.match(it.key()); match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    return u"image-%1.%2"_s.arg(highest + 1).arg(suffix);
}

QImage MarkdownEditor::displayImage(const QString &name)
{
    if (const auto cached = m_displayImages.constFind(name); cached != m_displayImages.cend())
        return cached.value();
    const auto found = m_images.constFind(name);
    if (found == m_images.cend())
        return {};
    QImage image = QImage::fromData(found.value());
    if (image.width() > kMaxDisplayWidth)
        image = image.scaledToWidth(kMaxDisplayWidth, Qt::SmoothTransformation);
    m_displayImages.insert(name, image);
    return image;
}

void MarkdownEditor::insertPastedImage(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    if (const Status inserted = insertImageData(png, tr("image")); !inserted)
        showMessage(inserted.message());
}

void MarkdownEditor::setPrompts(const EditorPrompts &prompts)
{
    if (prompts.tableSize)
        m_prompts.tableSize = prompts.tableSize;
    if (prompts.link)
        m_prompts.link = prompts.link;
    if (prompts.imageFile)
        m_prompts.imageFile = prompts.imageFile;
}

void MarkdownEditor::askTableSize()
{
    if (isReadOnly() || m_edit->textCursor().currentTable())
        return;
    if (const auto size = m_prompts.tableSize(this))
        insertTable(size->rows, size->columns);
    m_edit->setFocus();
}

void MarkdownEditor::askLink()
{
    if (isReadOnly())
        return;
    QTextCursor cursor = m_edit->textCursor();
    const LinkTarget current{TextFormatting::selectLink(cursor), TextFormatting::linkAt(cursor)};
    const auto answer = m_prompts.link(this, current);
    if (answer) {
        m_edit->setTextCursor(cursor); // the whole link is replaced
        insertLink(answer->text, answer->url);
    }
    m_edit->setFocus();
}

void MarkdownEditor::askImage()
{
    if (isReadOnly())
        return;
    const QString path = m_prompts.imageFile(this);
    if (!path.isEmpty()) {
        if (const Status inserted = insertImageFile(path); !inserted)
            showMessage(inserted.message());
    }
    m_edit->setFocus();
}

void MarkdownEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString MarkdownEditor::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void MarkdownEditor::updateFormatActions()
{
    const QTextCursor cursor = m_edit->textCursor();
    const QTextCharFormat format = m_edit->currentCharFormat();
    const int level = TextFormatting::headingLevel(cursor);
    QAction *style = level == 1 ? m_heading1 : level == 2 ? m_heading2 : level >= 3 ? m_heading3 : m_body;
    style->setChecked(true);
    // In a heading every character is bold; the button shows bold within body text.
    m_bold->setChecked(level == 0 && format.fontWeight() > QFont::Normal);
    m_italic->setChecked(format.fontItalic());
    const QTextListFormat::Style list = TextFormatting::listStyle(cursor);
    m_bullets->setChecked(list == QTextListFormat::ListDisc || list == QTextListFormat::ListCircle || list == QTextListFormat::ListSquare);
    m_numbers->setChecked(list == QTextListFormat::ListDecimal || list == QTextListFormat::ListLowerAlpha
                          || list == QTextListFormat::ListUpperAlpha || list == QTextListFormat::ListLowerRoman
                          || list == QTextListFormat::ListUpperRoman);
    m_table->setEnabled(!isReadOnly() && !cursor.currentTable());
}

void MarkdownEditor::updateEnabled()
{
    const bool editable = !isReadOnly();
    for (QAction *action : QWidget::actions()) {
        if (action != m_save)
            action->setEnabled(editable);
    }
    m_undo->setEnabled(editable && m_edit->document()->isUndoAvailable());
    m_redo->setEnabled(editable && m_edit->document()->isRedoAvailable());
    m_table->setEnabled(editable && !m_edit->textCursor().currentTable());
}

} // namespace dc
