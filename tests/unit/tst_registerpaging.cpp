// The register's paging against a brute-force answer: a few hundred generated documents in
// every lifecycle situation (a lone draft, one in review, effective, effective with a newer
// draft, superseded by a newer effective revision, obsolete), each filter and combination,
// each sort column in both directions, first, middle and last page. The expected order is
// computed here from the revisions themselves, not from the columns the store keeps for the
// register, so it also checks that those columns follow every revision written.

#include "core/services/documentservice.h"
#include "core/services/verifier.h"
#include "core/store/registerquery.h"
#include "teststore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dc;

namespace {

constexpr int kDocuments = 240;
constexpr int kPageSize = 17;

// One document as the register should show it, read from documents and revisions directly.
struct Truth {
    qint64 id = 0;
    QString number, title, titleEn, type, owner, department, classification;
    QStringList clauses; // "standard clause"
    QString currentStatus, currentUpdated, currentLabel;
    bool hasEffective = false;
    QString effectiveUpdated, effectiveLabel;
};

const DocumentType kTypes[] = {DocumentType::Policy, DocumentType::Procedure, DocumentType::WorkInstruction, DocumentType::Form, DocumentType::Record};
const char *const kOwners[] = {"wangfang", "lisi", "admin"};
const char *const kDepartments[] = {"信息安全部", "IT 部", "质量部"};
const Classification kClassifications[] = {Classification::Public, Classification::Internal, Classification::Confidential};
const char *const kTitles[] = {"访问控制程序", "变更管理程序", "Backup Procedure", "内部审核程序", "访问控制程序"}; // repeated titles tie

QString sortKey(const Truth &t, RegisterColumn column, bool effectiveOnly)
{
    switch (column) {
    case RegisterColumn::Number: return t.number;
    case RegisterColumn::Title: return t.title;
    case RegisterColumn::Type: return t.type;
    case RegisterColumn::Status: return effectiveOnly ? QStringLiteral("effective") : t.currentStatus;
    case RegisterColumn::Owner: return t.owner;
    case RegisterColumn::Department: return t.department;
    case RegisterColumn::Classification: return t.classification;
    case RegisterColumn::Updated: return effectiveOnly ? t.effectiveUpdated : t.currentUpdated;
    }
    return t.number;
}

// Moves revision `id` along the lifecycle to `status` (the store's triggers allow only real steps).
Status moveRevision(Database &db, qint64 id, const QStringList &path)
{
    for (const QString &step : path) {
        auto moved = Sql::exec(db, QStringLiteral("UPDATE revisions SET status = ? WHERE id = ?"), {step, id}, QStringLiteral("move a revision"));
        if (!moved)
            return moved.error();
    }
    return {};
}

const QStringList kToEffective{QStringLiteral("in_review"), QStringLiteral("in_approval"), QStringLiteral("approved"), QStringLiteral("effective")};

} // namespace

Q_DECLARE_METATYPE(dc::RegisterFilter)

class TestRegisterPaging : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }
    void pagesMatchBruteForce_data();
    void pagesMatchBruteForce();
    void keptColumnsFollowRevisions();
    void version6StoreUpgrades();
    void verifyNamesATamperedRegister();

private:
    Status generate(DocumentService &service);
    QList<Truth> readTruth();

    dc::FixedClock m_clock{dctest::fixedNow()};
    dctest::StoreTemplate m_template;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRegisterPaging::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
    auto opened = m_template.copyTo(m_dir.filePath(QStringLiteral("paging.dcstore")));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    m_db = std::move(opened).value();
    DocumentService service(*m_db, m_clock);
    const Status filled = m_db->write([&]() { return generate(service); });
    QVERIFY2(filled.ok(), qPrintable(filled.message()));
}

Status TestRegisterPaging::generate(DocumentService &service)
{
    for (int i = 0; i < kDocuments; ++i) {
        if (i % 4 == 0)
            m_clock.advanceSecs(60); // documents made in the same minute tie on their time
        NewDocument d;
        d.title = QString::fromUtf8(kTitles[i % 5]) + (i % 3 == 0 ? QString() : QStringLiteral(" %1").arg(i % 11));
        d.titleEn = QStringLiteral("Document %1").arg(i);
        d.type = kTypes[i % 5];
        d.owner = QString::fromLatin1(kOwners[(i / 2) % 3]);
        d.department = QString::fromUtf8(kDepartments[(i / 3) % 3]);
        d.classification = kClassifications[(i / 5) % 3];
        if (i % 4 == 1)
            d.clauses = {ClauseRef{QStringLiteral("27001:2013"), QStringLiteral("7.5.%1").arg(i % 3 + 1)}};
        else if (i % 4 == 2)
            d.clauses = {ClauseRef{QStringLiteral("27001:2022"), QStringLiteral("A.5.%1").arg(i % 9 + 1)}};
        d.content = QStringLiteral("正文 %1").arg(i);
        auto created = service.create(m_template.controller, d);
        if (!created)
            return created.error();
        const qint64 document = created->id;
        auto first = dctest::scalar(*m_db, QStringLiteral("SELECT max(id) FROM revisions WHERE document_id = ?"), {document}).toLongLong();
        // A later revision written directly, as an import or a store copy would: the register
        // must follow it all the same.
        auto addRevision = [&](const QString &label, const QString &updated) -> Result<qint64> {
            auto added = Sql::exec(*m_db,
                                   QStringLiteral("INSERT INTO revisions(document_id, label, status, content, content_hash, change_summary, author_id,"
                                                  " created_at, updated_at) SELECT document_id, ?, 'draft', content, content_hash, 'next', author_id,"
                                                  " created_at, ? FROM revisions WHERE id = ?"),
                                   {label, updated, first}, QStringLiteral("add a revision"));
            if (!added)
                return added.error();
            return dctest::scalar(*m_db, QStringLiteral("SELECT max(id) FROM revisions WHERE document_id = ?"), {document}).toLongLong();
        };
        const QString later = QStringLiteral("2026-12-%1T09:00:00.000Z").arg(1 + i % 5, 2, 10, QLatin1Char('0'));
        Status done;
        switch (i % 6) {
        case 0: // a lone draft, edited later
            done = Status::from(Sql::exec(*m_db, QStringLiteral("UPDATE revisions SET updated_at = ? WHERE id = ?"), {later, first}, QStringLiteral("edit")));
            break;
        case 1: done = moveRevision(*m_db, first, {QStringLiteral("in_review")}); break;
        case 2: done = moveRevision(*m_db, first, kToEffective); break;
        case 3: { // effective, with a newer draft
            done = moveRevision(*m_db, first, kToEffective);
            if (done) {
                auto next = addRevision(QStringLiteral("A/1"), later);
                done = Status::from(next);
            }
            break;
        }
        case 4: { // superseded by a newer effective revision, then a third one in review
            done = moveRevision(*m_db, first, kToEffective);
            auto next = done ? addRevision(QStringLiteral("A/1"), later) : Result<qint64>(Error{ErrorCode::Database, done.message()});
            done = Status::from(next);
            if (done)
                done = moveRevision(*m_db, first, {QStringLiteral("superseded")});
            if (done)
                done = moveRevision(*m_db, next.value(), kToEffective);
            if (done && i % 12 == 4) {
                auto third = addRevision(QStringLiteral("B/0"), later);
                done = third ? moveRevision(*m_db, third.value(), {QStringLiteral("in_review")}) : Status(third.error());
            }
            break;
        }
        default: // effective, then withdrawn
            done = moveRevision(*m_db, first, kToEffective + QStringList{QStringLiteral("obsolete")});
            break;
        }
        if (!done)
            return done;
    }
    return {};
}

QList<Truth> TestRegisterPaging::readTruth()
{
    QList<Truth> all;
    QHash<qint64, qsizetype> at;
    auto docs = Sql::exec(*m_db,
                          QStringLiteral("SELECT d.id, d.number, d.title, d.title_en, d.type, u.name, d.department, d.classification"
                                         " FROM documents d JOIN users u ON u.id = d.owner_id"),
                          {}, QStringLiteral("read"));
    if (!docs)
        return {};
    while (docs.value().next()) {
        const QSqlQuery &q = docs.value();
        Truth t;
        t.id = q.value(0).toLongLong();
        t.number = q.value(1).toString();
        t.title = q.value(2).toString();
        t.titleEn = q.value(3).toString();
        t.type = q.value(4).toString();
        t.owner = q.value(5).toString();
        t.department = q.value(6).toString();
        t.classification = q.value(7).toString();
        at.insert(t.id, all.size());
        all << t;
    }
    auto revisions = Sql::exec(*m_db, QStringLiteral("SELECT document_id, status, updated_at, label FROM revisions ORDER BY id"), {}, QStringLiteral("read"));
    while (revisions && revisions.value().next()) {
        const QSqlQuery &q = revisions.value();
        Truth &t = all[at.value(q.value(0).toLongLong())];
        t.currentStatus = q.value(1).toString(); // the last one read is the latest
        t.currentUpdated = q.value(2).toString();
        t.currentLabel = q.value(3).toString();
        if (t.currentStatus == QLatin1String("effective")) {
            t.hasEffective = true;
            t.effectiveUpdated = t.currentUpdated;
            t.effectiveLabel = t.currentLabel;
        }
    }
    auto clauses = Sql::exec(*m_db, QStringLiteral("SELECT document_id, standard, clause FROM document_clauses"), {}, QStringLiteral("read"));
    while (clauses && clauses.value().next())
        all[at.value(clauses.value().value(0).toLongLong())].clauses << clauses.value().value(1).toString() + QLatin1Char(' ') + clauses.value().value(2).toString();
    return all;
}

void TestRegisterPaging::pagesMatchBruteForce_data()
{
    QTest::addColumn<RegisterFilter>("filter");
    auto row = [](const char *name, const std::function<void(RegisterFilter &)> &set) {
        RegisterFilter f;
        set(f);
        QTest::newRow(name) << f;
    };
    row("everything", [](RegisterFilter &) {});
    row("type", [](RegisterFilter &f) { f.type = DocumentType::Form; });
    row("status draft", [](RegisterFilter &f) { f.status = RevisionStatus::Draft; });
    row("status effective", [](RegisterFilter &f) { f.status = RevisionStatus::Effective; });
    row("status obsolete", [](RegisterFilter &f) { f.status = RevisionStatus::Obsolete; });
    row("classification", [](RegisterFilter &f) { f.classification = Classification::Confidential; });
    row("owner", [](RegisterFilter &f) { f.owner = QStringLiteral("lisi"); });
    row("unknown owner", [](RegisterFilter &f) { f.owner = QStringLiteral("nobody"); });
    row("department", [](RegisterFilter &f) { f.department = QStringLiteral("信息安全部"); });
    row("text", [](RegisterFilter &f) { f.text = QStringLiteral("访问"); });
    row("text, English any case", [](RegisterFilter &f) { f.text = QStringLiteral("BACKUP"); });
    row("clause", [](RegisterFilter &f) { f.clause = QStringLiteral("7.5"); });
    row("clause of one standard", [](RegisterFilter &f) { f.clause = QStringLiteral("27001:2022 A.5"); });
    row("department + type", [](RegisterFilter &f) { f.department = QStringLiteral("IT 部"); f.type = DocumentType::Policy; });
    row("owner + status", [](RegisterFilter &f) { f.owner = QStringLiteral("admin"); f.status = RevisionStatus::Effective; });
    row("type + classification + text", [](RegisterFilter &f) { f.type = DocumentType::Record; f.classification = Classification::Public; f.text = QStringLiteral("程序"); });
    row("readers", [](RegisterFilter &f) { f.effectiveOnly = true; });
    row("readers, department", [](RegisterFilter &f) { f.effectiveOnly = true; f.department = QStringLiteral("质量部"); });
    row("readers, status effective", [](RegisterFilter &f) { f.effectiveOnly = true; f.status = RevisionStatus::Effective; });
    row("readers, status draft", [](RegisterFilter &f) { f.effectiveOnly = true; f.status = RevisionStatus::Draft; });
    row("readers, owner + clause", [](RegisterFilter &f) { f.effectiveOnly = true; f.owner = QStringLiteral("wangfang"); f.clause = QStringLiteral("A.5"); });
}

void TestRegisterPaging::pagesMatchBruteForce()
{
    QFETCH(RegisterFilter, filter);
    const QList<Truth> all = readTruth();
    QCOMPARE(all.size(), kDocuments);

    QList<Truth> matching;
    for (const Truth &t : all) {
        if (filter.effectiveOnly && !t.hasEffective)
            continue;
        const QString status = filter.effectiveOnly ? QStringLiteral("effective") : t.currentStatus;
        if ((filter.type && t.type != toKey(*filter.type)) || (filter.status && status != toKey(*filter.status))
            || (filter.classification && t.classification != toKey(*filter.classification)) || (!filter.owner.isEmpty() && t.owner != filter.owner)
            || (!filter.department.isEmpty() && t.department != filter.department))
            continue;
        if (!filter.text.isEmpty() && !t.number.contains(filter.text, Qt::CaseInsensitive) && !t.title.contains(filter.text, Qt::CaseInsensitive)
            && !t.titleEn.contains(filter.text, Qt::CaseInsensitive))
            continue;
        if (!filter.clause.isEmpty()) {
            const QStringList parts = filter.clause.split(QLatin1Char(' '));
            const QString clause = parts.last();
            const bool any = std::any_of(t.clauses.cbegin(), t.clauses.cend(), [&](const QString &ref) {
                const QString standard = ref.section(QLatin1Char(' '), 0, 0);
                const QString number = ref.section(QLatin1Char(' '), 1);
                return (parts.size() == 1 || standard == parts.first()) && (number == clause || number.startsWith(clause + QLatin1Char('.')));
            });
            if (!any)
                continue;
        }
        matching << t;
    }

    const QList<RegisterColumn> columns{RegisterColumn::Number, RegisterColumn::Title, RegisterColumn::Type, RegisterColumn::Status,
                                        RegisterColumn::Owner, RegisterColumn::Department, RegisterColumn::Classification, RegisterColumn::Updated};
    for (const RegisterColumn column : columns) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QList<Truth> sorted = matching;
            // Code point order, as SQLite compares UTF-8 and PostgreSQL's C.UTF-8 collation does.
            std::sort(sorted.begin(), sorted.end(), [&](const Truth &a, const Truth &b) {
                const int byKey = sortKey(a, column, filter.effectiveOnly).compare(sortKey(b, column, filter.effectiveOnly));
                const bool less = byKey != 0 ? byKey < 0 : a.number < b.number;
                return order == Qt::AscendingOrder ? less : (byKey != 0 ? byKey > 0 : a.number > b.number);
            });
            const int pages = std::max(1, int((sorted.size() + kPageSize - 1) / kPageSize));
            for (const int pageIndex : {0, pages / 2, pages - 1}) {
                RegisterQuery query;
                query.filter = filter;
                query.sortBy = column;
                query.order = order;
                query.offset = pageIndex * kPageSize;
                query.limit = kPageSize;
                auto page = queryRegister(*m_db, query);
                const QString where = QStringLiteral("column %1, %2, page %3").arg(registerColumnKeys().at(int(column)),
                                                                                  order == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending"))
                                          .arg(pageIndex);
                QVERIFY2(page.ok(), qPrintable(where + QStringLiteral(": ") + page.message()));
                QCOMPARE(page->total, int(sorted.size()));
                QStringList got, want;
                for (const Document &d : page->rows)
                    got << d.number + QLatin1Char(' ') + d.currentLabel + QLatin1Char(' ') + toKey(d.currentStatus);
                for (const Truth &t : sorted.mid(query.offset, kPageSize)) {
                    want << t.number + QLatin1Char(' ') + (filter.effectiveOnly ? t.effectiveLabel : t.currentLabel) + QLatin1Char(' ')
                                + (filter.effectiveOnly ? QStringLiteral("effective") : t.currentStatus);
                }
                if (got != want)
                    QFAIL(qPrintable(where + QStringLiteral("\n got:  ") + got.join(QStringLiteral(", ")) + QStringLiteral("\n want: ") + want.join(QStringLiteral(", "))));
            }
        }
    }
}

// The columns the register reads agree with the revisions after every kind of write.
void TestRegisterPaging::keptColumnsFollowRevisions()
{
    const QVariant disagreeing = dctest::scalar(*m_db, QStringLiteral(
        "SELECT count(*) FROM documents d WHERE"
        " coalesce(d.current_revision_id, -1) <> coalesce((SELECT max(id) FROM revisions WHERE document_id = d.id), -1)"
        " OR coalesce(d.current_status, '') <> coalesce((SELECT status FROM revisions WHERE id = d.current_revision_id), '')"
        " OR coalesce(d.current_updated_at, '') <> coalesce((SELECT updated_at FROM revisions WHERE id = d.current_revision_id), '')"
        " OR coalesce(d.effective_revision_id, -1) <> coalesce((SELECT max(id) FROM revisions WHERE document_id = d.id AND status = 'effective'), -1)"
        " OR coalesce(d.effective_updated_at, '') <> coalesce((SELECT updated_at FROM revisions WHERE id = d.effective_revision_id), '')"));
    QCOMPARE(disagreeing.toInt(), 0);
    // And the data set holds what the test means it to: each situation occurs.
    QCOMPARE(dctest::scalar(*m_db, QStringLiteral("SELECT count(*) FROM documents WHERE effective_revision_id IS NOT NULL AND current_status = 'draft'")).toInt(),
             kDocuments / 6);
    QVERIFY(dctest::scalar(*m_db, QStringLiteral("SELECT count(*) FROM revisions WHERE status = 'superseded'")).toInt() > 0);
    QVERIFY(dctest::scalar(*m_db, QStringLiteral("SELECT count(*) FROM documents WHERE current_status = 'obsolete'")).toInt() > 0);
}

// A store of schema 6 (before the register kept its columns) is upgraded when opened, on
// SQLite by migration 7 and on PostgreSQL by PgSchema::upgrade: the columns filled from the
// revisions, the indexes and triggers in place, the register right.
void TestRegisterPaging::version6StoreUpgrades()
{
    QString location;
    {
        auto copy = m_template.copyTo(m_dir.filePath(QStringLiteral("v6.dcstore")));
        QVERIFY2(copy.ok(), qPrintable(copy.message()));
        Database &db = *copy.value();
        location = db.path();
        DocumentService service(db, m_clock);
        const Status prepared = db.write([&]() -> Status {
            for (int i = 0; i < 6; ++i) {
                NewDocument d;
                d.title = QStringLiteral("升级测试 %1").arg(i);
                d.owner = QStringLiteral("wangfang");
                d.content = QStringLiteral("正文");
                auto created = service.create(m_template.controller, d);
                if (!created)
                    return created.error();
                if (i % 2 == 1) {
                    if (const Status moved = dctest::forceStatus(db, created->id, i == 5 ? RevisionStatus::Obsolete : RevisionStatus::Effective); !moved)
                        return moved;
                }
            }
            // Back to schema 6: without the register's triggers, indexes and columns.
            if (const Status undone = dctest::undoRegisterColumns(db); !undone)
                return undone;
            QStringList downgrade;
            downgrade << (db.isPostgres() ? QStringLiteral("UPDATE doccontrol_store SET schema_version = 6") : QStringLiteral("PRAGMA user_version = 6"));
            return Sql::execAll(db, downgrade, QStringLiteral("downgrade"));
        });
        QVERIFY2(prepared.ok(), qPrintable(prepared.message()));
    }
    auto opened = Database::open(location);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    Database &db = *opened.value();
    const QString version = db.isPostgres() ? QStringLiteral("SELECT schema_version FROM doccontrol_store") : QStringLiteral("PRAGMA user_version");
    QCOMPARE(dctest::scalar(db, version).toInt(), Database::currentSchemaVersion());
    QCOMPARE(dctest::scalar(db, QStringLiteral("SELECT count(*) FROM documents WHERE current_status = 'draft'")).toInt(), 3);
    QCOMPARE(dctest::scalar(db, QStringLiteral("SELECT count(*) FROM documents WHERE effective_revision_id IS NOT NULL")).toInt(), 2);
    RegisterQuery query;
    query.sortBy = RegisterColumn::Status;
    auto page = queryRegister(db, query);
    QVERIFY2(page.ok(), qPrintable(page.message()));
    QStringList statuses;
    for (const Document &d : page->rows)
        statuses << toKey(d.currentStatus);
    QCOMPARE(statuses, (QStringList{QStringLiteral("draft"), QStringLiteral("draft"), QStringLiteral("draft"), QStringLiteral("effective"),
                                    QStringLiteral("effective"), QStringLiteral("obsolete")}));
    // The triggers are back: a new revision moves its document along.
    DocumentService service(db, m_clock);
    NewDocument d;
    d.title = QStringLiteral("升级后");
    d.owner = QStringLiteral("wangfang");
    d.content = QStringLiteral("正文");
    auto created = service.create(m_template.controller, d);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    QCOMPARE(dctest::scalar(db, QStringLiteral("SELECT current_status FROM documents WHERE id = ?"), {created->id}).toString(), QStringLiteral("draft"));
}

// The kept columns are derived data; verify finds them changed behind the triggers' back.
void TestRegisterPaging::verifyNamesATamperedRegister()
{
    auto copy = m_template.copyTo(m_dir.filePath(QStringLiteral("tamper.dcstore")));
    QVERIFY2(copy.ok(), qPrintable(copy.message()));
    Database &db = *copy.value();
    DocumentService service(db, m_clock);
    NewDocument d;
    d.title = QStringLiteral("篡改测试");
    d.owner = QStringLiteral("wangfang");
    d.content = QStringLiteral("正文");
    auto created = db.write([&]() { return service.create(m_template.controller, d); });
    QVERIFY2(created.ok(), qPrintable(created.message()));
    auto clean = Verifier(db).run();
    QVERIFY2(clean.ok(), qPrintable(clean.message()));
    QVERIFY2(clean->ok(), qPrintable(clean->problems.value(0).message));
    DC_EXPECT_OK(Sql::exec(db, QStringLiteral("UPDATE documents SET current_status = 'effective' WHERE id = ?"), {created->id}, QStringLiteral("tamper")));
    auto tampered = Verifier(db).run();
    QVERIFY2(tampered.ok(), qPrintable(tampered.message()));
    QCOMPARE(tampered->problems.size(), 1);
    QCOMPARE(tampered->problems.first().object, created->number);
}

QTEST_GUILESS_MAIN(TestRegisterPaging)
#include "tst_registerpaging.moc"
