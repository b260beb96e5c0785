#include "core/services/importservice.h"

#include "core/fileio/openstores.h"

#include "core/archive/import/documentimporter.h"
#include "core/services/documentservice.h"
#include "core/store/attachmentstore.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/workflow/permissions.h"

#include <QFile>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>

namespace dc {

Result<Revision> ImportService::attachPdf(const User &actor, const QString &path, const QString &into)
{
    if (const Status readable = OpenStores::refuseIfOpen(path); !readable)
        return readable.error();
    if (into.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A PDF is attached to an existing document, not converted: name the document to attach it to.")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::CannotOpen, tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > (qint64(256) << 20))
        return Error{ErrorCode::InvalidInput, tr("%1 is larger than 256 MiB.").arg(path)};
    const QByteArray data = file.readAll();
    if (!data.startsWith("%PDF-"))
        return Error{ErrorCode::InvalidInput, tr("%1 is not a PDF file.").arg(path)};
    return m_db.write([&]() -> Result<Revision> {
        DocumentStore documents(m_db);
        auto document = documents.find(into);
        if (!document)
            return document.error();
        auto revision = documents.currentRevision(document->id);
        if (!revision)
            return revision.error();
        if (const Status allowed = Permissions::mayEditDraft(actor, document.value(), revision.value()); !allowed)
            return allowed.error();
        const QString name = QFileInfo(path).fileName();
        if (const Status stored = AttachmentStore(m_db).put(revision->id, Attachment{name, QStringLiteral("application/pdf"), data, {}}); !stored)
            return stored.error();
        auto covered = documents.revision(document->id, revision->label); // its content hash now covers the file
        if (!covered)
            return covered;
        const QJsonObject details{{QStringLiteral("file"), name}, {QStringLiteral("size"), data.size()},
                                  {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())},
                                  {QStringLiteral("content_sha256"), covered->contentHash}};
        if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("attachment.added"), into + QLatin1Char(' ') + revision->label, details); !logged)
            return logged.error();
        return covered;
    });
}

Result<Revision> ImportService::importFile(const User &actor, const QString &path, const QString &into, NewDocument document, const QString &summary,
                                           QString *importedNumber)
{
    if (importedNumber)
        *importedNumber = into;
    if (const Status readable = OpenStores::refuseIfOpen(path); !readable)
        return readable.error();
    if (DocumentImporter::formatOf(path) == DocumentImporter::Format::Pdf)
        return attachPdf(actor, path, into);
    auto imported = DocumentImporter::importFile(path);
    if (!imported)
        return imported.error();
    const QString changeSummary = summary.trimmed().isEmpty() ? tr("Imported from %1").arg(QFileInfo(path).fileName()) : summary.trimmed();
    return m_db.write([&]() -> Result<Revision> {
        DocumentService service(m_db, m_clock);
        QString number = into;
        Result<Revision> revision = Error{ErrorCode::InvalidState, QString()};
        if (into.isEmpty()) {
            if (document.title.trimmed().isEmpty())
                document.title = imported->title;
            if (document.title.trimmed().isEmpty())
                return Error{ErrorCode::InvalidInput, tr("%1 has no title of its own; give one.").arg(QFileInfo(path).fileName())};
            if (document.owner.isEmpty())
                document.owner = actor.name;
            document.content = imported->markdown;
            document.changeSummary = changeSummary;
            auto created = service.create(actor, document);
            if (!created)
                return created.error();
            number = created->number;
            revision = DocumentStore(m_db).currentRevision(created->id);
        } else {
            revision = service.editDraft(actor, into, imported->markdown, changeSummary);
        }
        if (!revision)
            return revision;
        AttachmentStore attachments(m_db);
        for (const ImportedImage &image : imported->images) {
            if (const Status stored = attachments.put(revision->id, Attachment{image.name, image.mimeType, image.data, {}}); !stored)
                return stored.error();
        }
        if (!imported->images.isEmpty())
            revision = DocumentStore(m_db).revision(revision->documentId, revision->label); // its content hash now covers the images
        if (!revision)
            return revision;
        const QJsonObject details{{QStringLiteral("file"), QFileInfo(path).fileName()}, {QStringLiteral("images"), int(imported->images.size())},
                                  {QStringLiteral("content_sha256"), revision->contentHash}};
        if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("revision.imported"), number + QLatin1Char(' ') + revision->label, details); !logged)
            return logged.error();
        if (importedNumber)
            *importedNumber = number;
        return revision;
    });
}

} // namespace dc
