#include "core/services/dispositionservice.h"

#include "core/services/keyring.h"
#include "core/store/attachmentstore.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/searchindex.h"
#include "core/store/sql.h"
#include "core/store/userstore.h"
#include "core/store/workflowstore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace dc {

// One document with what its retention depends on.
struct DispositionService::Candidate {
    qint64 id = 0;
    QString number;
    QString title;
    QString titleEn;
    RetentionFacts facts;
    RetentionState state;
    std::optional<RetentionEnd> end;
    QString signedLabel; // the revision a destruction signs and its content hash
    QString signedHash;

    // The day it is due: the end of retention, or a later keep-until date.
    QDate due() const
    {
        if (!end)
            return {};
        return state.keepUntil.isValid() && state.keepUntil > end->ends ? state.keepUntil : end->ends;
    }
};

namespace {

Status mustBeController(const User &actor, const QString &what)
{
    if (actor.isController())
        return {};
    return Error{ErrorCode::PermissionDenied,
                 QCoreApplication::translate("dc::DispositionService", "%1 may not %2 (document controllers only).").arg(actor.name, what)};
}

} // namespace

QDate DispositionService::today() const
{
    return m_clock.nowUtc().toLocalTime().date();
}

Result<QList<DispositionService::Candidate>> DispositionService::candidates(const QString &number) const
{
    QString sql = QStringLiteral("SELECT d.id, d.number, d.title, d.title_en, d.type, d.retention_years, d.withdrawn_at, d.legal_hold, d.keep_until,"
                                 " d.keep_reason, d.disposed_at, (SELECT effective_date FROM revisions WHERE id = d.effective_revision_id),"
                                 " s.label, s.content_hash FROM documents d LEFT JOIN revisions s ON s.id = (SELECT id FROM revisions"
                                 " WHERE document_id = d.id ORDER BY (status = 'effective') DESC, id DESC LIMIT 1)");
    QVariantList binds;
    if (!number.isEmpty()) {
        sql += QStringLiteral(" WHERE d.number = ?");
        binds << number;
    }
    auto rows = Sql::exec(m_db, sql + QStringLiteral(" ORDER BY d.number"), binds, tr("read the documents' retention"));
    if (!rows)
        return rows.error();
    QList<Candidate> all;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        Candidate c;
        c.id = q.value(0).toLongLong();
        c.number = q.value(1).toString();
        c.title = q.value(2).toString();
        c.titleEn = q.value(3).toString();
        c.facts.type = documentTypeFromKey(q.value(4).toString()).value_or(DocumentType::Procedure);
        c.facts.retentionYears = q.value(5).toInt();
        if (!q.value(6).isNull())
            c.facts.withdrawnOn = Sql::dateTimeFrom(q.value(6)).toLocalTime().date();
        c.state.legalHold = q.value(7).toString();
        c.state.keepUntil = Sql::dateFrom(q.value(8));
        c.state.keepReason = q.value(9).toString();
        if (!q.value(10).isNull())
            c.state.disposedAt = Sql::dateTimeFrom(q.value(10));
        c.facts.effectiveDate = Sql::dateFrom(q.value(11));
        c.signedLabel = q.value(12).toString();
        c.signedHash = q.value(13).toString();
        c.end = retentionEnd(c.facts);
        all << c;
    }
    if (!number.isEmpty() && all.isEmpty())
        return DocumentStore::noSuchDocument(number);
    return all;
}

Result<QList<DispositionItem>> DispositionService::due(const User &actor) const
{
    if (const Status allowed = mustBeController(actor, tr("see the disposition list")); !allowed)
        return allowed.error();
    auto all = candidates();
    if (!all)
        return all.error();
    QList<DispositionItem> items;
    for (const Candidate &c : all.value()) {
        if (!c.end || c.state.disposed() || c.state.onHold() || c.due() > today())
            continue;
        items << DispositionItem{c.number, c.title, c.facts.type, c.facts.retentionYears, *c.end, c.due(), c.state.keepReason, c.signedLabel, c.signedHash};
    }
    std::stable_sort(items.begin(), items.end(), [](const DispositionItem &a, const DispositionItem &b) { return a.due < b.due; });
    return items;
}

Result<RetentionState> DispositionService::state(const QString &number) const
{
    auto found = candidates(number);
    if (!found)
        return found.error();
    return found->first().state;
}

Result<DispositionService::Candidate> DispositionService::dueCandidate(const User &actor, const QString &number, const QString &reason) const
{
    if (const Status allowed = mustBeController(actor, tr("decide the disposition of %1").arg(number)); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A disposition decision on %1 needs a reason.").arg(number)};
    auto found = candidates(number);
    if (!found)
        return found.error();
    const Candidate c = found->first();
    if (c.state.disposed())
        return Error{ErrorCode::InvalidState, tr("The content of %1 was already disposed of on %2.").arg(number, c.state.disposedAt.toLocalTime().date().toString(Qt::ISODate))};
    if (c.state.onHold())
        return Error{ErrorCode::InvalidState, tr("%1 is under a legal hold (%2); lift the hold before deciding its disposition.").arg(number, c.state.legalHold)};
    if (!c.end)
        return Error{ErrorCode::InvalidState, tr("%1 is in use and has no retention period that ends; withdraw it first.").arg(number)};
    if (c.due() > today()) {
        return Error{ErrorCode::InvalidState, c.due() == c.end->ends ? tr("The retention of %1 ends on %2; it is not due for disposition yet.").arg(number, c.due().toString(Qt::ISODate))
                                                                     : tr("%1 is kept until %2 (%3).").arg(number, c.due().toString(Qt::ISODate), c.state.keepReason)};
    }
    return c;
}

Result<Signature> DispositionService::destroy(const User &actor, const QString &password, const QString &number, const QString &reason)
{
    // Who may is checked before the password: opening a key may create it (a write).
    if (auto allowed = dueCandidate(actor, number, reason); !allowed)
        return allowed.error();
    auto key = Keyring(m_db, m_clock).unlock(actor, password);
    if (!key)
        return key.error();
    return destroy(actor, key.value(), number, reason);
}

Result<Signature> DispositionService::destroy(const User &actor, const UnlockedKey &key, const QString &number, const QString &reason)
{
    auto candidate = dueCandidate(actor, number, reason);
    if (!candidate)
        return candidate.error();
    if (key.userId() != actor.id)
        return Error{ErrorCode::PermissionDenied, tr("%1 can only sign with their own key.").arg(actor.name)};
    const Candidate c = candidate.value();
    // The signature covers what was kept: the effective revision, else the latest.
    auto signedRow = Sql::exec(m_db, QStringLiteral("SELECT id, label, content, content_hash FROM revisions WHERE document_id = ?"
                                                    " ORDER BY (status = 'effective') DESC, id DESC LIMIT 1"),
                               {c.id}, tr("read the revision to sign"));
    if (!signedRow)
        return signedRow.error();
    if (!signedRow.value().next())
        return Error{ErrorCode::CorruptStore, tr("%1 has no revisions.").arg(number)};
    const qint64 revisionId = signedRow.value().value(0).toLongLong();
    const QString label = signedRow.value().value(1).toString();
    const QString contentHash = signedRow.value().value(3).toString();
    auto holds = AttachmentStore(m_db).contentHolds(revisionId, signedRow.value().value(2).toString(), contentHash);
    if (!holds)
        return holds.error();
    if (!holds.value())
        return Error{ErrorCode::CorruptStore, tr("The content of %1 revision %2 does not match its recorded hash; run verify.").arg(number, label)};
    auto current = UserStore(m_db).find(actor.name);
    if (!current)
        return current.error();
    if (!current->active)
        return Error{ErrorCode::AuthenticationFailed, tr("The account \"%1\" is disabled; nothing was signed.").arg(actor.name)};

    return m_db.write([&]() -> Result<Signature> {
        const QDateTime now = m_clock.nowUtc();
        // disposed_at first: the store lets a disposed document's content be emptied, nothing else.
        if (auto marked = Sql::exec(m_db, QStringLiteral("UPDATE documents SET disposed_at = ? WHERE id = ?"), {Sql::toText(now), c.id}, tr("mark the document disposed"));
            !marked)
            return marked.error();
        Signature s;
        s.revisionId = revisionId;
        s.documentNumber = number;
        s.revisionLabel = label;
        s.contentHash = contentHash;
        s.meaning = SignatureMeaning::Disposed;
        s.signer = actor.name;
        s.signerDisplayName = actor.displayName;
        s.signedAt = now;
        s.comment = reason.trimmed();
        s.keyId = key.keyId();
        s.signature = key.sign(s.payload());
        if (s.signature.isEmpty())
            return Error{ErrorCode::Io, tr("The signature could not be made.")};
        auto id = WorkflowStore(m_db).insertSignature(s, actor.id);
        if (!id)
            return id.error();
        s.id = id.value();
        AuditLog log(m_db, m_clock);
        if (auto logged = log.append(actor.name, QStringLiteral("signature.disposed"), number + QLatin1Char(' ') + label, WorkflowStore::eventDetails(s)); !logged)
            return logged.error();

        auto labels = Sql::exec(m_db, QStringLiteral("SELECT label FROM revisions WHERE document_id = ? ORDER BY id"), {c.id}, tr("read the revisions"));
        if (!labels)
            return labels.error();
        QJsonArray disposed;
        while (labels.value().next())
            disposed.append(labels.value().value(0).toString());
        if (const Status forgotten = SearchIndex::forget(m_db, c.id); !forgotten)
            return forgotten.error();
        const QStringList emptying{
            QStringLiteral("UPDATE revisions SET content = '' WHERE document_id = ?"),
            QStringLiteral("UPDATE attachments SET data = substr(data, 1, 0) WHERE revision_id IN (SELECT id FROM revisions WHERE document_id = ?)"),
        };
        for (const QString &statement : emptying) {
            if (auto emptied = Sql::exec(m_db, statement, {c.id}, tr("dispose of the content of %1").arg(number)); !emptied)
                return emptied.error();
        }
        // The index holds what the revisions hold now: the number and titles, no text.
        if (const Status indexed = SearchIndex::refresh(m_db, c.id); !indexed)
            return indexed.error();
        const QJsonObject details{{QStringLiteral("reason"), reason.trimmed()},
                                  {QStringLiteral("revisions"), disposed},
                                  {QStringLiteral("signature_id"), s.id},
                                  {QStringLiteral("signed_revision"), label},
                                  {QStringLiteral("retention_ended"), c.end->ends.toString(Qt::ISODate)}};
        if (auto logged = log.append(actor.name, QLatin1String(kDisposed), number, details); !logged)
            return logged.error();
        return s;
    });
}

Status DispositionService::keep(const User &actor, const QString &number, const QDate &until, const QString &reason)
{
    auto candidate = dueCandidate(actor, number, reason);
    if (!candidate)
        return candidate.error();
    if (!until.isValid() || until <= today())
        return Error{ErrorCode::InvalidInput, tr("Keep %1 until a day after today.").arg(number)};
    return m_db.write([&]() -> Status {
        if (auto kept = Sql::exec(m_db, QStringLiteral("UPDATE documents SET keep_until = ?, keep_reason = ? WHERE id = ?"),
                                  {Sql::dateOrNull(until), reason.trimmed(), candidate->id}, tr("keep %1 longer").arg(number));
            !kept)
            return kept.error();
        const QJsonObject details{{QStringLiteral("until"), until.toString(Qt::ISODate)}, {QStringLiteral("reason"), reason.trimmed()}};
        return Status::from(AuditLog(m_db, m_clock).append(actor.name, QLatin1String(kKept), number, details));
    });
}

Status DispositionService::setHold(const User &actor, const QString &number, bool hold, const QString &reason)
{
    if (const Status allowed = mustBeController(actor, hold ? tr("place a legal hold on %1").arg(number) : tr("lift the legal hold on %1").arg(number)); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, hold ? tr("A legal hold on %1 needs a reason.").arg(number) : tr("Lifting the legal hold on %1 needs a reason.").arg(number)};
    auto found = candidates(number);
    if (!found)
        return found.error();
    const Candidate c = found->first();
    if (c.state.disposed())
        return Error{ErrorCode::InvalidState, tr("The content of %1 was disposed of; there is nothing left to hold.").arg(number)};
    if (hold && c.state.onHold())
        return Error{ErrorCode::InvalidState, tr("%1 is already under a legal hold (%2).").arg(number, c.state.legalHold)};
    if (!hold && !c.state.onHold())
        return Error{ErrorCode::InvalidState, tr("%1 is under no legal hold.").arg(number)};
    return m_db.write([&]() -> Status {
        if (auto set = Sql::exec(m_db, QStringLiteral("UPDATE documents SET legal_hold = ? WHERE id = ?"), {hold ? reason.trimmed() : QStringLiteral(""), c.id},
                                 tr("set the legal hold on %1").arg(number));
            !set)
            return set.error();
        return Status::from(AuditLog(m_db, m_clock).append(actor.name, QLatin1String(hold ? kHoldSet : kHoldLifted), number,
                                                           QJsonObject{{QStringLiteral("reason"), reason.trimmed()}}));
    });
}

Status DispositionService::checkNotDisposed(Database &db, qint64 documentId, const QString &number)
{
    auto row = Sql::exec(db, QStringLiteral("SELECT disposed_at FROM documents WHERE id = ?"), {documentId}, tr("read the disposal of %1").arg(number));
    if (!row)
        return row.error();
    if (!row.value().next() || row.value().value(0).isNull())
        return {};
    return Error{ErrorCode::InvalidState, tr("The content of %1 was disposed of on %2 after its retention ended; only its record remains.")
                                              .arg(number, Sql::dateTimeFrom(row.value().value(0)).toLocalTime().date().toString(Qt::ISODate))};
}

} // namespace dc
