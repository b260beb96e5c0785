#pragma once

#include "core/model/clock.h"
#include "core/model/enums.h"
#include "core/model/numberpattern.h"
#include "core/model/revisionlabel.h"
#include "core/model/signature.h"
#include "core/model/user.h"
#include "core/model/result.h"

#include <QCoreApplication>

namespace dc {

class Database;

// The store-wide settings (not per desk): the organisation, the revision label scheme, the
// number prefix, each type's numbering pattern and default route. Reads are open to every
// signed-in user; each change is checked against the actor's roles and recorded in the audit
// trail with the value before and after, in the same transaction.
class SettingsService final {
    Q_DECLARE_TR_FUNCTIONS(dc::SettingsService)
public:
    explicit SettingsService(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    QString organisation() const;
    QString organisationEn() const;
    LabelScheme labelScheme() const;
    QString numberPrefix() const;
    NumberPattern numberPattern(DocumentType type) const;
    Route defaultRoute(DocumentType type) const;

    // Controllers and administrators. Fails, changing nothing, on an invalid pattern.
    Status setNumberPattern(const User &actor, DocumentType type, const QString &pattern);
    // Administrators.
    Status setOrganisation(const User &actor, const QString &name, const QString &nameEn);
    // Administrators, on a PostgreSQL store, connected as the role that owns its tables: gives
    // the database role `role` the rights the application needs and no more (PgSchema::grant).
    // Fails with InvalidState on SQLite, InvalidInput for a bad role name, Database when the
    // server refuses (a role that does not exist, a connection that does not own the tables).
    Status grantDatabaseRole(const User &actor, const QString &role);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
