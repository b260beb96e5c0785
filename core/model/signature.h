#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

// What a signer declares by signing.
// Withdrawn (作废) is the document controller's signature on the revision a withdrawal takes out
// of use (the effective one, else the latest).
// Acknowledged (已阅知悉) is a distribution member's "I have read and understood" on a released revision.
// Disposed (销毁) is the document controller's signature on the decision to destroy a document's
// content once its retention ended, over the content hash of the revision it was last kept as.
enum class SignatureMeaning { Reviewed, Approved, Released, PeriodicReview, Withdrawn, Acknowledged, Disposed };

QString toKey(SignatureMeaning meaning);                        // "reviewed" … "periodic_review", "withdrawn", "acknowledged", "disposed"
std::optional<SignatureMeaning> signatureMeaningFromKey(const QString &key);
QString displayName(SignatureMeaning meaning);                  // 审核 / Reviewed …

// One electronic signature on a revision. It is an Ed25519 signature by the signer's key of
// payload(): document number, revision label, content SHA-256, meaning, signer and UTC time.
struct Signature {
    qint64 id = 0;
    qint64 revisionId = 0;
    QString documentNumber;
    QString revisionLabel;
    QString contentHash;
    SignatureMeaning meaning = SignatureMeaning::Reviewed;
    QString signer;             // user name
    QString signerDisplayName;
    QDateTime signedAt;         // UTC
    QString comment;
    qint64 keyId = 0;
    qint64 submissionId = 0;    // the review round it belongs to; 0 for releases and periodic reviews
    QByteArray signature;       // 64 bytes

    // The exact bytes that are signed: canonical, compact JSON with sorted keys.
    QByteArray payload() const;
};

// Who reviews and who approves a revision. Reviewers sign in any order unless `sequential`.
struct Route {
    QStringList reviewers;
    QString approver;
    bool sequential = false;

    bool isEmpty() const { return reviewers.isEmpty() && approver.isEmpty(); }
};

} // namespace dc
