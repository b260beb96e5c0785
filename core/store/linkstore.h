#pragma once

#include "core/model/documentlink.h"
#include "core/model/result.h"

#include <QList>
#include <QStringList>

namespace dc {

class Database;

// Reads and writes the links between documents (document_links), the numbers each current text
// cites (cited_numbers) and the register of documents of external origin (external_documents). It checks nothing but what the schema guarantees;
// the rules live in LinkService and ExternalRegister.
class LinkStore final {
public:
    explicit LinkStore(Database &db) : m_db(db) {}

    // The numbers `fromId` links to with `origin`, ordered.
    Result<QStringList> targets(qint64 fromId, LinkOrigin origin) const;
    // Replaces the links of `origin` from `fromId` with links to `toIds`.
    Status replace(qint64 fromId, LinkOrigin origin, const QList<qint64> &toIds);
    // The documents `documentId` cites (outgoing) or that cite it (incoming), by number, each once
    // with the origins of its links.
    Result<QList<LinkedDocument>> outgoing(qint64 documentId) const;
    Result<QList<LinkedDocument>> incoming(qint64 documentId) const;
    // Records that the current text of `documentId` cites `numbers` (existing documents or not),
    // in place of what it cited before: LinkService finds the texts to link when a number is
    // registered by looking it up here instead of reading every text.
    Status replaceCitations(qint64 documentId, const QStringList &numbers);
    // Every link as "FROM TO origin", for verify.
    Result<QStringList> allLinks() const;

    // The register entry of `documentId`; a default (empty) one when it has none.
    Result<ExternalOrigin> external(qint64 documentId) const;
    // Inserts or replaces the register entry of `documentId`.
    Status putExternal(qint64 documentId, const ExternalOrigin &origin);
    // The register: every document of type external with its entry (empty when it has none), by number.
    Result<QList<ExternalEntry>> externalRegister(QDate today) const;

private:
    Result<QList<LinkedDocument>> linked(const QString &sql, qint64 documentId) const;
    Database &m_db;
};

} // namespace dc
