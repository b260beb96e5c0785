#include "core/services/retentionreplay.h"

#include "core/services/dispositionservice.h"
#include "core/store/sql.h"

#include <QHash>
#include <QJsonObject>

namespace dc {

void RetentionReplay::follow(const Event &e)
{
    if (e.action == QLatin1String(DispositionService::kHoldSet)) {
        m_implied[e.object].hold = e.details.value(QLatin1String("reason")).toString();
    } else if (e.action == QLatin1String(DispositionService::kHoldLifted)) {
        m_implied[e.object].hold.clear();
    } else if (e.action == QLatin1String(DispositionService::kKept)) {
        m_implied[e.object].keepUntil = e.details.value(QLatin1String("until")).toString();
        m_implied[e.object].keepReason = e.details.value(QLatin1String("reason")).toString();
    } else if (e.action == QLatin1String(DispositionService::kDisposed)) {
        m_implied[e.object].disposed = true;
    }
}

Result<QList<VerifyProblem>> RetentionReplay::compare(Database &db) const
{
    const QHash<QString, Implied> &implied = m_implied;
    auto rows = Sql::exec(db, QStringLiteral("SELECT number, legal_hold, keep_until, keep_reason, disposed_at FROM documents ORDER BY id"), {},
                          tr("read the documents' retention"));
    if (!rows)
        return rows.error();
    QList<VerifyProblem> problems;
    while (rows.value().next()) {
        const QString number = rows.value().value(0).toString();
        const Implied want = implied.value(number);
        const QString hold = rows.value().value(1).toString();
        const QString keepUntil = Sql::dateFrom(rows.value().value(2)).toString(Qt::ISODate);
        const QString keepReason = rows.value().value(3).toString();
        const bool disposed = !rows.value().value(4).isNull();
        if (hold != want.hold)
            problems.append({number, tr("The legal hold of %1 is \"%2\" in the store, but the audit trail records \"%3\".").arg(number, hold, want.hold)});
        if (keepUntil != want.keepUntil || keepReason != want.keepReason)
            problems.append({number, tr("%1 is kept until \"%2\" in the store, but the audit trail records \"%3\".").arg(number, keepUntil, want.keepUntil)});
        if (disposed != want.disposed)
            problems.append({number, disposed ? tr("%1 is disposed of in the store, but the audit trail records no disposal: its content was removed outside DocControl.").arg(number)
                                              : tr("The audit trail records the disposal of %1, but the store still holds it as not disposed.").arg(number)});
    }
    return problems;
}

} // namespace dc
