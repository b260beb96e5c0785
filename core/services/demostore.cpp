#include "demostore.h"

#include "documentservice.h"
#include "store/database.h"
#include "userservice.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    auto store = UserService::initStore(path, init, clock);
    if (!store)
        return store.error();
    if (const Status filled = populate(*store.value(), clock); !filled) {
        store = filled.error();
        Database::removeFiles(path);
        return filled.error();
    }
    return store;
}

Status DemoStore::populate(Database &db, const Clock &clock)
{
    const QJsonObject manifest = QJsonDocument::fromJson(readResource(QStringLiteral("demo.json")).toUtf8()).object();
    if (manifest.isEmpty())
        return Error{ErrorCode::Io, tr("The demo content is missing from this build.")};
    return db.write([&]() -> Status {
        UserService users(db, clock);
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
            auto added = users.addUser(admin.value(),
                                       NewUser{name, u.value(QLatin1String("display")).toString(),
                                               u.value(QLatin1String("department")).toString(), roles.value()},
                                       password());
            if (!added)
                return added.error();
        }

        auto controller = users.authenticate(QString::fromLatin1(kController), password());
        if (!controller)
            return controller.error();
        DocumentService documents(db, clock);
        for (const QJsonValue &value : manifest.value(QLatin1String("documents")).toArray()) {
            const QJsonObject o = value.toObject();
            auto document = documentFrom(o);
            if (!document)
                return document.error();
            const QJsonArray revisions = o.value(QLatin1String("revisions")).toArray();
            document.value().content = contentOf(revisions.first().toObject().value(QLatin1String("content")));
            document.value().changeSummary = revisions.first().toObject().value(QLatin1String("summary")).toString();
            if (auto created = documents.create(controller.value(), document.value()); !created)
                return created.error();
            // Until the workflow can release a revision, later revisions are applied as edits of the draft.
            for (qsizetype i = 1; i < revisions.size(); ++i) {
                const QJsonObject revision = revisions.at(i).toObject();
                auto edited = documents.editDraft(controller.value(), document->number,
                                                  contentOf(revision.value(QLatin1String("content"))),
                                                  revision.value(QLatin1String("summary")).toString());
                if (!edited)
                    return edited.error();
            }
        }
        return {};
    });
}

} // namespace dc
