#pragma once

#include <QTextBrowser>

namespace dc {

struct DocumentDetails;

// A read-only view of one revision: a small header (number, titles, revision, status, owner,
// classification) above the revision's Markdown content.
class DocumentPreview final : public QTextBrowser {
    Q_OBJECT
public:
    explicit DocumentPreview(QWidget *parent = nullptr);

    // Shows `details`, the owner by their display name.
    void showDocument(const DocumentDetails &details);
    // Replaces the view by a short message, e.g. why a document cannot be shown.
    void showMessage(const QString &message);

    // The number of the document shown, empty when a message is shown.
    QString number() const { return m_number; }

private:
    static QString headerHtml(const DocumentDetails &details);
    QString m_number;
};

} // namespace dc
