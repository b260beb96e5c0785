#include "core/services/manualreferences.h"

#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/workflow/permissions.h"
#include "core/store/visibility.h"

#include <QRegularExpression>

#include <algorithm>

namespace dc::ManualReferences {

QList<QPair<QString, QStringList>> citations(const QString &markdown)
{
    // A document number: an upper-case prefix and dash-separated parts ("ISMS-P-001",
    // "ISMS-0001-2022"), not inside a longer word.
    static const QRegularExpression number(QStringLiteral("(?<![A-Za-z0-9-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+(?![A-Za-z0-9-])"));
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+(.+?)\\s*#*\\s*$"));
    static const QRegularExpression sectionNumber(QStringLiteral("^(\\d+(?:\\.\\d+)*)\\.?(?:\\s|$)"));
    QList<QPair<QString, QStringList>> found;
    QString section;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (const auto h = heading.match(line); h.hasMatch()) {
            const QString title = h.captured(1).trimmed();
            const auto n = sectionNumber.match(title);
            section = n.hasMatch() ? n.captured(1) : title;
            continue;
        }
        auto it = number.globalMatch(line);
        while (it.hasNext()) {
            const QString cited = it.next().captured(0);
            auto entry = std::find_if(found.begin(), found.end(), [&](const auto &f) { return f.first == cited; });
            if (entry == found.end()) {
                found.append({cited, {}});
                entry = std::prev(found.end());
            }
            if (!section.isEmpty() && !entry->second.contains(section))
                entry->second.append(section);
        }
    }
    return found;
}

Result<QList<render::ReferencedDocument>> collect(Database &db, const User &actor, const QString &manualNumber, const QString &markdown)
{
    DocumentStore documents(db);
    QList<render::ReferencedDocument> rows;
    for (const auto &[cited, sections] : citations(markdown)) {
        if (cited == manualNumber)
            continue;
        auto document = Visibility::find(db, actor, cited);
        if (!document) {
            if (document.code() == ErrorCode::NotFound)
                continue;  // a number the store does not hold (or text that only looks like one), or one hidden from the actor
            return document.error();
        }
        auto revisions = documents.revisions(document->id);
        if (!revisions)
            return revisions.error();
        render::ReferencedDocument row;
        row.number = document->number;
        row.title = document->title;
        for (const Revision &r : revisions.value()) {
            if (r.status == RevisionStatus::Effective) {
                row.revisionLabel = r.label;
                row.effectiveDate = r.effectiveDate;
            }
        }
        if (row.revisionLabel.isEmpty() && Permissions::seesEffectiveOnly(actor))
            continue;
        row.citedIn = sections.join(QStringLiteral(", "));
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.number < b.number; });
    return rows;
}

} // namespace dc::ManualReferences
