#include "core/store/documentrow.h"

#include "core/store/sql.h"

namespace dc::DocumentRow {

QString columns()
{
    return QStringLiteral("d.id, d.number, d.title, d.title_en, d.type, u.name, d.department, d.classification,"
                          " d.review_interval_months, d.retention_years, d.created_at, r.label, r.status, r.updated_at, u.display_name");
}

const QString &currentRevisionJoin()
{
    // The document row keeps its current and effective revision's id (schema 7, kept by triggers
    // on revisions and checked by verify).
    static const QString join = QStringLiteral(" JOIN revisions r ON r.id = d.current_revision_id");
    return join;
}

const QString &effectiveRevisionJoin()
{
    static const QString join = QStringLiteral(" JOIN revisions r ON r.id = d.effective_revision_id");
    return join;
}

QString fromWithCurrentRevision()
{
    return QStringLiteral(" FROM documents d JOIN users u ON u.id = d.owner_id") + currentRevisionJoin();
}

QString fromWithEffectiveRevision()
{
    return QStringLiteral(" FROM documents d JOIN users u ON u.id = d.owner_id") + effectiveRevisionJoin();
}

QString editingActions()
{
    return QStringLiteral("'revision.created', 'revision.edited', 'revision.imported', 'attachment.added'");
}

Document documentFrom(const QSqlQuery &q)
{
    Document d;
    d.id = q.value(0).toLongLong();
    d.number = q.value(1).toString();
    d.title = q.value(2).toString();
    d.titleEn = q.value(3).toString();
    d.type = documentTypeFromKey(q.value(4).toString()).value_or(DocumentType::Procedure);
    d.owner = q.value(5).toString();
    d.department = q.value(6).toString();
    d.classification = classificationFromKey(q.value(7).toString()).value_or(Classification::Internal);
    d.reviewIntervalMonths = q.value(8).toInt();
    d.retentionYears = q.value(9).toInt();
    d.createdAt = Sql::dateTimeFrom(q.value(10));
    d.currentLabel = q.value(11).toString();
    d.currentStatus = revisionStatusFromKey(q.value(12).toString()).value_or(RevisionStatus::Draft);
    d.updatedAt = Sql::dateTimeFrom(q.value(13));
    d.ownerDisplayName = q.value(14).toString();
    if (d.ownerDisplayName.isEmpty())
        d.ownerDisplayName = d.owner;
    return d;
}

} // namespace dc::DocumentRow
