// The logging categories of core (README, "Diagnostics"): one per part, quiet below warnings
// by default, and the lines support reads when they are turned on.

#include "core/archive/archivelog.h"
#include "core/render/renderlog.h"
#include "core/services/serviceslog.h"
#include "core/store/database.h"
#include "core/store/storelog.h"
#include "core/workflow/workflowlog.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace dc;

using CategoryFunction = const QLoggingCategory &(*)();
Q_DECLARE_METATYPE(CategoryFunction)

class TestLogging final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Database> newStore(const QString &name)
    {
        auto store = Database::create(m_dir.filePath(name));
        if (!store)
            qWarning("%s", qPrintable(store.message()));
        return store ? std::move(store).value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { QLoggingCategory::setFilterRules(QString()); }

    void quietByDefault_data()
    {
        QTest::addColumn<CategoryFunction>("category");
        QTest::addColumn<QString>("name");
        QTest::newRow("store") << CategoryFunction(&lcStore) << QStringLiteral("doccontrol.store");
        QTest::newRow("workflow") << CategoryFunction(&lcWorkflow) << QStringLiteral("doccontrol.workflow");
        QTest::newRow("render") << CategoryFunction(&lcRender) << QStringLiteral("doccontrol.render");
        QTest::newRow("archive") << CategoryFunction(&lcArchive) << QStringLiteral("doccontrol.archive");
        QTest::newRow("services") << CategoryFunction(&lcServices) << QStringLiteral("doccontrol.services");
    }

    void quietByDefault()
    {
        if (qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
            QSKIP("QT_LOGGING_RULES is set in this environment");
        QFETCH(CategoryFunction, category);
        QFETCH(QString, name);
        const QLoggingCategory &c = category();
        QCOMPARE(QString::fromLatin1(c.categoryName()), name);
        QVERIFY(!c.isDebugEnabled());
        QVERIFY(!c.isInfoEnabled());
        QVERIFY(c.isWarningEnabled());
        QVERIFY(c.isCriticalEnabled());
    }

    void rulesTurnThemOn()
    {
        // One rule a line here; QT_LOGGING_RULES separates them with ';'.
        QLoggingCategory::setFilterRules(QStringLiteral("doccontrol.store.debug=true\ndoccontrol.workflow.info=true"));
        QVERIFY(lcStore().isDebugEnabled());
        QVERIFY(!lcStore().isInfoEnabled()); // each level is its own rule
        QVERIFY(lcWorkflow().isInfoEnabled());
        QVERIFY(!lcRender().isDebugEnabled());
    }

    void openingNamesTheFile()
    {
        const auto created = newStore(QStringLiteral("open.dcstore"));
        QVERIFY(created);
        const QString path = created->path();
        QLoggingCategory::setFilterRules(QStringLiteral("doccontrol.store.debug=true"));
        QTest::ignoreMessage(QtDebugMsg, QRegularExpression(QStringLiteral("^opened ") + QRegularExpression::escape(path)
                                                            + QStringLiteral(" schema \\d+ read-only \\(asked\\) journal wal$")));
        auto opened = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(opened);
    }

    void rollbackNamesTheReason()
    {
        const auto store = newStore(QStringLiteral("rollback.dcstore"));
        QVERIFY(store);
        QLoggingCategory::setFilterRules(QStringLiteral("doccontrol.store.info=true"));
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("^rolled back a write on .*rollback\\.dcstore : the test refused it$")));
        const Status refused = store->write([]() -> Status { return Error{ErrorCode::InvalidState, QStringLiteral("the test refused it")}; });
        QVERIFY(!refused);
    }

    // A writer that waited for another connection's write lock says so, and for how long.
    void waitForTheWriteLockIsLogged()
    {
        const auto store = newStore(QStringLiteral("busy.dcstore"));
        QVERIFY(store);
        const QString path = store->path();
        QSemaphore locked;
        QThread *holder = QThread::create([path, &locked]() {
            const QString name = QUuid::createUuid().toString();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                if (db.open()) {
                    QSqlQuery q(db);
                    q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                    locked.release();
                    QThread::msleep(600);
                    q.exec(QStringLiteral("COMMIT"));
                } else {
                    locked.release();
                }
            }
            QSqlDatabase::removeDatabase(name);
        });
        holder->start();
        locked.acquire();
        QLoggingCategory::setFilterRules(QStringLiteral("doccontrol.store.info=true"));
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("^waited \\d+ ms for the write lock on .*busy\\.dcstore")));
        const Status written = store->write([]() -> Status { return {}; });
        holder->wait();
        delete holder;
        QVERIFY(written);
    }

    void transitionsInOneFormat()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("doccontrol.workflow.info=true"));
        QTest::ignoreMessage(QtInfoMsg, "ISMS-P-012 B/0 in_approval -> approved by sunba");
        logTransition(QStringLiteral("ISMS-P-012"), QStringLiteral("B/0"), RevisionStatus::InApproval, RevisionStatus::Approved, QStringLiteral("sunba"));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
