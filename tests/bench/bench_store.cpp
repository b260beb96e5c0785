// Store benchmark: registers N documents with realistic Chinese content, then times the
// register (filtered, sorted, paged), full-text search and opening the store, and reports
// the peak memory. Prints figures; checks only that the answers are right.
//
//   bench_store [N]        default N = 5000
#include "core/model/clock.h"
#include "core/services/documentservice.h"
#include "core/services/userservice.h"
#include "core/store/database.h"

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.dcstore"));
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
    const Status filled = db.write([&]() -> Status {
        for (int i = 0; i < n; ++i) {
            NewDocument d;
            d.title = kTopics[i % kTopics.size()] + QStringLiteral("程序 %1").arg(i);
            d.titleEn = QStringLiteral("Procedure %1").arg(i);
            d.type = kTypes[i % kTypes.size()];
            d.owner = QStringLiteral("admin");
            d.department = i % 2 ? QStringLiteral("信息安全部") : QStringLiteral("IT 运维部");
            d.content = contentFor(i);
            if (auto created = documents.create(admin.value(), d); !created)
                return created.error();
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

    std::printf("bench_store: %d documents (%.1f MiB store)\n", n, double(QFile(path).size()) / 1048576.0);
    std::printf("  create (one transaction)      %8.0f ms   (%.2f ms per document)\n", createMs, createMs / n);
    std::printf("  register page 1 of %d         %8.2f ms\n", total, registerMs);
    std::printf("  register last page            %8.2f ms\n", lastPageMs);
    timeSearch(QStringLiteral("审核"));
    timeSearch(QStringLiteral("审"));
    timeSearch(QStringLiteral("信息安全风险评估"));
    timeSearch(QStringLiteral("procedure"));
    store = Error{ErrorCode::Io, QString()}; // close
    const double openMs = timeMs(1, [&] {
        auto reopened = Database::open(path);
        if (!reopened)
            die(reopened.message());
    });
    std::printf("  open (with integrity check)   %8.2f ms\n", openMs);
    std::printf("  peak memory                   %8ld KiB\n", peakRssKb());
    return 0;
}
