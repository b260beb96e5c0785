// Access by classification: a document classified above a user's clearance is invisible to them
// on every path — register and its count, search (hits, total, snippets), show, history, the
// document's state, print and export, copies, coverage, the master list, due reviews, manual
// references and new revisions — and a hidden document fails exactly as a missing one. The
// exceptions (route, owner, distribution list, administrators and controllers) open every path.

#include "core/services/audittrail.h"
#include "core/services/coverage.h"
#include "core/services/documentservice.h"
#include "core/services/documentstate.h"
#include "core/services/exportinput.h"
#include "core/services/exportservice.h"
#include "core/services/linkservice.h"
#include "core/services/masterlist.h"
#include "core/services/printsubject.h"
#include "core/services/userservice.h"
#include "core/services/verifier.h"
#include "core/services/workflowservice.h"
#include "core/store/documentstore.h"
#include "workflowfixture.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace dc;
using namespace Qt::StringLiterals;

namespace {

// What one path shows `viewer` of document `number`: "seen", "hidden" (absent from a list, or
// the very error a missing number gives), or anything else that went wrong.
using Probe = std::function<QString(Database &, const Clock &, const User &, const QString &)>;

QString listed(bool found) { return found ? u"seen"_s : u"hidden"_s; }

template <typename T>
QString opened(const Result<T> &result, const QString &number)
{
    if (result)
        return u"seen"_s;
    if (result.code() == ErrorCode::NotFound && result.message() == DocumentStore::noSuchDocument(number).message)
        return u"hidden"_s;
    return u"error: "_s + result.message();
}

} // namespace

Q_DECLARE_METATYPE(Probe)

class TestVisibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void paths_data();
    void paths();
    void hiddenLooksMissing();
    void linksLeaveHiddenOut();
    void auditTrailLeavesHiddenOut();
    void searchSnippetsAndTotal();
    void clearanceIsAudited();
    void clearanceNeedsAdmin();

private:
    Database &db() { return m_session.db(); }
    dctest::FlowDriver &flow() { return m_session.flow(); }
    QString create(const QString &title, Classification classification, const QString &word);
    User withClearance(const User &user, Classification clearance) const
    {
        User changed = user;
        changed.clearance = clearance;
        return changed;
    }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
    QString m_secret, m_internal;
};

QString TestVisibility::create(const QString &title, Classification classification, const QString &word)
{
    NewDocument d;
    d.title = title;
    d.type = DocumentType::Procedure;
    d.owner = u"wangfang"_s; // not the reader, not the author lisi
    d.classification = classification;
    d.clauses = {ClauseRef{u"27001:2022"_s, u"A.5.1"_s}};
    d.content = u"# "_s + title + u"\n\n机房门禁 "_s + word + u" 按本程序执行。\n"_s;
    auto created = flow().documents().create(m_template.controller(), d);
    if (!created) {
        qWarning("%s", qPrintable(created.message()));
        return {};
    }
    if (const Status effective = flow().toEffective(created->number); !effective)
        qWarning("%s", qPrintable(effective.message()));
    return created->number;
}

void TestVisibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestVisibility::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_secret = create(u"数据中心机房访问程序"_s, Classification::Secret, u"vaultword"_s);
    m_internal = create(u"办公区访客程序"_s, Classification::Internal, u"lobbyword"_s);
    QVERIFY(!m_secret.isEmpty() && !m_internal.isEmpty());
}

void TestVisibility::cleanup()
{
    m_session.close();
}

void TestVisibility::paths_data()
{
    QTest::addColumn<Probe>("probe");
    QTest::newRow("register") << Probe([](Database &db, const Clock &, const User &u, const QString &n) -> QString {
        auto page = DocumentService(db).list(u, RegisterQuery{});
        if (!page)
            return u"error: "_s + page.message();
        const bool found = std::any_of(page->rows.cbegin(), page->rows.cend(), [&](const Document &d) { return d.number == n; });
        return listed(found);
    });
    QTest::newRow("register count") << Probe([](Database &db, const Clock &, const User &u, const QString &n) -> QString {
        RegisterQuery query;
        query.filter.text = n; // the number itself: the count is 1 or 0
        auto page = DocumentService(db).list(u, query);
        return page ? listed(page->total == 1) : u"error: "_s + page.message();
    });
    QTest::newRow("search") << Probe([](Database &db, const Clock &, const User &u, const QString &n) -> QString {
        auto found = DocumentService(db).search(u, u"机房门禁"_s, 50);
        if (!found)
            return u"error: "_s + found.message();
        return listed(std::any_of(found->hits.cbegin(), found->hits.cend(), [&](const SearchHit &h) { return h.number == n; }));
    });
    QTest::newRow("links") << Probe([](Database &db, const Clock &clock, const User &u, const QString &n) -> QString { return opened(LinkService(db, clock).links(u, n), n); });
    QTest::newRow("show") << Probe([](Database &db, const Clock &, const User &u, const QString &n) -> QString { return opened(DocumentService(db).show(u, n), n); });
    QTest::newRow("images") << Probe([](Database &db, const Clock &, const User &u, const QString &n) -> QString {
        return opened(DocumentService(db).images(u, n, u"A/0"_s), n);
    });
    QTest::newRow("history") << Probe([](Database &db, const Clock &, const User &u, const QString &n) -> QString { return opened(WorkflowService(db).history(u, n), n); });
    QTest::newRow("document state") << Probe([](Database &db, const Clock &, const User &u, const QString &n) -> QString { return opened(DocumentState::load(db, u, n), n); });
    QTest::newRow("print subject") << Probe([](Database &db, const Clock &, const User &u, const QString &n) -> QString {
        return opened(PrintSubject::load(db, u, n, QString()), n);
    });
    QTest::newRow("preview source") << Probe([](Database &db, const Clock &, const User &u, const QString &n) -> QString {
        return opened(ExportInput::load(db, u, n, QString()), n);
    });
    QTest::newRow("export") << Probe([](Database &db, const Clock &clock, const User &u, const QString &n) -> QString {
        QTemporaryDir dir;
        ExportRequest request;
        request.number = n;
        return opened(ExportService(db, clock).exportPdf(u, request, dir.filePath(u"out.pdf"_s)), n);
    });
    QTest::newRow("copies") << Probe([](Database &db, const Clock &, const User &u, const QString &n) -> QString {
        if (u.roles == Roles(Role::Reader))
            return u"hidden"_s; // readers never read the copy register (a rule of its own)
        return opened(ExportService(db).copies(u, n), n);
    });
    QTest::newRow("copy register") << Probe([](Database &db, const Clock &, const User &u, const QString &n) -> QString {
        if (u.roles == Roles(Role::Reader))
            return u"hidden"_s; // readers never read the copy register (a rule of its own)
        // One copy of the document's first revision on the register, then the whole register read.
        const Status issued = dctest::rawSql(db, u"INSERT INTO controlled_copies(revision_id, copy_number, holder, issued_by, issued_at)"
                                                 " SELECT r.id, 1, 'IT', d.owner_id, '2026-03-01T00:00:00.000Z' FROM revisions r"
                                                 " JOIN documents d ON d.id = r.document_id WHERE d.number = ? AND r.label = 'A/0'"
                                                 " AND NOT EXISTS (SELECT 1 FROM controlled_copies c WHERE c.revision_id = r.id)"_s,
                                              {n});
        if (!issued)
            return u"error: "_s + issued.message();
        auto all = ExportService(db).copies(u);
        if (!all)
            return u"error: "_s + all.message();
        return listed(std::any_of(all->cbegin(), all->cend(), [&](const ControlledCopy &c) { return c.number == n; }));
    });
    QTest::newRow("audit trail") << Probe([](Database &db, const Clock &, const User &u, const QString &n) -> QString {
        if (u.roles == Roles(Role::Reader))
            return u"hidden"_s; // readers never read the audit trail (a rule of its own)
        auto page = AuditTrail(db).find(u, {});
        if (!page)
            return u"error: "_s + page.message();
        // The document's own events and its revisions' ("N A/0").
        const bool found = std::any_of(page->events.cbegin(), page->events.cend(),
                                       [&](const Event &e) { return e.object == n || e.object.startsWith(n + u' '); });
        return listed(found);
    });
    QTest::newRow("coverage") << Probe([](Database &db, const Clock &clock, const User &u, const QString &n) -> QString {
        auto report = CoverageService(db, clock).build(u, u"27001:2022"_s);
        if (!report)
            return u"error: "_s + report.message();
        for (const CoverageEntry &e : report->entries) {
            for (const CoverageDocument &d : e.documents + e.pending) {
                if (d.number == n)
                    return u"seen"_s;
            }
        }
        return u"hidden"_s;
    });
    QTest::newRow("master list") << Probe([](Database &db, const Clock &clock, const User &u, const QString &n) -> QString {
        auto list = MasterListService(db, clock).build(u, {});
        if (!list)
            return u"error: "_s + list.message();
        return listed(std::any_of(list->entries.cbegin(), list->entries.cend(), [&](const MasterListEntry &e) { return e.number == n; }));
    });
    QTest::newRow("due reviews") << Probe([](Database &db, const Clock &clock, const User &u, const QString &n) -> QString {
        auto due = WorkflowService(db, clock).dueReviews(u, QDate(2040, 1, 1));
        if (!due)
            return u"error: "_s + due.message();
        return listed(std::any_of(due->cbegin(), due->cend(), [&](const DueReview &r) { return r.document.number == n; }));
    });
}

// Each path, for each kind of viewer: the reader below the document's classification does not
// see it, everyone the rule lets in does; the internal document is seen by all of them.
void TestVisibility::paths()
{
    QFETCH(Probe, probe);
    const User reader = m_template.reader();           // chenjing, clearance internal
    const User author = m_template.author();           // lisi: writes drafts, not on this route
    const User reviewer = m_template.reviewer();       // zhaoliu: reviewed the secret document
    const User readerCleared = withClearance(reader, Classification::Secret);
    const User readerConfidential = withClearance(reader, Classification::Confidential);
    QCOMPARE(reader.clearance, Classification::Internal); // what a new user gets

    // Readers never read the copy register nor the audit trail, whatever they may see (rules of their own).
    const QByteArray tag(QTest::currentDataTag());
    const bool readersNever = tag == "copies" || tag == "copy register" || tag == "audit trail";
    const QString readerSees = readersNever ? u"hidden"_s : u"seen"_s;

    QCOMPARE(probe(db(), m_clock, reader, m_secret), u"hidden"_s);
    QCOMPARE(probe(db(), m_clock, readerConfidential, m_secret), u"hidden"_s);
    QCOMPARE(probe(db(), m_clock, author, m_secret), u"hidden"_s);
    QCOMPARE(probe(db(), m_clock, readerCleared, m_secret), readerSees);
    QCOMPARE(probe(db(), m_clock, reviewer, m_secret), u"seen"_s);
    QCOMPARE(probe(db(), m_clock, m_template.admin(), m_secret), u"seen"_s);
    QCOMPARE(probe(db(), m_clock, m_template.controller(), m_secret), u"seen"_s);
    QCOMPARE(probe(db(), m_clock, reader, m_internal), readerSees);
    QCOMPARE(probe(db(), m_clock, author, m_internal), u"seen"_s);
    QCOMPARE(probe(db(), m_clock, reviewer, m_internal), u"seen"_s);

    // On the distribution list, in person or through the department.
    DC_EXPECT_OK(dctest::rawSql(db(), u"INSERT INTO document_distribution(document_id, department) SELECT id, '人事部' FROM documents WHERE number = ?"_s, {m_secret}));
    QCOMPARE(probe(db(), m_clock, reader, m_secret), readerSees);
    QCOMPARE(probe(db(), m_clock, author, m_secret), u"hidden"_s);
    DC_EXPECT_OK(dctest::rawSql(db(), u"INSERT INTO document_distribution(document_id, user_id) SELECT d.id, u.id FROM documents d, users u"
                                      " WHERE d.number = ? AND u.name = 'lisi'"_s, {m_secret}));
    QCOMPARE(probe(db(), m_clock, author, m_secret), u"seen"_s);
}

// A hidden document and a number nobody registered give the same answer, on the paths that
// name one document (show, print, export, new revision).
void TestVisibility::hiddenLooksMissing()
{
    const User reader = m_template.reader();
    const QString missing = u"ISMS-P-9999"_s;
    auto hidden = DocumentService(db()).show(reader, m_secret);
    auto absent = DocumentService(db()).show(reader, missing);
    QCOMPARE(hidden.code(), absent.code());
    QCOMPARE(QString(hidden.message()).replace(m_secret, u"N"_s), QString(absent.message()).replace(missing, u"N"_s));

    const User author = m_template.author();
    const dctest::StoreState before = dctest::stateOf(db());
    auto edited = DocumentService(db(), m_clock).editDraft(author, m_secret, u"# 改\n"_s, u"改"_s, RevisionStep::Minor);
    QCOMPARE(edited.code(), ErrorCode::NotFound);
    QCOMPARE(edited.message(), DocumentStore::noSuchDocument(m_secret).message);
    QCOMPARE(dctest::stateOf(db()), before);
}

// What a document cites and what cites it never names a document hidden from the viewer: not
// even its number shows on a document the viewer may see.
void TestVisibility::linksLeaveHiddenOut()
{
    LinkService links(db(), m_clock);
    DC_EXPECT_OK(links.changeLinks(m_template.controller(), m_internal, {m_secret}, {}));
    DC_EXPECT_OK(links.changeLinks(m_template.controller(), m_secret, {m_internal}, {}));
    auto controllerView = links.links(m_template.controller(), m_internal);
    DC_EXPECT_OK(controllerView);
    QCOMPARE(controllerView->cites.size(), 1);
    QCOMPARE(controllerView->citedBy.size(), 1);
    auto readerView = links.links(m_template.reader(), m_internal);
    DC_EXPECT_OK(readerView);
    QVERIFY(readerView->cites.isEmpty());
    QVERIFY(readerView->citedBy.isEmpty());
    auto cleared = links.links(withClearance(m_template.reader(), Classification::Secret), m_internal);
    DC_EXPECT_OK(cleared);
    QCOMPARE(cleared->cites.size(), 1);
    QCOMPARE(cleared->cites.first().number, m_secret);
}

// The search's total and every snippet leave the hidden document out; its own words find nothing.
// The audit trail and its CSV never show a hidden document's events (its number, its title in
// the registration's details), its event kinds only when some visible event has them; events
// about no document stay. Filtering by the hidden number finds nothing, as a missing number does.
void TestVisibility::auditTrailLeavesHiddenOut()
{
    const User author = m_template.author(); // lisi, clearance internal, not on the secret route
    DC_EXPECT_OK(flow().documents().mapClauses(m_template.controller(), m_secret, {ClauseRef{u"27001:2022"_s, u"A.5.2"_s}}, {}, u"补充"_s));
    const AuditTrail trail(db());

    auto everything = trail.find(m_template.controller(), {});
    auto seen = trail.find(author, {});
    DC_EXPECT_OK(everything);
    DC_EXPECT_OK(seen);
    QVERIFY(seen->events.size() < everything->events.size());
    const auto about = [](const QList<Event> &events, const QString &n) {
        return std::count_if(events.cbegin(), events.cend(), [&](const Event &e) { return e.object == n || e.object.startsWith(n + u' '); });
    };
    QCOMPARE(about(seen->events, m_secret), 0);
    QVERIFY(about(everything->events, m_secret) > 0);
    QCOMPARE(about(seen->events, m_internal), about(everything->events, m_internal));
    // Only the secret document's events are left out: users, settings and the store stay.
    QCOMPARE(seen->events.size() + about(everything->events, m_secret), everything->events.size());
    QVERIFY(std::any_of(seen->events.cbegin(), seen->events.cend(), [](const Event &e) { return e.action == u"user.added"_s; }));

    // Paged, the same events.
    auto firstPage = trail.find(author, {}, 0, 3);
    DC_EXPECT_OK(firstPage);
    QCOMPARE(firstPage->events.size(), 3);
    QCOMPARE(firstPage->events.first().seq, seen->events.first().seq);

    AuditFilter bySecret;
    bySecret.document = m_secret;
    auto filtered = trail.find(author, bySecret);
    DC_EXPECT_OK(filtered);
    QVERIFY(filtered->events.isEmpty());

    // document.metadata_set happened to the secret document only.
    auto kinds = trail.actions(author);
    DC_EXPECT_OK(kinds);
    QVERIFY(kinds->contains(u"revision.released"_s));
    QVERIFY(!kinds->contains(u"document.metadata_set"_s));
    QVERIFY(trail.actions(m_template.controller())->contains(u"document.metadata_set"_s));

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"trail.csv"_s);
    DC_EXPECT_OK(trail.writeCsv(author, {}, csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(!text.contains(m_secret));
    QVERIFY(!text.contains(u"数据中心机房访问程序"_s));
    QVERIFY(text.contains(m_internal));

    // On the distribution list, the secret document's events come back.
    DC_EXPECT_OK(dctest::rawSql(db(), u"INSERT INTO document_distribution(document_id, user_id) SELECT d.id, u.id FROM documents d, users u"
                                      " WHERE d.number = ? AND u.name = 'lisi'"_s, {m_secret}));
    auto listed = trail.find(author, {});
    DC_EXPECT_OK(listed);
    QCOMPARE(listed->events.size(), everything->events.size());
}

void TestVisibility::searchSnippetsAndTotal()
{
    const User reader = m_template.reader();
    auto found = DocumentService(db()).search(reader, u"机房门禁"_s, 50);
    DC_EXPECT_OK(found);
    QCOMPARE(found->total, 1);
    QCOMPARE(found->hits.size(), 1);
    QCOMPARE(found->hits.first().number, m_internal);
    for (const SearchHit &h : found->hits)
        QVERIFY2(!h.snippet.text.contains(u"vaultword"_s), qPrintable(h.snippet.text));
    auto word = DocumentService(db()).search(reader, u"vaultword"_s, 50);
    DC_EXPECT_OK(word);
    QCOMPARE(word->total, 0);
    QVERIFY(word->hits.isEmpty());
    auto title = DocumentService(db()).search(reader, u"数据中心"_s, 50);
    DC_EXPECT_OK(title);
    QCOMPARE(title->total, 0);
    // Staff search the current revisions' entries: the author below secret finds nothing either.
    auto staff = DocumentService(db()).search(m_template.author(), u"vaultword"_s, 50);
    DC_EXPECT_OK(staff);
    QCOMPARE(staff->total, 0);
    auto cleared = DocumentService(db()).search(withClearance(reader, Classification::Secret), u"vaultword"_s, 50);
    DC_EXPECT_OK(cleared);
    QCOMPARE(cleared->total, 1);
    QVERIFY(cleared->hits.first().snippet.text.contains(u"vaultword"_s));
}

// Setting a clearance is audited, replayed by verify, and read back with the user.
void TestVisibility::clearanceIsAudited()
{
    UserService users(db(), m_clock);
    DC_EXPECT_OK(users.setClearance(m_template.admin(), u"chenjing"_s, Classification::Secret));
    auto chenjing = users.authenticate(u"chenjing"_s, dctest::kPassword);
    DC_EXPECT_OK(chenjing);
    QCOMPARE(chenjing->clearance, Classification::Secret);
    QCOMPARE(DocumentService(db()).show(chenjing.value(), m_secret).ok(), true);
    QCOMPARE(dctest::scalar(db(), u"SELECT details FROM events WHERE action = 'user.clearance_changed'"_s).toString().contains(u"secret"_s), true);
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.isEmpty() ? QString() : report->problems.first().message));

    // A clearance changed behind DocumentControl's back is named by verify.
    DC_EXPECT_OK(dctest::rawSql(db(), u"UPDATE users SET clearance = 'public' WHERE name = 'chenjing'"_s));
    report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY(std::any_of(report->problems.cbegin(), report->problems.cend(), [](const VerifyProblem &p) { return p.message.contains(u"clearance"_s); }));
}

void TestVisibility::clearanceNeedsAdmin()
{
    UserService users(db(), m_clock);
    const dctest::StoreState before = dctest::stateOf(db());
    const Status refused = users.setClearance(m_template.controller(), u"chenjing"_s, Classification::Secret);
    QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
    QCOMPARE(users.setClearance(m_template.admin(), u"nobody"_s, Classification::Secret).code(), ErrorCode::NotFound);
    QCOMPARE(dctest::stateOf(db()), before);
}

QTEST_MAIN(TestVisibility)
#include "tst_visibility.moc"
