#pragma once

#include "core/model/enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace dc {

// One revision of a document. Editable while it is a draft; immutable from submission on.
struct Revision {
    qint64 id = 0;
    qint64 documentId = 0;
    QString label;          // "A/0", "1.1"
    RevisionStatus status = RevisionStatus::Draft;
    QString content;        // Markdown
    QString contentHash;    // SHA-256 of the UTF-8 content, hex
    QString changeSummary;  // 修订说明, required
    QString author;         // user name
    QStringList editors;    // everyone who wrote or changed its content (the author first), from the trail
    QDateTime createdAt;
    QDateTime updatedAt;
    QDate effectiveDate;
    QDate nextReviewDate;
};

} // namespace dc
