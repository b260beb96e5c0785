// The timeline names every audit event in words (issue 14 item 8): exports, prints and copies
// are no raw codes such as "export.controlled".

#include "core/services/documentstate.h"
#include "ui/document/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace dc;

class TestTimelineModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eventsInWords_data();
    void eventsInWords();
};

void TestTimelineModel::eventsInWords_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("details");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("detail");
    const QJsonObject controlled{{QStringLiteral("medium"), QStringLiteral("pdf")}, {QStringLiteral("manual"), false},
                                 {QStringLiteral("copy"), 7}, {QStringLiteral("holder"), QStringLiteral("IT 部")}};
    QJsonObject printed = controlled;
    printed.insert(QStringLiteral("medium"), QStringLiteral("print"));
    const QJsonObject manual{{QStringLiteral("medium"), QStringLiteral("pdf")}, {QStringLiteral("manual"), true}};
    QTest::newRow("controlled export") << QStringLiteral("export.controlled") << controlled << QStringLiteral("Exported a controlled copy")
                                       << QStringLiteral("No. 007 for IT 部");
    QTest::newRow("controlled print") << QStringLiteral("export.controlled") << printed << QStringLiteral("Printed a controlled copy")
                                      << QStringLiteral("No. 007 for IT 部");
    QTest::newRow("uncontrolled manual") << QStringLiteral("export.uncontrolled") << manual << QStringLiteral("Exported an uncontrolled copy")
                                         << QStringLiteral("compiled manual");
    QTest::newRow("draft") << QStringLiteral("export.draft") << QJsonObject{{QStringLiteral("medium"), QStringLiteral("print")}}
                           << QStringLiteral("Printed a draft copy") << QString();
    QTest::newRow("obsolete") << QStringLiteral("export.obsolete") << QJsonObject{{QStringLiteral("medium"), QStringLiteral("pdf")}}
                              << QStringLiteral("Exported an obsolete copy") << QString();
    QTest::newRow("recalled") << QStringLiteral("copy.recalled") << QJsonObject{{QStringLiteral("copy"), 3}, {QStringLiteral("holder"), QStringLiteral("质量部")}}
                              << QStringLiteral("Recalled controlled copy No. 003") << QStringLiteral("holder: 质量部");
    QTest::newRow("destroyed") << QStringLiteral("copy.destroyed") << QJsonObject{{QStringLiteral("copy"), 3}, {QStringLiteral("holder"), QStringLiteral("质量部")}}
                               << QStringLiteral("Destroyed controlled copy No. 003") << QStringLiteral("holder: 质量部");
    QTest::newRow("attachment") << QStringLiteral("attachment.added") << QJsonObject{{QStringLiteral("file"), QStringLiteral("scan.pdf")}}
                                << QStringLiteral("Added an attachment") << QStringLiteral("scan.pdf");
    QTest::newRow("unknown") << QStringLiteral("future.thing") << QJsonObject{} << QStringLiteral("Other change (future.thing)") << QString();
}

void TestTimelineModel::eventsInWords()
{
    QFETCH(QString, action);
    QFETCH(QJsonObject, details);
    QFETCH(QString, what);
    QFETCH(QString, detail);
    DocumentState state;
    state.document.number = QStringLiteral("ISMS-P-001");
    Event e;
    e.seq = 1;
    e.at = QDateTime(QDate(2026, 11, 21), QTime(9, 0), QTimeZone::utc());
    e.user = QStringLiteral("wangfang");
    e.action = action;
    e.object = QStringLiteral("ISMS-P-001 A/0");
    e.details = details;
    state.events << e;
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setState(state);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entries().first().what, what);
    QCOMPARE(model.entries().first().detail, detail);
    QCOMPARE(model.index(0, TimelineModel::RevisionColumn).data().toString(), QStringLiteral("A/0"));
}

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
