#pragma once

#include "core/model/clauseref.h"
#include "core/model/enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

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
};

} // namespace dc
