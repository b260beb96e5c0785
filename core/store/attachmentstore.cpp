#include "core/store/attachmentstore.h"

#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/security/contenthash.h"

#include <QCryptographicHash>

namespace dc {

Status AttachmentStore::put(qint64 revisionId, const Attachment &a)
{
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex());
    auto stored = Sql::exec(m_db,
                            QStringLiteral("INSERT INTO attachments(revision_id, name, mime_type, data, sha256) VALUES (?, ?, ?, ?, ?)"
                                           " ON CONFLICT (revision_id, name) DO UPDATE SET mime_type = excluded.mime_type,"
                                           " data = excluded.data, sha256 = excluded.sha256"),
                            {revisionId, a.name, a.mimeType, a.data, hash}, tr("store the attachment %1").arg(a.name));
    if (!stored)
        return stored.error();
    // The revision's content hash covers its attachments from now on.
    auto text = Sql::exec(m_db, QStringLiteral("SELECT content FROM revisions WHERE id = ?"), {revisionId}, tr("read the revision"));
    if (!text)
        return text.error();
    if (!text.value().next())
        return Error{ErrorCode::NotFound, tr("There is no such revision.")};
    auto covering = currentContentHash(revisionId, text.value().value(0).toString());
    if (!covering)
        return covering.error();
    return Status::from(Sql::exec(m_db, QStringLiteral("UPDATE revisions SET content_hash = ? WHERE id = ?"), {covering.value(), revisionId},
                                  tr("record the content hash")));
}

Result<bool> AttachmentStore::contentHolds(qint64 revisionId, const QString &text, const QString &recorded) const
{
    QStringList mismatched;
    auto current = currentContentHash(revisionId, text, &mismatched);
    if (!current)
        return current.error();
    return mismatched.isEmpty() && (current.value() == recorded || contentHash(text) == recorded);
}

Result<QString> AttachmentStore::currentContentHash(qint64 revisionId, const QString &text, QStringList *mismatched) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT name, mime_type, data, sha256 FROM attachments WHERE revision_id = ? ORDER BY name"), {revisionId},
                       tr("read the attachments"));
    if (!q)
        return q.error();
    QList<AttachmentDigest> digests;
    while (q.value().next()) {
        const QString actual = QString::fromLatin1(QCryptographicHash::hash(q.value().value(2).toByteArray(), QCryptographicHash::Sha256).toHex());
        if (mismatched && actual != q.value().value(3).toString())
            mismatched->append(q.value().value(0).toString());
        digests.append(AttachmentDigest{q.value().value(0).toString(), q.value().value(1).toString(), actual});
    }
    return revisionContentHash(text, digests);
}

Result<QList<Attachment>> AttachmentStore::all(qint64 revisionId) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT name, mime_type, data, sha256 FROM attachments WHERE revision_id = ? ORDER BY name"), {revisionId},
                       tr("read the attachments"));
    if (!q)
        return q.error();
    QList<Attachment> all;
    while (q.value().next())
        all.append(Attachment{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toByteArray(), q.value().value(3).toString()});
    return all;
}

} // namespace dc
