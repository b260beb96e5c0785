#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dc {

class Database;

// A revision released before the store existed, as the paper 修订记录 lists it: recorded by a
// document controller so that the revision history of exports starts where the paper one did.
// It was not signed here: the approver is a name as text. It is no Revision: it has no
// content, no signatures and no place in the lifecycle.
struct EarlierRevision {
    QString label;        // "A/0"
    QDate releasedOn;     // the day it was released on paper
    QString summary;      // its change summary (修订说明)
    QString approvedBy;   // the approver's name as written on paper
    QString recordedBy;   // who recorded it here (user name)
    QDateTime recordedAt; // when, UTC

    friend bool operator==(const EarlierRevision &, const EarlierRevision &) = default;
};

// The earlier revisions live in the audit trail itself, one document.history_recorded event
// each (object: the document number; details: label, released_on, summary, approved_by):
// the trail is their only record, so nothing can disagree with it and `verify` replays it as
// it is. DocumentService::recordEarlierRevision writes them; this reads them.
namespace EarlierHistory {

inline constexpr QLatin1String kAction{"document.history_recorded"};

// 「记录，非本系统签署 recorded, not signed here」, printed next to the approver's name.
QString note();

// The earlier revisions of document `number`, oldest first (by release date, then as
// recorded). Fails only when the trail cannot be read.
Result<QList<EarlierRevision>> read(Database &db, const QString &number);

} // namespace EarlierHistory
} // namespace dc
