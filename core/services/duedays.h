#pragma once

#include "core/model/clock.h"
#include "core/model/enums.h"
#include "core/model/result.h"
#include "core/model/user.h"
#include "core/services/tasks.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

#include <optional>

namespace dc {

class Database;

// How many days a review, an approval, a release or an acknowledgement may wait before it is
// overdue: a task of those kinds is due the day it started waiting (submitted, approved,
// released; in the desk's local time) plus that many calendar days, and overdue once that day
// has passed. Built in: review 7 days, approval 5, release 2, acknowledgement 14. A store may
// set its own number per kind (store-wide, key "due.KIND") and per kind and document type
// ("due.KIND.TYPE"); the type's number wins over the store-wide one, which wins over the
// built-in one. Periodic reviews and edition checks keep their own dates.
class DueDays final {
    Q_DECLARE_TR_FUNCTIONS(dc::DueDays)
public:
    static constexpr int kMinDays = 1;
    static constexpr int kMaxDays = 365;

    DueDays() = default;
    explicit DueDays(QMap<QString, int> set) : m_set(std::move(set)) {}

    // What the store at `db` sets. Fails on a store error.
    static Result<DueDays> load(Database &db);

    // Whether tasks of `kind` take their due date from these settings.
    static bool applies(TaskKind kind);
    // The built-in number of days of `kind` (0 for kinds that keep their own dates).
    static int builtIn(TaskKind kind);
    // "review", "approval", "release", "acknowledge"; empty for the other kinds.
    static QString kindKey(TaskKind kind);
    // The kind a key names, when it is one of the four above.
    static std::optional<TaskKind> kindFromKey(const QString &key);
    // The settings key of `kind`, for `type` or store-wide.
    static QString settingKey(TaskKind kind, std::optional<DocumentType> type);
    // Fails with a message naming `days` unless it is within kMinDays..kMaxDays.
    static Status validate(int days);

    // The days a task of `kind` on a document of `type` may wait, as set or built in.
    int days(TaskKind kind, DocumentType type) const;
    // What the store itself sets for `kind` and `type` (store-wide when no type); nothing when unset.
    std::optional<int> own(TaskKind kind, std::optional<DocumentType> type) const;
    // The due date of a task of `kind` on a document of `type` that started waiting at `since`.
    QDate dueDate(TaskKind kind, DocumentType type, const QDateTime &since) const;

    // Controllers and administrators: sets the days of `kind` for `type` (store-wide when no
    // type), in one transaction with a settings.due_days_set event carrying the key and the
    // value before and after. Fails, changing nothing, on a kind without a due-day setting, a
    // number outside 1..365, or a value already set.
    static Status set(Database &db, const Clock &clock, const User &actor, TaskKind kind, std::optional<DocumentType> type, int days);

private:
    QMap<QString, int> m_set;
};

} // namespace dc
