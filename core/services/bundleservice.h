#pragma once

#include "core/model/clock.h"
#include "core/model/user.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dc {

class Database;
class UnlockedKey;
struct RenderedExport;

// What to put into a distribution bundle: the effective revisions of `numbers` (all effective
// documents when empty), as uncontrolled copies or as controlled copies for `holder`.
struct BundleRequest {
    QStringList numbers;
    QString holder; // empty: uncontrolled copies
};

struct BundleFileCheck {
    QString file;
    QString problem; // empty when the file is as listed
};

// What bundle verify found.
struct BundleReport {
    QString organisation;
    QString createdBy;
    QString exporterKeyFingerprint; // the key that signed the manifest
    bool exporterKeyPinned = false; // the key is one the verifier trusts (--expect-key); else it is self-declared
    qint64 chainSeq = 0;            // the store's audit-trail head when the bundle was made (0: not recorded)
    QString chainHead;
    int files = 0;
    int signatures = 0;
    QStringList problems; // each names the file (changed, added, removed) or the signature
    QStringList listedFiles; // the files the manifest lists, in its order

    bool ok() const { return problems.isEmpty(); }
};

// Distribution bundles: a zip of stamped PDFs of effective revisions and manifest.json listing
// each file's document, revision, SHA-256, signatures and the signers' public keys, so that a
// bundle can be checked offline, without the store. The manifest is signed by the exporter.
class BundleService final {
    Q_DECLARE_TR_FUNCTIONS(dc::BundleService)
public:
    explicit BundleService(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // Exports the bundle to `path` (atomically); every PDF is recorded as an export (and a
    // controlled copy for `holder`). `password` signs the manifest.
    Result<int> exportBundle(const User &actor, const QString &password, const BundleRequest &request, const QString &path);

    // Checks a bundle without any store: every file against the manifest's SHA-256 (naming
    // changed, added and removed files), every signature against the listed public keys, and
    // the manifest's own signature. With `trustedKeys` (fingerprints of exporter keys, as
    // SigningKey::fingerprint) a manifest signed by any other key is a problem; without, the key
    // is only the one the bundle declares (exporterKeyPinned false). Fails only when the file is
    // no readable bundle.
    static Result<BundleReport> verifyBundle(const QString &path, const QStringList &trustedKeys = {});

    // The fingerprints listed in a trusted-keys file: one per line, '#' starts a comment.
    // Fails when the file cannot be read or lists none.
    static Result<QStringList> readTrustedKeys(const QString &path);

private:
    // Writes the signed manifest and the PDFs into the zip `file`.
    Status writeBundle(const UnlockedKey &key, const User &actor, const QList<RenderedExport> &rendered, const QString &file);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
