#include "core/store/migrations.h"

#include "core/search/citations.h"
#include "core/store/database.h"
#include "core/store/linkstore.h"
#include "core/store/searchindex.h"
#include "core/store/auditlog.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include <functional>
#include <vector>

namespace dc::Migrations {

namespace {


// Version 1: users, documents and their revisions, and store-wide settings.
Status toVersion1(Database &db)
{
    return Sql::execAll(db, {
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE users ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " department TEXT NOT NULL DEFAULT '',"
                       " roles TEXT NOT NULL,"
                       " password_hash TEXT NOT NULL,"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE documents ("
                       " id INTEGER PRIMARY KEY,"
                       " number TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL CHECK (title <> ''),"
                       " title_en TEXT NOT NULL DEFAULT '',"
                       " type TEXT NOT NULL,"
                       " owner_id INTEGER NOT NULL REFERENCES users(id),"
                       " department TEXT NOT NULL DEFAULT '',"
                       " classification TEXT NOT NULL,"
                       " review_interval_months INTEGER NOT NULL DEFAULT 12,"
                       " retention_years INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE revisions ("
                       " id INTEGER PRIMARY KEY,"
                       " document_id INTEGER NOT NULL REFERENCES documents(id),"
                       " label TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " content TEXT NOT NULL,"
                       " content_hash TEXT NOT NULL,"
                       " change_summary TEXT NOT NULL CHECK (change_summary <> ''),"
                       " author_id INTEGER NOT NULL REFERENCES users(id),"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " effective_date TEXT,"
                       " next_review_date TEXT,"
                       " UNIQUE (document_id, label))"),
    }, QCoreApplication::translate("dc::Migrations", "create the version 1 schema"));
}

// Version 2: clause references, and indexes for the register's filters and sorting.
Status toVersion2(Database &db)
{
    return Sql::execAll(db, {
        QStringLiteral("CREATE TABLE document_clauses ("
                       " document_id INTEGER NOT NULL REFERENCES documents(id),"
                       " standard TEXT NOT NULL,"
                       " clause TEXT NOT NULL,"
                       " PRIMARY KEY (document_id, standard, clause))"),
        QStringLiteral("CREATE INDEX document_clauses_by_clause ON document_clauses(clause, document_id)"),
        QStringLiteral("CREATE INDEX revisions_by_document ON revisions(document_id, id)"),
        QStringLiteral("CREATE INDEX documents_by_type ON documents(type, number)"),
        QStringLiteral("CREATE INDEX documents_by_owner ON documents(owner_id, number)"),
        QStringLiteral("CREATE INDEX documents_by_department ON documents(department, number)"),
        QStringLiteral("CREATE INDEX documents_by_classification ON documents(classification, number)"),
        QStringLiteral("CREATE INDEX documents_by_title ON documents(title)"),
    }, QCoreApplication::translate("dc::Migrations", "create the version 2 schema"));
}

// Version 3: full-text search; migrate() fills it from what the store already holds.
Status toVersion3(Database &db)
{
    return Sql::execAll(db, {QStringLiteral(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        " number, title, body, title_chars, body_chars,"
        " tokenize = 'porter unicode61 remove_diacritics 2')")}, QCoreApplication::translate("dc::Migrations", "create the search index"));
}

// A store from before the audit trail starts it with what it already holds, so that verify
// checks later changes against it: every revision's status and content hash.
Status recordBaseline(Database &db)
{
    auto rows = Sql::exec(db, QStringLiteral("SELECT d.number, r.label, r.status, r.content_hash FROM revisions r JOIN documents d ON d.id = r.document_id ORDER BY r.id"),
                          {}, QCoreApplication::translate("dc::Migrations", "start the audit trail"));
    if (!rows)
        return rows.error();
    QJsonObject revisions;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        revisions.insert(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString(),
                         QJsonObject{{QStringLiteral("status"), q.value(2).toString()}, {QStringLiteral("content_sha256"), q.value(3).toString()}});
    }
    if (revisions.isEmpty())
        return {};
    return Status::from(AuditLog(db).append(QStringLiteral("system"), QStringLiteral("audit.baseline"), QStringLiteral("store"),
                                            QJsonObject{{QStringLiteral("revisions"), revisions}}));
}

// Version 4: the workflow — signing keys, submissions with their routes, signatures, the
// audit trail, withdrawal — and triggers that make the store itself refuse to change a
// submitted revision, a signature or an event.
Status toVersion4(Database &db)
{
    const Status created = Sql::execAll(db, {
        QStringLiteral("CREATE TABLE user_keys ("
                       " id INTEGER PRIMARY KEY,"
                       " user_id INTEGER NOT NULL REFERENCES users(id),"
                       " public_key BLOB NOT NULL,"
                       " sealed_secret BLOB NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " retired_at TEXT)"),
        QStringLiteral("CREATE UNIQUE INDEX user_keys_one_current ON user_keys(user_id) WHERE retired_at IS NULL"),
        QStringLiteral("CREATE TABLE submissions ("
                       " id INTEGER PRIMARY KEY,"
                       " revision_id INTEGER NOT NULL REFERENCES revisions(id),"
                       " submitted_by INTEGER NOT NULL REFERENCES users(id),"
                       " submitted_at TEXT NOT NULL,"
                       " sequential INTEGER NOT NULL,"
                       " approver_id INTEGER NOT NULL REFERENCES users(id),"
                       " outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'approved', 'rejected', 'cancelled')),"
                       " closed_at TEXT,"
                       " closed_by INTEGER REFERENCES users(id),"
                       " comment TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE UNIQUE INDEX submissions_one_open ON submissions(revision_id) WHERE outcome = 'open'"),
        QStringLiteral("CREATE TABLE submission_reviewers ("
                       " submission_id INTEGER NOT NULL REFERENCES submissions(id),"
                       " position INTEGER NOT NULL,"
                       " user_id INTEGER NOT NULL REFERENCES users(id),"
                       " PRIMARY KEY (submission_id, user_id))"),
        QStringLiteral("CREATE TABLE signatures ("
                       " id INTEGER PRIMARY KEY,"
                       " revision_id INTEGER NOT NULL REFERENCES revisions(id),"
                       " submission_id INTEGER REFERENCES submissions(id),"
                       " signer_id INTEGER NOT NULL REFERENCES users(id),"
                       " key_id INTEGER NOT NULL REFERENCES user_keys(id),"
                       " meaning TEXT NOT NULL,"
                       " content_hash TEXT NOT NULL,"
                       " signed_at TEXT NOT NULL,"
                       " comment TEXT NOT NULL DEFAULT '',"
                       " signature BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX signatures_by_revision ON signatures(revision_id, id)"),
        // Nobody signs twice in one role on one submission.
        QStringLiteral("CREATE UNIQUE INDEX signatures_once ON signatures(submission_id, signer_id, meaning) WHERE submission_id IS NOT NULL"),
        QStringLiteral("CREATE TABLE events ("
                       " seq INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " user_name TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " object TEXT NOT NULL,"
                       " details TEXT NOT NULL,"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX events_by_object ON events(object, seq)"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN withdrawn_at TEXT"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN withdrawn_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX revisions_by_status ON revisions(status, next_review_date)"),
        // The store's own guard: content of a submitted revision never changes, revisions are
        // born drafts, move only along the lifecycle, and are never deleted.
        QStringLiteral("CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions"
                       " WHEN OLD.status <> 'draft' AND (NEW.content IS NOT OLD.content OR NEW.content_hash IS NOT OLD.content_hash"
                       " OR NEW.change_summary IS NOT OLD.change_summary OR NEW.label IS NOT OLD.label"
                       " OR NEW.author_id IS NOT OLD.author_id OR NEW.document_id IS NOT OLD.document_id"
                       " OR NEW.created_at IS NOT OLD.created_at OR NEW.updated_at IS NOT OLD.updated_at)"
                       " BEGIN SELECT RAISE(ABORT, 'a submitted revision is immutable'); END"),
        QStringLiteral("CREATE TRIGGER revisions_lifecycle BEFORE UPDATE OF status ON revisions"
                       " WHEN NEW.status IS NOT OLD.status AND (OLD.status, NEW.status) NOT IN (VALUES"
                       " ('draft','in_review'),('in_review','in_approval'),('in_review','draft'),('in_approval','approved'),"
                       " ('in_approval','draft'),('approved','effective'),('effective','superseded'),('effective','obsolete'),"
                       " ('draft','obsolete'),('in_review','obsolete'),('in_approval','obsolete'),('approved','obsolete'))"
                       " BEGIN SELECT RAISE(ABORT, 'this status change is not part of the lifecycle'); END"),
        QStringLiteral("CREATE TRIGGER revisions_born_drafts BEFORE INSERT ON revisions WHEN NEW.status <> 'draft'"
                       " BEGIN SELECT RAISE(ABORT, 'a new revision must be a draft'); END"),
        QStringLiteral("CREATE TRIGGER revisions_kept BEFORE DELETE ON revisions"
                       " BEGIN SELECT RAISE(ABORT, 'revisions are never deleted'); END"),
        QStringLiteral("CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures"
                       " BEGIN SELECT RAISE(ABORT, 'signatures cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures"
                       " BEGIN SELECT RAISE(ABORT, 'signatures cannot be deleted'); END"),
        QStringLiteral("CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        QStringLiteral("CREATE TRIGGER events_no_delete BEFORE DELETE ON events"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        QStringLiteral("CREATE TRIGGER user_keys_public_fixed BEFORE UPDATE OF public_key, user_id ON user_keys"
                       " BEGIN SELECT RAISE(ABORT, 'a public key never changes'); END"),
    }, QCoreApplication::translate("dc::Migrations", "create the version 4 schema"));
    if (!created)
        return created;
    return recordBaseline(db);
}

// Version 5: the controlled-copy register, the record of every export and print, and
// attachments (images, scans) of revisions, which like the content never change after submission.
Status toVersion5(Database &db)
{
    return Sql::execAll(db, {
        QStringLiteral("CREATE TABLE controlled_copies ("
                       " id INTEGER PRIMARY KEY,"
                       " revision_id INTEGER NOT NULL REFERENCES revisions(id),"
                       " copy_number INTEGER NOT NULL CHECK (copy_number BETWEEN 1 AND 999),"
                       " holder TEXT NOT NULL CHECK (holder <> ''),"
                       " issued_by INTEGER NOT NULL REFERENCES users(id),"
                       " issued_at TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'recalled', 'destroyed')),"
                       " recalled_at TEXT,"
                       " destroyed_at TEXT,"
                       " UNIQUE (revision_id, copy_number))"),
        QStringLiteral("CREATE TABLE exports ("
                       " id INTEGER PRIMARY KEY,"
                       " revision_id INTEGER NOT NULL REFERENCES revisions(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('controlled', 'uncontrolled', 'draft', 'obsolete')),"
                       " medium TEXT NOT NULL CHECK (medium IN ('pdf', 'print')),"
                       " copy_id INTEGER REFERENCES controlled_copies(id),"
                       " user_id INTEGER NOT NULL REFERENCES users(id),"
                       " at TEXT NOT NULL,"
                       " file_sha256 TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX exports_by_file ON exports(file_sha256)"),
        QStringLiteral("CREATE TABLE attachments ("
                       " id INTEGER PRIMARY KEY,"
                       " revision_id INTEGER NOT NULL REFERENCES revisions(id),"
                       " name TEXT NOT NULL CHECK (name <> ''),"
                       " mime_type TEXT NOT NULL,"
                       " data BLOB NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " UNIQUE (revision_id, name))"),
        QStringLiteral("CREATE TRIGGER attachments_frozen_insert BEFORE INSERT ON attachments"
                       " WHEN (SELECT status FROM revisions WHERE id = NEW.revision_id) <> 'draft'"
                       " BEGIN SELECT RAISE(ABORT, 'a submitted revision is immutable'); END"),
        QStringLiteral("CREATE TRIGGER attachments_frozen_update BEFORE UPDATE ON attachments"
                       " WHEN (SELECT status FROM revisions WHERE id = OLD.revision_id) <> 'draft'"
                       " BEGIN SELECT RAISE(ABORT, 'a submitted revision is immutable'); END"),
        QStringLiteral("CREATE TRIGGER attachments_frozen_delete BEFORE DELETE ON attachments"
                       " WHEN (SELECT status FROM revisions WHERE id = OLD.revision_id) <> 'draft'"
                       " BEGIN SELECT RAISE(ABORT, 'a submitted revision is immutable'); END"),
    }, QCoreApplication::translate("dc::Migrations", "create the version 5 schema"));
}

// Version 6: the search index holds the text a reader sees, not the Markdown's markup, which
// split words such as 任命**陈静**同志 into pieces no query found. The entries written with the
// markup are dropped here; migrate() writes them again once the last step has run.
Status toVersion6(Database &db)
{
    return Sql::execAll(db, {QStringLiteral("DELETE FROM search_index")},
                        QCoreApplication::translate("dc::Migrations", "empty the search index"));
}

// Version 7: the register pages without reading revisions. Each document keeps its current
// (latest) revision's id, status and time and its effective revision's id and time, written by
// triggers on revisions so that every path that writes a revision keeps them right, in the
// writing transaction. Each sort column has an index that also holds every equality filter,
// so a page is one walk along one index; the v2 indexes it replaces are dropped.
Status toVersion7(Database &db)
{
    QStringList statements{
        QStringLiteral("ALTER TABLE documents ADD COLUMN current_revision_id INTEGER"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN current_status TEXT"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN current_updated_at TEXT"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN effective_revision_id INTEGER"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN effective_updated_at TEXT"),
        QStringLiteral("UPDATE documents SET (current_revision_id, current_status, current_updated_at) ="
                       " (SELECT id, status, updated_at FROM revisions WHERE document_id = documents.id ORDER BY id DESC LIMIT 1)"),
        QStringLiteral("UPDATE documents SET (effective_revision_id, effective_updated_at) ="
                       " (SELECT id, updated_at FROM revisions WHERE document_id = documents.id AND status = 'effective' ORDER BY id DESC LIMIT 1)"),
        QStringLiteral("CREATE TRIGGER documents_track_new_revision AFTER INSERT ON revisions BEGIN"
                       " UPDATE documents SET current_revision_id = NEW.id, current_status = NEW.status, current_updated_at = NEW.updated_at"
                       "  WHERE id = NEW.document_id AND (current_revision_id IS NULL OR current_revision_id <= NEW.id);"
                       " END"),
        QStringLiteral("CREATE TRIGGER documents_track_revision AFTER UPDATE OF status, updated_at ON revisions BEGIN"
                       " UPDATE documents SET current_status = NEW.status, current_updated_at = NEW.updated_at"
                       "  WHERE id = NEW.document_id AND current_revision_id = NEW.id;"
                       " UPDATE documents SET (effective_revision_id, effective_updated_at) ="
                       "  (SELECT id, updated_at FROM revisions WHERE document_id = NEW.document_id AND status = 'effective' ORDER BY id DESC LIMIT 1)"
                       "  WHERE id = NEW.document_id AND (OLD.status = 'effective' OR NEW.status = 'effective');"
                       " END"),
        QStringLiteral("DROP INDEX documents_by_type"),
        QStringLiteral("DROP INDEX documents_by_owner"),
        QStringLiteral("DROP INDEX documents_by_department"),
        QStringLiteral("DROP INDEX documents_by_classification"),
        QStringLiteral("DROP INDEX documents_by_title"),
    };
    statements << registerIndexStatements();
    return Sql::execAll(db, statements, QCoreApplication::translate("dc::Migrations", "create the version 7 schema"));
}

// Version 8: links between documents and the register of documents of external origin
// (ISO/IEC 27001:2022 7.5.3). A link says one document cites another, added by hand ('manual')
// or found by number in the text of its latest revision ('text'); an external document keeps its
// issuer, their reference and edition, where the original is kept and when it was last checked
// for a newer edition and is next to be.
Status toVersionWithLinks(Database &db)
{
    return Sql::execAll(db, linkStatements(QStringLiteral("INTEGER")),
                        QCoreApplication::translate("dc::Migrations", "create the tables of links and external documents"));
}

// Version 9: access by classification and distribution lists. Each user gets a clearance, the
// highest classification they may read; existing users get "internal" (administrators and
// controllers see every document whatever their clearance). A document's distribution list
// names users and departments that must receive it; releasing a revision asks each of them to
// acknowledge it.
Status toVersion9(Database &db)
{
    return Sql::execAll(db, {
        QStringLiteral("ALTER TABLE users ADD COLUMN clearance TEXT NOT NULL DEFAULT 'internal'"
                       " CHECK (clearance IN ('public', 'internal', 'confidential', 'secret'))"),
        QStringLiteral("CREATE TABLE document_distribution ("
                       " document_id INTEGER NOT NULL REFERENCES documents(id),"
                       " user_id INTEGER REFERENCES users(id),"
                       " department TEXT NOT NULL DEFAULT '',"
                       " CHECK ((user_id IS NULL) <> (department = '')))"),
        QStringLiteral("CREATE UNIQUE INDEX document_distribution_once ON document_distribution(document_id, coalesce(user_id, 0), department)"),
        QStringLiteral("CREATE INDEX document_distribution_by_user ON document_distribution(user_id)"),
        QStringLiteral("CREATE INDEX document_distribution_by_department ON document_distribution(department)"),
        QStringLiteral("CREATE INDEX submission_reviewers_by_user ON submission_reviewers(user_id)"),
        QStringLiteral("CREATE INDEX submissions_by_approver ON submissions(approver_id)"),
        // Read-and-acknowledge (已阅知悉): one request per released revision and recipient; the
        // acknowledgement signature answers it.
        QStringLiteral("CREATE TABLE acknowledgements ("
                       " id INTEGER PRIMARY KEY,"
                       " revision_id INTEGER NOT NULL REFERENCES revisions(id),"
                       " user_id INTEGER NOT NULL REFERENCES users(id),"
                       " requested_at TEXT NOT NULL,"
                       " signature_id INTEGER REFERENCES signatures(id),"
                       " UNIQUE (revision_id, user_id))"),
        QStringLiteral("CREATE INDEX acknowledgements_by_user ON acknowledgements(user_id, signature_id)"),
    }, QCoreApplication::translate("dc::Migrations", "create the version 9 schema"));
}

// Version 10: retention and disposition of records. Each document gets a legal hold (its
// reason; empty when none), a date it is kept until past its retention (with the reason) and
// the time its content was disposed of. Once disposed_at is set it never changes, and the
// content of the document's submitted revisions may then be emptied — the text to '' and each
// attachment's data to zero bytes, its name, type and SHA-256 kept — and nothing else of them.
Status toVersion10(Database &db)
{
    return Sql::execAll(db, {
        QStringLiteral("ALTER TABLE documents ADD COLUMN legal_hold TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN keep_until TEXT"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN keep_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN disposed_at TEXT"),
        QStringLiteral("DROP TRIGGER IF EXISTS revisions_immutable"),
        QStringLiteral("CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions"
                       " WHEN OLD.status <> 'draft' AND ((NEW.content IS NOT OLD.content"
                       "  AND NOT (NEW.content = '' AND (SELECT disposed_at FROM documents WHERE id = OLD.document_id) IS NOT NULL))"
                       " OR NEW.content_hash IS NOT OLD.content_hash"
                       " OR NEW.change_summary IS NOT OLD.change_summary OR NEW.label IS NOT OLD.label"
                       " OR NEW.author_id IS NOT OLD.author_id OR NEW.document_id IS NOT OLD.document_id"
                       " OR NEW.created_at IS NOT OLD.created_at OR NEW.updated_at IS NOT OLD.updated_at)"
                       " BEGIN SELECT RAISE(ABORT, 'a submitted revision is immutable'); END"),
        QStringLiteral("DROP TRIGGER IF EXISTS attachments_frozen_update"),
        QStringLiteral("CREATE TRIGGER attachments_frozen_update BEFORE UPDATE ON attachments"
                       " WHEN (SELECT status FROM revisions WHERE id = OLD.revision_id) <> 'draft'"
                       " AND NOT (length(NEW.data) = 0 AND NEW.name IS OLD.name AND NEW.mime_type IS OLD.mime_type AND NEW.sha256 IS OLD.sha256"
                       "  AND NEW.revision_id IS OLD.revision_id AND (SELECT d.disposed_at FROM revisions r JOIN documents d ON d.id = r.document_id"
                       "  WHERE r.id = OLD.revision_id) IS NOT NULL)"
                       " BEGIN SELECT RAISE(ABORT, 'a submitted revision is immutable'); END"),
        QStringLiteral("CREATE TRIGGER documents_disposal_final BEFORE UPDATE OF disposed_at ON documents"
                       " WHEN OLD.disposed_at IS NOT NULL AND NEW.disposed_at IS NOT OLD.disposed_at"
                       " BEGIN SELECT RAISE(ABORT, 'a disposal cannot be undone'); END"),
    }, QCoreApplication::translate("dc::Migrations", "create the version 10 schema"));
}

// Version 11: the search index without its own copy of the text. The FTS5 table becomes
// contentless and a document whose current revision is also its effective one has one entry
// instead of two; search_entries records what each entry was written from (SqliteSearch).
// migrate() writes the entries again once the last step has run.
Status toVersion11(Database &db)
{
    return Sql::execAll(db, {
        QStringLiteral("DROP TABLE search_index"),
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5("
                       " number, title, body, title_chars, body_chars,"
                       " content = '', tokenize = 'porter unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TABLE search_entries ("
                       " entry INTEGER PRIMARY KEY,"
                       " revision_id INTEGER,"
                       " number TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " title_en TEXT NOT NULL,"
                       " fingerprint TEXT NOT NULL)"),
    }, QCoreApplication::translate("dc::Migrations", "create the version 11 schema"));
}

// Version 12: the numbers each document's current text cites, so that registering a number finds
// the texts that named it before it existed without reading every text.
Status toVersion12(Database &db)
{
    if (const Status created = Sql::execAll(db, citationStatements(QStringLiteral("INTEGER")),
                                            QCoreApplication::translate("dc::Migrations", "create the version 12 schema"));
        !created)
        return created;
    return recordAllCitations(db);
}

// One step, and whether it leaves the search index to be rebuilt. The index is derived from the
// revisions, so a step that changes what is indexed asks for a rebuild, which runs once after
// the last step with today's indexer and today's index table rather than with either as it
// was at that step.
struct Step {
    std::function<Status(Database &)> run;
    bool rebuildsSearchIndex = false;
};

const std::vector<Step> &steps()
{
    static const std::vector<Step> all{{toVersion1}, {toVersion2}, {toVersion3, true}, {toVersion4}, {toVersion5},
                                       {toVersion6, true}, {toVersion7}, {toVersionWithLinks}, {toVersion9}, {toVersion10}, {toVersion11, true}, {toVersion12}};
    return all;
}

} // namespace

QStringList registerIndexStatements()
{
    // Sort column (and number, which breaks ties), then every column an equality filter tests.
    const QStringList filters{QStringLiteral("type"), QStringLiteral("department"), QStringLiteral("classification"), QStringLiteral("owner_id"),
                              QStringLiteral("current_status"), QStringLiteral("effective_revision_id")};
    QStringList statements;
    for (const char *sort : {"number", "title", "type", "department", "classification", "owner_id", "current_status", "current_updated_at",
                             "effective_updated_at"}) {
        const QString column = QLatin1String(sort);
        QStringList key{column};
        if (column != QLatin1String("number"))
            key << QStringLiteral("number");
        for (const QString &filter : filters) {
            if (filter != column)
                key << filter;
        }
        statements << QStringLiteral("CREATE INDEX register_by_%1 ON documents(%2)").arg(column, key.join(QStringLiteral(", ")));
    }
    return statements;
}

QStringList linkStatements(const QString &idType)
{
    return {
        QStringLiteral("CREATE TABLE document_links ("
                       " from_document %1 NOT NULL REFERENCES documents(id),"
                       " to_document %1 NOT NULL REFERENCES documents(id),"
                       " origin TEXT NOT NULL CHECK (origin IN ('manual', 'text')),"
                       " PRIMARY KEY (from_document, to_document, origin),"
                       " CHECK (from_document <> to_document))").arg(idType),
        QStringLiteral("CREATE INDEX document_links_by_target ON document_links(to_document, from_document)"),
        QStringLiteral("CREATE TABLE external_documents ("
                       " document_id %1 PRIMARY KEY REFERENCES documents(id),"
                       " issuer TEXT NOT NULL DEFAULT '',"
                       " reference TEXT NOT NULL DEFAULT '',"
                       " edition TEXT NOT NULL DEFAULT '',"
                       " location TEXT NOT NULL DEFAULT '',"
                       " last_checked TEXT,"
                       " next_check TEXT)").arg(idType),
        QStringLiteral("CREATE INDEX external_documents_by_next_check ON external_documents(next_check)"),
    };
}

QStringList citationStatements(const QString &idType)
{
    // Looked up by number; the document's rows are replaced whole. No foreign key on the number:
    // a text may cite a document that is not registered yet.
    return {QStringLiteral("CREATE TABLE cited_numbers ("
                           " number TEXT NOT NULL,"
                           " document_id %1 NOT NULL REFERENCES documents(id),"
                           " PRIMARY KEY (number, document_id))").arg(idType),
            QStringLiteral("CREATE INDEX cited_numbers_by_document ON cited_numbers(document_id)")};
}

Status recordAllCitations(Database &db)
{
    // In batches of documents, so neither backend holds every text at once.
    const QString reading = QCoreApplication::translate("dc::Migrations", "read the texts of the documents");
    LinkStore links(db);
    qint64 after = 0;
    for (;;) {
        auto batch = Sql::exec(db, QStringLiteral("SELECT d.id, d.number, r.content FROM documents d JOIN revisions r ON r.id = d.current_revision_id"
                                                  " WHERE d.id > ? ORDER BY d.id LIMIT 512"),
                               {after}, reading);
        if (!batch)
            return batch.error();
        QList<std::pair<qint64, QStringList>> cited;
        while (batch.value().next()) {
            after = batch.value().value(0).toLongLong();
            cited.append({after, Citations::numbersIn(batch.value().value(2).toString(), batch.value().value(1).toString())});
        }
        if (cited.isEmpty())
            return {};
        for (const auto &[documentId, numbers] : cited) {
            if (const Status recorded = links.replaceCitations(documentId, numbers); !recorded)
                return recorded;
        }
    }
}

int latestVersion() { return static_cast<int>(steps().size()); }

Status migrate(Database &db, int fromVersion)
{
    bool rebuildSearchIndex = false;
    for (int version = fromVersion + 1; version <= latestVersion(); ++version) {
        const Step &step = steps()[static_cast<size_t>(version - 1)];
        if (const Status stepped = step.run(db); !stepped)
            return stepped;
        rebuildSearchIndex = rebuildSearchIndex || step.rebuildsSearchIndex;
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return db.queryError(query, QCoreApplication::translate("dc::Migrations", "record the schema version"));
    }
    return rebuildSearchIndex ? SearchIndex::rebuild(db) : Status{};
}

} // namespace dc::Migrations
