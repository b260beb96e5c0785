#include "core/model/enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace dc {

namespace {

template <typename E, std::size_t N>
using KeyTable = std::array<std::pair<E, const char *>, N>;

constexpr KeyTable<DocumentType, 8> typeKeys{{
    {DocumentType::Manual, "manual"},
    {DocumentType::Policy, "policy"},
    {DocumentType::Procedure, "procedure"},
    {DocumentType::WorkInstruction, "work_instruction"},
    {DocumentType::Form, "form"},
    {DocumentType::Record, "record"},
    {DocumentType::External, "external"},
    {DocumentType::Soa, "soa"},
}};

constexpr KeyTable<Classification, 4> classificationKeyTable{{
    {Classification::Public, "public"},
    {Classification::Internal, "internal"},
    {Classification::Confidential, "confidential"},
    {Classification::Secret, "secret"},
}};

constexpr KeyTable<RevisionStatus, 7> statusKeys{{
    {RevisionStatus::Draft, "draft"},
    {RevisionStatus::InReview, "in_review"},
    {RevisionStatus::InApproval, "in_approval"},
    {RevisionStatus::Approved, "approved"},
    {RevisionStatus::Effective, "effective"},
    {RevisionStatus::Superseded, "superseded"},
    {RevisionStatus::Obsolete, "obsolete"},
}};

template <typename E, std::size_t N>
QString keyOf(const KeyTable<E, N> &table, E value)
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const KeyTable<E, N> &table, const QString &key)
{
    for (const auto &[v, k] : table) {
        if (key.compare(QLatin1String(k), Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QStringList keysOf(const KeyTable<E, N> &table)
{
    QStringList keys;
    for (const auto &entry : table)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

} // namespace

QString toKey(DocumentType type) { return keyOf(typeKeys, type); }
QString toKey(Classification classification) { return keyOf(classificationKeyTable, classification); }
QString toKey(RevisionStatus status) { return keyOf(statusKeys, status); }

std::optional<DocumentType> documentTypeFromKey(const QString &key) { return valueOf(typeKeys, key); }
std::optional<Classification> classificationFromKey(const QString &key) { return valueOf(classificationKeyTable, key); }
std::optional<RevisionStatus> revisionStatusFromKey(const QString &key) { return valueOf(statusKeys, key); }

QStringList documentTypeKeys() { return keysOf(typeKeys); }
QStringList classificationKeys() { return keysOf(classificationKeyTable); }
QStringList revisionStatusKeys() { return keysOf(statusKeys); }

QString displayName(DocumentType type)
{
    switch (type) {
    case DocumentType::Manual: return QCoreApplication::translate("dc::Enums", "Manual");
    case DocumentType::Policy: return QCoreApplication::translate("dc::Enums", "Policy");
    case DocumentType::Procedure: return QCoreApplication::translate("dc::Enums", "Procedure");
    case DocumentType::WorkInstruction: return QCoreApplication::translate("dc::Enums", "Work instruction");
    case DocumentType::Form: return QCoreApplication::translate("dc::Enums", "Form");
    case DocumentType::Record: return QCoreApplication::translate("dc::Enums", "Record");
    case DocumentType::External: return QCoreApplication::translate("dc::Enums", "External document");
    case DocumentType::Soa: return QCoreApplication::translate("dc::Enums", "Statement of Applicability");
    }
    return {};
}

QString displayName(Classification classification)
{
    switch (classification) {
    case Classification::Public: return QCoreApplication::translate("dc::Enums", "Public");
    case Classification::Internal: return QCoreApplication::translate("dc::Enums", "Internal");
    case Classification::Confidential: return QCoreApplication::translate("dc::Enums", "Confidential");
    case Classification::Secret: return QCoreApplication::translate("dc::Enums", "Secret");
    }
    return {};
}

QString displayName(RevisionStatus status)
{
    switch (status) {
    case RevisionStatus::Draft: return QCoreApplication::translate("dc::Enums", "Draft");
    case RevisionStatus::InReview: return QCoreApplication::translate("dc::Enums", "In review");
    case RevisionStatus::InApproval: return QCoreApplication::translate("dc::Enums", "In approval");
    case RevisionStatus::Approved: return QCoreApplication::translate("dc::Enums", "Approved");
    case RevisionStatus::Effective: return QCoreApplication::translate("dc::Enums", "Effective");
    case RevisionStatus::Superseded: return QCoreApplication::translate("dc::Enums", "Superseded");
    case RevisionStatus::Obsolete: return QCoreApplication::translate("dc::Enums", "Obsolete");
    }
    return {};
}

} // namespace dc
