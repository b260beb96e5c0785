#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

enum class DocumentType { Manual, Policy, Procedure, WorkInstruction, Form, Record, External, Soa };
enum class Classification { Public, Internal, Confidential, Secret };
enum class RevisionStatus { Draft, InReview, InApproval, Approved, Effective, Superseded, Obsolete };

// Stable keys as stored in the database and used on the command line ("work_instruction").
QString toKey(DocumentType type);
QString toKey(Classification classification);
QString toKey(RevisionStatus status);

std::optional<DocumentType> documentTypeFromKey(const QString &key);
std::optional<Classification> classificationFromKey(const QString &key);
std::optional<RevisionStatus> revisionStatusFromKey(const QString &key);

QStringList documentTypeKeys();
QStringList classificationKeys();
QStringList revisionStatusKeys();

// Translated names for people ("程序文件" / "Procedure").
QString displayName(DocumentType type);
QString displayName(Classification classification);
QString displayName(RevisionStatus status);

} // namespace dc
