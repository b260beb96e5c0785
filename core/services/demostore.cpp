#include "core/services/demostore.h"

#include "core/services/documentservice.h"
#include "core/services/externalregister.h"
#include "core/services/keyring.h"
#include "core/store/storesettings.h"
#include "core/services/workflowservice.h"
#include "core/store/database.h"
#include "core/services/userservice.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace dc {

namespace {

QString password() { return QString::fromLatin1(DemoStore::kPassword); }

QString readResource(const QString &path)
{
    QFile file(QStringLiteral(":/demo/") + path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString contentOf(const QJsonValue &files)
{
    QStringList parts;
    for (const QJsonValue &file : files.toArray())
        parts << readResource(file.toString()).trimmed();
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

Result<NewDocument> documentFrom(const QJsonObject &o)
{
    NewDocument d;
    d.number = o.value(QLatin1String("number")).toString();
    d.title = o.value(QLatin1String("title")).toString();
    d.titleEn = o.value(QLatin1String("titleEn")).toString();
    d.type = documentTypeFromKey(o.value(QLatin1String("type")).toString()).value_or(DocumentType::Procedure);
    d.owner = o.value(QLatin1String("owner")).toString();
    d.department = o.value(QLatin1String("department")).toString();
    d.classification = classificationFromKey(o.value(QLatin1String("classification")).toString()).value_or(Classification::Internal);
    d.reviewIntervalMonths = o.value(QLatin1String("reviewIntervalMonths")).toInt(0);
    d.retentionYears = o.value(QLatin1String("retentionYears")).toInt(0);
    for (const QJsonValue &clause : o.value(QLatin1String("clauses")).toArray()) {
        auto ref = ClauseRef::parse(clause.toString());
        if (!ref)
            return ref.error();
        d.clauses.append(ref.value());
    }
    return d;
}

// Takes demo revisions through review, approval and release with the demo users' own keys,
// each opened once (opening a key costs an Argon2id derivation).
class DemoWorkflow final {
public:
    DemoWorkflow(Database &db, const Clock &clock) : m_db(db), m_clock(clock), m_workflow(db, clock) {}

    Status prepare(const User &controller)
    {
        m_controller = controller;
        Route route{{QStringLiteral("chenjing"), QStringLiteral("liuyang")}, QStringLiteral("zhangwei"), false};
        for (const QString &type : documentTypeKeys()) {
            if (const Status set = m_workflow.setDefaultRoute(controller, *documentTypeFromKey(type), route); !set)
                return set;
        }
        for (const QString &name : {QStringLiteral("wangfang"), QStringLiteral("chenjing"), QStringLiteral("liuyang"), QStringLiteral("zhangwei")}) {
            auto user = UserService(m_db, m_clock).authenticate(name, password());
            if (!user)
                return user.error();
            auto key = Keyring(m_db, m_clock).unlock(user.value(), password());
            if (!key)
                return key.error();
            m_users.emplace(name, user.value());
            m_keys.emplace(name, std::move(key.value()));
        }
        return {};
    }

    // Moves the current draft of `number` to `stage`: draft, in_review (one reviewer signed),
    // in_approval, approved or effective.
    Status advance(const QString &number, const QString &stage)
    {
        if (stage == QLatin1String("draft"))
            return {};
        if (auto submitted = m_workflow.submit(m_controller, number); !submitted)
            return submitted.error();
        const QStringList steps{QStringLiteral("chenjing"), QStringLiteral("liuyang"), QStringLiteral("zhangwei")};
        const int signatures = stage == QLatin1String("in_review") ? 1 : stage == QLatin1String("in_approval") ? 2 : 3;
        for (int i = 0; i < signatures; ++i) {
            const QString &name = steps.at(i);
            const SignatureMeaning meaning = i < 2 ? SignatureMeaning::Reviewed : SignatureMeaning::Approved;
            if (auto signedOff = m_workflow.sign(m_users.at(name), m_keys.at(name), number, meaning, QCoreApplication::translate("dc::DemoStore", "Agreed.")); !signedOff)
                return signedOff.error();
        }
        if (stage != QLatin1String("effective"))
            return {};
        return Status::from(m_workflow.release(m_users.at(QStringLiteral("wangfang")), m_keys.at(QStringLiteral("wangfang")), number));
    }

private:
    Database &m_db;
    const Clock &m_clock;
    WorkflowService m_workflow;
    User m_controller;
    std::map<QString, User> m_users;
    std::map<QString, UnlockedKey> m_keys;
};

// The register entry of an external document, its dates counted back from the clock's today
// (checkedMonthsAgo, checkEveryMonths), so that the demo always shows a check as the manifest says.
Status recordExternal(Database &db, const Clock &clock, const User &controller, const QString &number, const QJsonObject &o)
{
    if (o.isEmpty())
        return {};
    const QDate today = clock.nowUtc().toLocalTime().date();
    const QDate checked = today.addMonths(-o.value(QLatin1String("checkedMonthsAgo")).toInt());
    ExternalOriginChange change;
    change.issuer = o.value(QLatin1String("issuer")).toString();
    change.reference = o.value(QLatin1String("reference")).toString();
    change.edition = o.value(QLatin1String("edition")).toString();
    change.location = o.value(QLatin1String("location")).toString();
    change.lastChecked = checked;
    change.nextCheck = checked.addMonths(o.value(QLatin1String("checkEveryMonths")).toInt(12));
    return Status::from(ExternalRegister(db, clock).setOrigin(controller, number, change));
}

// A clock `years` behind another until it catches up. The demo's records released years ago (a
// manifest's "releasedYearsAgo") are made on it, with the store and its users before them, so
// that the audit trail's times only move forward.
class PastClock final : public Clock {
public:
    PastClock(const Clock &base, int years) : m_base(base), m_years(years) {}
    QDateTime nowUtc() const override { return m_base.nowUtc().addYears(-m_years); }
    void catchUp() { m_years = 0; }

private:
    const Clock &m_base;
    int m_years;
};

// How many years back the demo's oldest release lies (0: none).
int yearsBack(const QJsonObject &manifest)
{
    int years = 0;
    for (const QJsonValue &value : manifest.value(QLatin1String("documents")).toArray())
        years = qMax(years, value.toObject().value(QLatin1String("releasedYearsAgo")).toInt());
    return years;
}

// Registers one document of the manifest and takes each of its revisions as far through the
// workflow as the manifest says (default: effective), on `clock`.
Status addDocument(Database &db, const Clock &clock, const User &controller, DemoWorkflow &flow, const QJsonObject &o)
{
    DocumentService documents(db, clock);
    auto document = documentFrom(o);
    if (!document)
        return document.error();
    const QJsonArray revisions = o.value(QLatin1String("revisions")).toArray();
    document.value().content = contentOf(revisions.first().toObject().value(QLatin1String("content")));
    document.value().changeSummary = revisions.first().toObject().value(QLatin1String("summary")).toString();
    if (auto created = documents.create(controller, document.value()); !created)
        return created.error();
    if (const Status registered = recordExternal(db, clock, controller, document->number, o.value(QLatin1String("external")).toObject()); !registered)
        return registered;
    // The distribution list before the first release, so the release asks them to acknowledge it.
    if (const QString listed = o.value(QLatin1String("distribution")).toString(); !listed.isEmpty()) {
        auto members = parseDistribution(listed);
        if (!members)
            return members.error();
        if (auto set = documents.changeDistribution(controller, document->number, members.value(), {}); !set)
            return set.error();
    }
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        const QJsonObject revision = revisions.at(i).toObject();
        if (i > 0) {
            auto edited = documents.editDraft(controller, document->number, contentOf(revision.value(QLatin1String("content"))),
                                              revision.value(QLatin1String("summary")).toString());
            if (!edited)
                return edited.error();
        }
        const QString stage = revision.value(QLatin1String("stage")).toString(QStringLiteral("effective"));
        if (const Status advanced = flow.advance(document->number, stage); !advanced)
            return advanced;
    }
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> DemoStore::openOrCreate(const QString &path, const Clock &clock)
{
    if (QFileInfo::exists(path))
        return Database::open(path);
    const QJsonObject manifest = QJsonDocument::fromJson(readResource(QStringLiteral("demo.json")).toUtf8()).object();
    NewStore init;
    init.organisation = manifest.value(QLatin1String("organisation")).toString();
    init.organisationEn = manifest.value(QLatin1String("organisationEn")).toString();
    init.admin = QStringLiteral("admin");
    init.password = password();
    const PastClock past(clock, yearsBack(manifest));
    auto store = UserService::initStore(path, init, past);
    if (!store)
        return store.error();
    if (const Status filled = populate(*store.value(), clock); !filled) {
        Database::discard(std::move(store).value());
        return filled.error();
    }
    return store;
}

Status DemoStore::populate(Database &db, const Clock &clock)
{
    const QJsonObject manifest = QJsonDocument::fromJson(readResource(QStringLiteral("demo.json")).toUtf8()).object();
    if (manifest.isEmpty())
        return Error{ErrorCode::Io, tr("The demo content is missing from this build.")};
    PastClock past(clock, yearsBack(manifest));
    return db.write([&]() -> Status {
        UserService users(db, past);
        auto admin = users.authenticate(QStringLiteral("admin"), password());
        if (!admin)
            return admin.error();
        for (const QJsonValue &value : manifest.value(QLatin1String("users")).toArray()) {
            const QJsonObject u = value.toObject();
            const QString name = u.value(QLatin1String("name")).toString();
            if (name == QLatin1String("admin"))
                continue;
            QStringList roleNames;
            for (const QJsonValue &role : u.value(QLatin1String("roles")).toArray())
                roleNames << role.toString();
            auto roles = parseRoles(roleNames.join(QLatin1Char(',')));
            if (!roles)
                return roles.error();
            // Readers see internal documents and below (sunli does not see the 秘密 ones); staff
            // with a role in the workflow are cleared for everything.
            const Classification staff = roleNames == QStringList{QStringLiteral("reader")} ? Classification::Internal : Classification::Secret;
            const Classification clearance = classificationFromKey(u.value(QLatin1String("clearance")).toString()).value_or(staff);
            auto added = users.addUser(admin.value(),
                                       NewUser{name, u.value(QLatin1String("display")).toString(),
                                               u.value(QLatin1String("department")).toString(), roles.value(), clearance},
                                       password());
            if (!added)
                return added.error();
        }

        auto controller = users.authenticate(QString::fromLatin1(kController), password());
        if (!controller)
            return controller.error();
        DemoWorkflow flow(db, past);
        if (const Status ready = flow.prepare(controller.value()); !ready)
            return ready;
        // The documents released years ago first, on the clock of that time; then the rest, today.
        for (const bool old : {true, false}) {
            if (!old)
                past.catchUp();
            for (const QJsonValue &value : manifest.value(QLatin1String("documents")).toArray()) {
                const QJsonObject o = value.toObject();
                if ((o.value(QLatin1String("releasedYearsAgo")).toInt() > 0) != old)
                    continue;
                if (const Status added = addDocument(db, past, controller.value(), flow, o); !added)
                    return added;
            }
        }
        return {};
    });
}

} // namespace dc
