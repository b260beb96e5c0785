#pragma once

#include "core/model/clock.h"
#include "core/model/documentlink.h"
#include "core/model/result.h"
#include "core/model/user.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dc {

class Database;

// The register of documents of external origin (documents of type external): the issuer, their
// reference and edition, where the original is kept, when it was last checked for a newer
// edition and when it is next to be (ISO/IEC 27001:2022 7.5.3). Each change is one
// document.external_set event holding the entry before and after, which verify replays.
class ExternalRegister final {
    Q_DECLARE_TR_FUNCTIONS(dc::ExternalRegister)
public:
    explicit ExternalRegister(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // The register entry of `number` (empty fields when nothing was recorded). Fails when the
    // document is not found or is not of type external.
    Result<ExternalOrigin> origin(const QString &number) const;

    // Changes the register entry of `number` (document controllers), in one transaction with one
    // event. Fails, changing nothing, when the actor may not, the document is not found, not of
    // type external or withdrawn, the next check is not after the last, or nothing would change.
    Result<ExternalOrigin> setOrigin(const User &actor, const QString &number, const ExternalOriginChange &change);

    // Every external document with its entry, by number; `overdue` against today.
    Result<QList<ExternalEntry>> entries() const;
    // The external documents in use whose next check is on or before `until`, earliest first.
    Result<QList<ExternalEntry>> dueChecks(QDate until) const;

    // The entry as the trail records it.
    static QJsonObject toJson(const ExternalOrigin &origin);
    static ExternalOrigin fromJson(const QJsonObject &json);

    static constexpr const char *kAction = "document.external_set";

private:
    QDate today() const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
