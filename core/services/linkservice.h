#pragma once

#include "core/model/clock.h"
#include "core/model/document.h"
#include "core/model/documentlink.h"
#include "core/model/result.h"
#include "core/model/user.h"

#include <QCoreApplication>
#include <QStringList>

namespace dc {

class Database;

// Links between documents (ISO/IEC 27001:2022 7.5.3): a document cites others — the manual its
// procedures, a procedure its forms. A link is added by hand (manual) or found by number in the
// text of the citing document's latest revision (text), which every save keeps in sync. Each
// change of a document's links of one origin is one document.links_set event holding the list
// after it, which verify replays.
class LinkService final {
    Q_DECLARE_TR_FUNCTIONS(dc::LinkService)
public:
    explicit LinkService(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // What `number` cites and what cites it. Readers (who see effective revisions only) see only
    // the linked documents that have an effective revision. Fails when the document is not found.
    Result<DocumentLinks> links(const User &actor, const QString &number) const;

    // Adds and removes links by hand from `number` to the documents numbered in `add` and
    // `remove`, in one transaction with one event. Authors and document controllers may. Fails,
    // changing nothing, naming the number, when a document is not found, a document would cite
    // itself, a removed link was not added by hand, `number` is withdrawn, or nothing would change.
    Result<DocumentLinks> changeLinks(const User &actor, const QString &number, const QStringList &add, const QStringList &remove);

    // Makes the text links of `document` the documents `content` names by number
    // (Citations::inText) that the store holds, itself left out, recording the change as
    // `actorName`; nothing when they are already so. Every number it names, held or not, is kept
    // for linkCitingTexts. Runs inside the caller's transaction.
    static Status syncTextLinks(Database &db, const Clock &clock, const QString &actorName, const Document &document, const QString &content);

    // Brings the text links of every document in use whose latest revision names `registered` by
    // number (as syncTextLinks recorded it) up to date, so that a text written before the document it cites was registered links to it.
    // Runs inside the caller's transaction (DocumentService::create).
    static Status linkCitingTexts(Database &db, const Clock &clock, const QString &actorName, const Document &registered);

    // The documents in use (not withdrawn) that cite `documentId`, by hand or in their text.
    static Result<QList<LinkedDocument>> citing(Database &db, qint64 documentId);
    // The documents of `documents` that `viewer` may see (Visibility); fails on a store error.
    static Result<QList<LinkedDocument>> visibleTo(Database &db, const User &viewer, const QList<LinkedDocument> &documents);

    // The action of the audit events that change links.
    static constexpr const char *kAction = "document.links_set";

private:
    static Status record(Database &db, const Clock &clock, const QString &actorName, const Document &from, LinkOrigin origin,
                         const QStringList &before, const QStringList &after);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
