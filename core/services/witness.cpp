#include "core/services/witness.h"

#include "core/services/appsettings.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/sql.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace dc {

namespace {

// The store as this desk knows it: its absolute, canonical path (a store moved is a new one).
QString keyOf(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QJsonObject heads()
{
    return QJsonDocument::fromJson(AppSettings::get(AppSettings::witnessHeads)).object();
}

} // namespace

Status Witness::check(Database &db)
{
    const QJsonObject seen = heads().value(keyOf(db.path())).toObject();
    const qint64 seq = seen.value(QLatin1String("seq")).toInteger();
    const QString hash = seen.value(QLatin1String("head")).toString();
    if (seq <= 0 || hash.isEmpty())
        return {};
    auto q = Sql::exec(db, QStringLiteral("SELECT hash FROM events WHERE seq = ?"), {seq}, tr("read the audit trail"));
    if (!q)
        return q.error();
    if (!q.value().next()) {
        auto head = AuditLog(db).head();
        return Error{ErrorCode::CorruptStore, tr("ALARM: this desk saw the audit trail of %1 reach event #%2, but it now ends at event #%3: "
                                                 "events were removed. The store is not opened for writing; open it read-only and compare it with a backup.")
                                                  .arg(QFileInfo(db.path()).fileName())
                                                  .arg(seq)
                                                  .arg(head ? head->seq : 0)};
    }
    if (q.value().value(0).toString() != hash) {
        return Error{ErrorCode::CorruptStore, tr("ALARM: this desk saw event #%1 of %2 with hash %3, but the store now holds another event there: "
                                                 "the audit trail was rewritten. The store is not opened for writing; open it read-only and compare it with a backup.")
                                                  .arg(seq)
                                                  .arg(QFileInfo(db.path()).fileName(), hash.left(16))};
    }
    return {};
}

Status Witness::remember(Database &db)
{
    auto head = AuditLog(db).head();
    if (!head)
        return head.error();
    QJsonObject all = heads();
    const QString key = keyOf(db.path());
    if (head->seq <= all.value(key).toObject().value(QLatin1String("seq")).toInteger())
        return {};
    all.insert(key, QJsonObject{{QStringLiteral("seq"), head->seq}, {QStringLiteral("head"), head->hash}});
    AppSettings::set(AppSettings::witnessHeads, QJsonDocument(all).toJson(QJsonDocument::Compact));
    return {};
}

void Witness::forget(const QString &storePath)
{
    QJsonObject all = heads();
    all.remove(keyOf(storePath));
    AppSettings::set(AppSettings::witnessHeads, QJsonDocument(all).toJson(QJsonDocument::Compact));
}

} // namespace dc
