#pragma once

#include "core/model/enums.h"

#include <QDateTime>
#include <QString>

namespace dc {

// One request to read and acknowledge (已阅知悉) a released revision, and its answer.
struct Acknowledgement {
    QString number;          // the document
    QString title;
    QString label;           // the revision released
    DocumentType type = DocumentType::Policy; // the document's type
    QString user;            // who must acknowledge it
    QString userDisplayName;
    QString department;      // the user's department
    QDateTime requestedAt;   // UTC: when the revision was released
    QDateTime acknowledgedAt; // UTC; null while outstanding

    bool outstanding() const { return !acknowledgedAt.isValid(); }
    // Whole days from the request to `now` (to the acknowledgement once given).
    int days(const QDateTime &now) const { return int(requestedAt.daysTo(outstanding() ? now : acknowledgedAt)); }
};

// Which requests a report or a task list reads: every filter left empty matches all.
struct AcknowledgementFilter {
    QString number;
    QString department;
    QString user;
    bool outstandingOnly = true;
};

} // namespace dc
