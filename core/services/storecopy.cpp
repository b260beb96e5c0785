// Copies of a whole store between SQLite and PostgreSQL: `store copy`, and what backups and
// restores of a PostgreSQL store go through.
#include "core/services/backupservice.h"

#include "core/services/anchors.h"
#include "core/services/serviceslog.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/storelocation.h"
#include "core/store/storetransfer.h"
#include "core/workflow/permissions.h"

#include <QJsonObject>

namespace dc {

Result<VerifyReport> BackupService::copyVerified(Database &from, const QString &target)
{
    auto created = Database::create(target);
    if (!created)
        return created.error();
    std::unique_ptr<Database> copy = std::move(created).value();
    const Status copied = StoreTransfer::copyAll(from, *copy);
    Result<VerifyReport> report = copied ? Verifier(*copy).run() : Result<VerifyReport>(copied.error());
    if (report && !report->ok())
        report = Error{ErrorCode::CorruptStore, tr("The copy in %1 does not verify: %2").arg(copy->path(), report->problems.first().message)};
    if (!report) {
        Database::discard(std::move(copy));
        return report.error();
    }
    return report;
}

Result<VerifyReport> BackupService::copyStore(const User &actor, const QString &target)
{
    if (const Status allowed = Permissions::mayVerify(actor); !allowed)
        return Error{ErrorCode::PermissionDenied, tr("%1 may not copy the store (administrators only).").arg(actor.name)};
    auto location = StoreLocation::parse(target);
    if (!location)
        return location.error();
    auto report = copyVerified(m_db, target);
    if (!report)
        return report.error();
    // The copy's head must be one this store's chain holds: what was copied is this store's history.
    if (auto lost = Verifier(m_db).checkAnchors({ChainAnchor{location->display(), report->headSeq, report->headHash}}); !lost || !lost->isEmpty()) {
        return Error{ErrorCode::CorruptStore,
                     tr("The copy's audit trail does not end in this store's: %1").arg(lost ? lost->first().message : lost.message())};
    }
    if (!m_db.isReadOnly()) {
        const QJsonObject details{{QStringLiteral("to"), location->display()},
                                  {QStringLiteral("audit_head_seq"), report->headSeq},
                                  {QStringLiteral("audit_head_hash"), report->headHash}};
        if (auto logged = m_db.write([&]() { return AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("store.copied"), QStringLiteral("store"), details); });
            !logged) {
            return logged.error();
        }
    }
    qCInfo(lcServices).noquote() << "copied" << m_db.path() << "to" << location->display() << "audit head" << report->headSeq;
    return report;
}

Status BackupService::snapshotPostgres(const QString &file)
{
    auto created = Database::create(file);
    if (!created)
        return created.error();
    std::unique_ptr<Database> snapshot = std::move(created).value();
    if (const Status copied = StoreTransfer::copyAll(m_db, *snapshot); !copied) {
        Database::discard(std::move(snapshot));
        return copied;
    }
    return {};
}

} // namespace dc
