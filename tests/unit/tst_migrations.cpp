// Migrating an old store forward: a version-1 fixture opened by today's Database::open.

#include "core/store/searchindex.h"
#include "core/services/verifier.h"
#include "core/services/documentservice.h"
#include "core/services/userservice.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/registerquery.h"
#include "core/store/storesettings.h"
#include "teststore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>
#include <QUuid>

#include <algorithm>

#include <unistd.h>

using namespace dc;
using dctest::fileBytes;
using dctest::scalar;

namespace {

// The statements of a fixture: "--" comment lines dropped, a statement ends at a line that
// ends in ';' (string literals in the fixtures may span lines but never end one with ';').
QStringList statementsOf(const QString &fixture, QString *error)
{
    QFile file(QStringLiteral(DOCCONTROL_FIXTURES "/") + fixture);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QStringList statements;
    QString current;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (current.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        *error = QStringLiteral("unterminated statement: ") + current;
    return statements;
}

// Builds `path` from a fixture with a plain SQLite connection, then closes it.
bool buildFromFixture(const QString &fixture, const QString &path, QString *error)
{
    const QStringList statements = statementsOf(fixture, error);
    if (statements.isEmpty() || !error->isEmpty())
        return false;
    const QString name = QStringLiteral("fixture-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!ok)
                break;
            if (!query.exec(statement)) {
                *error = statement.left(80) + QStringLiteral("…: ") + query.lastError().text();
                ok = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// What a plain connection reads from `path`: one value.
QVariant rawScalar(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// Runs `sql` on the file with a plain connection, as an older version would have written it.
bool rawExec(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            done = QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

// The procedure the tests register after an upgrade: the fixture's owner, a new number.
NewDocument incidentProcedure()
{
    NewDocument input;
    input.title = QStringLiteral("信息安全事件管理程序");
    input.type = DocumentType::Procedure;
    input.owner = QStringLiteral("wangfang");
    input.content = QStringLiteral("发现信息安全事件后应在一小时内报告。");
    return input;
}

QStringList numbersOf(const SearchResults &results)
{
    QStringList numbers;
    for (const SearchHit &hit : results.hits)
        numbers << hit.number;
    numbers.sort();
    return numbers;
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_dir.reset(); }

    void fixture_isTheVersion1Schema();
    void migratesVersion1Forward();
    void migratedStore_searchIndexed();
    void migratedStore_usable();
    void migratedStore_register();
    void migratedStore_citedNumbers();
    void reopen_isStable();
    void incompleteStore_refusedUnchanged();
    void readOnlyOldStore_refused();
    void oldStoreOpenedReadOnly_refused();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("v1.dcstore"));
    QString error;
    QVERIFY2(buildFromFixture(QStringLiteral("store-v1.sql"), m_path, &error), qPrintable(error));
    QCOMPARE(rawScalar(m_path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(rawScalar(m_path, QStringLiteral("PRAGMA application_id")).toInt(), 0x4443544C);
}

void TestMigrations::fixture_isTheVersion1Schema()
{
    // The fixture's tables are exactly those today's first migration step creates (later
    // steps add tables but never change these).
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.dcstore"));
    QVERIFY(Database::create(fresh).ok());
    for (const char *table : {"settings", "users", "documents", "revisions"}) {
        const QString sql = QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(QLatin1String(table));
        const QString expected = rawScalar(fresh, sql).toString();
        QVERIFY(!expected.isEmpty());
        // Later steps may append columns (ALTER TABLE … ADD COLUMN extends the stored SQL).
        const QString fixture = rawScalar(m_path, sql).toString();
        QVERIFY2(expected == fixture || expected.startsWith(fixture.chopped(1) + QLatin1Char(',')), qPrintable(fixture));
    }
    QCOMPARE(rawScalar(m_path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")).toInt(), 4);
}

void TestMigrations::migratesVersion1Forward()
{
    auto opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Database &db = *opened.value();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));

    // Every row is still there.
    QCOMPARE(dctest::rowCount(db, QStringLiteral("users")), 2);
    QCOMPARE(dctest::rowCount(db, QStringLiteral("documents")), 3);
    QCOMPARE(dctest::rowCount(db, QStringLiteral("revisions")), 4);
    QCOMPARE(dctest::rowCount(db, QStringLiteral("settings")), 4);
    QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM documents WHERE number = 'ISMS-P-001'")).toString(), QStringLiteral("信息安全风险评估程序"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT password_hash FROM users WHERE name = 'wangfang'")).toString(),
             QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$B9VaZYbIAjcxBfDn+DU69Q$Ei2qVjyWRzv6mBb49yHIuqRlIALp3tbewlUxGQm7TnY"));

    // The later steps' tables and indexes exist.
    for (const char *name : {"document_clauses", "document_clauses_by_clause", "revisions_by_document", "register_by_number", "register_by_title",
                             "register_by_type", "register_by_owner_id", "register_by_department", "register_by_classification",
                             "register_by_current_status", "register_by_current_updated_at", "register_by_effective_updated_at",
                             "documents_track_new_revision", "documents_track_revision", "search_index", "search_entries"}) {
        QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"), {QString::fromLatin1(name)}).toInt() == 1, name);
    }
    // Step 7 replaced step 2's register indexes.
    for (const char *name : {"documents_by_type", "documents_by_owner", "documents_by_department", "documents_by_classification", "documents_by_title"})
        QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"), {QString::fromLatin1(name)}).toInt() == 0, name);
    QCOMPARE(dctest::rowCount(db, QStringLiteral("document_clauses")), 0);
    // One entry per document's current revision for staff; its effective revision is found by
    // readers in the same entry, or in one of its own while a newer revision is in the works.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM search_index WHERE rowid & 1")).toInt(), 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM search_index WHERE rowid & 2")).toInt(),
             scalar(db, QStringLiteral("SELECT count(DISTINCT document_id) FROM revisions WHERE status = 'effective'")).toInt());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM search_entries")).toInt(), scalar(db, QStringLiteral("SELECT count(*) FROM search_index")).toInt());
    // The audit trail starts with what the old store held, and verify accepts it.
    QCOMPARE(scalar(db, QStringLiteral("SELECT action FROM events WHERE seq = 1")).toString(), QStringLiteral("audit.baseline"));
    auto report = Verifier(db).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
    opened = Error{ErrorCode::Io, QString()}; // close

    // A plain connection sees the new version in the file.
    QCOMPARE(rawScalar(m_path, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion());
}

void TestMigrations::migratedStore_searchIndexed()
{
    auto opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Database &db = *opened.value();

    auto risk = SearchIndex::search(db, QStringLiteral("风险评估程序"));
    QVERIFY2(risk.ok(), qPrintable(risk.message()));
    QCOMPARE(numbersOf(risk.value()), (QStringList{QStringLiteral("ISMS-P-001"), QStringLiteral("ISMS-P-002")}));
    QCOMPARE(risk->total, 2);
    QCOMPARE(risk->hits.first().number, QStringLiteral("ISMS-P-001")); // in its title too

    auto audit = SearchIndex::search(db, QStringLiteral("审核"));
    QVERIFY(audit.ok());
    QCOMPARE(numbersOf(audit.value()), (QStringList{QStringLiteral("ISMS-0001-2022"), QStringLiteral("ISMS-P-002")}));
    for (const SearchHit &hit : audit->hits)
        QVERIFY2(hit.snippet.marked(QStringLiteral("["), QStringLiteral("]")).contains(QStringLiteral("[审核]")), qPrintable(hit.snippet.text));

    // The current revision is indexed, with its label and status; older ones are not.
    const auto manualHit = std::find_if(audit->hits.cbegin(), audit->hits.cend(),
                                        [](const SearchHit &hit) { return hit.number == QLatin1String("ISMS-0001-2022"); });
    QVERIFY(manualHit != audit->hits.cend());
    const SearchHit &manual = *manualHit;
    QCOMPARE(manual.label, QStringLiteral("A/1"));
    QCOMPARE(manual.status, RevisionStatus::Effective);
    QCOMPARE(manual.type, DocumentType::Manual);
    auto withdrawn = SearchIndex::search(db, QStringLiteral("withdrawnappendix"));
    QVERIFY(withdrawn.ok());
    QCOMPARE(withdrawn->total, 0);

    // English titles and the numbers were indexed as well.
    auto english = SearchIndex::search(db, QStringLiteral("assessment"));
    QVERIFY(english.ok());
    QCOMPARE(numbersOf(english.value()), QStringList{QStringLiteral("ISMS-P-001")});
    auto number = SearchIndex::search(db, QStringLiteral("ISMS-P-002"));
    QVERIFY(number.ok());
    QCOMPARE(number->hits.value(0).number, QStringLiteral("ISMS-P-002"));

    // Effective only: the draft 内部审核程序 drops out.
    auto effective = SearchIndex::search(db, QStringLiteral("审核"), 20, 0, true);
    QVERIFY(effective.ok());
    QCOMPARE(numbersOf(effective.value()), QStringList{QStringLiteral("ISMS-0001-2022")});
}

// Step 7 fills each document's current and effective revision from what the store held, and
// the register reads them: the same rows, labels and statuses as the revisions say.
void TestMigrations::migratedStore_register()
{
    dc::FixedClock clock(dctest::fixedNow());
    auto opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Database &db = *opened.value();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM documents d WHERE"
                                       " coalesce(current_revision_id, -1) <> (SELECT max(id) FROM revisions WHERE document_id = d.id)"
                                       " OR current_status <> (SELECT status FROM revisions WHERE id = d.current_revision_id)"
                                       " OR current_updated_at <> (SELECT updated_at FROM revisions WHERE id = d.current_revision_id)"
                                       " OR coalesce(effective_revision_id, -1) <> coalesce((SELECT max(id) FROM revisions WHERE document_id = d.id AND status = 'effective'), -1)"
                                       " OR coalesce(effective_updated_at, '') <> coalesce((SELECT updated_at FROM revisions WHERE id = d.effective_revision_id), '')"))
                 .toInt(),
             0);
    RegisterQuery query;
    auto staff = queryRegister(db, query);
    QVERIFY2(staff.ok(), qPrintable(staff.message()));
    QCOMPARE(staff->total, 3);
    QStringList rows;
    for (const Document &d : staff->rows)
        rows << d.number + QLatin1Char(' ') + d.currentLabel + QLatin1Char(' ') + toKey(d.currentStatus);
    QStringList want;
    auto revisions = Sql::exec(db, QStringLiteral("SELECT d.number, r.label, r.status FROM documents d JOIN revisions r ON r.id ="
                                                  " (SELECT max(id) FROM revisions WHERE document_id = d.id) ORDER BY d.number"), {}, QStringLiteral("read"));
    QVERIFY(revisions.ok());
    while (revisions.value().next())
        want << revisions.value().value(0).toString() + QLatin1Char(' ') + revisions.value().value(1).toString() + QLatin1Char(' ') + revisions.value().value(2).toString();
    QCOMPARE(rows, want);
    query.filter.effectiveOnly = true;
    auto readers = queryRegister(db, query);
    QVERIFY2(readers.ok(), qPrintable(readers.message()));
    QCOMPARE(readers->total, scalar(db, QStringLiteral("SELECT count(DISTINCT document_id) FROM revisions WHERE status = 'effective'")).toInt());
    for (const Document &d : readers->rows)
        QCOMPARE(d.currentStatus, RevisionStatus::Effective);

    // A document registered after the migration shows up with its first draft.
    auto wangfang = UserService(db, clock).authenticate(QStringLiteral("wangfang"), QStringLiteral("Fixture-Pass-2"));
    QVERIFY2(wangfang.ok(), qPrintable(wangfang.message()));
    NewDocument input;
    input.title = QStringLiteral("容量管理程序");
    input.type = DocumentType::Procedure;
    input.owner = QStringLiteral("wangfang");
    input.content = QStringLiteral("容量。");
    auto created = DocumentService(db, clock).create(wangfang.value(), input);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    query.filter = RegisterFilter{};
    query.filter.status = RevisionStatus::Draft;
    query.filter.type = DocumentType::Procedure;
    auto drafts = queryRegister(db, query);
    QVERIFY2(drafts.ok(), qPrintable(drafts.message()));
    QCOMPARE(drafts->rows.last().number, created->number);
    QCOMPARE(drafts->rows.last().currentLabel, QStringLiteral("A/0"));
}

void TestMigrations::migratedStore_usable()
{
    dc::FixedClock clock(dctest::fixedNow());
    auto opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Database &db = *opened.value();

    // The users can still sign in with their passwords.
    UserService users(db, clock);
    auto admin = users.authenticate(QStringLiteral("admin"), QStringLiteral("Fixture-Pass-1"));
    QVERIFY2(admin.ok(), qPrintable(admin.message()));
    QVERIFY(admin->has(Role::Admin));
    auto wangfang = users.authenticate(QStringLiteral("wangfang"), QStringLiteral("Fixture-Pass-2"));
    QVERIFY2(wangfang.ok(), qPrintable(wangfang.message()));
    QCOMPARE(wangfang->roles, Role::Controller | Role::Author);
    QCOMPARE(wangfang->displayName, QStringLiteral("王芳"));
    DC_EXPECT_ERROR(users.authenticate(QStringLiteral("wangfang"), QStringLiteral("Fixture-Pass-1")), ErrorCode::AuthenticationFailed);

    // Settings and documents read as before.
    StoreSettings settings(db);
    QCOMPARE(settings.organisation(), QStringLiteral("云启信息技术有限公司"));
    QCOMPARE(settings.labelScheme(), LabelScheme::EditionRevision);
    auto manual = DocumentStore(db).find(QStringLiteral("ISMS-0001-2022"));
    QVERIFY2(manual.ok(), qPrintable(manual.message()));
    QCOMPARE(manual->title, QStringLiteral("信息安全与服务管理手册"));
    QCOMPARE(manual->owner, QStringLiteral("wangfang"));
    QCOMPARE(manual->currentLabel, QStringLiteral("A/1"));
    QCOMPARE(manual->currentStatus, RevisionStatus::Effective);
    QVERIFY(manual->clauses.isEmpty());

    // Numbering continues after the migrated documents, and new documents are searchable.
    DocumentService documents(db, clock);
    QCOMPARE(documents.nextNumber(DocumentType::Procedure).value(), QStringLiteral("ISMS-P-003"));
    NewDocument input = incidentProcedure();
    input.clauses = {ClauseRef{QStringLiteral("27001:2013"), QStringLiteral("A.16.1.2")}};
    auto created = documents.create(wangfang.value(), input);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    QCOMPARE(created->number, QStringLiteral("ISMS-P-003"));
    QCOMPARE(created->clauses.size(), 1);
    auto found = SearchIndex::search(db, QStringLiteral("信息安全事件"));
    QVERIFY(found.ok());
    QCOMPARE(numbersOf(found.value()), QStringList{QStringLiteral("ISMS-P-003")});
}

// Step 12 records the numbers each current text cites, so a text written before the store
// had that table still links to a document registered after the upgrade.
void TestMigrations::migratedStore_citedNumbers()
{
    QVERIFY(rawExec(m_path, QStringLiteral("UPDATE revisions SET content = content || '\n依据 ISMS-P-003 和 ISMS-P-002，见 ISMS-P-001。' WHERE id = 3")));
    dc::FixedClock clock(dctest::fixedNow());
    auto opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Database &db = *opened.value();
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(number || '@' || document_id, ' ') FROM (SELECT * FROM cited_numbers ORDER BY number)")).toString(),
             QStringLiteral("ISMS-P-002@2 ISMS-P-003@2")); // its own number left out

    auto wangfang = UserService(db, clock).authenticate(QStringLiteral("wangfang"), QStringLiteral("Fixture-Pass-2"));
    QVERIFY2(wangfang.ok(), qPrintable(wangfang.message()));
    auto created = DocumentService(db, clock).create(wangfang.value(), incidentProcedure());
    QVERIFY2(created.ok(), qPrintable(created.message()));
    QCOMPARE(created->number, QStringLiteral("ISMS-P-003"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(f.number || '>' || t.number) FROM document_links l JOIN documents f ON f.id = l.from_document"
                                       " JOIN documents t ON t.id = l.to_document WHERE l.origin = 'text'")).toString(),
             QStringLiteral("ISMS-P-001>ISMS-P-002,ISMS-P-001>ISMS-P-003"));
}

void TestMigrations::reopen_isStable()
{
    {
        auto first = Database::open(m_path);
        QVERIFY2(first.ok(), qPrintable(first.message()));
    }
    auto second = Database::open(m_path);
    QVERIFY2(second.ok(), qPrintable(second.message()));
    Database &db = *second.value();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::currentSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM search_index WHERE rowid & 1")).toInt(), 3);
    auto audit = SearchIndex::search(db, QStringLiteral("审核"));
    QVERIFY(audit.ok());
    QCOMPARE(audit->total, 2);
}

void TestMigrations::incompleteStore_refusedUnchanged()
{
    const QString path = m_dir->filePath(QStringLiteral("incomplete.dcstore"));
    QString error;
    QVERIFY2(buildFromFixture(QStringLiteral("store-v1-incomplete.sql"), path, &error), qPrintable(error));
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());

    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::Database);
    QVERIFY2(opened.message().contains(QStringLiteral("version 2")), qPrintable(opened.message()));
    QVERIFY2(opened.message().contains(QStringLiteral("revisions")), qPrintable(opened.message()));
    opened = Error{ErrorCode::Io, QString()};

    // The failed step was rolled back: still version 1, none of the new tables, same bytes.
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'document_clauses'")).toInt(), 0);
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);
    QCOMPARE(fileBytes(path), before);
}

void TestMigrations::readOnlyOldStore_refused()
{
    if (geteuid() == 0)
        QSKIP("root ignores file permissions, so a read-only store cannot be made");
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner));
    const auto restore = qScopeGuard([this] { QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); });
    const QByteArray before = fileBytes(m_path);
    auto opened = Database::open(m_path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::ReadOnlyStore);
    QVERIFY2(opened.message().contains(QString::number(Database::currentSchemaVersion())), qPrintable(opened.message()));
    QCOMPARE(fileBytes(m_path), before);
    QCOMPARE(rawScalar(m_path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

// An old store opened read-only on request cannot be migrated: refused, untouched.
void TestMigrations::oldStoreOpenedReadOnly_refused()
{
    const QByteArray before = fileBytes(m_path);
    auto opened = Database::open(m_path, Database::Access::ReadOnly);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::ReadOnlyStore);
    QVERIFY2(opened.message().contains(QStringLiteral("upgraded")), qPrintable(opened.message()));
    QCOMPARE(fileBytes(m_path), before);
    QCOMPARE(rawScalar(m_path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
