#pragma once

#include "core/model/result.h"

#include <QHash>
#include <QImage>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QTextEdit;
class QToolBar;

namespace dc {

class MarkdownTextEdit;

// The size of a table to insert: rows (the first is the header) × columns.
struct TableSize {
    int rows = 3;
    int columns = 3;
};

// A link's text and address.
struct LinkTarget {
    QString text;
    QString url;
};

// The questions the editor asks the user. By default each shows a dialog; tests (and callers
// with their own dialogs) replace them, so no modal loop runs. An empty answer means "cancel".
struct EditorPrompts {
    std::function<std::optional<TableSize>(QWidget *parent)> tableSize;
    std::function<std::optional<LinkTarget>(QWidget *parent, const LinkTarget &current)> link;
    std::function<QString(QWidget *parent)> imageFile; // a path; empty when cancelled
};

// The WYSIWYG editor of a revision's content: a tool bar over a rich text area that stores
// GitHub Markdown. Offers headings 1–3 and body text, bold, italic, bullet and numbered lists,
// tables, links and images, undo and redo, each with a shortcut; the tool bar shows the format
// at the cursor. Images are kept as named attachments ("image-1.png") that the caller stores
// with the revision. Saving is the caller's: the editor only asks for it (Ctrl+S).
class MarkdownEditor final : public QWidget {
    Q_OBJECT
public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    // Replaces the content by `markdown`, whose images are looked up by name in `images`;
    // clears undo history and the modified flag. Emits no contentChanged().
    void setMarkdown(const QString &markdown, const QHash<QString, QByteArray> &images = {});
    // The content as GitHub Markdown, ending with one line break (empty when there is no text).
    QString markdown() const;
    // The images the content refers to, by name, as the bytes of the inserted file.
    QHash<QString, QByteArray> images() const;

    // Whether the content changed since setMarkdown() or setModified(false).
    bool isModified() const;
    void setModified(bool modified);

    // Read-only: the text can be selected and copied, not changed; the tool bar is hidden.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    // The operations behind the tool bar, on the selection or the cursor's paragraph.
    void setHeadingLevel(int level); // 0: body text
    void toggleBold();
    void toggleItalic();
    void toggleBulletList();
    void toggleNumberedList();
    void insertTable(int rows, int columns);
    // Links the selection (or inserts `text`) to `url`; an empty `url` removes the link.
    void insertLink(const QString &text, const QString &url);
    // Inserts the image file at `path` as the next image-N attachment. Fails, inserting nothing,
    // when the file cannot be read, is not a PNG/JPEG/GIF/BMP/SVG image or exceeds 10 MB.
    Status insertImageFile(const QString &path);
    // Inserts an encoded image (e.g. a pasted one); fails as insertImageFile does.
    Status insertImageData(const QByteArray &data, const QString &altText);

    // Replaces the dialogs the editor asks with; members left empty keep the default dialog.
    void setPrompts(const EditorPrompts &prompts);

    // A short notice under the tool bar (e.g. why an image was refused); empty hides it.
    void showMessage(const QString &message);
    QString message() const;

    QTextEdit *textEdit() const;
    QToolBar *toolBar() const { return m_toolBar; }
    // Ctrl+S; not on the tool bar, so the caller may put it where it saves.
    QAction *saveAction() const { return m_save; }

Q_SIGNALS:
    // The user changed the content (typing, formatting, undo).
    void contentChanged();
    // The user asked to save (Ctrl+S).
    void saveRequested();

private:
    void createActions();
    QAction *makeAction(const char *objectName, const QString &text, const QString &iconText, const QList<QKeySequence> &shortcuts);
    void updateFormatActions();
    // Gives the cursor's current format the font of heading `level` after a change from `was`.
    void followHeadingFont(int was, int level);
    void updateEnabled();
    void askTableSize();
    void askLink();
    void askImage();
    void insertPastedImage(const QImage &image);
    QImage displayImage(const QString &name);
    QString nextImageName(const QString &suffix) const;

    MarkdownTextEdit *m_edit = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_message = nullptr;
    EditorPrompts m_prompts;
    QHash<QString, QByteArray> m_images;    // every image inserted or loaded, by name
    QHash<QString, QImage> m_displayImages; // the same, scaled to fit the editor
    bool m_loading = false;

    QActionGroup *m_blockStyles = nullptr;
    QAction *m_body = nullptr;
    QAction *m_heading1 = nullptr;
    QAction *m_heading2 = nullptr;
    QAction *m_heading3 = nullptr;
    QAction *m_bold = nullptr;
    QAction *m_italic = nullptr;
    QAction *m_bullets = nullptr;
    QAction *m_numbers = nullptr;
    QAction *m_table = nullptr;
    QAction *m_link = nullptr;
    QAction *m_image = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_save = nullptr;
};

} // namespace dc
