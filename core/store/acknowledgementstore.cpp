#include "core/store/acknowledgementstore.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QMap>

namespace dc {

namespace {

QString doingRead()
{
    return QCoreApplication::translate("dc::AcknowledgementStore", "read the acknowledgements");
}

} // namespace

Status AcknowledgementStore::request(qint64 revisionId, const QStringList &users, const QDateTime &at)
{
    for (const QString &user : users) {
        auto inserted = Sql::exec(m_db,
                                  QStringLiteral("INSERT INTO acknowledgements(revision_id, user_id, requested_at) SELECT ?, u.id, ? FROM users u"
                                                 " WHERE u.name = ? AND NOT EXISTS (SELECT 1 FROM acknowledgements a WHERE a.revision_id = ? AND a.user_id = u.id)"),
                                  {revisionId, Sql::toText(at), user, revisionId},
                                  QCoreApplication::translate("dc::AcknowledgementStore", "ask for acknowledgements"));
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Result<std::optional<qint64>> AcknowledgementStore::openRequest(qint64 revisionId, qint64 userId) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT id FROM acknowledgements WHERE revision_id = ? AND user_id = ? AND signature_id IS NULL"),
                       {revisionId, userId}, doingRead());
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

Status AcknowledgementStore::answer(qint64 requestId, qint64 signatureId)
{
    return Status::from(Sql::exec(m_db, QStringLiteral("UPDATE acknowledgements SET signature_id = ? WHERE id = ? AND signature_id IS NULL"),
                                  {signatureId, requestId}, QCoreApplication::translate("dc::AcknowledgementStore", "record the acknowledgement")));
}

Result<QList<Acknowledgement>> AcknowledgementStore::find(const AcknowledgementFilter &filter) const
{
    QString sql = QStringLiteral("SELECT d.number, d.title, r.label, u.name, u.display_name, u.department, a.requested_at, g.signed_at, d.type"
                                 " FROM acknowledgements a JOIN revisions r ON r.id = a.revision_id JOIN documents d ON d.id = r.document_id"
                                 " JOIN users u ON u.id = a.user_id LEFT JOIN signatures g ON g.id = a.signature_id"
                                 " WHERE r.status = 'effective'");
    QVariantList binds;
    if (filter.outstandingOnly)
        sql += QStringLiteral(" AND a.signature_id IS NULL");
    if (!filter.number.isEmpty()) {
        sql += QStringLiteral(" AND d.number = ?");
        binds << filter.number;
    }
    if (!filter.department.isEmpty()) {
        sql += QStringLiteral(" AND u.department = ?");
        binds << filter.department;
    }
    if (!filter.user.isEmpty()) {
        sql += QStringLiteral(" AND u.name = ?");
        binds << filter.user;
    }
    auto q = Sql::exec(m_db, sql + QStringLiteral(" ORDER BY d.number, u.department, u.name"), binds, doingRead());
    if (!q)
        return q.error();
    QList<Acknowledgement> rows;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        Acknowledgement a;
        a.number = row.value(0).toString();
        a.title = row.value(1).toString();
        a.label = row.value(2).toString();
        a.user = row.value(3).toString();
        a.userDisplayName = row.value(4).toString();
        a.department = row.value(5).toString();
        a.requestedAt = Sql::dateTimeFrom(row.value(6));
        a.type = documentTypeFromKey(row.value(8).toString()).value_or(DocumentType::Policy);
        if (!row.value(7).isNull())
            a.acknowledgedAt = Sql::dateTimeFrom(row.value(7));
        rows << a;
    }
    return rows;
}

Result<QMap<QString, bool>> AcknowledgementStore::all() const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT d.number || ' ' || r.label || '|' || u.name, a.signature_id IS NOT NULL FROM acknowledgements a"
                                      " JOIN revisions r ON r.id = a.revision_id JOIN documents d ON d.id = r.document_id JOIN users u ON u.id = a.user_id"),
                       {}, doingRead());
    if (!q)
        return q.error();
    QMap<QString, bool> requests;
    while (q.value().next())
        requests.insert(q.value().value(0).toString(), q.value().value(1).toBool());
    return requests;
}

} // namespace dc
