#include "core/services/replay.h"

#include "core/services/earlierhistory.h"

#include "core/model/clauseref.h"
#include "core/model/user.h"
#include "core/services/settingsservice.h"
#include "core/store/database.h"
#include "core/store/acknowledgementstore.h"
#include "core/store/distributionstore.h"
#include "core/store/sql.h"
#include "core/store/storesettings.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <optional>

namespace dc {

namespace {

struct UserState {
    QString roles;                // rolesToKeys form
    bool active = true;
    std::optional<QString> password; // SHA-256 of the stored hash, when the trail recorded it
    std::optional<QString> clearance; // when the trail recorded it (user.added since schema 8, user.clearance_changed)
};

struct DocumentState {
    QJsonObject created; // document.created's details (title, type, owner, classification…), as later changes left them
};

struct CopyState {
    QString holder;
    QString status = QStringLiteral("issued");
};

} // namespace

// The state the trail implies.
struct TrailReplay::Implied {
    bool baseline = false; // a store migrated from before the trail: older facts are not recorded
    QString organisation;
    QMap<QString, UserState> users;
    QMap<QString, DocumentState> documents;
    QMap<QString, QString> nextReview;  // "NUMBER LABEL" → ISO date
    QMap<QString, int> exports;         // "NUMBER LABEL|kind|medium|file sha" → how many
    QMap<QString, CopyState> copies;    // "NUMBER LABEL No. n" → holder, status
    QMap<QString, QString> templates;   // type → SHA-256 of the store's own template, empty for the built-in one
    QMap<QString, QStringList> distribution; // number → the distribution list's keys ("user:sunli", "dept:IT 部")
    QMap<QString, bool> acknowledgements;    // "NUMBER LABEL|user" → acknowledged
    QMap<QString, int> dueDays;              // "due.KIND[.TYPE]" → days (DueDays)
};

TrailReplay::TrailReplay() : m_implied(std::make_unique<Implied>()) {}
TrailReplay::~TrailReplay() = default;

void TrailReplay::follow(const Event &e)
{
    Implied &s = *m_implied;
    const QString userName = e.object.startsWith(QLatin1String("user ")) ? e.object.mid(5) : QString();
    const QJsonObject &d = e.details;
    if (e.action == QLatin1String("audit.baseline")) {
        s.baseline = true;
    } else if (e.action == QLatin1String("store.created")) {
        s.organisation = d.value(QLatin1String("organisation")).toString();
        s.users.insert(e.user, UserState{rolesToKeys(Roles(Role::Admin)), true, std::nullopt, std::nullopt}); // legacy: no user.added for the first admin
    } else if (e.action == QLatin1String("user.added")) {
        UserState u{d.value(QLatin1String("roles")).toString(), true, std::nullopt, std::nullopt};
        if (d.contains(QLatin1String("password_sha256")))
            u.password = d.value(QLatin1String("password_sha256")).toString();
        if (d.contains(QLatin1String("clearance")))
            u.clearance = d.value(QLatin1String("clearance")).toString();
        s.users.insert(userName, u);
    } else if (e.action == QLatin1String("user.clearance_changed")) {
        s.users[userName].clearance = d.value(QLatin1String("clearance")).toString();
    } else if (e.action == QLatin1String("user.roles_changed")) {
        s.users[userName].roles = d.value(QLatin1String("roles")).toString();
    } else if (e.action == QLatin1String("user.disabled") || e.action == QLatin1String("user.enabled")) {
        s.users[userName].active = e.action == QLatin1String("user.enabled");
    } else if (e.action == QLatin1String("user.password_changed") || e.action == QLatin1String("user.password_reset")) {
        s.users[userName].password = d.contains(QLatin1String("password_sha256")) ? std::optional<QString>(d.value(QLatin1String("password_sha256")).toString())
                                                                                  : std::nullopt;
    } else if (e.action == QLatin1String("document.created")) {
        s.documents.insert(e.object, DocumentState{d});
    } else if (e.action == QLatin1String("document.metadata_set")) {
        // Each changed field takes its new value, as if the document had been registered so.
        QJsonObject &fields = s.documents[e.object].created;
        const QJsonObject changes = d.value(QLatin1String("changes")).toObject();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            fields.insert(it.key(), it.value().toObject().value(QLatin1String("after")));
    } else if (e.action == QLatin1String("document.distribution_set")) {
        QStringList keys;
        for (const QJsonValue &v : d.value(QLatin1String("members")).toArray())
            keys << v.toString();
        s.distribution.insert(e.object, keys);
    } else if (e.action == QLatin1String("acknowledgement.requested")) {
        for (const QJsonValue &v : d.value(QLatin1String("users")).toArray())
            s.acknowledgements.insert(e.object + QLatin1Char('|') + v.toString(), false);
    } else if (e.action == QLatin1String("signature.acknowledged")) {
        s.acknowledgements.insert(e.object + QLatin1Char('|') + e.user, true);
    } else if (e.action == QLatin1String("settings.template_set")) {
        s.templates.insert(d.value(QLatin1String("type")).toString(), d.value(QLatin1String("after_sha256")).toString());
    } else if (e.action == QLatin1String("settings.due_days_set")) {
        s.dueDays.insert(d.value(QLatin1String("key")).toString(), d.value(QLatin1String("after")).toInt());
    } else if (e.action == QLatin1String("revision.effective") || e.action == QLatin1String("revision.review_recorded")) {
        s.nextReview.insert(e.object, d.value(QLatin1String("next_review_date")).toString());
    } else if (e.action.startsWith(QLatin1String("export."))) {
        const QString kind = e.action.mid(7);
        ++s.exports[e.object + QLatin1Char('|') + kind + QLatin1Char('|') + d.value(QLatin1String("medium")).toString() + QLatin1Char('|')
                    + d.value(QLatin1String("file_sha256")).toString()];
        if (d.contains(QLatin1String("copy")))
            s.copies.insert(e.object + QStringLiteral(" No. ") + QString::number(d.value(QLatin1String("copy")).toInt()),
                            CopyState{d.value(QLatin1String("holder")).toString(), QStringLiteral("issued")});
    } else if (e.action == EarlierHistory::kAction) {
        // Revisions released before the store existed: the trail is their only record
        // (EarlierHistory::read), so there is no table to compare and nothing to replay.
    } else if (e.action.startsWith(QLatin1String("copy."))) {
        s.copies[e.object + QStringLiteral(" No. ") + QString::number(d.value(QLatin1String("copy")).toInt())].status = e.action.mid(5);
    }
}

namespace {

// Roles in one canonical order, whatever order they were written in.
QString normalRoles(const QString &keys)
{
    auto roles = parseRoles(keys);
    return roles ? rolesToKeys(roles.value()) : keys;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<QList<VerifyProblem>> TrailReplay::compare(Database &db) const
{
    const Implied &implied = *m_implied;
    QList<VerifyProblem> problems;

    // Users: every row against what the trail says of it.
    auto users = Sql::exec(db, QStringLiteral("SELECT name, roles, active, password_hash, clearance FROM users ORDER BY id"), {}, tr("read the users"));
    if (!users)
        return users.error();
    while (users.value().next()) {
        const QString name = users.value().value(0).toString();
        const QString object = tr("user %1").arg(name);
        const auto it = implied.users.constFind(name);
        if (it == implied.users.cend()) {
            if (!implied.baseline)
                problems.append({object, tr("The user %1 is in the store, but the audit trail never recorded adding them.").arg(name)});
            continue;
        }
        const QString roles = normalRoles(users.value().value(1).toString());
        if (roles != normalRoles(it->roles))
            problems.append({object, tr("The roles of %1 are %2 in the store, but the audit trail gives them %3.").arg(name, roles, it->roles)});
        if (users.value().value(2).toBool() != it->active)
            problems.append({object, it->active ? tr("The account %1 is disabled in the store, but the audit trail never disabled it.").arg(name)
                                                : tr("The account %1 is enabled in the store, but the audit trail records it as disabled.").arg(name)});
        if (it->password && sha256Hex(users.value().value(3).toByteArray()) != *it->password)
            problems.append({object, tr("The password hash of %1 is not the one the audit trail recorded: it was replaced outside DocControl.").arg(name)});
        if (it->clearance && users.value().value(4).toString() != *it->clearance)
            problems.append({object, tr("The clearance of %1 is %2 in the store, but the audit trail gives them %3.").arg(name, users.value().value(4).toString(), *it->clearance)});
    }

    // The organisation.
    if (!implied.organisation.isEmpty() && StoreSettings(db).organisation() != implied.organisation)
        problems.append({tr("organisation"), tr("The organisation is \"%1\" in the store, but the audit trail records \"%2\".")
                                                 .arg(StoreSettings(db).organisation(), implied.organisation)});

    // Documents' metadata as registered and changed since (document.metadata_set).
    auto clauseRows = Sql::exec(db, QStringLiteral("SELECT d.number, c.standard, c.clause FROM document_clauses c JOIN documents d ON d.id = c.document_id"),
                                {}, tr("read the clause references"));
    if (!clauseRows)
        return clauseRows.error();
    QMap<QString, ClauseRefs> clauses;
    while (clauseRows.value().next())
        clauses[clauseRows.value().value(0).toString()].append(ClauseRef{clauseRows.value().value(1).toString(), clauseRows.value().value(2).toString()});
    auto documents = Sql::exec(db, QStringLiteral("SELECT d.number, d.title, d.title_en, d.type, u.name, d.department, d.classification, d.review_interval_months,"
                                                  " d.retention_years FROM documents d JOIN users u ON u.id = d.owner_id ORDER BY d.id"),
                               {}, tr("read the documents"));
    if (!documents)
        return documents.error();
    static const QList<std::pair<const char *, int>> fields{{"title", 1}, {"title_en", 2}, {"type", 3}, {"owner", 4},
                                                             {"department", 5}, {"classification", 6}, {"review_months", 7},
                                                             {"retention_years", 8}};
    while (documents.value().next()) {
        const QString number = documents.value().value(0).toString();
        const auto it = implied.documents.constFind(number);
        if (it == implied.documents.cend()) {
            if (!implied.baseline)
                problems.append({number, tr("%1 is in the store, but the audit trail never recorded registering it.").arg(number)});
            continue;
        }
        for (const auto &[key, column] : fields) {
            const QString name = QLatin1String(key);
            if (!it->created.contains(name))
                continue; // recorded only by newer versions
            const QString stored = documents.value().value(column).toString();
            const QString recorded = it->created.value(name).toVariant().toString();
            if (stored != recorded)
                problems.append({number, tr("The %1 of %2 is \"%3\" in the store, but the audit trail records \"%4\".").arg(name, number, stored, recorded)});
        }
        if (it->created.contains(QLatin1String("clauses"))) {
            const QString stored = clauseKeys(clauses.value(number)).join(QStringLiteral("; "));
            QStringList recordedKeys;
            for (const QJsonValue &v : it->created.value(QLatin1String("clauses")).toArray())
                recordedKeys << v.toString();
            const QString recorded = recordedKeys.join(QStringLiteral("; "));
            if (stored != recorded)
                problems.append({number, tr("The clauses of %1 are \"%2\" in the store, but the audit trail records \"%3\".").arg(number, stored, recorded)});
        }
    }

    // Distribution lists, as the trail last set them.
    auto lists = DistributionStore(db).all();
    if (!lists)
        return lists.error();
    QStringList numbers = implied.distribution.keys() + lists->keys();
    numbers.removeDuplicates();
    for (const QString &number : std::as_const(numbers)) {
        QStringList stored;
        for (const DistributionMember &m : lists->value(number))
            stored << m.key();
        const QStringList recorded = implied.distribution.value(number);
        if (stored != recorded)
            problems.append({number, tr("The distribution list of %1 is \"%2\" in the store, but the audit trail records \"%3\".")
                                         .arg(number, stored.join(QStringLiteral(", ")), recorded.join(QStringLiteral(", ")))});
    }

    // Read-and-acknowledge requests and their answers.
    auto requests = AcknowledgementStore(db).all();
    if (!requests)
        return requests.error();
    QStringList requestKeys = implied.acknowledgements.keys() + requests->keys();
    requestKeys.removeDuplicates();
    for (const QString &key : std::as_const(requestKeys)) {
        const QString object = key.section(QLatin1Char('|'), 0, 0), user = key.section(QLatin1Char('|'), 1);
        if (!requests->contains(key))
            problems.append({object, tr("The audit trail asks %1 to acknowledge %2, but the store holds no such request.").arg(user, object)});
        else if (!implied.acknowledgements.contains(key))
            problems.append({object, tr("The store asks %1 to acknowledge %2, but the audit trail never recorded the request.").arg(user, object)});
        else if (requests->value(key) != implied.acknowledgements.value(key))
            problems.append({object, requests->value(key) ? tr("%1 acknowledged %2 in the store, but the audit trail records no acknowledgement.").arg(user, object)
                                                          : tr("%1 acknowledged %2 in the audit trail, but the store still waits for it.").arg(user, object)});
    }

    // The store's own templates of new documents.
    auto templates = Sql::exec(db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'template.%'"), {}, tr("read the templates"));
    if (!templates)
        return templates.error();
    QMap<QString, QString> storedTemplates;
    while (templates.value().next())
        storedTemplates.insert(templates.value().value(0).toString().mid(9), SettingsService::templateDigest(templates.value().value(1).toString()));
    for (auto it = storedTemplates.cbegin(); it != storedTemplates.cend(); ++it) {
        if (!it.value().isEmpty() && !implied.templates.contains(it.key()))
            problems.append({tr("template %1").arg(it.key()), tr("The store has its own template for %1, but the audit trail never recorded setting it.").arg(it.key())});
    }
    for (auto it = implied.templates.cbegin(); it != implied.templates.cend(); ++it) {
        if (storedTemplates.value(it.key()) != it.value())
            problems.append({tr("template %1").arg(it.key()), tr("The template for %1 is not the one the audit trail recorded: it was changed outside DocControl.").arg(it.key())});
    }

    // How long tasks may wait: every due-day setting as the trail set it.
    auto dueDays = StoreSettings(db).dueDays();
    if (!dueDays)
        return dueDays.error();
    QStringList dueKeys = dueDays.value().keys() + implied.dueDays.keys();
    dueKeys.removeDuplicates();
    for (const QString &key : std::as_const(dueKeys)) {
        if (!implied.dueDays.contains(key))
            problems.append({key, tr("The store sets %1 to %2 days, but the audit trail never recorded setting it.").arg(key).arg(dueDays.value().value(key))});
        else if (dueDays.value().value(key, -1) != implied.dueDays.value(key))
            problems.append({key, tr("%1 is %2 days in the audit trail, but the store holds another value: it was changed outside DocControl.").arg(key).arg(implied.dueDays.value(key))});
    }

    // Next review dates of effective revisions.
    auto reviews = Sql::exec(db, QStringLiteral("SELECT d.number || ' ' || r.label, r.next_review_date FROM revisions r JOIN documents d ON d.id = r.document_id"
                                                " WHERE r.next_review_date IS NOT NULL ORDER BY r.id"),
                             {}, tr("read the review dates"));
    if (!reviews)
        return reviews.error();
    while (reviews.value().next()) {
        const QString object = reviews.value().value(0).toString();
        const QString stored = Sql::dateFrom(reviews.value().value(1)).toString(Qt::ISODate);
        if (implied.nextReview.contains(object) && implied.nextReview.value(object) != stored)
            problems.append({object, tr("The next review date of %1 is %2 in the store, but the audit trail records %3.").arg(object, stored, implied.nextReview.value(object))});
    }
    if (implied.baseline)
        return problems; // exports and copies made before the trail began are not in it

    // Export records: the same multiset as the trail's export events.
    auto exports = Sql::exec(db, QStringLiteral("SELECT d.number || ' ' || r.label, x.kind, x.medium, x.file_sha256 FROM exports x"
                                                " JOIN revisions r ON r.id = x.revision_id JOIN documents d ON d.id = r.document_id"),
                             {}, tr("read the export records"));
    if (!exports)
        return exports.error();
    QMap<QString, int> stored;
    while (exports.value().next()) {
        ++stored[exports.value().value(0).toString() + QLatin1Char('|') + exports.value().value(1).toString() + QLatin1Char('|')
                 + exports.value().value(2).toString() + QLatin1Char('|') + exports.value().value(3).toString()];
    }
    for (auto it = implied.exports.cbegin(); it != implied.exports.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('|'));
        if (stored.value(it.key()) != it.value())
            problems.append({parts.first(), tr("The export records of %1 (%2) hold %3, but the audit trail records %4 exports: records were deleted or added.")
                                                .arg(parts.first(), parts.value(1))
                                                .arg(stored.value(it.key()))
                                                .arg(it.value())});
        stored.remove(it.key());
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        problems.append({it.key().section(QLatin1Char('|'), 0, 0), tr("An export of %1 is recorded in the store but not in the audit trail.").arg(it.key().section(QLatin1Char('|'), 0, 0))});

    // The controlled-copy register.
    auto copies = Sql::exec(db, QStringLiteral("SELECT d.number || ' ' || r.label || ' No. ' || c.copy_number, c.holder, c.status FROM controlled_copies c"
                                               " JOIN revisions r ON r.id = c.revision_id JOIN documents d ON d.id = r.document_id"),
                            {}, tr("read the controlled copies"));
    if (!copies)
        return copies.error();
    QMap<QString, CopyState> register_;
    while (copies.value().next())
        register_.insert(copies.value().value(0).toString(), CopyState{copies.value().value(1).toString(), copies.value().value(2).toString()});
    for (auto it = implied.copies.cbegin(); it != implied.copies.cend(); ++it) {
        const auto row = register_.constFind(it.key());
        if (row == register_.cend())
            problems.append({it.key(), tr("The controlled copy %1, recorded in the audit trail, is missing from the register.").arg(it.key())});
        else if (row->holder != it->holder || row->status != it->status)
            problems.append({it.key(), tr("The controlled copy %1 is %2 (%3) in the register, but the audit trail records %4 (%5).")
                                           .arg(it.key(), row->holder, row->status, it->holder, it->status)});
        register_.remove(it.key());
    }
    for (auto it = register_.cbegin(); it != register_.cend(); ++it)
        problems.append({it.key(), tr("The controlled copy %1 is in the register but not in the audit trail.").arg(it.key())});
    return problems;
}

} // namespace dc
