#pragma once

#include "core/model/clock.h"
#include "core/model/result.h"
#include "core/model/user.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace dc {

class AcknowledgementService;
class BackupService;
class BundleService;
class ChangeFeed;
class Database;
class DispositionService;
class DocumentService;
class ExportService;
class ExternalRegister;
class LinkService;
class ImportService;
class Keyring;
class MasterListService;
class CoverageService;
class SoaService;
class SettingsService;
class UserService;
class Verifier;
class AuditTrail;
class WorkflowService;
struct DocumentState;
struct ExportSource;
struct NewStore;
struct PrintSubject;
struct Task;

// The one door into the core for the screens and the command line. A Session owns the
// connection to one store, the signed-in user and the clock; it hands out the services (each
// checks the actor it is given, in core) and tells whoever listens what changed after every
// committed write — its own (from the event loop, just after the write), and, after
// refresh(), those of other desks and processes — by reading the audit trail, in which every
// write leaves an event.
//
// Everything the screens can do is reachable from here:
//   documents()  register, search, show, new documents, details, drafts, images, diff, history
//   workflow()   submit, sign, reject, release, withdraw, periodic review, routes, today
//   users()      sign-in, users, roles, passwords           settings()  numbering, templates, organisation
//   exports()    stamped PDFs, prints, controlled copies     imports()   md/html/odt/docx/pdf
//   backups()    backup, restore, automatic backups          bundles()   signed bundles
//   keyring()    the signing keys                            verifier()  verify the store
//   masterList() the master list of documents (受控文件清单) as CSV or PDF
//   auditTrail() the audit trail filtered, a page at a time, and as CSV
//   coverage()   which documents answer each clause of a standard, and the gaps
//   links()      what a document cites and what cites it     externals()  the register of external documents
//   disposition() records past their retention: the list, destroy, keep longer, legal holds
//   soa()        the Statement of Applicability: its table, a control at a time, refreshed from the mapping
// A Session belongs to the thread that opened it (SQLite connections do); work on a worker
// thread opens a Session of its own from a Ticket.
class Session final : public QObject {
    Q_OBJECT
public:
    // Salvage: read-only without the integrity check, to copy out what a damaged store still holds.
    enum class Access { ReadWrite, ReadOnly, Salvage };

    ~Session() override;

    // Opens an existing store; fails as Database::open does (missing, not a store, corrupt —
    // ErrorCode::CorruptStore —, newer version), leaving the file untouched.
    static Result<std::unique_ptr<Session>> open(const QString &path, Access access = Access::ReadWrite,
                                                 const Clock &clock = Clock::system());
    // Creates a new store with its first administrator (`init`); nothing is left on failure.
    static Result<std::unique_ptr<Session>> create(const QString &path, const NewStore &store,
                                                   const Clock &clock = Clock::system());
    // Opens the demo store at `path`, building it first when it does not exist (seconds).
    static Result<std::unique_ptr<Session>> openDemo(const QString &path, const Clock &clock = Clock::system());

    QString storePath() const;
    // How a store location is remembered (recent stores, the last store): a file as its absolute
    // path, a postgresql:// URL as it is.
    static QString rememberedLocation(const QString &location);
    // True when `location` names a shared PostgreSQL store rather than a file.
    static bool isDatabaseLocation(const QString &location);
    // The database password the user typed for a PostgreSQL `location`, for every connection
    // this process makes to it (open() fails with AuthenticationFailed while the server wants
    // one it does not have). Kept in memory only.
    static void setDatabasePassword(const QString &location, const QString &password);
    bool isReadOnly() const;
    const Clock &clock() const { return m_clock; }
    // True when `file` is the store's file or one of its companions (what nothing may write).
    bool ownsStoreFile(const QString &file) const;

    // This desk as a witness of the audit chain: fails when the store lost a head this desk
    // has seen (its history was cut or rewritten). remember() records the current head.
    Status checkWitness();
    Status rememberWitness();

    // Signs `name` in with `password` (same time for an unknown name); the user stays signed
    // in until signOut() or another signIn().
    Result<User> signIn(const QString &name, const QString &password);
    void signOut();
    bool isSignedIn() const { return m_user.has_value(); }
    // The signed-in user; only valid while isSignedIn().
    const User &user() const { return *m_user; }

    DocumentService &documents();
    WorkflowService &workflow();
    UserService &users();
    SettingsService &settings();
    ExportService &exports();
    MasterListService &masterList();
    CoverageService &coverage();
    SoaService &soa();
    ImportService &imports();
    BackupService &backups();
    BundleService &bundles();
    AcknowledgementService &acknowledgements();
    Keyring &keyring();
    Verifier &verifier();
    AuditTrail &auditTrail();
    LinkService &links();
    ExternalRegister &externals();
    DispositionService &disposition();

    // A document as `actor` may see it, with the actions `actor` may take (DocumentState).
    Result<DocumentState> documentState(const User &actor, const QString &number);
    // What waits for `actor`: reviews, approvals, releases, periodic reviews due within
    // `horizonDays` of `today`; overdue first.
    Result<QList<Task>> tasks(const User &actor, QDate today, int horizonDays = 30);

    // The revision a print, an export or a preview of `number` is about (an empty label: the
    // effective revision, else the latest), as `actor` may see it.
    Result<PrintSubject> printSubject(const User &actor, const QString &number, const QString &label);
    // Everything the pages of that revision are made from (for a preview; records nothing).
    Result<ExportSource> exportSource(const User &actor, const QString &number, const QString &label);

    // What a worker thread needs to open its own Session on the same store as the same user.
    struct Ticket {
        QString path;
        Access access = Access::ReadWrite;
        std::optional<User> user;
        const Clock *clock = nullptr;
        Result<std::unique_ptr<Session>> open() const;
    };
    Ticket ticket() const;

    // What a desk that stays open (the app) calls: on a PostgreSQL store, listens on a connection
    // of its own for other desks' commits and refreshes as they arrive; returns true then. On
    // SQLite returns false: call refresh() now and then instead.
    bool followOtherDesks();

public Q_SLOTS:
    // Looks for writes other desks or processes committed since the last look and emits the
    // change signals for them. Cheap when nothing changed (one indexed read). After
    // followOtherDesks() on a PostgreSQL store it also runs by itself as soon as another desk
    // commits (LISTEN/NOTIFY).
    void refresh();


Q_SIGNALS:
    // A document's metadata, revisions, signatures, copies or exports changed.
    void documentChanged(const QString &number);
    // Documents were added or changed: the register and the search may show other rows.
    void registerChanged();
    // Users, roles, passwords or keys changed.
    void usersChanged();
    // Store-wide settings or routes changed.
    void settingsChanged();

private:
    Session(std::unique_ptr<Database> db, const Clock &clock, Access access);
    void announceChangesSince(qint64 seq);

    struct Services;
    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    Access m_access;
    std::unique_ptr<Services> m_services;
    std::optional<User> m_user;
    qint64 m_seenSeq = 0; // the audit trail's head when the screens last heard of changes
    bool m_announcePending = false;
    std::unique_ptr<ChangeFeed> m_feed; // PostgreSQL: other desks' writes, as they commit
};

} // namespace dc
