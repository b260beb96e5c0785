// The Session, the one door the screens and the command line use: opening, signing in, the
// services it hands out, the change signals after each committed write (its own and another
// desk's), audited settings, and the ticket a worker thread opens its own Session with.

#include "core/services/session.h"

#include "core/services/documentservice.h"
#include "core/services/documentstate.h"
#include "core/services/printsubject.h"
#include "core/services/settingsservice.h"
#include "core/services/tasks.h"
#include "core/services/userservice.h"
#include "core/services/verifier.h"
#include "core/services/workflowservice.h"
#include "core/store/auditlog.h"
#include "teststore.h"
#include "workflowfixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace dc;

namespace {

NewDocument procedure(const QString &title)
{
    NewDocument d;
    d.title = title;
    d.type = DocumentType::Procedure;
    d.owner = QStringLiteral("lisi");
    d.content = QStringLiteral("# ") + title + QStringLiteral("\n\n本程序规定了相关职责。\n");
    return d;
}

} // namespace

class TestSession final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensAndSignsIn();
    void wrongPasswordSignsNobodyIn();
    void missingStoreIsRefused();
    void ownWriteAnnouncesTheDocumentOnce();
    void userChangesAnnounceUsers();
    void anotherDesksWriteIsSeenOnRefresh();
    void liveFeedSurvivesALostConnection();
    void grantedRoleWorksButCannotRewriteHistory();
    void databasePasswordIsAskedFor();
    void refusedWriteAnnouncesNothing();
    void numberingIsAuditedAndChecked();
    void readOnlySessionRefusesWrites();
    void readModelsComeFromTheSession();
    void ticketOpensASessionOnAWorkerThread();

private:
    Result<std::unique_ptr<Session>> open(Session::Access access = Session::Access::ReadWrite)
    {
        return Session::open(m_path, access, m_clock);
    }

    dc::FixedClock m_clock{dctest::fixedNow()};
    dctest::StoreTemplate m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("org.dcstore"));
    auto copied = m_template.copyTo(m_path);
    QVERIFY2(copied.ok(), qPrintable(copied.message()));
    m_path = copied.value()->path(); // on PostgreSQL, the new database's location
}

void TestSession::cleanup()
{
    m_dir.reset();
}

void TestSession::opensAndSignsIn()
{
    auto session = open();
    QVERIFY2(session.ok(), qPrintable(session.message()));
    QCOMPARE(session.value()->storePath(), m_path);
    QVERIFY(!session.value()->isReadOnly());
    QVERIFY(!session.value()->isSignedIn());
    auto user = session.value()->signIn(QStringLiteral("wangfang"), dctest::kPassword);
    QVERIFY2(user.ok(), qPrintable(user.message()));
    QVERIFY(session.value()->isSignedIn());
    QCOMPARE(session.value()->user().name, QStringLiteral("wangfang"));
    QVERIFY(session.value()->user().has(Role::Controller));
    session.value()->signOut();
    QVERIFY(!session.value()->isSignedIn());
}

void TestSession::wrongPasswordSignsNobodyIn()
{
    auto session = open();
    QVERIFY(session.ok());
    QVERIFY(session.value()->signIn(QStringLiteral("wangfang"), dctest::kPassword).ok());
    DC_EXPECT_ERROR(session.value()->signIn(QStringLiteral("wangfang"), QStringLiteral("wrong")), ErrorCode::AuthenticationFailed);
    // A failed sign-in does not leave the previous user signed in under the new attempt's name.
    QVERIFY(session.value()->isSignedIn());
    QCOMPARE(session.value()->user().name, QStringLiteral("wangfang"));
}

void TestSession::missingStoreIsRefused()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing.dcstore"));
    auto session = Session::open(missing);
    QVERIFY(!session.ok());
    QVERIFY2(session.message().contains(QStringLiteral("missing.dcstore")), qPrintable(session.message()));
    QVERIFY(!QFile::exists(missing)); // nothing is created by a refused open
}

void TestSession::ownWriteAnnouncesTheDocumentOnce()
{
    auto session = open();
    QVERIFY(session.ok());
    Session &s = *session.value();
    QSignalSpy documents(&s, &Session::documentChanged);
    QSignalSpy registerChanged(&s, &Session::registerChanged);
    QSignalSpy users(&s, &Session::usersChanged);

    auto created = s.documents().create(m_template.controller, procedure(QStringLiteral("访问控制程序")));
    QVERIFY2(created.ok(), qPrintable(created.message()));
    // Announced from the event loop, not from inside the write.
    QCOMPARE(documents.count(), 0);
    QTRY_COMPARE(documents.count(), 1);
    QCOMPARE(documents.at(0).at(0).toString(), created->number);
    QCOMPARE(registerChanged.count(), 1);
    QCOMPARE(users.count(), 0);

    // An edit of the same document is one more announcement of it.
    auto edited = s.documents().editDraft(m_template.author, created->number, QStringLiteral("# 访问控制程序\n\n修订内容。\n"),
                                          QStringLiteral("补充职责"));
    QVERIFY2(edited.ok(), qPrintable(edited.message()));
    QTRY_COMPARE(documents.count(), 2);
    QCOMPARE(documents.at(1).at(0).toString(), created->number);
}

void TestSession::userChangesAnnounceUsers()
{
    auto session = open();
    QVERIFY(session.ok());
    Session &s = *session.value();
    QSignalSpy users(&s, &Session::usersChanged);
    QSignalSpy registerChanged(&s, &Session::registerChanged);
    QVERIFY(s.users().setActive(m_template.admin, QStringLiteral("chenjing"), false).ok());
    QTRY_COMPARE(users.count(), 1);
    QCOMPARE(registerChanged.count(), 0);
}

void TestSession::anotherDesksWriteIsSeenOnRefresh()
{
    auto session = open();
    QVERIFY(session.ok());
    Session &s = *session.value();
    QSignalSpy documents(&s, &Session::documentChanged);
    QCOMPARE(s.followOtherDesks(), dctest::onPostgres()); // SQLite: refresh() is how a desk looks

    // Another desk: a connection of its own to the same file.
    auto other = Database::open(m_path);
    QVERIFY(other.ok());
    auto created = DocumentService(*other.value(), m_clock).create(m_template.controller, procedure(QStringLiteral("备份管理程序")));
    QVERIFY2(created.ok(), qPrintable(created.message()));
    if (dctest::onPostgres()) {
        // The shared store notifies every desk as the write commits: no refresh() needed.
        QTRY_COMPARE_WITH_TIMEOUT(documents.count(), 1, 5000);
    } else {
        QCoreApplication::processEvents();
        QCOMPARE(documents.count(), 0); // this Session did not write it
        s.refresh();
        QCOMPARE(documents.count(), 1);
    }
    QCOMPARE(documents.at(0).at(0).toString(), created->number);
    s.refresh(); // nothing new: nothing announced again
    QCOMPARE(documents.count(), 1);
}

// PostgreSQL: when the server drops the connection the feed listens on, the feed connects and
// subscribes again, and the next write of another desk still arrives without refresh().
void TestSession::liveFeedSurvivesALostConnection()
{
    if (!dctest::onPostgres())
        QSKIP("PostgreSQL only: SQLite desks see each other's writes on refresh()");
    auto session = open();
    QVERIFY(session.ok());
    QSignalSpy documents(session.value().get(), &Session::documentChanged);
    QVERIFY(session.value()->followOtherDesks());
    auto other = Database::open(m_path);
    QVERIFY(other.ok());
    const QString dropFeed = QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                            " WHERE application_name = 'doccontrol-feed' AND datname = current_database()");
    QCOMPARE(dctest::scalar(*other.value(), dropFeed).toInt(), 1);
    QTest::qWait(200);
    auto created = DocumentService(*other.value(), m_clock).create(m_template.controller, procedure(QStringLiteral("备份管理程序")));
    QVERIFY2(created.ok(), qPrintable(created.message()));
    // Within the feed's reconnect interval the write is announced (missed while reconnecting, so
    // the reconnect itself looks again).
    QTRY_VERIFY_WITH_TIMEOUT(documents.count() >= 1, 10000);
    QCOMPARE(documents.at(0).at(0).toString(), created->number);
    // And the feed listens again: a second write arrives too.
    auto second = DocumentService(*other.value(), m_clock).create(m_template.controller, procedure(QStringLiteral("变更管理程序")));
    QVERIFY(second.ok());
    QTRY_VERIFY_WITH_TIMEOUT(documents.count() >= 2, 5000);
    QCOMPARE(documents.last().at(0).toString(), second->number);
}

// `store grant`: the application role can do DocControl's work but cannot touch the trail, the
// signatures or the triggers that guard them. On SQLite there are no roles to grant.
// A server that wants a password: opening without one, or with a wrong one, fails with
// AuthenticationFailed (what makes the app ask); the password the user typed opens the store,
// for the change feed's connection too.
void TestSession::databasePasswordIsAskedFor()
{
    if (!dctest::onPostgres())
        QSKIP("PostgreSQL only: a database server's password");
    auto owner = Database::open(m_path);
    QVERIFY(owner.ok());
    const QString role = QStringLiteral("dcpw_%1_%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    (void)dctest::rawSql(*owner.value(), QStringLiteral("CREATE ROLE doccontrol_password_users NOLOGIN")); // once per cluster
    DC_EXPECT_OK(dctest::rawSql(*owner.value(), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'Db-secret-2026' IN ROLE doccontrol_password_users").arg(role)));
    {
        auto session = open();
        QVERIFY(session.ok());
        DC_EXPECT_OK(session.value()->settings().grantDatabaseRole(m_template.admin, role));
    }
    auto location = StoreLocation::parse(m_path);
    QVERIFY(location.ok());
    StoreLocation asRole = location.value();
    asRole.user = role;
    const QString url = asRole.display();

    auto refused = Session::open(url, Session::Access::ReadWrite, m_clock);
    DC_EXPECT_ERROR(refused, ErrorCode::AuthenticationFailed);
    QVERIFY2(refused.message().contains(role), qPrintable(refused.message()));
    Session::setDatabasePassword(url, QStringLiteral("wrong"));
    DC_EXPECT_ERROR(Session::open(url, Session::Access::ReadWrite, m_clock), ErrorCode::AuthenticationFailed);

    Session::setDatabasePassword(url, QStringLiteral("Db-secret-2026"));
    auto session = Session::open(url, Session::Access::ReadWrite, m_clock);
    QVERIFY2(session.ok(), qPrintable(session.message()));
    QVERIFY(session.value()->signIn(QStringLiteral("wangfang"), dctest::kPassword).ok());
    QVERIFY(session.value()->followOtherDesks());
    QSignalSpy changed(session.value().get(), &Session::documentChanged);
    auto other = open(); // another desk, as the owner
    QVERIFY(other.ok());
    auto user = other.value()->signIn(QStringLiteral("wangfang"), dctest::kPassword);
    QVERIFY(user.ok());
    auto created = other.value()->documents().create(m_template.controller, procedure(QStringLiteral("口令管理程序")));
    QVERIFY2(created.ok(), qPrintable(created.message()));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000); // heard through the feed's own connection, which needed the password too
}

void TestSession::grantedRoleWorksButCannotRewriteHistory()
{
    auto session = open();
    QVERIFY(session.ok());
    SettingsService &settings = session.value()->settings();
    if (!dctest::onPostgres()) {
        DC_EXPECT_ERROR(settings.grantDatabaseRole(m_template.admin, QStringLiteral("doccontrol_app")), ErrorCode::InvalidState);
        return;
    }
    auto owner = Database::open(m_path); // the test server's superuser owns the tables
    QVERIFY(owner.ok());
    const QString role = QStringLiteral("dcapp_%1_%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(dctest::rawSql(*owner.value(), QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)).ok());

    const int eventsBefore = dctest::rowCount(*owner.value(), QStringLiteral("events"));
    DC_EXPECT_ERROR(settings.grantDatabaseRole(m_template.reader, role), ErrorCode::PermissionDenied);
    DC_EXPECT_ERROR(settings.grantDatabaseRole(m_template.admin, QStringLiteral("app; DROP TABLE events")), ErrorCode::InvalidInput);
    QCOMPARE(dctest::rowCount(*owner.value(), QStringLiteral("events")), eventsBefore);
    DC_EXPECT_OK(settings.grantDatabaseRole(m_template.admin, role));
    QCOMPARE(AuditLog(*owner.value()).head()->action, QStringLiteral("store.role_granted"));

    // The application role does the daily work…
    StoreLocation asApp = StoreLocation::parse(m_path).value();
    asApp.user = role;
    auto app = Database::open(asApp.display());
    QVERIFY2(app.ok(), qPrintable(app.message()));
    auto created = DocumentService(*app.value(), m_clock).create(m_template.controller, procedure(QStringLiteral("访问控制程序")));
    QVERIFY2(created.ok(), qPrintable(created.message()));
    // …but is refused by the server itself, triggers aside, whatever it tries on the history.
    const QStringList refused{
        QStringLiteral("UPDATE events SET action = 'forged'"),
        QStringLiteral("DELETE FROM events"),
        QStringLiteral("DELETE FROM signatures"),
        QStringLiteral("ALTER TABLE events DISABLE TRIGGER ALL"),
        QStringLiteral("DROP TRIGGER events_no_update ON events"),
        QStringLiteral("UPDATE doccontrol_store SET schema_version = 99"),
        QStringLiteral("TRUNCATE revisions CASCADE"),
    };
    for (const QString &sql : refused) {
        const Status done = dctest::rawSql(*app.value(), sql);
        QVERIFY2(!done.ok(), qPrintable(sql));
        QVERIFY2(done.message().contains(QLatin1String("permission denied")) || done.message().contains(QLatin1String("must be owner")),
                 qPrintable(sql + QStringLiteral(": ") + done.message()));
    }
    auto verified = Verifier(*owner.value()).run();
    QVERIFY(verified.ok());
    QVERIFY2(verified->ok(), qPrintable(verified->problems.isEmpty() ? QString() : verified->problems.first().message));

    // An upgrade by the owner gives the granted role the rights on the tables it adds.
    app = Error{ErrorCode::Io, QString()}; // close
    DC_EXPECT_OK(dctest::undoCitedNumbers(*owner.value()));
    DC_EXPECT_OK(dctest::rawSql(*owner.value(), QStringLiteral("UPDATE doccontrol_store SET schema_version = 11")));
    DC_EXPECT_OK(Database::open(m_path)); // as the owner: upgrades
    app = Database::open(asApp.display());
    QVERIFY2(app.ok(), qPrintable(app.message()));
    auto afterUpgrade = DocumentService(*app.value(), m_clock).create(m_template.controller, procedure(QStringLiteral("见 ISMS-P-999 的程序")));
    QVERIFY2(afterUpgrade.ok(), qPrintable(afterUpgrade.message()));
}

void TestSession::refusedWriteAnnouncesNothing()
{
    auto session = open();
    QVERIFY(session.ok());
    Session &s = *session.value();
    QSignalSpy registerChanged(&s, &Session::registerChanged);
    const auto before = dctest::stateOf(*Database::open(m_path).value());
    // A reader may not register documents.
    DC_EXPECT_ERROR(s.documents().create(m_template.reader, procedure(QStringLiteral("不应登记"))), ErrorCode::PermissionDenied);
    QTest::qWait(20);
    QCOMPARE(registerChanged.count(), 0);
    QCOMPARE(dctest::stateOf(*Database::open(m_path).value()), before);
}

void TestSession::numberingIsAuditedAndChecked()
{
    auto session = open();
    QVERIFY(session.ok());
    Session &s = *session.value();
    QSignalSpy settings(&s, &Session::settingsChanged);
    const QString before = s.settings().numberPattern(DocumentType::Procedure).text();

    DC_EXPECT_OK(s.settings().setNumberPattern(m_template.controller, DocumentType::Procedure, QStringLiteral("{prefix}-PR-{seq:3}")));
    QCOMPARE(s.settings().numberPattern(DocumentType::Procedure).text(), QStringLiteral("{prefix}-PR-{seq:3}"));
    auto events = s.verifier().events(QStringLiteral("settings"));
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    const Event &event = events->constFirst();
    QCOMPARE(event.action, QStringLiteral("settings.numbering_set"));
    QCOMPARE(event.user, QStringLiteral("wangfang"));
    QCOMPARE(event.details.value(QLatin1String("before")).toString(), before);
    QCOMPARE(event.details.value(QLatin1String("after")).toString(), QStringLiteral("{prefix}-PR-{seq:3}"));
    QTRY_COMPARE(settings.count(), 1);

    // Refusals change nothing and leave no event: an author, and an invalid pattern.
    auto other = Database::open(m_path);
    QVERIFY(other.ok());
    const auto unchanged = dctest::stateOf(*other.value());
    DC_EXPECT_ERROR(s.settings().setNumberPattern(m_template.author, DocumentType::Procedure, QStringLiteral("{prefix}-X-{seq:2}")),
                    ErrorCode::PermissionDenied);
    DC_EXPECT_ERROR(s.settings().setNumberPattern(m_template.controller, DocumentType::Procedure, QStringLiteral("{prefix}-{bad}-{seq}")),
                    ErrorCode::InvalidInput);
    QCOMPARE(dctest::stateOf(*other.value()), unchanged);
    QCOMPARE(s.settings().numberPattern(DocumentType::Procedure).text(), QStringLiteral("{prefix}-PR-{seq:3}"));
    // The audit trail with the new event still verifies.
    auto report = s.verifier().run();
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
}

void TestSession::readOnlySessionRefusesWrites()
{
    auto session = open(Session::Access::ReadOnly);
    QVERIFY(session.ok());
    QVERIFY(session.value()->isReadOnly());
    DC_EXPECT_ERROR(session.value()->documents().create(m_template.controller, procedure(QStringLiteral("只读"))), ErrorCode::ReadOnlyStore);
    DC_EXPECT_ERROR(session.value()->settings().setNumberPattern(m_template.controller, DocumentType::Form, QStringLiteral("{prefix}-F-{seq:3}")),
                    ErrorCode::ReadOnlyStore);
}

void TestSession::readModelsComeFromTheSession()
{
    auto session = open();
    QVERIFY(session.ok());
    Session &s = *session.value();
    auto created = s.documents().create(m_template.controller, procedure(QStringLiteral("变更管理程序")));
    QVERIFY(created.ok());
    auto state = s.documentState(m_template.controller, created->number);
    QVERIFY2(state.ok(), qPrintable(state.message()));
    QCOMPARE(state->document.number, created->number);
    QCOMPARE(state->current.status, RevisionStatus::Draft);
    // A reader does not even learn that a document with no effective revision exists.
    DC_EXPECT_ERROR(s.documentState(m_template.reader, created->number), ErrorCode::NotFound);
    auto subject = s.printSubject(m_template.controller, created->number, {});
    QVERIFY2(subject.ok(), qPrintable(subject.message()));
    QCOMPARE(subject->label, state->current.label);
    auto tasks = s.tasks(m_template.reviewer, m_clock.nowUtc().date());
    QVERIFY(tasks.ok());
    QVERIFY(tasks->isEmpty()); // nothing submitted yet
}

void TestSession::ticketOpensASessionOnAWorkerThread()
{
    auto session = open();
    QVERIFY(session.ok());
    QVERIFY(session.value()->signIn(QStringLiteral("wangfang"), dctest::kPassword).ok());
    const Session::Ticket ticket = session.value()->ticket();
    QString worker;
    QString number;
    std::unique_ptr<QThread> thread(QThread::create([&]() {
        auto own = ticket.open();
        if (!own) {
            worker = own.message();
            return;
        }
        worker = own.value()->user().name;
        auto created = own.value()->documents().create(own.value()->user(), procedure(QStringLiteral("事件管理程序")));
        number = created ? created->number : created.message();
    }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QCOMPARE(worker, QStringLiteral("wangfang"));
    // The worker's write is another connection's: this Session sees it on refresh.
    QSignalSpy documents(session.value().get(), &Session::documentChanged);
    session.value()->refresh();
    QCOMPARE(documents.count(), 1);
    QCOMPARE(documents.at(0).at(0).toString(), number);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
