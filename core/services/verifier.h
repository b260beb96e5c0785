#pragma once

#include "core/model/event.h"
#include "core/model/result.h"
#include "core/model/user.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace dc {

class Database;
struct ChainAnchor;

// One thing that does not match.
struct VerifyProblem {
    QString object;  // "event #12", "ISMS-P-001 A/1", "signature #5", "key #3 of lisi"
    QString message; // what is wrong, for people
};

// What verify found: counts of what it checked, the chain's head, and the problems in the
// order they were found (the first is the one to look at first).
struct VerifyReport {
    qint64 events = 0;
    int revisions = 0;
    int signatures = 0;
    int keys = 0;
    int textOnlyHashes = 0; // revisions with attachments whose signed hash covers the text only (made before issue 11)
    qint64 headSeq = 0;
    QString headHash;
    QList<VerifyProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

// Checks a store end to end: the audit trail's hash chain (gaps, altered or reordered events),
// every revision's content against its hash and against what was submitted, every signature
// against its signer's public key and its record in the trail, and every public key against
// the trail. Fails only when the store cannot be read.
//
// Everything is read in one snapshot (one read transaction): other desks go on writing while a
// long verify runs, and what they write meanwhile is neither seen nor taken for tampering (a
// revision submitted after the trail was read, a signature newer than the trail read).
class Verifier final {
    Q_DECLARE_TR_FUNCTIONS(dc::Verifier)
public:
    // run()'s steps, in order.
    enum class Step { Pages, Events, Revisions, Signatures, Replays, Register };
    static constexpr int kSteps = 6;
    // What the step checks, for people ("Checking the signatures").
    static QString describe(Step step);

    explicit Verifier(Database &db) : m_db(db) {}
    // `progress` is told as each step starts, on the thread that runs run(): for a progress report.
    void onStep(std::function<void(Step)> progress) { m_progress = std::move(progress); }

    Result<VerifyReport> run() const;
    // run() as `actor` (administrators only: Permissions::mayVerify), with the heads `anchors`
    // recorded checked too; a lost head comes first among the problems, as it says the trail
    // itself was cut or rewritten. Fails when `actor` may not verify or the store cannot be read.
    Result<VerifyReport> run(const User &actor, const QList<ChainAnchor> &anchors) const;

    // Anchors::check on this store: one problem per anchor whose head the chain lost.
    Result<QList<VerifyProblem>> checkAnchors(const QList<ChainAnchor> &anchors) const;

    // The audit trail's events whose object starts with `objectPrefix` ("ISMS-P-001"),
    // oldest first; all when empty.
    Result<QList<Event>> events(const QString &objectPrefix = {}) const;

private:
    Result<VerifyReport> check() const;
    void starting(Step step) const
    {
        if (m_progress)
            m_progress(step);
    }

    Database &m_db;
    std::function<void(Step)> m_progress;
};

} // namespace dc
