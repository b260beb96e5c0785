#include "core/store/distributionstore.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QMap>

namespace dc {

namespace {

QString doingRead()
{
    return QCoreApplication::translate("dc::DistributionStore", "read the distribution list");
}

// user name (NULL for a department), department (empty for a user), document number.
const QString kRows = QStringLiteral("SELECT u.name, x.department, d.number FROM document_distribution x"
                                     " JOIN documents d ON d.id = x.document_id LEFT JOIN users u ON u.id = x.user_id");

DistributionMember memberFrom(const QSqlQuery &q)
{
    if (q.value(0).isNull() || q.value(0).toString().isEmpty())
        return DistributionMember{DistributionMember::Kind::Department, q.value(1).toString()};
    return DistributionMember{DistributionMember::Kind::User, q.value(0).toString()};
}

} // namespace

Result<DistributionList> DistributionStore::members(qint64 documentId) const
{
    auto q = Sql::exec(m_db, kRows + QStringLiteral(" WHERE x.document_id = ?"), {documentId}, doingRead());
    if (!q)
        return q.error();
    DistributionList list;
    while (q.value().next())
        list << memberFrom(q.value());
    sortDistribution(list);
    return list;
}

Result<QMap<QString, DistributionList>> DistributionStore::all() const
{
    auto q = Sql::exec(m_db, kRows, {}, doingRead());
    if (!q)
        return q.error();
    QMap<QString, DistributionList> lists;
    while (q.value().next())
        lists[q.value().value(2).toString()] << memberFrom(q.value());
    for (DistributionList &list : lists)
        sortDistribution(list);
    return lists;
}

Status DistributionStore::add(qint64 documentId, const DistributionMember &member)
{
    const QString doing = QCoreApplication::translate("dc::DistributionStore", "add to the distribution list");
    if (member.kind == DistributionMember::Kind::User) {
        return Status::from(Sql::exec(m_db, QStringLiteral("INSERT INTO document_distribution(document_id, user_id) SELECT ?, id FROM users WHERE name = ?"),
                                      {documentId, member.name}, doing));
    }
    return Status::from(Sql::exec(m_db, QStringLiteral("INSERT INTO document_distribution(document_id, department) VALUES (?, ?)"),
                                  {documentId, member.name}, doing));
}

Status DistributionStore::remove(qint64 documentId, const DistributionMember &member)
{
    const QString doing = QCoreApplication::translate("dc::DistributionStore", "remove from the distribution list");
    if (member.kind == DistributionMember::Kind::User) {
        return Status::from(Sql::exec(m_db, QStringLiteral("DELETE FROM document_distribution WHERE document_id = ? AND user_id = (SELECT id FROM users WHERE name = ?)"),
                                      {documentId, member.name}, doing));
    }
    return Status::from(Sql::exec(m_db, QStringLiteral("DELETE FROM document_distribution WHERE document_id = ? AND user_id IS NULL AND department = ?"),
                                  {documentId, member.name}, doing));
}

Result<QStringList> DistributionStore::recipients(qint64 documentId) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT DISTINCT u.name FROM users u JOIN document_distribution x ON x.document_id = ?"
                                      " AND (x.user_id = u.id OR (x.user_id IS NULL AND x.department = u.department))"
                                      " WHERE u.active = 1 ORDER BY u.name"),
                       {documentId}, doingRead());
    if (!q)
        return q.error();
    QStringList names;
    while (q.value().next())
        names << q.value().value(0).toString();
    return names;
}

} // namespace dc
