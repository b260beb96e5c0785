#include "core/store/linkstore.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace dc {

Result<QStringList> LinkStore::targets(qint64 fromId, LinkOrigin origin) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT d.number FROM document_links l JOIN documents d ON d.id = l.to_document"
                                            " WHERE l.from_document = ? AND l.origin = ? ORDER BY d.number"),
                       {fromId, toKey(origin)}, QCoreApplication::translate("dc::LinkStore", "read the links of a document"));
    if (!q)
        return q.error();
    QStringList numbers;
    while (q.value().next())
        numbers << q.value().value(0).toString();
    return numbers;
}

Status LinkStore::replace(qint64 fromId, LinkOrigin origin, const QList<qint64> &toIds)
{
    const QString writing = QCoreApplication::translate("dc::LinkStore", "change the links of a document");
    if (auto cleared = Sql::exec(m_db, QStringLiteral("DELETE FROM document_links WHERE from_document = ? AND origin = ?"), {fromId, toKey(origin)}, writing);
        !cleared)
        return cleared.error();
    for (qint64 to : toIds) {
        if (auto added = Sql::exec(m_db, QStringLiteral("INSERT INTO document_links (from_document, to_document, origin) VALUES (?, ?, ?)"),
                                   {fromId, to, toKey(origin)}, writing);
            !added)
            return added.error();
    }
    return {};
}

Status LinkStore::replaceCitations(qint64 documentId, const QStringList &numbers)
{
    // Most saves leave the cited numbers as they were: only what changed is written.
    auto recorded = Sql::exec(m_db, QStringLiteral("SELECT number FROM cited_numbers WHERE document_id = ?"), {documentId},
                              QCoreApplication::translate("dc::LinkStore", "read the numbers a text cites"));
    if (!recorded)
        return recorded.error();
    QSet<QString> before;
    while (recorded.value().next())
        before.insert(recorded.value().value(0).toString());
    const QSet<QString> after(numbers.cbegin(), numbers.cend());
    const QString writing = QCoreApplication::translate("dc::LinkStore", "record the numbers a text cites");
    for (const QString &number : before - after) {
        if (auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM cited_numbers WHERE number = ? AND document_id = ?"), {number, documentId}, writing);
            !removed)
            return removed.error();
    }
    for (const QString &number : after - before) {
        if (auto added = Sql::exec(m_db, QStringLiteral("INSERT INTO cited_numbers (number, document_id) VALUES (?, ?)"), {number, documentId}, writing);
            !added)
            return added.error();
    }
    return {};
}

Result<QList<LinkedDocument>> LinkStore::linked(const QString &sql, qint64 documentId) const
{
    auto q = Sql::exec(m_db, sql, {documentId}, QCoreApplication::translate("dc::LinkStore", "read the links of a document"));
    if (!q)
        return q.error();
    QList<LinkedDocument> documents;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        const QString number = row.value(0).toString();
        if (documents.isEmpty() || documents.constLast().number != number) {
            LinkedDocument d;
            d.number = number;
            d.title = row.value(1).toString();
            d.type = documentTypeFromKey(row.value(2).toString()).value_or(DocumentType::Procedure);
            d.status = revisionStatusFromKey(row.value(3).toString()).value_or(RevisionStatus::Draft);
            d.withdrawn = !row.value(4).isNull();
            d.effective = !row.value(6).isNull();
            documents.append(d);
        }
        LinkedDocument &d = documents.last();
        (row.value(5).toString() == toKey(LinkOrigin::Manual) ? d.manual : d.text) = true;
    }
    return documents;
}

Result<QList<LinkedDocument>> LinkStore::outgoing(qint64 documentId) const
{
    return linked(QStringLiteral("SELECT d.number, d.title, d.type, d.current_status, d.withdrawn_at, l.origin, d.effective_revision_id FROM document_links l"
                                 " JOIN documents d ON d.id = l.to_document WHERE l.from_document = ? ORDER BY d.number, l.origin"),
                  documentId);
}

Result<QList<LinkedDocument>> LinkStore::incoming(qint64 documentId) const
{
    return linked(QStringLiteral("SELECT d.number, d.title, d.type, d.current_status, d.withdrawn_at, l.origin, d.effective_revision_id FROM document_links l"
                                 " JOIN documents d ON d.id = l.from_document WHERE l.to_document = ? ORDER BY d.number, l.origin"),
                  documentId);
}

Result<QStringList> LinkStore::allLinks() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT f.number, t.number, l.origin FROM document_links l JOIN documents f ON f.id = l.from_document"
                                            " JOIN documents t ON t.id = l.to_document ORDER BY f.number, t.number, l.origin"),
                       {}, QCoreApplication::translate("dc::LinkStore", "read the links between documents"));
    if (!q)
        return q.error();
    QStringList links;
    while (q.value().next())
        links << q.value().value(0).toString() + QLatin1Char(' ') + q.value().value(1).toString() + QLatin1Char(' ') + q.value().value(2).toString();
    return links;
}

Result<ExternalOrigin> LinkStore::external(qint64 documentId) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT issuer, reference, edition, location, last_checked, next_check FROM external_documents WHERE document_id = ?"),
                       {documentId}, QCoreApplication::translate("dc::LinkStore", "read the external document's register entry"));
    if (!q)
        return q.error();
    ExternalOrigin origin;
    if (q.value().next()) {
        const QSqlQuery &row = q.value();
        origin = ExternalOrigin{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), row.value(3).toString(),
                                Sql::dateFrom(row.value(4)), Sql::dateFrom(row.value(5))};
    }
    return origin;
}

Status LinkStore::putExternal(qint64 documentId, const ExternalOrigin &origin)
{
    const QString writing = QCoreApplication::translate("dc::LinkStore", "record the external document's register entry");
    if (auto cleared = Sql::exec(m_db, QStringLiteral("DELETE FROM external_documents WHERE document_id = ?"), {documentId}, writing); !cleared)
        return cleared.error();
    return Status::from(Sql::exec(m_db,
                                  QStringLiteral("INSERT INTO external_documents (document_id, issuer, reference, edition, location, last_checked, next_check)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  {documentId, origin.issuer, origin.reference, origin.edition, origin.location, Sql::dateOrNull(origin.lastChecked),
                                   Sql::dateOrNull(origin.nextCheck)},
                                  writing));
}

Result<QList<ExternalEntry>> LinkStore::externalRegister(QDate today) const
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT d.number, d.title, d.withdrawn_at, e.issuer, e.reference, e.edition, e.location, e.last_checked, e.next_check"
                                      " FROM documents d LEFT JOIN external_documents e ON e.document_id = d.id WHERE d.type = ? ORDER BY d.number"),
                       {toKey(DocumentType::External)}, QCoreApplication::translate("dc::LinkStore", "read the register of external documents"));
    if (!q)
        return q.error();
    QList<ExternalEntry> entries;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        ExternalEntry e;
        e.number = row.value(0).toString();
        e.title = row.value(1).toString();
        e.withdrawn = !row.value(2).isNull();
        e.origin = ExternalOrigin{row.value(3).toString(), row.value(4).toString(), row.value(5).toString(), row.value(6).toString(),
                                  Sql::dateFrom(row.value(7)), Sql::dateFrom(row.value(8))};
        e.overdue = !e.withdrawn && e.origin.nextCheck.isValid() && e.origin.nextCheck < today;
        entries.append(e);
    }
    return entries;
}

} // namespace dc
