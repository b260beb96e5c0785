#pragma once

// Shared helpers for the workflow, signature and audit-trail tests: the StoreTemplate extended
// with the users a route needs (a second reviewer, an approver, an author who also holds the
// reviewer and approver roles), a driver that takes a document along the lifecycle, and a
// fingerprint of the store's content to prove that a refused action changed nothing.

#include "core/model/document.h"
#include "core/services/documentservice.h"
#include "core/services/workflowservice.h"
#include "core/store/documentstore.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QSqlRecord>

namespace dctest {

// StoreTemplate's users (admin, wangfang controller, lisi author, zhaoliu reviewer, chenjing
// reader) and three more. Built once per test executable, copied for every test.
class WorkflowTemplate final {
public:
    StoreTemplate base;
    dc::User reviewer2; // "sunqi" 孙七: Reviewer
    dc::User approver;  // "zhouba" 周八: Approver
    dc::User allRoles;  // "wujiu" 吴九: Author + Reviewer + Approver (segregation of duties)
    QString error;      // why prepare() failed

    bool prepare(const dc::Clock &clock)
    {
        if (!base.prepare(clock)) {
            error = base.error;
            return false;
        }
        auto opened = dc::Database::open(base.path());
        if (!opened) {
            error = opened.message();
            return false;
        }
        dc::UserService users(*opened.value(), clock);
        const struct {
            dc::User *user;
            const char *name;
            const char *display;
            dc::Roles roles;
        } wanted[] = {
            {&reviewer2, "sunqi", "孙七", dc::Roles(dc::Role::Reviewer)},
            {&approver, "zhouba", "周八", dc::Roles(dc::Role::Approver)},
            {&allRoles, "wujiu", "吴九", dc::Role::Author | dc::Role::Reviewer | dc::Role::Approver},
        };
        for (const auto &w : wanted) {
            auto added = users.addUser(base.admin, dc::NewUser{QString::fromUtf8(w.name), QString::fromUtf8(w.display), QString(), w.roles}, kPassword);
            if (!added) {
                error = added.message();
                return false;
            }
            *w.user = added.value();
        }
        return true; // closing the store checkpoints its WAL, so the template file is complete
    }

    const dc::User &admin() const { return base.admin; }
    const dc::User &controller() const { return base.controller; }
    const dc::User &author() const { return base.author; }
    const dc::User &reviewer() const { return base.reviewer; }
    const dc::User &reader() const { return base.reader; }

    // The user called `name`, for data-driven rows.
    const dc::User &user(const QString &name) const
    {
        for (const dc::User *u : {&base.admin, &base.controller, &base.author, &base.reviewer, &base.reader, &reviewer2, &approver, &allRoles}) {
            if (u->name == name)
                return *u;
        }
        qFatal("no template user %s", qPrintable(name));
    }

    dc::Result<std::unique_ptr<dc::Database>> copyTo(const QString &path) const { return base.copyTo(path); }
};

// What a refused action must leave alone.
//
// Why not compare the store file's bytes: the store runs in WAL mode, so a committed change
// first lands in the -wal file and reaches the main file only at a checkpoint; the main file's
// bytes would stay equal even after a change. Instead this hashes the logical content of every
// table the workflow touches (every row in rowid order, every column, NULLs and blobs
// included): any committed change to any of them changes the digest, whatever the journal
// mode. The row counts are there to make a failure readable.
struct StoreState {
    int revisions = 0;
    int submissions = 0;
    int signatures = 0;
    int events = 0;
    int keys = 0;
    QByteArray digest;
    bool operator==(const StoreState &) const = default;
};

inline char *toString(const StoreState &s)
{
    return qstrdup(QStringLiteral("revisions %1, submissions %2, signatures %3, events %4, keys %5, digest %6")
                       .arg(s.revisions).arg(s.submissions).arg(s.signatures).arg(s.events).arg(s.keys)
                       .arg(QString::fromLatin1(s.digest.toHex().left(16)))
                       .toUtf8()
                       .constData());
}

inline StoreState stateOf(dc::Database &db)
{
    static const QStringList tables{
        QStringLiteral("settings"),    QStringLiteral("users"),       QStringLiteral("user_keys"),
        QStringLiteral("documents"),   QStringLiteral("document_clauses"), QStringLiteral("revisions"),
        QStringLiteral("submissions"), QStringLiteral("submission_reviewers"), QStringLiteral("signatures"),
        QStringLiteral("events"),      QStringLiteral("search_index"), QStringLiteral("search_entries"), QStringLiteral("attachments"),
        QStringLiteral("controlled_copies"), QStringLiteral("exports"), QStringLiteral("document_links"), QStringLiteral("external_documents"),
        QStringLiteral("cited_numbers"), // a table a schema lacks digests as "unreadable"
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        // PostgreSQL has no rowid: rows are ordered by their whole text there.
        const QString sql = db.isPostgres() ? QStringLiteral("SELECT * FROM %1 t ORDER BY t::text").arg(table)
                                            : QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table);
        auto q = dc::Sql::exec(db, sql, {}, QStringLiteral("digest"));
        if (!q) {
            hash.addData(QByteArrayLiteral("unreadable"));
            continue;
        }
        while (q.value().next()) {
            const QSqlRecord record = q.value().record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant v = record.value(i);
                if (v.isNull())
                    hash.addData(QByteArrayLiteral("\x01"));
                else if (v.typeId() == QMetaType::QByteArray)
                    hash.addData(v.toByteArray());
                else
                    hash.addData(v.toString().toUtf8());
                hash.addData(QByteArrayLiteral("\x1f"));
            }
            hash.addData(QByteArrayLiteral("\x1e"));
        }
    }
    StoreState s;
    s.revisions = rowCount(db, QStringLiteral("revisions"));
    s.submissions = rowCount(db, QStringLiteral("submissions"));
    s.signatures = rowCount(db, QStringLiteral("signatures"));
    s.events = rowCount(db, QStringLiteral("events"));
    s.keys = rowCount(db, QStringLiteral("user_keys"));
    s.digest = hash.result();
    return s;
}

// True when `message` names every one of `parts`; for QVERIFY2 with the message printed.
inline bool names(const QString &message, const QStringList &parts)
{
    for (const QString &part : parts) {
        if (!message.contains(part))
            return false;
    }
    return true;
}

// Runs raw SQL as someone with the file would; the Status says whether the store let it pass.
inline dc::Status rawSql(dc::Database &db, const QString &sql, const QVariantList &binds = {})
{
    return dc::Status::from(dc::Sql::exec(db, portableSql(db, sql), binds, QStringLiteral("raw SQL")));
}

// Takes documents along the lifecycle with the template's users and the default route
// (zhaoliu and sunqi review in parallel, zhouba approves). Each step stops at the first failure.
class FlowDriver final {
public:
    FlowDriver(dc::Database &db, const dc::Clock &clock, const WorkflowTemplate &users)
        : m_db(db), m_users(users), m_documents(db, clock), m_workflow(db, clock)
    {
    }

    dc::DocumentService &documents() { return m_documents; }
    dc::WorkflowService &workflow() { return m_workflow; }

    static dc::Route defaultRoute(bool sequential = false)
    {
        return dc::Route{{QStringLiteral("zhaoliu"), QStringLiteral("sunqi")}, QStringLiteral("zhouba"), sequential};
    }

    // Registers a procedure (by the controller wangfang, so wangfang is the author of A/0).
    dc::Result<dc::Document> create(const QString &title, const QString &owner = QStringLiteral("lisi"), int reviewMonths = 12)
    {
        dc::NewDocument d;
        d.title = title;
        d.type = dc::DocumentType::Procedure;
        d.owner = owner;
        d.reviewIntervalMonths = reviewMonths;
        d.content = QStringLiteral("# ") + title + QStringLiteral("\n\n本程序规定了相关职责和工作流程。\n");
        return m_documents.create(m_users.controller(), d);
    }

    // The same, returning the number (empty, with a warning, when it failed).
    QString newDocument(const QString &title, const QString &owner = QStringLiteral("lisi"), int reviewMonths = 12)
    {
        auto created = create(title, owner, reviewMonths);
        if (!created)
            qWarning("creating %s failed: %s", qPrintable(title), qPrintable(created.message()));
        return created ? created->number : QString();
    }

    dc::Status submit(const QString &number, const dc::Route &route = defaultRoute())
    {
        return dc::Status::from(m_workflow.submit(m_users.controller(), number, route));
    }

    // Both default reviewers sign.
    dc::Status review(const QString &number)
    {
        for (const dc::User *u : {&m_users.reviewer(), &m_users.reviewer2}) {
            if (const dc::Status s = dc::Status::from(m_workflow.sign(*u, kPassword, number, dc::SignatureMeaning::Reviewed, QStringLiteral("同意"))); !s)
                return s;
        }
        return {};
    }

    dc::Status approve(const QString &number)
    {
        return dc::Status::from(m_workflow.sign(m_users.approver, kPassword, number, dc::SignatureMeaning::Approved, QStringLiteral("批准发布")));
    }

    dc::Status toApproved(const QString &number)
    {
        dc::Status s = submit(number);
        if (s)
            s = review(number);
        if (s)
            s = approve(number);
        return s;
    }

    // Submitted, reviewed, approved and released by the controller, effective on `effective`
    // (today when null).
    dc::Status toEffective(const QString &number, QDate effective = {})
    {
        if (const dc::Status s = toApproved(number); !s)
            return s;
        return dc::Status::from(m_workflow.release(m_users.controller(), kPassword, number, effective));
    }

    // The revision `label` of `number` as stored now (an invalid one when it does not exist).
    dc::Revision revision(const QString &number, const QString &label)
    {
        dc::DocumentStore store(m_db);
        auto document = store.find(number);
        if (!document)
            return {};
        auto r = store.revision(document->id, label);
        return r ? r.value() : dc::Revision{};
    }

    dc::RevisionStatus status(const QString &number, const QString &label) { return revision(number, label).status; }

private:
    dc::Database &m_db;
    const WorkflowTemplate &m_users;
    dc::DocumentService m_documents;
    dc::WorkflowService m_workflow;
};

// One test's own copy of the template store, opened, with a FlowDriver on it: init() opens
// it, cleanup() closes it.
class WorkflowSession final {
public:
    // Empty when the copy is open, else why not.
    QString open(const WorkflowTemplate &users, const dc::Clock &clock)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return QStringLiteral("no temporary folder");
        auto opened = users.copyTo(m_dir->filePath(QStringLiteral("org.dcstore")));
        if (!opened)
            return opened.message();
        m_db = std::move(opened).value();
        m_flow = std::make_unique<FlowDriver>(*m_db, clock, users);
        return {};
    }

    void close()
    {
        m_flow.reset();
        m_db.reset();
        m_dir.reset();
    }

    dc::Database &db() { return *m_db; }
    FlowDriver &flow() { return *m_flow; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<dc::Database> m_db;
    std::unique_ptr<FlowDriver> m_flow;
};

} // namespace dctest
