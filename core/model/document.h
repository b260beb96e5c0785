#pragma once

#include "core/model/clauseref.h"
#include "core/model/enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace dc {

// A controlled document: its identity and metadata. Its content lives in its revisions.
struct Document {
    qint64 id = 0;
    QString number;   // unique, e.g. ISMS-0001-2022
    QString title;    // Chinese (or the organisation's first language)
    QString titleEn;  // English title, may be empty
    DocumentType type = DocumentType::Procedure;
    QString owner;    // user name
    QString ownerDisplayName; // how people know the owner ("王芳"); filled by queries
    QString department;
    Classification classification = Classification::Internal;
    int reviewIntervalMonths = 12;
    int retentionYears = 0; // records only; 0 = not a retained record
    ClauseRefs clauses;
    QDateTime createdAt;

    // Filled by queries that join the current revision.
    QString currentLabel;
    RevisionStatus currentStatus = RevisionStatus::Draft;
    QDateTime updatedAt;
};

// What a user gives to register a new document. An empty number asks for one from the
// type's numbering pattern.
struct NewDocument {
    QString number;
    QString title;
    QString titleEn;
    DocumentType type = DocumentType::Procedure;
    QString owner;
    QString department;
    Classification classification = Classification::Internal;
    int reviewIntervalMonths = 0; // 0: the type's default interval
    int retentionYears = 0;
    ClauseRefs clauses;
    QString content;        // Markdown of the first draft
    QString changeSummary;  // defaults to "New document" when empty
    bool fromTemplate = false; // an empty content starts from the type's template, filled in
    // A Statement of Applicability with an empty content starts from the table of this standard's
    // Annex A controls ("27001:2022"; empty: 27001:2022), after the filled template with fromTemplate.
    QString soaStandard;
};

// A change of a document's metadata (`doc set`, Edit details): each field given replaces the
// document's; a field left empty (nullopt) stays as it is. `clauses` replaces the whole list.
struct MetadataChange {
    std::optional<QString> title;
    std::optional<QString> titleEn;
    std::optional<QString> owner; // user name
    std::optional<QString> department;
    std::optional<Classification> classification;
    std::optional<int> reviewIntervalMonths;
    std::optional<int> retentionYears;
    std::optional<ClauseRefs> clauses;

    // True when no field is given.
    bool isEmpty() const
    {
        return !title && !titleEn && !owner && !department && !classification && !reviewIntervalMonths && !retentionYears && !clauses;
    }
};

} // namespace dc
