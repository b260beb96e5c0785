#include "attachmentstore.h"

#include "database.h"
#include "sql.h"

#include <QCryptographicHash>

namespace dc {

Status AttachmentStore::put(qint64 revisionId, const Attachment &a)
{
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex());
    return Status::from(Sql::exec(m_db,
                                  QStringLiteral("INSERT INTO attachments(revision_id, name, mime_type, data, sha256) VALUES (?, ?, ?, ?, ?)"
                                                 " ON CONFLICT (revision_id, name) DO UPDATE SET mime_type = excluded.mime_type,"
                                                 " data = excluded.data, sha256 = excluded.sha256"),
                                  {revisionId, a.name, a.mimeType, a.data, hash}, tr("store the attachment %1").arg(a.name)));
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
