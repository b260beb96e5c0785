#include "core/store/visibility.h"

#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/sql.h"

#include <QCoreApplication>

namespace dc::Visibility {

bool clears(const User &viewer, Classification classification)
{
    return viewer.seesEveryClassification() || static_cast<int>(classification) <= static_cast<int>(viewer.clearance);
}

QString condition(const User &viewer, const QString &alias)
{
    if (viewer.seesEveryClassification())
        return QStringLiteral("1 = 1");
    QStringList cleared;
    for (const QString &key : classificationKeys()) {
        if (clears(viewer, *classificationFromKey(key)))
            cleared << QLatin1Char('\'') + key + QLatin1Char('\'');
    }
    const QString id = QString::number(viewer.id);
    const QString d = alias;
    // Each exception is a set computed once per statement, not a lookup per document.
    return QStringLiteral("(%1.classification IN (%2) OR %1.owner_id = %3"
                          " OR %1.id IN (SELECT r.document_id FROM revisions r WHERE r.author_id = %3)"
                          " OR %1.id IN (SELECT r.document_id FROM submissions s JOIN revisions r ON r.id = s.revision_id WHERE s.approver_id = %3)"
                          " OR %1.id IN (SELECT r.document_id FROM submission_reviewers sr JOIN submissions s ON s.id = sr.submission_id"
                          " JOIN revisions r ON r.id = s.revision_id WHERE sr.user_id = %3)"
                          " OR %1.id IN (SELECT x.document_id FROM document_distribution x WHERE x.user_id = %3"
                          " OR (x.department <> '' AND x.department = (SELECT u.department FROM users u WHERE u.id = %3))))")
        .arg(d, cleared.isEmpty() ? QStringLiteral("''") : cleared.join(QStringLiteral(", ")), id);
}

Status check(Database &db, const User &viewer, qint64 documentId, const QString &number)
{
    if (viewer.seesEveryClassification())
        return {};
    auto q = Sql::exec(db, QStringLiteral("SELECT 1 FROM documents d WHERE d.id = ? AND ") + condition(viewer), {documentId},
                       QCoreApplication::translate("dc::Visibility", "look up the document"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return DocumentStore::noSuchDocument(number);
    return {};
}

Result<Document> find(Database &db, const User &viewer, const QString &number)
{
    auto document = DocumentStore(db).find(number);
    if (!document)
        return document;
    if (const Status visible = check(db, viewer, document->id, number); !visible)
        return visible.error();
    return document;
}

} // namespace dc::Visibility
