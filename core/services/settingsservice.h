#pragma once

#include "core/model/clock.h"
#include "core/model/enums.h"
#include "core/model/numberpattern.h"
#include "core/model/revisionlabel.h"
#include "core/model/signature.h"
#include "core/model/user.h"
#include "core/model/result.h"
#include "core/services/duedays.h"

#include <QCoreApplication>

namespace dc {

class Database;

// The store-wide settings (not per desk): the organisation, the revision label scheme, the
// number prefix, each type's numbering pattern, default route and new-document template. Reads are open to every
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
    // The template a new document of `type` starts from: the store's own, else the built-in one
    // (DocumentTemplates). Placeholders are not filled in.
    QString documentTemplate(DocumentType type) const;
    // How often a document of `type` is reviewed unless it says otherwise (months).
    static int defaultReviewIntervalMonths(DocumentType type);
    // Whether the store overrides the built-in template of `type`.
    bool hasOwnTemplate(DocumentType type) const;

    // Controllers and administrators. Fails, changing nothing, on an invalid pattern.
    Status setNumberPattern(const User &actor, DocumentType type, const QString &pattern);
    // Controllers and administrators: replaces the template of `type` (Markdown, UTF-8); an
    // empty `text` goes back to the built-in one. Recorded as settings.template_set with the
    // SHA-256 before and after and the new text. Fails, changing nothing, on blank or too long
    // text, or when nothing would change.
    Status setDocumentTemplate(const User &actor, DocumentType type, const QString &text);
    // The language of printed pages' fixed labels (stamps, headers, footers, the manual's cover):
    // "zh" or "bilingual".
    QString labelLanguage() const;
    // Controllers and administrators; recorded as settings.labels_set with the value before and
    // after. Fails, changing nothing, on a value other than "zh" or "bilingual", or when nothing
    // would change.
    Status setLabelLanguage(const User &actor, const QString &language);
    // How long reviews, approvals, releases and acknowledgements may wait, per kind and document
    // type (DueDays). Fails on a store error.
    Result<DueDays> dueDays() const;
    // Controllers and administrators: DueDays::set (audited as settings.due_days_set). Fails,
    // changing nothing, on a number outside 1..365 or a kind without due days.
    Status setDueDays(const User &actor, TaskKind kind, std::optional<DocumentType> type, int days);
    // Administrators.
    Status setOrganisation(const User &actor, const QString &name, const QString &nameEn);
    // Administrators, on a PostgreSQL store, connected as the role that owns its tables: gives
    // the database role `role` the rights the application needs and no more (PgSchema::grant).
    // Fails with InvalidState on SQLite, InvalidInput for a bad role name, Database when the
    // server refuses (a role that does not exist, a connection that does not own the tables).
    Status grantDatabaseRole(const User &actor, const QString &role);

    // How the trail names a store's own template: its SHA-256 (hex), empty for the built-in one.
    static QString templateDigest(const QString &text);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
