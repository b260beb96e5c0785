#include "core/services/verifier.h"

#include "core/services/linkreplay.h"

#include "core/services/anchors.h"
#include "core/services/replay.h"
#include "core/services/retentionreplay.h"
#include "core/services/serviceslog.h"

#include "core/model/parallel.h"
#include "core/model/signature.h"
#include "core/security/contenthash.h"
#include "core/security/signingkey.h"
#include "core/store/attachmentstore.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/workflow/permissions.h"
#include "core/store/sql.h"
#include "core/store/workflowstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <vector>

namespace dc {

namespace {

// What the audit trail says about keys, signatures and submitted content.
struct TrailRecord {
    QHash<qint64, QString> publicKeys;          // key id → base64 public key
    QHash<qint64, QString> signatures;          // signature id → base64 signature
    QHash<qint64, qint64> signatureEvents;      // signature id → event seq
    QHash<QString, QString> submittedContent;   // "NUMBER LABEL" → content hash at last submission
    QHash<QString, QString> status;             // "NUMBER LABEL" → the status the trail last gave it
    QHash<QString, QSet<QString>> writers;      // "NUMBER LABEL" → everyone who wrote or changed its content
    QHash<qint64, QString> withdrawals;         // signature id → the document its withdrawal event names
    QHash<qint64, QString> disposals;           // signature id → the document its disposal event names
};

// Who the event names as having written or changed a revision's content.
void followWriters(TrailRecord &trail, const Event &e)
{
    if (e.action == QLatin1String("document.created"))
        trail.writers[e.object + QLatin1Char(' ') + e.details.value(QLatin1String("revision")).toString()].insert(e.user);
    else if (e.action == QLatin1String("revision.created") || e.action == QLatin1String("revision.edited") || e.action == QLatin1String("revision.imported")
             || e.action == QLatin1String("attachment.added"))
        trail.writers[e.object].insert(e.user);
}

// The status an event leaves its revision in, or empty when it changes none.
QString statusAfter(const QString &action)
{
    static const QHash<QString, QString> after{
        {QStringLiteral("revision.created"), QStringLiteral("draft")},    {QStringLiteral("revision.edited"), QStringLiteral("draft")},
        {QStringLiteral("revision.submitted"), QStringLiteral("in_review")}, {QStringLiteral("revision.reviewed"), QStringLiteral("in_approval")},
        {QStringLiteral("revision.approved"), QStringLiteral("approved")}, {QStringLiteral("revision.rejected"), QStringLiteral("draft")},
        {QStringLiteral("revision.effective"), QStringLiteral("effective")}, {QStringLiteral("revision.superseded"), QStringLiteral("superseded")},
    };
    return after.value(action);
}

void followStatus(TrailRecord &trail, const Event &e)
{
    if (e.action == QLatin1String("audit.baseline")) {
        const QJsonObject revisions = e.details.value(QLatin1String("revisions")).toObject();
        for (auto it = revisions.begin(); it != revisions.end(); ++it)
            trail.status.insert(it.key(), it.value().toObject().value(QLatin1String("status")).toString());
    } else if (e.action == QLatin1String("document.created")) {
        trail.status.insert(e.object + QLatin1Char(' ') + e.details.value(QLatin1String("revision")).toString(), QStringLiteral("draft"));
    } else if (e.action == QLatin1String("document.withdrawn")) {
        for (const QJsonValue &label : e.details.value(QLatin1String("revisions")).toArray())
            trail.status.insert(e.object + QLatin1Char(' ') + label.toString(), QStringLiteral("obsolete"));
    } else if (const QString status = statusAfter(e.action); !status.isEmpty()) {
        trail.status.insert(e.object, status);
    }
}

// What the trail says of keys, signatures, withdrawals, disposals, submissions, statuses and
// writers, taken from its next event.
void followTrail(TrailRecord &trail, const Event &e)
{
    if (e.action == QLatin1String("key.registered"))
        trail.publicKeys.insert(e.details.value(QLatin1String("key_id")).toInteger(), e.details.value(QLatin1String("public_key")).toString());
    if (e.action.startsWith(QLatin1String("signature."))) {
        const qint64 id = e.details.value(QLatin1String("signature_id")).toInteger();
        trail.signatures.insert(id, e.details.value(QLatin1String("signature")).toString());
        trail.signatureEvents.insert(id, e.seq);
    }
    if (e.action == QLatin1String("document.withdrawn") && e.details.contains(QLatin1String("signature_id")))
        trail.withdrawals.insert(e.details.value(QLatin1String("signature_id")).toInteger(), e.object);
    if (e.action == QLatin1String("document.disposed"))
        trail.disposals.insert(e.details.value(QLatin1String("signature_id")).toInteger(), e.object);
    if (e.action == QLatin1String("revision.submitted"))
        trail.submittedContent.insert(e.object, e.details.value(QLatin1String("content_sha256")).toString());
    followStatus(trail, e);
    followWriters(trail, e);
}

// Events read and hashed at once.
constexpr int kEventBatch = 50000;

} // namespace

QString Verifier::describe(Step step)
{
    switch (step) {
    case Step::Pages:
        return tr("Checking the store's pages");
    case Step::Events:
        return tr("Checking the audit trail's hash chain");
    case Step::Revisions:
        return tr("Checking every revision's content");
    case Step::Signatures:
        return tr("Checking the signatures against their keys");
    case Step::Replays:
        return tr("Comparing the tables with what the audit trail records");
    case Step::Register:
        return tr("Checking the register");
    }
    return {};
}

Result<VerifyReport> Verifier::run() const
{
    return m_db.read([this] { return check(); });
}

Result<VerifyReport> Verifier::check() const
{
    VerifyReport report;
    // Where the time goes, for QT_LOGGING_RULES="doccontrol.services.info=true".
    QElapsedTimer clock;
    clock.start();
    QStringList phases;
    const auto lap = [&](const char *phase) { phases << QStringLiteral("%1 %2 ms").arg(QLatin1String(phase)).arg(clock.restart()); };
    // 0. The file itself, page by page: nothing read from a damaged file can be trusted.
    starting(Step::Pages);
    if (const Status pages = m_db.checkPages(); !pages) {
        report.problems.append({tr("store file"), pages.message()});
        return report;
    }
    lap("pages");
    TrailRecord trail;
    TrailReplay trailReplay;
    LinkReplay linkReplay;
    RetentionReplay retentionReplay;
    // 1. The hash chain, read a batch at a time so that memory does not grow with the trail
    // (2.8 million events are about 5 GB at once). Hashing is most of this step's work: it runs
    // on every core as a batch is read, and the chain is then followed in order, each event
    // also taken in by the replays (step 5).
    starting(Step::Events);
    QString previousHash = Event::genesisHash();
    qint64 previousSeq = 0;
    qsizetype eventCount = 0;
    for (;;) {
        auto batch = AuditLog(m_db).checkedEvents(previousSeq, kEventBatch);
        if (!batch)
            return batch.error();
        const QList<Event> &events = batch->events;
        if (events.isEmpty())
            break;
        eventCount += events.size();
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &e = events.at(i);
            const auto name = [&e]() { return tr("event #%1").arg(e.seq); }; // written only for a problem
            if (e.seq != previousSeq + 1) {
                const QString missing = e.seq == 2 ? tr("event #1 is missing") : tr("events #1 to #%1 are missing").arg(e.seq - 1);
                report.problems.append({name(), previousSeq == 0 ? tr("The audit trail starts at event #%1; %2.").arg(e.seq).arg(missing)
                                                               : tr("Event #%1 is missing: the audit trail jumps from #%2 to #%3.").arg(previousSeq + 1).arg(previousSeq).arg(e.seq)});
            } else if (e.prevHash != previousHash) {
                report.problems.append({name(), tr("Event #%1 (%2 %3) does not link to the event before it.").arg(e.seq).arg(e.action, e.object)});
            }
            if (!batch->intact.at(i))
                report.problems.append({name(), tr("Event #%1 (%2 %3) was altered: its hash does not match its content.").arg(e.seq).arg(e.action, e.object)});
            previousHash = e.hash;
            previousSeq = e.seq;
            followTrail(trail, e);
            trailReplay.follow(e);
            linkReplay.follow(e);
            retentionReplay.follow(e);
        }
    }
    lap("events");
    report.events = eventCount;
    report.headSeq = previousSeq;
    report.headHash = previousHash;

    // 2. Public keys against the trail.
    starting(Step::Revisions);
    auto keys = Sql::exec(m_db, QStringLiteral("SELECT k.id, u.name, k.public_key FROM user_keys k JOIN users u ON u.id = k.user_id ORDER BY k.id"), {},
                          tr("read the signing keys"));
    if (!keys)
        return keys.error();
    QHash<qint64, QByteArray> publicKeys;
    while (keys.value().next()) {
        const qint64 id = keys.value().value(0).toLongLong();
        const QString user = keys.value().value(1).toString();
        const QByteArray key = keys.value().value(2).toByteArray();
        publicKeys.insert(id, key);
        ++report.keys;
        if (trail.publicKeys.value(id) != QString::fromLatin1(key.toBase64()))
            report.problems.append({tr("key #%1 of %2").arg(id).arg(user), tr("The public key #%1 of %2 does not match the one recorded in the audit trail.").arg(id).arg(user)});
    }

    // 3. Every revision's content against its hash and against what was submitted.
    auto revisions = Sql::exec(m_db,
                               QStringLiteral("SELECT d.number, r.label, r.status, r.content, r.content_hash, r.id, d.disposed_at FROM revisions r"
                                              " JOIN documents d ON d.id = r.document_id ORDER BY r.id"),
                               {}, tr("read the revisions"));
    if (!revisions)
        return revisions.error();
    // Most revisions have no attachments: their hash is the text's, without a query each.
    auto attachedRows = Sql::exec(m_db, QStringLiteral("SELECT DISTINCT revision_id FROM attachments"), {}, tr("read the attachments"));
    if (!attachedRows)
        return attachedRows.error();
    QSet<qint64> attached;
    while (attachedRows.value().next())
        attached.insert(attachedRows.value().value(0).toLongLong());
    QHash<QString, QString> revisionHashes; // "NUMBER LABEL" → content hash
    QHash<QString, QString> revisionStatuses; // "NUMBER LABEL" → status in the store
    QSet<QString> disposedNumbers; // documents whose content was disposed of, as the trail records it
    for (const QString &number : trail.disposals)
        disposedNumbers.insert(number);
    while (revisions.value().next()) {
        const QSqlQuery &row = revisions.value();
        const QString object = row.value(0).toString() + QLatin1Char(' ') + row.value(1).toString();
        const QString status = row.value(2).toString();
        const QString recorded = row.value(4).toString();
        revisionHashes.insert(object, recorded);
        revisionStatuses.insert(object, status);
        ++report.revisions;
        // Content disposed of after its retention is gone; only a disposal the trail records
        // excuses that (without one, the emptied content fails its hash below).
        const bool disposed = !row.value(6).isNull() && disposedNumbers.contains(row.value(0).toString());
        const QString text = row.value(3).toString();
        QStringList changedAttachments;
        const qint64 revisionId = row.value(5).toLongLong();
        auto current = disposed                         ? Result<QString>(recorded)
                       : attached.contains(revisionId) ? AttachmentStore(m_db).currentContentHash(revisionId, text, &changedAttachments)
                                                       : Result<QString>(revisionContentHash(text, {}));
        if (!current)
            return current.error();
        // Scheme 1 (text only) stays valid for revisions hashed before attachments were covered.
        const bool textOnly = current.value() != recorded && contentHash(text) == recorded;
        if (textOnly)
            ++report.textOnlyHashes;
        if (!changedAttachments.isEmpty()) {
            report.problems.append({object, tr("The attachment %1 of %2 does not match its SHA-256: it was changed outside DocControl.")
                                                .arg(changedAttachments.join(QStringLiteral(", ")), object)});
        } else if (current.value() != recorded && !textOnly) {
            report.problems.append({object, tr("The content of %1 does not match its SHA-256: it was changed outside DocControl.").arg(object)});
        } else if (!disposed && status != QLatin1String("draft") && trail.submittedContent.contains(object) && trail.submittedContent.value(object) != recorded) {
            report.problems.append({object, tr("The content of %1 is not the content that was submitted for review.").arg(object)});
        } else if (trail.status.contains(object) ? trail.status.value(object) != status : status != QLatin1String("draft")) {
            // A status the trail never recorded was set outside DocControl (a release without signatures, say).
            report.problems.append({object, tr("%1 is %2 in the store, but the audit trail records it as %3.")
                                                .arg(object, status, trail.status.value(object, tr("never submitted")))});
        }
    }

    lap("revisions");
    // 4. Signatures against their keys and the trail.
    starting(Step::Signatures);
    auto signatures = WorkflowStore(m_db).signatures();
    if (!signatures)
        return signatures.error();
    // Checking a signature against its key is the costliest check of all: done on every core.
    const QList<Signature> &allSignatures = signatures.value();
    std::vector<char> genuine(static_cast<size_t>(allSignatures.size()));
    inParallel(allSignatures.size(), [&](qsizetype i) {
        const Signature &s = allSignatures.at(i);
        genuine[static_cast<size_t>(i)] = SigningKey::verify(publicKeys.value(s.keyId), s.payload(), s.signature);
    });
    QSet<qint64> present;
    for (qsizetype i = 0; i < allSignatures.size(); ++i) {
        const Signature &s = allSignatures.at(i);
        ++report.signatures;
        present.insert(s.id);
        // Named only when something is wrong: most signatures are fine, and there are many.
        const auto object = [&] { return tr("signature #%1").arg(s.id); };
        const auto what = [&] {
            return tr("signature #%1 (%2 by %3 on %4 %5)").arg(s.id).arg(toKey(s.meaning), s.signer, s.documentNumber, s.revisionLabel);
        };
        if (!genuine[static_cast<size_t>(i)])
            report.problems.append({object(), tr("The %1 does not verify against the signer's public key.").arg(what())});
        else if (s.meaning != SignatureMeaning::Reviewed && s.contentHash != revisionHashes.value(s.documentNumber + QLatin1Char(' ') + s.revisionLabel))
            report.problems.append({object(), tr("The %1 was made over other content than %2 %3 holds.").arg(what(), s.documentNumber, s.revisionLabel)});
        else if ((s.meaning == SignatureMeaning::Reviewed || s.meaning == SignatureMeaning::Approved)
                 && trail.writers.value(s.documentNumber + QLatin1Char(' ') + s.revisionLabel).contains(s.signer))
            report.problems.append({object(), tr("The %1 breaks segregation of duties: the audit trail shows %2 wrote or changed the content of %3 %4.")
                                                .arg(what(), s.signer, s.documentNumber, s.revisionLabel)});
        else if (s.meaning == SignatureMeaning::Withdrawn && trail.withdrawals.value(s.id) != s.documentNumber)
            report.problems.append({object(), tr("The %1 belongs to no withdrawal of %2 recorded in the audit trail.").arg(what(), s.documentNumber)});
        else if (s.meaning == SignatureMeaning::Withdrawn
                 && revisionStatuses.value(s.documentNumber + QLatin1Char(' ') + s.revisionLabel) != QLatin1String("obsolete"))
            report.problems.append({object(), tr("The %1 signs a withdrawal, but %2 %3 is not obsolete in the store.").arg(what(), s.documentNumber, s.revisionLabel)});
        else if (s.meaning == SignatureMeaning::Disposed && trail.disposals.value(s.id) != s.documentNumber)
            report.problems.append({object(), tr("The %1 belongs to no disposal of %2 recorded in the audit trail.").arg(what(), s.documentNumber)});
        else if (!trail.signatures.contains(s.id))
            report.problems.append({object(), tr("The %1 is not recorded in the audit trail.").arg(what())});
        else if (trail.signatures.value(s.id) != QString::fromLatin1(s.signature.toBase64()))
            report.problems.append({object(), tr("The %1 differs from the one recorded in event #%2.").arg(what()).arg(trail.signatureEvents.value(s.id))});
    }
    for (auto it = trail.signatureEvents.cbegin(); it != trail.signatureEvents.cend(); ++it) {
        if (!present.contains(it.key()))
            report.problems.append({tr("signature #%1").arg(it.key()), tr("Signature #%1, recorded in event #%2, is missing from the store.").arg(it.key()).arg(it.value())});
    }

    lap("signatures");
    // 5. The state the trail implies (users, metadata, exports, copies) against the tables.
    starting(Step::Replays);
    auto replayed = trailReplay.compare(m_db);
    if (!replayed)
        return replayed.error();
    report.problems += replayed.value();
    auto linked = linkReplay.compare(m_db);
    if (!linked)
        return linked.error();
    report.problems += linked.value();
    auto retained = retentionReplay.compare(m_db);
    if (!retained)
        return retained.error();
    report.problems += retained.value();

    lap("replays");
    starting(Step::Register);
    // 6. What the register reads of each document's current and effective revision (kept by
    // triggers) against the revisions themselves.
    auto kept = Sql::exec(m_db, QStringLiteral(
        "SELECT d.number FROM documents d WHERE"
        " coalesce(d.current_revision_id, -1) <> coalesce((SELECT max(id) FROM revisions WHERE document_id = d.id), -1)"
        " OR coalesce(d.current_status, '') <> coalesce((SELECT status FROM revisions WHERE id = d.current_revision_id), '')"
        " OR coalesce(d.current_updated_at, '') <> coalesce((SELECT updated_at FROM revisions WHERE id = d.current_revision_id), '')"
        " OR coalesce(d.effective_revision_id, -1) <> coalesce((SELECT max(id) FROM revisions WHERE document_id = d.id AND status = 'effective'), -1)"
        " OR coalesce(d.effective_updated_at, '') <> coalesce((SELECT updated_at FROM revisions WHERE id = d.effective_revision_id), '')"
        " ORDER BY d.number"), {}, tr("check the register"));
    if (!kept)
        return kept.error();
    while (kept.value().next()) {
        const QString number = kept.value().value(0).toString();
        report.problems.append({number, tr("The register shows %1 with another revision or status than its revisions hold: it was changed outside DocControl.").arg(number)});
    }
    lap("register");
    qCInfo(lcServices).noquote() << "verify:" << report.events << "events," << report.signatures << "signatures;" << phases.join(QStringLiteral(", "));
    return report;
}

Result<VerifyReport> Verifier::run(const User &actor, const QList<ChainAnchor> &anchors) const
{
    if (const Status allowed = Permissions::mayVerify(actor); !allowed)
        return allowed.error();
    return m_db.read([&]() -> Result<VerifyReport> {
        auto verified = check();
        if (!verified)
            return verified.error();
        auto lost = checkAnchors(anchors);
        if (!lost)
            return lost.error();
        VerifyReport report = verified.value();
        report.problems = lost.value() + report.problems;
        return report;
    });
}

Result<QList<VerifyProblem>> Verifier::checkAnchors(const QList<ChainAnchor> &anchors) const
{
    return Anchors::check(m_db, anchors);
}

Result<QList<Event>> Verifier::events(const QString &objectPrefix) const
{
    return AuditLog(m_db).events(objectPrefix);
}

} // namespace dc
