// Scale benchmark (issue 17): builds an organisation's store with the generator (documents of
// ~2 KB, three revisions each on average, every release signed) and prints one table row per
// target of the issue: the figure, the target and whether it is met. Figures are medians of
// several runs. It checks answers (search totals against a brute-force scan of the texts,
// verify passes, register pages full) and fails on a wrong answer, never on a time. The app's
// start is the doccontrol binary's, started on the generated store.
//
//   bench_scale [N] [--keep FILE] [--pg [URL]]
//
// N defaults to 5000; --keep leaves the store at FILE. On PostgreSQL (--pg, or
// DOCCONTROL_TEST_POSTGRES as ctest's bench_scale_postgres sets it; see benchpostgres.h) the store
// is a new database on that server instead of a file, and the size rows measure the database
// (pg_database_size, the search tables).
#include "appstart.h"
#include "benchpostgres.h"
#include "storegenerator.h"

#include "core/model/clock.h"
#include "core/search/plaintext.h"
#include "core/services/documentservice.h"
#include "core/services/userservice.h"
#include "core/services/verifier.h"
#include "core/store/database.h"
#include "core/store/searchindex.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace dc;

namespace {

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_scale: %s\n", qPrintable(why));
    std::exit(1);
}

double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(at);
}

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times << elapsedMs(work);
    return percentile(times, 0.5);
}

struct Row {
    QString work;
    QString figure;
    QString target;
    bool met;
};

void printTable(const QList<Row> &rows, int documents, const QString &backend)
{
    std::printf("\n| work (%d documents, %s) | figure | target | met |\n|---|---:|---|---|\n", documents, qPrintable(backend));
    for (const Row &row : rows)
        std::printf("| %s | %s | %s | %s |\n", qPrintable(row.work), qPrintable(row.figure), qPrintable(row.target), row.met ? "yes" : "**no**");
}

QString ms(double value)
{
    return value < 10 ? QString::number(value, 'f', 2) + QStringLiteral(" ms") : QString::number(value, 'f', 0) + QStringLiteral(" ms");
}

QString mib(double bytes)
{
    return QString::number(bytes / 1048576.0, 'f', 1) + QStringLiteral(" MiB");
}

// The documents whose current revision contains `term` in its number, titles or the text a
// reader sees: what search must find, counted by reading every text.
int bruteForceHits(Database &db, const QString &term)
{
    auto rows = Sql::exec(db, QStringLiteral("SELECT d.number, d.title, d.title_en, r.content FROM documents d"
                                             " JOIN revisions r ON r.id = (SELECT max(id) FROM revisions WHERE document_id = d.id)"),
                          {}, QStringLiteral("bench: scan every text"));
    if (!rows)
        die(rows.message());
    int hits = 0;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        for (int column = 0; column < 4; ++column) {
            const QString text = column == 3 ? markdownToPlainText(q.value(3).toString()) : q.value(column).toString();
            if (text.contains(term, Qt::CaseInsensitive)) {
                ++hits;
                break;
            }
        }
    }
    return hits;
}

// A run of Chinese characters of `length` taken at random from a random document's text.
QString randomChineseTerm(QRandomGenerator &random, int documents, int length)
{
    for (;;) {
        const QString text = markdownToPlainText(bench::generatedText(random.bounded(documents), 0, documents));
        const int at = random.bounded(int(text.size()) - length);
        const QString term = text.mid(at, length);
        if (std::all_of(term.begin(), term.end(), [](QChar c) { return c.script() == QChar::Script_Han; }))
            return term;
    }
}

double fileBytes(Database &db, const QString &path)
{
    if (!db.isPostgres())
        return double(QFile(path).size());
    auto size = Sql::exec(db, QStringLiteral("SELECT pg_database_size(current_database())"), {}, QStringLiteral("bench: size"));
    return size && size.value().next() ? size.value().value(0).toDouble() : 0;
}

// The bytes the search index takes (SQLite: the FTS5 tables and search_entries through dbstat; PostgreSQL: the
// search table with its indexes), or -1 when the store cannot tell.
double indexBytes(Database &db)
{
    auto size = Sql::exec(db,
                          db.isPostgres() ? QStringLiteral("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c"
                                                           " WHERE c.relkind = 'r' AND c.relname LIKE 'search%'")
                                          : QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'"),
                          {}, QStringLiteral("bench: index size"));
    return size && size.value().next() ? size.value().value(0).toDouble() : -1;
}

// Where the store's bytes are (SQLite): the largest tables and indexes, for the size rows'
// explanation.
void printSizeProfile(Database &db, double textBytes)
{
    if (db.isPostgres())
        return;
    auto names = Sql::exec(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN ('table', 'index') AND rootpage > 0"), {},
                           QStringLiteral("bench: size profile"));
    if (!names)
        return;
    QList<QPair<double, QString>> sizes;
    QStringList all;
    while (names.value().next())
        all << names.value().value(0).toString();
    for (const QString &name : all) {
        auto size = Sql::exec(db, QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name = ?"), {name}, QStringLiteral("bench: size profile"));
        if (size && size.value().next())
            sizes.append({size.value().value(0).toDouble(), name});
    }
    std::sort(sizes.begin(), sizes.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::printf("\nwhere the store's bytes are (dbstat; raw text %s):\n", qPrintable(mib(textBytes)));
    for (qsizetype i = 0; i < std::min<qsizetype>(10, sizes.size()); ++i)
        std::printf("  %-34s %10s  (%.2f× the text)\n", qPrintable(sizes.at(i).second), qPrintable(mib(sizes.at(i).first)), sizes.at(i).first / textBytes);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments().mid(1);
    const int n = !args.isEmpty() && !args.first().startsWith(QLatin1Char('-')) ? args.first().toInt() : 5000;
    if (n < 100)
        die(QStringLiteral("at least 100 documents, please"));
    const qsizetype keepAt = args.indexOf(QStringLiteral("--keep"));
    QTemporaryDir dir;
    const QString server = bench::postgresServer(args);
    QString path = keepAt >= 0 && keepAt + 1 < args.size() ? args.at(keepAt + 1) : dir.filePath(QStringLiteral("scale.dcstore"));
    if (!server.isEmpty()) // the database stays on the server, as --keep leaves a file
        path = bench::newPostgresDatabase(server, QStringLiteral("bench_scale"));
    const FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(8, 0), QTimeZone::utc()));
    const QString password = QStringLiteral("bench-pw");

    auto store = UserService::initStore(path, NewStore{QStringLiteral("星河云数据科技有限公司"), QString(), QStringLiteral("admin"), password}, clock);
    if (!store)
        die(store.message());
    Database &db = *store.value();
    auto admin = UserService(db, clock).authenticate(QStringLiteral("admin"), password);
    if (!admin)
        die(admin.message());

    std::fprintf(stderr, "bench_scale: generating %d documents\n", n);
    double generateMs = 0;
    Result<bench::GeneratedStore> generated = Error{ErrorCode::Io, QString()};
    generateMs = elapsedMs([&] { generated = bench::generateStore(db, clock, admin.value(), password, n); });
    if (!generated)
        die(generated.message());
    QList<Row> rows;
    const double textBytes = double(generated->textBytes);

    // Register: first page, a filtered and sorted page, the last page (50 rows each).
    DocumentService documents(db, clock);
    const auto registerRow = [&](const QString &what, RegisterQuery query) {
        query.limit = 50;
        int shown = 0;
        const double median = medianMs(7, [&] {
            auto page = documents.list(admin.value(), query);
            if (!page)
                die(page.message());
            shown = int(page->rows.size());
        });
        if (shown == 0)
            die(QStringLiteral("the register page \"%1\" is empty").arg(what));
        rows << Row{what, ms(median), QStringLiteral("< 20 ms"), median < 20};
    };
    registerRow(QStringLiteral("register: first page"), RegisterQuery{});
    RegisterQuery filtered;
    filtered.filter.department = QStringLiteral("信息安全部");
    filtered.sortBy = RegisterColumn::Title;
    filtered.order = Qt::DescendingOrder;
    filtered.offset = n / 6;
    registerRow(QStringLiteral("register: filtered + sorted by title, middle page"), filtered);
    RegisterQuery last;
    last.offset = n - 50;
    registerRow(QStringLiteral("register: last page"), last);

    // Search: Chinese terms of 1, 2, 3 and 4+ characters, English words and number prefixes,
    // frequent and rare; top 20 with snippets.
    const QString someNumber = generated->numbers.at(n / 2);
    const QStringList terms{QStringLiteral("审"), QStringLiteral("丵"), QStringLiteral("审核"), QStringLiteral("变更"), QStringLiteral("管理者"),
                            QStringLiteral("信息安全风险评估"), QStringLiteral("数据备份与恢复"), QStringLiteral("项目代号") + bench::rarePair(n / 20),
                            QStringLiteral("management"), QStringLiteral("backups"), bench::rareWord(n / 30), someNumber.left(6),
                            someNumber};
    QList<double> searchTimes;
    for (const QString &term : terms) {
        int total = 0;
        for (int run = 0; run < 5; ++run) {
            searchTimes << elapsedMs([&] {
                auto found = documents.search(admin.value(), term, 20);
                if (!found)
                    die(found.message());
                total = found->total;
            });
        }
        std::fprintf(stderr, "  search %-18s %6d hits, median %s\n", qPrintable(term), total, qPrintable(ms(percentile(searchTimes.mid(searchTimes.size() - 5), 0.5))));
        if (total == 0)
            die(QStringLiteral("search for %1 found nothing").arg(term));
    }
    const double p50 = percentile(searchTimes, 0.5);
    const double p95 = percentile(searchTimes, 0.95);
    rows << Row{QStringLiteral("search p50 (%1 terms, 10 to %2 hits)").arg(terms.size()).arg(n), ms(p50), QStringLiteral("≤ 5 ms"), p50 <= 5};
    rows << Row{QStringLiteral("search p95"), ms(p95), QStringLiteral("≤ 30 ms"), p95 <= 30};

    // Missed hits: 20 random Chinese terms of 1–4 characters against a scan of every text.
    QRandomGenerator random(20261204);
    int missed = 0;
    QHash<QString, int> hitsBeforeRebuild;
    for (int i = 0; i < 20; ++i) {
        const QString term = randomChineseTerm(random, n, 1 + i % 4);
        auto found = documents.search(admin.value(), term, 1);
        if (!found)
            die(found.message());
        hitsBeforeRebuild.insert(term, found->total);
        const int expected = bruteForceHits(db, term);
        if (found->total != expected) {
            std::fprintf(stderr, "  missed: %s found %d, the texts hold %d\n", qPrintable(term), found->total, expected);
            missed += std::abs(expected - found->total);
        }
    }
    rows << Row{QStringLiteral("missed hits (20 random terms vs a scan of the texts)"), QString::number(missed), QStringLiteral("0"), missed == 0};

    // Size: the store and its search index against the raw text.
    const double storeBytes = fileBytes(db, path);
    const double searchBytes = indexBytes(db);
    rows << Row{QStringLiteral("store size (raw text %1)").arg(mib(textBytes)), mib(storeBytes) + QStringLiteral(" = %1×").arg(storeBytes / textBytes, 0, 'f', 2),
                QStringLiteral("≤ 2× the text"), storeBytes <= 2 * textBytes};
    if (searchBytes >= 0)
        rows << Row{QStringLiteral("search index size"), mib(searchBytes) + QStringLiteral(" = %1×").arg(searchBytes / textBytes, 0, 'f', 2),
                    QStringLiteral("≤ 1× the text"), searchBytes <= textBytes};

    printSizeProfile(db, textBytes);

    // Rebuilding the index from scratch.
    const double rebuildMs = elapsedMs([&] {
        if (const Status rebuilt = db.write([&] { return SearchIndex::rebuild(db); }); !rebuilt)
            die(rebuilt.message());
    });
    rows << Row{QStringLiteral("build the search index from scratch"), ms(rebuildMs), QStringLiteral("≤ 30 s"), rebuildMs <= 30000};
    for (auto term = hitsBeforeRebuild.cbegin(); term != hitsBeforeRebuild.cend(); ++term) {
        auto found = documents.search(admin.value(), term.key(), 1);
        if (!found || found->total != term.value())
            die(QStringLiteral("after the rebuild, %1 finds %2 documents instead of %3").arg(term.key()).arg(found ? found->total : -1).arg(term.value()));
    }

    // Verify the whole store.
    int verifiedEvents = 0;
    const double verifyMs = elapsedMs([&] {
        auto report = Verifier(db).run();
        if (!report)
            die(report.message());
        if (!report->ok())
            die(QStringLiteral("verify found a problem: ") + report->problems.first().message);
        verifiedEvents = int(report->events);
    });
    rows << Row{QStringLiteral("verify the whole store (%1 events, %2 revisions)").arg(verifiedEvents).arg(generated->revisions), ms(verifyMs),
                QStringLiteral("< 10 s"), verifyMs < 10000};

    // One workflow cycle with the keys already open (generation's own figure per revision).
    const double cycleMs = generateMs / double(generated->revisions);
    rows << Row{QStringLiteral("workflow cycle per revision (new or edit → submit → 2 signatures → release; no password hashing)"), ms(cycleMs),
                QStringLiteral("< 50 ms"), cycleMs < 50};

    // Opening the store (a command's start to its first query).
    store = Error{ErrorCode::Io, QString()}; // close
    const double openMs = medianMs(5, [&] {
        auto reopened = Database::open(path);
        if (!reopened)
            die(reopened.message());
    });
    rows << Row{QStringLiteral("open the store"), ms(openMs), QStringLiteral("< 30 ms"), openMs < 30};

    // The desktop app: start to its window with the register (signing in hashes the password
    // once, ~0.1 s), and its memory once idle.
    const bench::AppStart desktop = bench::measureAppStart(QStringLiteral(DOCCONTROL_BINARY), path, QStringLiteral("admin"), password, 5);
    if (!desktop.error.isEmpty())
        die(desktop.error);
    rows << Row{QStringLiteral("app start to a usable register, warm (sign-in's password hash included)"), ms(desktop.medianMs),
                QStringLiteral("< 400 ms"), desktop.medianMs < 400};
    rows << Row{QStringLiteral("app memory, idle after start"), QStringLiteral("%1 MiB").arg(desktop.idleMiB, 0, 'f', 0), QStringLiteral("< 150 MB"),
                desktop.idleMiB * 1048576.0 < 150e6};

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    printTable(rows, n, server.isEmpty() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"));
    std::printf("\n%lld revisions, generated in %.0f s; peak memory %ld MiB. The export rows are bench_render's.\n",
                static_cast<long long>(generated->revisions), generateMs / 1000, usage.ru_maxrss / 1024);
    return 0;
}
