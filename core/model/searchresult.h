#pragma once

#include "core/model/enums.h"

#include <QList>
#include <QString>

namespace dc {

// A short excerpt of a text around the first place a search term occurs, with the ranges
// of every term occurrence in it, so each front end can highlight in its own way.
struct Snippet {
    struct Range {
        qsizetype start;
        qsizetype length;
    };
    QString text;
    QList<Range> highlights;

    // The text with each highlighted range wrapped in `open` … `close`.
    QString marked(const QString &open, const QString &close) const;
};

struct SearchHit {
    qint64 documentId = 0;
    QString number;
    QString title;
    QString titleEn;
    DocumentType type = DocumentType::Procedure;
    QString label;
    RevisionStatus status = RevisionStatus::Draft;
    double score = 0;   // higher is better
    Snippet snippet;
};

struct SearchResults {
    QList<SearchHit> hits; // best first
    int total = 0;         // matches in all, beyond this page too
};

} // namespace dc
