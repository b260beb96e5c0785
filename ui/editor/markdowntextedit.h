#pragma once

#include <QKeySequence>
#include <QList>
#include <QTextEdit>

#include <functional>

namespace dc {

// The text area of MarkdownEditor: a QTextEdit that lets the editor's shortcuts through (a
// plain QTextEdit claims Ctrl+K, Ctrl+Z … for itself), ends a heading or an empty list item on
// Return and moves between table cells on Tab as word processors do, shows the document's images from the editor's attachments
// and hands pasted images to the editor.
class MarkdownTextEdit final : public QTextEdit {
    Q_OBJECT
public:
    using ImageProvider = std::function<QImage(const QString &name)>;

    explicit MarkdownTextEdit(QWidget *parent = nullptr);

    // Key sequences that trigger the editor's actions rather than the text edit's key bindings.
    void setReservedShortcuts(const QList<QKeySequence> &shortcuts) { m_reserved = shortcuts; }
    // Where the images the document names (e.g. "image-1.png") are drawn from.
    void setImageProvider(ImageProvider provider) { m_images = std::move(provider); }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    // An image was pasted or dropped; the editor stores it as an attachment.
    void imagePasted(const QImage &image);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void inputMethodEvent(QInputMethodEvent *event) override;

private:
    bool isReserved(const QKeyEvent *event) const;
    // Return at the end of a heading starts body text; Return in an empty list item ends the
    // list. Returns whether it handled the key.
    bool handleReturn();
    // Tab and Shift+Tab in a table move to the next or previous cell; Tab in the last cell
    // adds a row. Returns whether it handled the key.
    bool handleTab(bool backwards);

    QList<QKeySequence> m_reserved;
    ImageProvider m_images;
};

} // namespace dc
