#include "core/services/session.h"

#include "core/services/acknowledgements.h"

#include "core/services/audittrail.h"
#include "core/services/backupservice.h"
#include "core/services/bundleservice.h"
#include "core/services/demostore.h"
#include "core/services/dispositionservice.h"
#include "core/services/documentservice.h"
#include "core/services/externalregister.h"
#include "core/services/linkservice.h"
#include "core/services/documentstate.h"
#include "core/services/exportinput.h"
#include "core/services/exportservice.h"
#include "core/services/importservice.h"
#include "core/services/keyring.h"
#include "core/services/masterlist.h"
#include "core/services/coverage.h"
#include "core/services/soaservice.h"
#include "core/services/printsubject.h"
#include "core/services/settingsservice.h"
#include "core/services/tasks.h"
#include "core/services/userservice.h"
#include "core/services/verifier.h"
#include "core/services/witness.h"
#include "core/services/workflowservice.h"
#include "core/store/auditlog.h"
#include "core/store/changefeed.h"
#include "core/store/database.h"
#include "core/store/storelocation.h"

#include <QFileInfo>


namespace dc {

// The services, each bound to the Session's store and clock. They hold no state of their own
// beyond that, so one of each serves every screen.
struct Session::Services {
    Services(Database &db, const Clock &clock)
        : documents(db, clock), workflow(db, clock), users(db, clock), settings(db, clock), exports(db, clock),
          imports(db, clock), backups(db, clock), bundles(db, clock), keyring(db, clock), verifier(db), masterList(db, clock), auditTrail(db), coverage(db, clock), links(db, clock), externals(db, clock), soa(db, clock),
          acknowledgements(db, clock), disposition(db, clock)
    {
    }
    DocumentService documents;
    WorkflowService workflow;
    UserService users;
    SettingsService settings;
    ExportService exports;
    ImportService imports;
    BackupService backups;
    BundleService bundles;
    Keyring keyring;
    Verifier verifier;
    MasterListService masterList;
    AuditTrail auditTrail;
    CoverageService coverage;
    LinkService links;
    ExternalRegister externals;
    SoaService soa;
    AcknowledgementService acknowledgements;
    DispositionService disposition;
};

namespace {

Database::Access databaseAccess(Session::Access access)
{
    switch (access) {
    case Session::Access::ReadWrite: return Database::Access::ReadWrite;
    case Session::Access::ReadOnly: return Database::Access::ReadOnly;
    case Session::Access::Salvage: return Database::Access::Salvage;
    }
    return Database::Access::ReadOnly;
}

} // namespace

Session::Session(std::unique_ptr<Database> db, const Clock &clock, Access access)
    : m_db(std::move(db)), m_clock(clock), m_access(access), m_services(std::make_unique<Services>(*m_db, clock))
{
    if (auto head = AuditLog(*m_db).head())
        m_seenSeq = head.value().seq;
    // Each committed write of this Session leaves events after m_seenSeq. They are announced
    // from the event loop, not from inside the service call that wrote: a screen that reloads
    // on a signal must not pull the state from under the action still running.
    m_db->setCommitHook([this]() {
        if (m_announcePending)
            return;
        m_announcePending = true;
        QMetaObject::invokeMethod(this, &Session::refresh, Qt::QueuedConnection);
    });
}

bool Session::followOtherDesks()
{
    if (!m_db->isPostgres())
        return false;
    if (!m_feed) {
        m_feed = std::make_unique<ChangeFeed>(m_db->path());
        connect(m_feed.get(), &ChangeFeed::changed, this, &Session::refresh);
    }
    return true;
}

Session::~Session()
{
    m_db->setCommitHook({});
}

Result<std::unique_ptr<Session>> Session::open(const QString &path, Access access, const Clock &clock)
{
    auto db = Database::open(path, databaseAccess(access));
    if (!db)
        return db.error();
    const Access opened = db.value()->isReadOnly() && access == Access::ReadWrite ? Access::ReadOnly : access;
    return std::unique_ptr<Session>(new Session(std::move(db).value(), clock, opened));
}

Result<std::unique_ptr<Session>> Session::create(const QString &path, const NewStore &store, const Clock &clock)
{
    auto db = UserService::initStore(path, store, clock);
    if (!db)
        return db.error();
    return std::unique_ptr<Session>(new Session(std::move(db).value(), clock, Access::ReadWrite));
}

Result<std::unique_ptr<Session>> Session::openDemo(const QString &path, const Clock &clock)
{
    auto db = DemoStore::openOrCreate(path, clock);
    if (!db)
        return db.error();
    return std::unique_ptr<Session>(new Session(std::move(db).value(), clock, Access::ReadWrite));
}

QString Session::storePath() const { return m_db->path(); }

QString Session::rememberedLocation(const QString &location)
{
    return StoreLocation::isPostgresUrl(location) ? location : QFileInfo(location).absoluteFilePath();
}

bool Session::isDatabaseLocation(const QString &location)
{
    return StoreLocation::isPostgresUrl(location);
}

void Session::setDatabasePassword(const QString &location, const QString &password)
{
    StoreLocation::setPassword(location, password);
}
bool Session::isReadOnly() const { return m_db->isReadOnly(); }
bool Session::ownsStoreFile(const QString &file) const { return m_db->ownsFile(file); }

Status Session::checkWitness() { return Witness::check(*m_db); }
Status Session::rememberWitness() { return Witness::remember(*m_db); }

Result<User> Session::signIn(const QString &name, const QString &password)
{
    auto user = m_services->users.authenticate(name, password);
    if (!user)
        return user.error();
    m_user = user.value();
    return user;
}

void Session::signOut() { m_user.reset(); }

DocumentService &Session::documents() { return m_services->documents; }
WorkflowService &Session::workflow() { return m_services->workflow; }
UserService &Session::users() { return m_services->users; }
SettingsService &Session::settings() { return m_services->settings; }
ExportService &Session::exports() { return m_services->exports; }
MasterListService &Session::masterList() { return m_services->masterList; }
CoverageService &Session::coverage() { return m_services->coverage; }
SoaService &Session::soa() { return m_services->soa; }
ImportService &Session::imports() { return m_services->imports; }
BackupService &Session::backups() { return m_services->backups; }
BundleService &Session::bundles() { return m_services->bundles; }
AcknowledgementService &Session::acknowledgements() { return m_services->acknowledgements; }
Keyring &Session::keyring() { return m_services->keyring; }
Verifier &Session::verifier() { return m_services->verifier; }
AuditTrail &Session::auditTrail() { return m_services->auditTrail; }
LinkService &Session::links() { return m_services->links; }
ExternalRegister &Session::externals() { return m_services->externals; }
DispositionService &Session::disposition() { return m_services->disposition; }

Result<DocumentState> Session::documentState(const User &actor, const QString &number)
{
    return DocumentState::load(*m_db, actor, number);
}

Result<QList<Task>> Session::tasks(const User &actor, QDate today, int horizonDays)
{
    return findTasks(*m_db, actor, today, horizonDays);
}

Result<PrintSubject> Session::printSubject(const User &actor, const QString &number, const QString &label)
{
    return PrintSubject::load(*m_db, actor, number, label);
}

Result<ExportSource> Session::exportSource(const User &actor, const QString &number, const QString &label)
{
    return ExportInput::load(*m_db, actor, number, label);
}

Session::Ticket Session::ticket() const { return Ticket{m_db->path(), m_access, m_user, &m_clock}; }

Result<std::unique_ptr<Session>> Session::Ticket::open() const
{
    auto session = Session::open(path, access, clock ? *clock : Clock::system());
    if (!session)
        return session.error();
    session.value()->m_user = user;
    return session;
}

void Session::refresh()
{
    m_announcePending = false;
    announceChangesSince(m_seenSeq);
}

// Every write leaves an event whose object names what changed: "ISMS-P-012 A/1" (a
// document and maybe its revision), "user wangfang", "route procedure", "settings …",
// "store". One signal per document, and one for the register, however many events.
void Session::announceChangesSince(qint64 seq)
{
    auto events = AuditLog(*m_db).since(seq);
    if (!events || events.value().isEmpty())
        return;
    m_seenSeq = events.value().constLast().seq;
    QStringList documents;
    bool users = false;
    bool settings = false;
    for (const Event &event : events.value()) {
        const QString first = event.object.section(QLatin1Char(' '), 0, 0);
        if (first == QLatin1String("user"))
            users = true;
        else if (first == QLatin1String("route") || first == QLatin1String("settings"))
            settings = true;
        else if (!first.isEmpty() && !documents.contains(first))
            documents.append(first);
    }
    for (const QString &number : std::as_const(documents))
        Q_EMIT documentChanged(number);
    if (!documents.isEmpty())
        Q_EMIT registerChanged();
    if (users)
        Q_EMIT usersChanged();
    if (settings)
        Q_EMIT settingsChanged();
}

} // namespace dc
