// inParallel, which verify uses to hash the audit trail and check signatures on every core:
// each index is worked on exactly once, whatever the count against its chunks of 512.

#include "core/model/parallel.h"

#include <QTest>

#include <atomic>
#include <vector>

class TestParallel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyIndexOnce_data();
    void everyIndexOnce();
};

void TestParallel::everyIndexOnce_data()
{
    QTest::addColumn<qsizetype>("count");
    for (const qsizetype count : {qsizetype(0), qsizetype(1), qsizetype(511), qsizetype(512), qsizetype(513), qsizetype(1024), qsizetype(100003)})
        QTest::addRow("%lld", static_cast<long long>(count)) << count;
}

void TestParallel::everyIndexOnce()
{
    QFETCH(qsizetype, count);
    std::vector<int> visits(static_cast<size_t>(count), 0);
    std::vector<qsizetype> results(static_cast<size_t>(count), -1);
    std::atomic<qsizetype> calls{0};
    dc::inParallel(count, [&](qsizetype i) {
        ++visits[static_cast<size_t>(i)];
        results[static_cast<size_t>(i)] = i * 3;
        ++calls;
    });
    QCOMPARE(calls.load(), count);
    for (qsizetype i = 0; i < count; ++i) {
        QCOMPARE(visits[static_cast<size_t>(i)], 1);
        QCOMPARE(results[static_cast<size_t>(i)], i * 3);
    }
}

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"
