#include "core/services/duedays.h"

#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/storesettings.h"
#include "core/workflow/permissions.h"

#include <QJsonObject>

namespace dc {

namespace {
const QString kPrefix = QStringLiteral("due.");
} // namespace

Result<DueDays> DueDays::load(Database &db)
{
    auto set = StoreSettings(db).dueDays();
    if (!set)
        return set.error();
    return DueDays(set.value());
}

bool DueDays::applies(TaskKind kind) { return builtIn(kind) > 0; }

int DueDays::builtIn(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Review: return 7;
    case TaskKind::Approval: return 5;
    case TaskKind::Release: return 2;
    case TaskKind::Acknowledge: return 14;
    case TaskKind::PeriodicReview:
    case TaskKind::ExternalCheck:
        break;
    }
    return 0;
}

QString DueDays::kindKey(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Review: return QStringLiteral("review");
    case TaskKind::Approval: return QStringLiteral("approval");
    case TaskKind::Release: return QStringLiteral("release");
    case TaskKind::Acknowledge: return QStringLiteral("acknowledge");
    case TaskKind::PeriodicReview:
    case TaskKind::ExternalCheck:
        break;
    }
    return {};
}

std::optional<TaskKind> DueDays::kindFromKey(const QString &key)
{
    for (TaskKind kind : {TaskKind::Review, TaskKind::Approval, TaskKind::Release, TaskKind::Acknowledge}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString DueDays::settingKey(TaskKind kind, std::optional<DocumentType> type)
{
    QString key = kPrefix + kindKey(kind);
    if (type)
        key += QLatin1Char('.') + toKey(*type);
    return key;
}

Status DueDays::validate(int days)
{
    if (days < kMinDays || days > kMaxDays)
        return Error{ErrorCode::InvalidInput, tr("A task may wait from %1 to %2 days, not %3.").arg(kMinDays).arg(kMaxDays).arg(days)};
    return {};
}

std::optional<int> DueDays::own(TaskKind kind, std::optional<DocumentType> type) const
{
    const auto found = m_set.constFind(settingKey(kind, type));
    if (found == m_set.cend() || !validate(*found).ok())
        return std::nullopt;
    return *found;
}

int DueDays::days(TaskKind kind, DocumentType type) const
{
    if (const auto forType = own(kind, type))
        return *forType;
    if (const auto storeWide = own(kind, std::nullopt))
        return *storeWide;
    return builtIn(kind);
}

QDate DueDays::dueDate(TaskKind kind, DocumentType type, const QDateTime &since) const
{
    if (!applies(kind) || !since.isValid())
        return {};
    return since.toLocalTime().date().addDays(days(kind, type));
}

Status DueDays::set(Database &db, const Clock &clock, const User &actor, TaskKind kind, std::optional<DocumentType> type, int days)
{
    if (const Status allowed = Permissions::mayRegisterDocument(actor); !allowed)
        return allowed;
    if (!applies(kind))
        return Error{ErrorCode::InvalidInput, tr("%1 tasks keep their own dates; only reviews, approvals, releases and acknowledgements have due days.").arg(displayName(kind))};
    if (const Status valid = validate(days); !valid)
        return valid;
    const QString key = settingKey(kind, type);
    return db.write([&]() -> Status {
        auto current = load(db);
        if (!current)
            return current.error();
        const std::optional<int> before = current.value().own(kind, type);
        if (before == days)
            return Error{ErrorCode::InvalidInput, tr("%1 is already set to %2 days; nothing was changed.").arg(key).arg(days)};
        if (const Status saved = StoreSettings(db).setDueDays(key, days); !saved)
            return saved;
        QJsonObject details{{QStringLiteral("key"), key}, {QStringLiteral("kind"), kindKey(kind)}, {QStringLiteral("after"), days}};
        if (type)
            details.insert(QStringLiteral("type"), toKey(*type));
        if (before)
            details.insert(QStringLiteral("before"), *before);
        return Status::from(AuditLog(db, clock).append(actor.name, QStringLiteral("settings.due_days_set"), QStringLiteral("settings ") + key, details));
    });
}

} // namespace dc
