#include "core/services/anchors.h"

#include "core/services/backupservice.h"
#include "core/services/bundleservice.h"
#include "core/render/pdfidentity.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/sql.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace dc {

Result<ChainAnchor> Anchors::read(const QString &path)
{
    // A chain head printed on an approval record or a release order: "#1234 3f9a01b2…77d0c21b".
    static const QRegularExpression printed(QStringLiteral("#(\\d+)\\s+([0-9a-fA-F]{4,})(?:…|\\.\\.\\.)([0-9a-fA-F]{4,})"));
    if (const auto m = printed.match(path); m.hasMatch() && !QFileInfo::exists(path)) {
        return ChainAnchor{tr("The printed chain head #%1").arg(m.captured(1)), m.captured(1).toLongLong(),
                           m.captured(2).toLower() + QStringLiteral("…") + m.captured(3).toLower()};
    }
    const QString name = QFileInfo(path).fileName();
    // An exported PDF: its identity records the head.
    if (QFile file(path); file.open(QIODevice::ReadOnly) && file.read(1024).contains("%PDF-")) {
        auto identity = render::readPdfIdentity(path);
        if (!identity)
            return identity.error();
        if (identity->chainSeq <= 0 || identity->chainHead.isEmpty())
            return Error{ErrorCode::InvalidInput, tr("The PDF %1 records no audit-trail head (it was exported before heads were recorded).").arg(name)};
        return ChainAnchor{path, identity->chainSeq, identity->chainHead};
    }
    // A bundle first: its manifest is small and says what it is; then a backup.
    if (auto bundle = BundleService::verifyBundle(path); bundle) {
        if (bundle->chainSeq <= 0 || bundle->chainHead.isEmpty())
            return Error{ErrorCode::InvalidInput, tr("The bundle %1 records no audit-trail head (it was made before heads were recorded).").arg(name)};
        return ChainAnchor{path, bundle->chainSeq, bundle->chainHead};
    }
    auto backup = BackupService::check(path);
    if (!backup)
        return Error{backup.code(), tr("%1 is neither a DocControl bundle nor an intact backup: %2").arg(name, backup.message())};
    if (backup->headSeq <= 0 || backup->headHash.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The backup %1 records no audit-trail head.").arg(name)};
    return ChainAnchor{path, backup->headSeq, backup->headHash};
}

namespace {

// Whether the stored hash is the recorded one; a printed head gives only its two ends.
bool holds(const QString &stored, const QString &recorded)
{
    const qsizetype cut = recorded.indexOf(QStringLiteral("…"));
    if (cut < 0)
        return stored == recorded;
    return stored.startsWith(recorded.left(cut), Qt::CaseInsensitive) && stored.endsWith(recorded.mid(cut + 1), Qt::CaseInsensitive);
}

} // namespace

Result<QList<VerifyProblem>> Anchors::check(Database &db, const QList<ChainAnchor> &anchors)
{
    auto head = AuditLog(db).head();
    if (!head)
        return head.error();
    QList<VerifyProblem> problems;
    for (const ChainAnchor &anchor : anchors) {
        auto q = Sql::exec(db, QStringLiteral("SELECT hash FROM events WHERE seq = ?"), {anchor.seq}, tr("read the audit trail"));
        if (!q)
            return q.error();
        const QString name = QFileInfo(anchor.source).fileName().isEmpty() ? anchor.source : QFileInfo(anchor.source).fileName();
        if (!q.value().next()) {
            problems.append({name, tr("%1 recorded the audit trail up to event #%2, but the store's trail ends at event #%3: events were removed (the trail was truncated).")
                                       .arg(name)
                                       .arg(anchor.seq)
                                       .arg(head->seq)});
        } else if (!holds(q.value().value(0).toString(), anchor.head)) {
            problems.append({name, tr("%1 recorded event #%2 with hash %3, but the store holds another event there: the audit trail was rewritten.")
                                       .arg(name)
                                       .arg(anchor.seq)
                                       .arg(anchor.head.left(16))});
        }
    }
    return problems;
}

} // namespace dc
