#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dc {

// One entry of the audit trail. Events form a hash chain: hash = SHA-256(prevHash ‖ canonical()),
// so changing, inserting or removing one breaks every hash after it.
struct Event {
    qint64 seq = 0;            // 1, 2, 3 … without gaps
    QDateTime at;              // UTC
    QString user;              // who acted (user name; "system" for automatic steps)
    QString action;            // "revision.submitted", "signature.reviewed" …
    QString object;            // what it concerns: "ISMS-P-001 A/1", "user lisi"
    QJsonObject details;
    QString prevHash;          // hex
    QString hash;              // hex

    // The canonical bytes hashed into the chain: a compact JSON array of the fields above
    // (without the hashes); QJsonObject sorts keys, so the form is stable.
    QByteArray canonical() const;
    // SHA-256 (hex) of prevHash ‖ canonical().
    QString computeHash() const;
    // canonical(), with `storedDetails` (the details as the store holds them: the compact JSON
    // every writer stores) in place of serialising details again; equal to canonical() whenever
    // they are in that form.
    QByteArray canonicalWith(const QByteArray &storedDetails) const;
    // Whether hash is computeHash(): canonicalWith(storedDetails) is tried first, and
    // canonical() only when that does not match.
    bool hashMatches(const QByteArray &storedDetails) const;

    static QString genesisHash(); // 64 zeros: the prevHash of event 1
};

} // namespace dc
