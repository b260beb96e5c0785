#pragma once

#include "core/model/clock.h"
#include "core/model/distribution.h"
#include "core/model/document.h"
#include "core/model/revision.h"
#include "core/model/revisionlabel.h"
#include "core/model/user.h"
#include "core/model/result.h"
#include "core/model/transitiontable.h"
#include "core/services/earlierhistory.h"
#include "core/store/searchindex.h"
#include "core/store/registerquery.h"

#include <QCoreApplication>

namespace dc {

class Database;

// A document as shown: its metadata, the revision asked for and the list of all revisions
// the viewer may see (without their content).
struct DocumentDetails {
    Document document;
    Revision revision;
    QList<Revision> history;
};

// The revision an editor loaded, so a save can tell whether it changed since.
struct DraftBase {
    QString label;        // empty: no check
    QString contentHash;
    QDateTime updatedAt;

    static DraftBase of(const Revision &revision) { return {revision.label, revision.contentHash, revision.updatedAt}; }
};

// Registering documents, editing drafts, reading, listing and searching them, with the
// rules of the domain applied for the acting user. Every change is one transaction that
// also updates the search index.
class DocumentService final {
    Q_DECLARE_TR_FUNCTIONS(dc::DocumentService)
public:
    explicit DocumentService(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // Registers a document with a first draft revision. Fails, changing nothing, when the
    // actor is no controller, the title is missing, the number is invalid or taken, or the
    // owner is unknown. An empty number is generated from the type's pattern; a typed one needs
    // Permissions::mayChooseNumber. With `fromTemplate` and no content, the draft starts from the
    // type's template (SettingsService::documentTemplate) filled in with the new document.
    Result<Document> create(const User &actor, const NewDocument &document);

    // Changes a document's metadata (controllers and administrators), in one transaction with
    // one document.metadata_set event whose details hold the reason and, for every changed
    // field, its value before and after. Revisions, their content and hashes stay as they are.
    // Fails, changing nothing and recording nothing, when the actor may not, the reason is
    // empty, a value is invalid (empty title, unknown owner, interval out of range), the
    // document is obsolete, or nothing would change.
    Result<Document> setMetadata(const User &actor, const QString &number, const MetadataChange &change, const QString &reason);

    // Adds and removes clause references of a document (the clause mapping), through setMetadata:
    // the same permission, one document.metadata_set event with the reason. Every added clause
    // must be an entry of its standard's catalogue (validateClauseRef), every removed one must be
    // mapped now; otherwise it fails naming the clause and the standard, changing nothing.
    Result<Document> mapClauses(const User &actor, const QString &number, const ClauseRefs &add, const ClauseRefs &remove, const QString &reason);

    // What moving the document's mapping from the withdrawn edition `to` succeeds onto `to` would
    // change (TransitionTable): each old reference and its successors. Reads only; fails when the
    // document is not found or `to` succeeds no edition.
    Result<TransitionProposal> proposeTransition(const User &actor, const QString &number, const QString &to);
    // Applies that proposal through mapClauses (one audited event with the reason). Fails with
    // InvalidState, changing nothing, when the document is mapped to nothing of the old edition.
    Result<Document> moveClauses(const User &actor, const QString &number, const QString &to, const QString &reason);

    // Replaces the content of the current draft, or, when the current revision is effective,
    // starts the next revision (`step`: A/0 → A/1 minor, → B/0 major) as a new draft. Fails when
    // the current revision is submitted (immutable) or obsolete, the actor may not edit it, the
    // change summary is empty, or (InvalidInput, nothing recorded) a draft's save would change
    // nothing: the same text, summary and images.
    // With a `base` (the revision the editor loaded), it fails with Conflict, changing nothing,
    // when someone else saved or started a revision since: the last save never wins silently.
    Result<Revision> editDraft(const User &actor, const QString &number, const QString &content, const QString &summary,
                               RevisionStep step = RevisionStep::Minor, const DraftBase &base = {});
    // The same, also storing the images the content shows (name → PNG/JPEG bytes) as the
    // revision's attachments, in the same transaction.
    Result<Revision> editDraft(const User &actor, const QString &number, const QString &content, const QString &summary,
                               RevisionStep step, const QHash<QString, QByteArray> &images, const DraftBase &base = {});
    // The images stored with a revision (name → bytes), for the editor.
    Result<QHash<QString, QByteArray>> images(const User &actor, const QString &number, const QString &label) const;

    // The document and one revision: `label`, or else the current one (readers: the effective one).
    Result<DocumentDetails> show(const User &actor, const QString &number, const QString &label = {}) const;

    Result<RegisterPage> list(const User &actor, RegisterQuery query) const;
    Result<SearchResults> search(const User &actor, const QString &query, int limit = 20, int offset = 0) const;

    // The number the next document of `type` would get, without taking it.
    Result<QString> nextNumber(DocumentType type) const;

    // The distribution list (分发范围) of `number`: users, then departments. Anyone who may see
    // the document may read it.
    Result<DistributionList> distribution(const User &actor, const QString &number) const;
    // Adds and removes distribution members (document controllers). Every user added must
    // exist and every department must be some user's; adding a member already on the list,
    // removing one not on it, or a change that changes nothing is refused, changing nothing.
    // One audited event, document.distribution_set, records what was added and removed and the
    // list after; verify replays it. Returns the list after the change.
    Result<DistributionList> changeDistribution(const User &actor, const QString &number, const DistributionList &add,
                                                const DistributionList &remove);

    // Records a revision released before the store existed (`doc history-add`, Record Earlier
    // Revision…): controllers and administrators, one document.history_recorded event holding
    // the values, in one transaction; real revisions and signatures stay as they are. Fails,
    // recording nothing, when the actor may not, the label, summary or approver is empty, the
    // date is missing, after today or not before the first revision kept here, or the label is
    // taken by a revision kept here or recorded before (Duplicate).
    Result<EarlierRevision> recordEarlierRevision(const User &actor, const QString &number, EarlierRevision entry);
    // The earlier revisions of `number`, oldest first (EarlierHistory::read).
    Result<QList<EarlierRevision>> earlierRevisions(const QString &number) const;

    static constexpr qsizetype kMaxContentChars = 8 * 1024 * 1024;

private:
    Status validate(const NewDocument &document) const;
    Status validate(const MetadataChange &change) const;
    // Records `number`'s sequence as the highest its type's pattern has given, when it is.
    Status recordSequence(DocumentType type, const QString &number);
    // Conflict when `current` is no longer the revision the editor loaded.
    Status checkBase(const QString &number, const Revision &current, const DraftBase &base) const;
    // Whether saving `content`, `summary` and `images` over the draft `current` changes nothing.
    Result<bool> unchangedDraft(const Revision &current, const QString &content, const QString &summary,
                                const QHash<QString, QByteArray> &images) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
