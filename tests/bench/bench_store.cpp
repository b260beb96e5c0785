// Store benchmark: registers N documents with realistic Chinese content, then times the
// register (filtered, sorted, paged), full-text search, a user's tasks (with a tenth of the
// register in review and most of it effective) and opening the store, and reports the peak
// memory. Prints figures; checks only that the answers are right.
//
//   bench_store [N] [--pg [URL]]    default N = 5000
//
// On PostgreSQL (--pg, or DOCCONTROL_TEST_POSTGRES as ctest's bench_store_postgres sets it; see
// benchpostgres.h) the store is a new database on that server instead of a file.
#include "benchpostgres.h"

#include "core/model/clock.h"
#include "core/services/documentservice.h"
#include "core/services/tasks.h"
#include "core/services/userservice.h"
#include "core/services/workflowservice.h"
#include "core/store/database.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sys/resource.h>

#include <cstdio>
#include <functional>

using namespace dc;

namespace {

const QStringList kTopics{QStringLiteral("信息安全风险评估"), QStringLiteral("变更管理"), QStringLiteral("事件管理"), QStringLiteral("内部审核"),
                          QStringLiteral("供应商管理"), QStringLiteral("业务连续性"), QStringLiteral("访问控制"), QStringLiteral("数据备份与恢复")};
const QList<DocumentType> kTypes{DocumentType::Policy, DocumentType::Procedure, DocumentType::WorkInstruction, DocumentType::Form, DocumentType::Record};

QString contentFor(int i)
{
    const QString topic = kTopics[i % kTopics.size()];
    return QStringLiteral("# %1程序\n\n## 1 目的\n\n为规范%1活动，明确职责，确保符合 ISO/IEC 27001 与 ISO/IEC 20000-1 的要求，特制定本程序。\n\n"
                          "## 2 范围\n\n适用于公司所有信息系统和服务。第 %2 号文件。\n\n"
                          "## 3 职责\n\n信息安全部负责组织%1，质量管理部负责审核与记录保存，总经理批准。\n\n"
                          "| 步骤 | 负责人 | 记录 |\n|---|---|---|\n| 策划 | 部门经理 | 计划表 |\n| 实施 | 执行人 | 实施记录 |\n| 审核 | 质量管理部 | 审核报告 |\n")
        .arg(topic)
        .arg(i)
        .repeated(3);
}

double timeMs(int repeats, const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repeats; ++i)
        work();
    return double(timer.nsecsElapsed()) / 1e6 / repeats;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(why));
    std::exit(1);
}

// Puts every tenth document in review (one reviewer, through WorkflowService) and most others
// into effect with review dates spread over a year (a month of them overdue, by raw SQL along
// the lifecycle), then times the tasks of the reviewer and of the administrator.
void timeTasks(Database &db, const Clock &clock, const User &admin, const QStringList &numbers)
{
    UserService users(db, clock);
    auto reviewer = users.addUser(admin, NewUser{QStringLiteral("reviewer1"), QStringLiteral("审核员"), QString(), Roles(Role::Reviewer)}, QStringLiteral("bench-pw"));
    auto approver = users.addUser(admin, NewUser{QStringLiteral("approver1"), QStringLiteral("批准人"), QString(), Roles(Role::Approver)}, QStringLiteral("bench-pw"));
    if (!reviewer || !approver)
        die(reviewer ? approver.message() : reviewer.message());
    WorkflowService workflow(db, clock);
    const Route route{{QStringLiteral("reviewer1")}, QStringLiteral("approver1"), false};
    int inReview = 0;
    const Status prepared = db.write([&]() -> Status {
        for (qsizetype i = 0; i < numbers.size(); i += 10) {
            if (auto submitted = workflow.submit(admin, numbers.at(i), route); !submitted)
                return submitted.error();
            ++inReview;
        }
        const QString others = QStringLiteral(" WHERE status = '%1' AND document_id % 10 <> 0"
                                              " AND id NOT IN (SELECT revision_id FROM submissions)");
        const QStringList path{QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("in_approval"), QStringLiteral("approved"), QStringLiteral("effective")};
        for (qsizetype step = 1; step < path.size(); ++step) {
            auto moved = Sql::exec(db, QStringLiteral("UPDATE revisions SET status = ?") + others.arg(path.at(step - 1)), {path.at(step)},
                                   QStringLiteral("bench: move along the lifecycle"));
            if (!moved)
                return moved.error();
        }
        return Status::from(Sql::exec(db,
                                      db.isPostgres()
                                          ? QStringLiteral("UPDATE revisions SET effective_date = '2025-11-21',"
                                                           " next_review_date = to_char(DATE '2026-11-21' + ((id % 365) - 30)::int, 'YYYY-MM-DD') WHERE status = 'effective'")
                                          : QStringLiteral("UPDATE revisions SET effective_date = '2025-11-21',"
                                                           " next_review_date = date('2026-11-21', ((id % 365) - 30) || ' days') WHERE status = 'effective'"),
                                      {}, QStringLiteral("bench: date the reviews")));
    });
    if (!prepared)
        die(prepared.message());
    const QDate today = workflow.today();
    auto due = Sql::exec(db, QStringLiteral("SELECT count(*) FROM revisions WHERE status = 'effective' AND next_review_date <= ?"),
                         {today.addDays(30).toString(Qt::ISODate)}, QStringLiteral("bench: count the due reviews"));
    if (!due || !due.value().next())
        die(QStringLiteral("cannot count the due reviews"));
    const int dueReviews = due.value().value(0).toInt();

    const auto timeFor = [&](const User &actor, int expected) {
        qsizetype found = 0;
        const double ms = timeMs(5, [&] {
            auto tasks = findTasks(db, actor, today);
            if (!tasks)
                die(tasks.message());
            found = tasks->size();
        });
        if (found != expected)
            die(QStringLiteral("%1 has %2 tasks, expected %3").arg(actor.name).arg(found).arg(expected));
        std::printf("  tasks of %-10s           %8.2f ms   (%lld tasks)\n", qPrintable(actor.name), ms, static_cast<long long>(found));
    };
    std::printf("  workflow: %d in review, %d periodic reviews due within 30 days\n", inReview, dueReviews);
    timeFor(reviewer.value(), inReview + dueReviews); // reviewers carry out periodic reviews too
    timeFor(admin, dueReviews);
}

// One document from new to effective: register, submit, two signatures, release. The
// signatures include their password hashes (Argon2id), timed on their own for comparison.
void timeWorkflowCycle(Database &db, const Clock &clock, const User &admin)
{
    UserService users(db, clock);
    auto reviewer = users.authenticate(QStringLiteral("reviewer1"), QStringLiteral("bench-pw"));
    auto approver = users.authenticate(QStringLiteral("approver1"), QStringLiteral("bench-pw"));
    if (!reviewer || !approver)
        die(QStringLiteral("the workflow users cannot sign in"));
    const double hashMs = timeMs(3, [&] { (void)users.authenticate(QStringLiteral("reviewer1"), QStringLiteral("bench-pw")); });
    DocumentService documents(db, clock);
    WorkflowService workflow(db, clock);
    const Route route{{QStringLiteral("reviewer1")}, QStringLiteral("approver1"), false};
    int cycle = 0;
    const double cycleMs = timeMs(5, [&] {
        NewDocument d;
        d.title = QStringLiteral("周期测试程序 %1").arg(++cycle);
        d.type = DocumentType::Procedure;
        d.owner = QStringLiteral("admin");
        d.content = contentFor(cycle);
        auto created = documents.create(admin, d);
        if (!created)
            die(created.message());
        const QString number = created->number;
        Status done = Status::from(workflow.submit(admin, number, route));
        if (done)
            done = Status::from(workflow.sign(reviewer.value(), QStringLiteral("bench-pw"), number, SignatureMeaning::Reviewed, {}));
        if (done)
            done = Status::from(workflow.sign(approver.value(), QStringLiteral("bench-pw"), number, SignatureMeaning::Approved, {}));
        if (done)
            done = Status::from(workflow.release(admin, QStringLiteral("bench-pw"), number));
        if (!done)
            die(done.message());
    });
    std::printf("  workflow cycle (new → effective) %5.0f ms   (one password hash: %.0f ms)\n", cycleMs, hashMs);
}

// The store's size on disk: its file, or its database.
double storeMiB(Database &db, const QString &path)
{
    if (!db.isPostgres())
        return double(QFile(path).size()) / 1048576.0;
    auto size = Sql::exec(db, QStringLiteral("SELECT pg_database_size(current_database())"), {}, QStringLiteral("bench: size"));
    return size && size.value().next() ? size.value().value(0).toDouble() / 1048576.0 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments().mid(1);
    const int n = !args.isEmpty() && !args.first().startsWith(QLatin1Char('-')) ? args.first().toInt() : 5000;
    QTemporaryDir dir;
    const QString server = bench::postgresServer(args);
    const QString path = server.isEmpty() ? dir.filePath(QStringLiteral("bench.dcstore")) : bench::newPostgresDatabase(server, QStringLiteral("bench"));
    const FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(8, 0), QTimeZone::utc()));

    NewStore init{QStringLiteral("星河云数据科技有限公司"), QString(), QStringLiteral("admin"), QStringLiteral("bench-pw")};
    auto store = UserService::initStore(path, init, clock);
    if (!store)
        die(store.message());
    Database &db = *store.value();
    auto admin = UserService(db, clock).authenticate(QStringLiteral("admin"), QStringLiteral("bench-pw"));
    if (!admin)
        die(admin.message());
    DocumentService documents(db, clock);

    QElapsedTimer timer;
    timer.start();
    QStringList numbers;
    const Status filled = db.write([&]() -> Status {
        for (int i = 0; i < n; ++i) {
            NewDocument d;
            d.title = kTopics[i % kTopics.size()] + QStringLiteral("程序 %1").arg(i);
            d.titleEn = QStringLiteral("Procedure %1").arg(i);
            d.type = kTypes[i % kTypes.size()];
            d.owner = QStringLiteral("admin");
            d.department = i % 2 ? QStringLiteral("信息安全部") : QStringLiteral("IT 运维部");
            d.content = contentFor(i);
            auto created = documents.create(admin.value(), d);
            if (!created)
                return created.error();
            numbers << created->number;
        }
        return {};
    });
    if (!filled)
        die(filled.message());
    const double createMs = double(timer.nsecsElapsed()) / 1e6;

    RegisterQuery page;
    page.limit = 200;
    page.sortBy = RegisterColumn::Title;
    page.order = Qt::DescendingOrder;
    page.filter.department = QStringLiteral("信息安全部");
    int total = 0;
    const double registerMs = timeMs(20, [&] {
        auto result = documents.list(admin.value(), page);
        if (!result || result->rows.size() != std::min(200, n / 2))
            die(QStringLiteral("register page is wrong"));
        total = result->total;
    });
    page.offset = n / 2 - 200;
    const double lastPageMs = timeMs(20, [&] { (void)documents.list(admin.value(), page); });

    auto timeSearch = [&](const QString &query) {
        int hits = 0;
        const double ms = timeMs(20, [&] {
            auto result = documents.search(admin.value(), query, 20);
            if (!result)
                die(result.message());
            hits = result->total;
        });
        if (hits == 0)
            die(QStringLiteral("search for %1 found nothing").arg(query));
        std::printf("  search %-22s %8.2f ms   (%d matches)\n", qPrintable(query), ms, hits);
    };

    std::printf("bench_store: %d documents on %s (%.1f MiB store)\n", n, db.isPostgres() ? "PostgreSQL" : "SQLite", storeMiB(db, path));
    std::printf("  create (one transaction)      %8.0f ms   (%.2f ms per document)\n", createMs, createMs / n);
    std::printf("  register page 1 of %d         %8.2f ms\n", total, registerMs);
    std::printf("  register last page            %8.2f ms\n", lastPageMs);
    timeSearch(QStringLiteral("审核"));
    timeSearch(QStringLiteral("审"));
    timeSearch(QStringLiteral("信息安全风险评估"));
    timeSearch(QStringLiteral("procedure"));
    timeTasks(db, clock, admin.value(), numbers);
    timeWorkflowCycle(db, clock, admin.value());
    store = Error{ErrorCode::Io, QString()}; // close
    const double openMs = timeMs(1, [&] {
        auto reopened = Database::open(path);
        if (!reopened)
            die(reopened.message());
    });
    std::printf("  open the store                %8.2f ms\n", openMs);
    std::printf("  peak memory                   %8ld KiB\n", peakRssKb());
    return 0;
}
