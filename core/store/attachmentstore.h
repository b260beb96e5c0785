#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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

    // Adds or replaces the attachment `name` of a draft revision and sets the revision's
    // content hash to cover it (revisionContentHash). Call it inside a write.
    Status put(qint64 revisionId, const Attachment &attachment);
    Result<QList<Attachment>> all(qint64 revisionId) const;

    // The content hash of the revision as stored now, every attachment's bytes hashed afresh
    // (never trusting the sha256 column). `mismatched` receives the names of attachments whose
    // bytes no longer match their recorded SHA-256.
    Result<QString> currentContentHash(qint64 revisionId, const QString &text, QStringList *mismatched = nullptr) const;
    // True when the revision's text and attachments still match `recorded`: the covering hash,
    // or the text-only hash of a revision made before attachments were covered (whose
    // attachments must still match their own SHA-256).
    Result<bool> contentHolds(qint64 revisionId, const QString &text, const QString &recorded) const;

private:
    Database &m_db;
};

} // namespace dc
