#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dc {

class Database;

// A file kept with a revision: an image its content shows, or a PDF (an external document, a scan).
struct Attachment {
    QString name;       // "image-1.png": what the Markdown refers to
    QString mimeType;
    QByteArray data;
    QString sha256;
};

// Reads and writes attachments. The store refuses changes once the revision is submitted.
class AttachmentStore final {
    Q_DECLARE_TR_FUNCTIONS(dc::AttachmentStore)
public:
    explicit AttachmentStore(Database &db) : m_db(db) {}

    // Adds or replaces the attachment `name` of a draft revision.
    Status put(qint64 revisionId, const Attachment &attachment);
    Result<QList<Attachment>> all(qint64 revisionId) const;

private:
    Database &m_db;
};

} // namespace dc
