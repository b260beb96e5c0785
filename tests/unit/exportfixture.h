#pragma once

// The store the ExportService suites share (tst_exportservice, tst_manualexport): a seed built
// once, with a document at every stage of the lifecycle and a manual whose chapters name some of
// them, copied afresh for each test function.

#include "core/services/exportservice.h"
#include "core/store/auditlog.h"
#include "workflowfixture.h"

#include <QFile>
#include <QHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dctest {

using namespace dc;
using namespace Qt::StringLiterals;

class ExportFixture {
protected:
    Database &db() { return *m_db; }
    dctest::FlowDriver &flow() { return *m_flow; }
    QString out(const QString &name) const { return m_out->filePath(name); }
    // The seed's document at `stage` (see buildSeed()).
    QString doc(const QString &stage) const { return m_docs.value(stage); }
    // Releases the next revision (A/1 …) of an effective document.
    Status releaseNext(const QString &number)
    {
        auto edited = flow().documents().editDraft(m_template.controller(), number, u"# 新版\n\n更新的流程。\n"_s, u"换版"_s);
        return edited ? flow().toEffective(number) : Status(edited.error());
    }
    static ExportRequest uncontrolled(const QString &n, const QString &label = {}, bool manual = false)
    {
        return ExportRequest{n, label, ExportRequest::Copy::Uncontrolled, {}, manual, {}};
    }
    static ExportRequest controlled(const QString &n, const QString &holder) { return {n, {}, ExportRequest::Copy::Controlled, holder, false, {}}; }
    // A print the printer accepted: its pages built, then recorded.
    Result<ExportOutcome> print(const User &actor, const ExportRequest &request)
    {
        ExportService exports(db(), m_clock);
        auto job = exports.buildPrint(actor, request);
        return job ? exports.recordPrint(actor, job.value()) : Result<ExportOutcome>(job.error());
    }
    Event lastEvent()
    {
        auto head = AuditLog(db()).head();
        return head ? head.value() : Event{};
    }
    // "kind medium file_sha256 copy-number label" of the latest export row (copy 0: none).
    QString lastExportRow()
    {
        return dctest::scalar(db(), u"SELECT e.kind || ' ' || e.medium || ' ' || e.file_sha256 || ' ' || coalesce(c.copy_number, 0) || ' ' || r.label"
                                    " FROM exports e JOIN revisions r ON r.id = e.revision_id LEFT JOIN controlled_copies c ON c.id = e.copy_id"
                                    " ORDER BY e.id DESC LIMIT 1"_s).toString();
    }
    // "user action object" of an audit event.
    static QString said(const Event &e) { return e.user + u' ' + e.action + u' ' + e.object; }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    QTemporaryDir m_seedDir; // a store with a document at every stage, built once (each signature costs an Argon2)
    QString m_seed;
    QHash<QString, QString> m_docs; // stage → number
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<Database> m_db; // this test's copy of the seed
    std::unique_ptr<dctest::FlowDriver> m_flow;

    // initTestCase(): builds the seed once. A failure is recorded and ends it early; the caller
    // checks QTest::currentTestFailed().
    void buildSeed()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
        QVERIFY(m_seedDir.isValid());
        dctest::WorkflowSession session;
        const QString failed = session.open(m_template, m_clock);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_flow = std::make_unique<dctest::FlowDriver>(session.db(), m_clock, m_template);
        const QList<std::pair<QString, QString>> stages{{u"draft"_s, u"信息安全事件管理程序"_s}, {u"in_review"_s, u"介质管理程序"_s},
                                                        {u"approved"_s, u"变更管理程序"_s},        {u"effective"_s, u"密码控制程序"_s},
                                                        {u"superseded"_s, u"供应商管理程序"_s},    {u"withdrawn"_s, u"日志管理程序"_s}};
        for (const auto &[stage, title] : stages) {
            const QString n = flow().newDocument(title);
            QVERIFY(!n.isEmpty());
            m_docs.insert(stage, n);
            if (stage == u"in_review")
                DC_EXPECT_OK(flow().submit(n));
            else if (stage == u"approved")
                DC_EXPECT_OK(flow().toApproved(n));
            else if (stage != u"draft")
                DC_EXPECT_OK(flow().toEffective(n));
        }
    // 供应商管理程序: A/0 superseded, A/1 effective, A/2 a draft.
        DC_EXPECT_OK(releaseNext(doc(u"superseded"_s)));
        DC_EXPECT_OK(flow().documents().editDraft(m_template.controller(), doc(u"superseded"_s), u"# 草案\n"_s, u"再修订"_s));
        DC_EXPECT_OK(flow().workflow().withdraw(m_template.controller(), kPassword, doc(u"withdrawn"_s), u"业务调整"_s));
        NewDocument manual;
        manual.title = u"信息安全与服务管理手册"_s;
        manual.type = DocumentType::Manual;
        manual.owner = u"lisi"_s;
    // The front matter as paper manuals have it (the cover's data under the title, a typed
    // signature and date under the release order), and the documents the chapters name.
        manual.content = u"# 信息安全与服务管理手册\n\n**受控状态：** 受控\n\n## 0.1 发布令\n\n本手册自 {{实施日期}} 起实施。\n\n总经理：张三\n\n"
                         u"批准日期：2020 年 1 月 1 日\n\n## 0.2 任命书\n\n任命李四为管理者代表。\n\n# 1 范围\n\n适用于全公司，见 %1 和 %2。\n\n"
                         u"## 1.1 文件\n\n按 %3 与 ISMS-X-999 执行。\n\n# 2 术语\n\n见 ISO/IEC 27000。\n"_s
                             .arg(doc(u"effective"_s), doc(u"draft"_s), doc(u"superseded"_s));
        auto created = flow().documents().create(m_template.controller(), manual);
        DC_EXPECT_OK(created);
        DC_EXPECT_OK(flow().toEffective(created->number));
        m_docs.insert(u"manual"_s, created->number);
        m_flow.reset();
        m_seed = m_seedDir.filePath(u"seed.dcstore"_s);
        DC_EXPECT_OK(dctest::rawSql(session.db(), u"VACUUM INTO ?"_s, {m_seed}));
    }

    // init(): the test function's own copy of the seed, at the fixed time.
    void openCopy()
    {
        m_clock.set(dctest::fixedNow());
        m_out = std::make_unique<QTemporaryDir>();
        QVERIFY(m_out->isValid());
        QVERIFY(QFile::copy(m_seed, m_seedDir.filePath(u"test.dcstore"_s)));
        auto opened = Database::open(m_seedDir.filePath(u"test.dcstore"_s));
        DC_EXPECT_OK(opened);
        m_db = std::move(opened).value();
        m_flow = std::make_unique<dctest::FlowDriver>(*m_db, m_clock, m_template);
    }

    // cleanup(): closes and removes the copy.
    void closeCopy()
    {
        m_flow.reset();
        m_db.reset();
        m_out.reset();
        Database::removeFiles(m_seedDir.filePath(u"test.dcstore"_s));
    }
};

} // namespace dctest
