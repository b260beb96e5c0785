// Index rebuild benchmark: rebuilds the search index of an existing store (one kept by
// `bench_scale N --keep FILE`, or a copy of a real one) and prints the median time, so the
// rebuild can be measured again at 100,000 documents without generating the store again.
// It checks the answer: FTS5's own integrity check passes and every document has its entries.
//
//   bench_reindex FILE [RUNS]     default RUNS = 3
#include "core/store/database.h"
#include "core/store/searchindex.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace dc;

namespace {

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_reindex: %s\n", qPrintable(why));
    std::exit(1);
}

qint64 countOf(Database &db, const QString &sql)
{
    auto rows = Sql::exec(db, sql, {}, QStringLiteral("bench: count"));
    if (!rows || !rows.value().next())
        die(rows ? QStringLiteral("no count from %1").arg(sql) : rows.message());
    return rows.value().value(0).toLongLong();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        die(QStringLiteral("usage: bench_reindex FILE [RUNS]"));
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    auto store = Database::open(args.at(1));
    if (!store)
        die(store.message());
    Database &db = *store.value();
    if (db.isPostgres())
        die(QStringLiteral("this benchmark measures an SQLite store"));

    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (const Status rebuilt = db.write([&] { return SearchIndex::rebuild(db); }); !rebuilt)
            die(rebuilt.message());
        times << double(timer.nsecsElapsed()) / 1e6;
        std::fprintf(stderr, "  rebuild %d: %.0f ms\n", run + 1, times.last());
    }
    if (const Status checked = Sql::execAll(db, {QStringLiteral("INSERT INTO search_index(search_index) VALUES ('integrity-check')")},
                                            QStringLiteral("bench: check the index"));
        !checked)
        die(checked.message());
    const qint64 expected = countOf(db, QStringLiteral("SELECT count(current_revision_id) + count(CASE WHEN effective_revision_id <> current_revision_id"
                                                       " OR current_revision_id IS NULL THEN effective_revision_id END) FROM documents"));
    const qint64 entries = countOf(db, QStringLiteral("SELECT count(*) FROM search_entries"));
    if (entries != expected)
        die(QStringLiteral("the index has %1 entries, the documents need %2").arg(entries).arg(expected));
    std::sort(times.begin(), times.end());
    std::printf("search index rebuilt from scratch: %lld documents, %lld entries, median %.0f ms of %d runs\n",
                countOf(db, QStringLiteral("SELECT count(*) FROM documents")), entries, times.at(times.size() / 2), runs);
    return 0;
}
