#include "core/store/copystore.h"

#include "core/store/database.h"
#include "core/store/sql.h"

namespace dc {

QString toKey(ControlledCopy::Status status)
{
    switch (status) {
    case ControlledCopy::Status::Issued: return QStringLiteral("issued");
    case ControlledCopy::Status::Recalled: return QStringLiteral("recalled");
    case ControlledCopy::Status::Destroyed: return QStringLiteral("destroyed");
    }
    return {};
}

QString displayName(ControlledCopy::Status status)
{
    switch (status) {
    case ControlledCopy::Status::Issued: return QCoreApplication::translate("dc::ControlledCopy", "Issued");
    case ControlledCopy::Status::Recalled: return QCoreApplication::translate("dc::ControlledCopy", "Recalled");
    case ControlledCopy::Status::Destroyed: return QCoreApplication::translate("dc::ControlledCopy", "Destroyed");
    }
    return {};
}

namespace {

const QString kCopyQuery = QStringLiteral(
    "SELECT c.id, c.revision_id, d.number, r.label, c.copy_number, c.holder, c.status, u.name, c.issued_at, c.recalled_at, c.destroyed_at"
    " FROM controlled_copies c JOIN revisions r ON r.id = c.revision_id JOIN documents d ON d.id = r.document_id"
    " JOIN users u ON u.id = c.issued_by");

ControlledCopy copyFrom(const QSqlQuery &q)
{
    ControlledCopy c;
    c.id = q.value(0).toLongLong();
    c.revisionId = q.value(1).toLongLong();
    c.number = q.value(2).toString();
    c.label = q.value(3).toString();
    c.copyNumber = q.value(4).toInt();
    c.holder = q.value(5).toString();
    const QString status = q.value(6).toString();
    c.status = status == QLatin1String("recalled") ? ControlledCopy::Status::Recalled
             : status == QLatin1String("destroyed") ? ControlledCopy::Status::Destroyed
                                                    : ControlledCopy::Status::Issued;
    c.issuedBy = q.value(7).toString();
    c.issuedAt = Sql::dateTimeFrom(q.value(8));
    c.recalledAt = Sql::dateTimeFrom(q.value(9));
    c.destroyedAt = Sql::dateTimeFrom(q.value(10));
    return c;
}

} // namespace

Result<int> CopyStore::nextNumber(qint64 revisionId) const
{
    auto last = Sql::exec(m_db, QStringLiteral("SELECT coalesce(max(copy_number), 0) FROM controlled_copies WHERE revision_id = ?"), {revisionId},
                          tr("number the controlled copy"));
    if (!last)
        return last.error();
    last.value().next();
    const int next = last.value().value(0).toInt() + 1;
    if (next > 999)
        return Error{ErrorCode::InvalidState, tr("This revision already has 999 controlled copies; recall some and issue a new revision.")};
    return next;
}

Result<ControlledCopy> CopyStore::issue(qint64 revisionId, const QString &holder, qint64 issuedBy, const QDateTime &now)
{
    return m_db.write([&]() -> Result<ControlledCopy> {
        const Result<int> next = nextNumber(revisionId);
        if (!next)
            return next.error();
        auto inserted = Sql::exec(m_db,
                                  QStringLiteral("INSERT INTO controlled_copies(revision_id, copy_number, holder, issued_by, issued_at) VALUES (?, ?, ?, ?, ?)"),
                                  {revisionId, next.value(), holder.trimmed(), issuedBy, Sql::toText(now)}, tr("record the controlled copy"));
        if (!inserted)
            return inserted.error();
        return copy(revisionId, next.value());
    });
}

Status CopyStore::setStatus(qint64 copyId, ControlledCopy::Status from, ControlledCopy::Status to, const QDateTime &now)
{
    const QString column = to == ControlledCopy::Status::Recalled ? QStringLiteral("recalled_at") : QStringLiteral("destroyed_at");
    auto q = Sql::exec(m_db, QStringLiteral("UPDATE controlled_copies SET status = ?, ") + column + QStringLiteral(" = ? WHERE id = ? AND status = ?"),
                       {toKey(to), Sql::toText(now), copyId, toKey(from)}, tr("update the controlled copy"));
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{ErrorCode::InvalidState, tr("The copy is no longer %1.").arg(displayName(from))};
    return {};
}

Result<QList<ControlledCopy>> CopyStore::copies(qint64 documentId, qint64 revisionId, const QString &documentCondition) const
{
    QStringList conditions;
    QVariantList binds;
    if (revisionId > 0) {
        conditions << QStringLiteral("c.revision_id = ?");
        binds << revisionId;
    } else if (documentId > 0) {
        conditions << QStringLiteral("r.document_id = ?");
        binds << documentId;
    }
    if (!documentCondition.isEmpty())
        conditions << documentCondition;
    QString sql = kCopyQuery;
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    auto q = Sql::exec(m_db, sql + QStringLiteral(" ORDER BY d.number, r.id, c.copy_number"), binds, tr("read the controlled copies"));
    if (!q)
        return q.error();
    QList<ControlledCopy> all;
    while (q.value().next())
        all.append(copyFrom(q.value()));
    return all;
}

Result<ControlledCopy> CopyStore::copy(qint64 revisionId, int copyNumber) const
{
    auto q = Sql::exec(m_db, kCopyQuery + QStringLiteral(" WHERE c.revision_id = ? AND c.copy_number = ?"), {revisionId, copyNumber},
                       tr("read the controlled copy"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, tr("There is no controlled copy No. %1 of this revision.").arg(copyNumber, 3, 10, QLatin1Char('0'))};
    return copyFrom(q.value());
}

Result<qint64> CopyStore::recordExport(const ExportRecord &r, qint64 userId)
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("INSERT INTO exports(revision_id, kind, medium, copy_id, user_id, at, file_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {r.revisionId, r.kind, r.medium, r.copyId > 0 ? QVariant(r.copyId) : QVariant(QMetaType::fromType<qint64>()), userId,
                        Sql::toText(r.at), r.fileSha256},
                       tr("record the export"));
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<QList<ExportRecord>> CopyStore::exportsWithHash(const QString &fileSha256) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT e.id, e.revision_id, e.kind, e.medium, coalesce(e.copy_id, 0), u.name, e.at, e.file_sha256"
                                      " FROM exports e JOIN users u ON u.id = e.user_id WHERE e.file_sha256 = ? ORDER BY e.id"),
                       {fileSha256}, tr("look up the export"));
    if (!q)
        return q.error();
    QList<ExportRecord> all;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        all.append(ExportRecord{row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString(), row.value(3).toString(),
                                row.value(4).toLongLong(), row.value(5).toString(), Sql::dateTimeFrom(row.value(6)), row.value(7).toString()});
    }
    return all;
}

} // namespace dc
