#include "bundleservice.h"

#include "archive/archivereader.h"
#include "archive/archivewriter.h"
#include "exportservice.h"
#include "keyring.h"
#include "security/signingkey.h"
#include "store/database.h"
#include "store/documentstore.h"
#include "store/sql.h"
#include "store/storesettings.h"
#include "store/workflowstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

namespace dc {

namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kManifestSignature = QStringLiteral("manifest.sig");
const QString kFormat = QStringLiteral("doccontrol-bundle");

// A write-only device that hashes what is written to it, so entries are checked in chunks.
class HashingDevice final : public QIODevice {
public:
    HashingDevice() { open(QIODevice::WriteOnly); }
    QString hex() const { return QString::fromLatin1(m_hash.result().toHex()); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_hash.addData(QByteArrayView(data, size));
        return size;
    }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

QString fileNameFor(const QString &number, const QString &label)
{
    return number + QLatin1Char('_') + QString(label).replace(QLatin1Char('/'), QLatin1Char('-')) + QStringLiteral(".pdf");
}

// The signature as listed in the manifest, enough to check it offline.
QJsonObject signatureJson(const Signature &s)
{
    return QJsonObject{{QStringLiteral("meaning"), toKey(s.meaning)},
                       {QStringLiteral("signer"), s.signer},
                       {QStringLiteral("signerDisplay"), s.signerDisplayName},
                       {QStringLiteral("time"), Sql::toText(s.signedAt)},
                       {QStringLiteral("keyId"), s.keyId},
                       {QStringLiteral("signature"), QString::fromLatin1(s.signature.toBase64())}};
}

} // namespace

Result<int> BundleService::exportBundle(const User &actor, const QString &password, const BundleRequest &request, const QString &path)
{
    if (m_db.ownsFile(path))
        return Error{ErrorCode::InvalidInput, tr("%1 is the store itself; write the bundle to another file.").arg(path)};
    auto key = Keyring(m_db, m_clock).unlock(actor, password);
    if (!key)
        return key.error();
    DocumentStore documents(m_db);
    QStringList numbers = request.numbers;
    if (numbers.isEmpty()) {
        auto q = Sql::exec(m_db, QStringLiteral("SELECT DISTINCT d.number FROM documents d JOIN revisions r ON r.document_id = d.id"
                                                " WHERE r.status = 'effective' ORDER BY d.number"),
                           {}, tr("list the effective documents"));
        if (!q)
            return q.error();
        while (q.value().next())
            numbers << q.value().value(0).toString();
    }
    if (numbers.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("There is no effective document to put into a bundle.")};
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{ErrorCode::Io, tr("Cannot create a temporary folder for the bundle: %1").arg(scratch.errorString())};

    return m_db.write([&]() -> Result<int> {
        ExportService exporter(m_db, m_clock);
        WorkflowStore workflow(m_db);
        QJsonArray files;
        QJsonObject keys;
        QStringList written;
        for (const QString &number : numbers) {
            ExportRequest one;
            one.number = number;
            one.copy = request.holder.isEmpty() ? ExportRequest::Copy::Uncontrolled : ExportRequest::Copy::Controlled;
            one.holder = request.holder;
            auto document = documents.find(number);
            if (!document)
                return document.error();
            const QString pdf = scratch.filePath(QString::number(written.size()) + QStringLiteral(".pdf"));
            auto exported = exporter.exportPdf(actor, one, pdf);
            if (!exported)
                return exported.error();
            // Without an effective revision the export fell back to a draft: never distribute that.
            if (exported->identity.stamp == render::StampKind::Draft || exported->identity.stamp == render::StampKind::Obsolete)
                return Error{ErrorCode::InvalidState, tr("%1 has no effective revision to distribute.").arg(number)};
            auto revision = documents.revision(document->id, exported->identity.revisionLabel);
            if (!revision)
                return revision.error();
            auto signatures = workflow.signatures(revision->id);
            if (!signatures)
                return signatures.error();
            QJsonArray signatureList;
            for (const Signature &s : signatures.value()) {
                signatureList.append(signatureJson(s));
                auto publicKey = workflow.publicKey(s.keyId);
                if (!publicKey)
                    return publicKey.error();
                keys.insert(QString::number(s.keyId), QJsonObject{{QStringLiteral("user"), s.signer},
                                                                  {QStringLiteral("publicKey"), QString::fromLatin1(publicKey->toBase64())}});
            }
            const QString name = fileNameFor(number, exported->identity.revisionLabel);
            files.append(QJsonObject{{QStringLiteral("file"), name},
                                     {QStringLiteral("document"), number},
                                     {QStringLiteral("title"), document->title},
                                     {QStringLiteral("revision"), exported->identity.revisionLabel},
                                     {QStringLiteral("copy"), exported->identity.copyNumber},
                                     {QStringLiteral("sha256"), exported->fileSha256},
                                     {QStringLiteral("contentSha256"), exported->identity.contentSha256},
                                     {QStringLiteral("signatures"), signatureList}});
            written << pdf;
        }
        auto exporterKey = workflow.publicKey(key->keyId());
        if (!exporterKey)
            return exporterKey.error();
        const QJsonObject manifest{{QStringLiteral("format"), kFormat},
                                   {QStringLiteral("formatVersion"), 1},
                                   {QStringLiteral("organisation"), StoreSettings(m_db).organisation()},
                                   {QStringLiteral("createdAt"), Sql::toText(m_clock.nowUtc())},
                                   {QStringLiteral("createdBy"), actor.name},
                                   {QStringLiteral("exporterPublicKey"), QString::fromLatin1(exporterKey->toBase64())},
                                   {QStringLiteral("files"), files},
                                   {QStringLiteral("publicKeys"), keys}};
        const QByteArray manifestBytes = QJsonDocument(manifest).toJson();
        auto writer = ArchiveWriter::create(path, ArchiveFormat::Zip);
        if (!writer)
            return writer.error();
        Status status = writer.value()->addData(kManifest, manifestBytes);
        if (status)
            status = writer.value()->addData(kManifestSignature, key->sign(manifestBytes).toBase64());
        for (qsizetype i = 0; status && i < written.size(); ++i) {
            QFile pdf(written.at(i));
            if (!pdf.open(QIODevice::ReadOnly))
                return Error{ErrorCode::Io, tr("Cannot read %1: %2").arg(written.at(i), pdf.errorString())};
            status = writer.value()->addFile(files.at(i).toObject().value(QLatin1String("file")).toString(), pdf);
        }
        if (status)
            status = writer.value()->finish();
        if (!status)
            return status.error();
        return static_cast<int>(written.size());
    });
}

Result<BundleReport> BundleService::verifyBundle(const QString &path)
{
    ArchiveLimits limits;
    limits.maxEntries = 5000;
    auto reader = ArchiveReader::open(path, limits);
    if (!reader)
        return reader.error();
    QByteArray manifestBytes;
    QByteArray manifestSignature;
    QHash<QString, QString> actual; // file → SHA-256
    while (true) {
        auto more = reader.value()->next();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        const ArchiveEntry &entry = reader.value()->entry();
        if (entry.type != ArchiveEntryType::File)
            continue;
        if (entry.name == kManifest || entry.name == kManifestSignature) {
            auto bytes = reader.value()->readEntryAll(16 << 20);
            if (!bytes)
                return bytes.error();
            (entry.name == kManifest ? manifestBytes : manifestSignature) = bytes.value();
            continue;
        }
        HashingDevice sink;
        if (const Status read = reader.value()->readEntry(sink); !read)
            return read.error();
        actual.insert(entry.name, sink.hex());
    }
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    if (manifest.value(QLatin1String("format")).toString() != kFormat)
        return Error{ErrorCode::InvalidInput, tr("%1 is not a DocControl bundle: it has no valid manifest.json.").arg(path)};

    BundleReport report;
    report.organisation = manifest.value(QLatin1String("organisation")).toString();
    report.createdBy = manifest.value(QLatin1String("createdBy")).toString();
    const QByteArray exporterKey = QByteArray::fromBase64(manifest.value(QLatin1String("exporterPublicKey")).toString().toLatin1());
    report.exporterKeyFingerprint = SigningKey::fingerprint(exporterKey);
    if (!SigningKey::verify(exporterKey, manifestBytes, QByteArray::fromBase64(manifestSignature)))
        report.problems << tr("manifest.json: its signature does not verify; the manifest was changed.");

    const QJsonObject keys = manifest.value(QLatin1String("publicKeys")).toObject();
    QSet<QString> listed;
    for (const QJsonValue &value : manifest.value(QLatin1String("files")).toArray()) {
        const QJsonObject f = value.toObject();
        const QString name = f.value(QLatin1String("file")).toString();
        listed.insert(name);
        ++report.files;
        if (!actual.contains(name))
            report.problems << tr("%1: listed in the manifest but missing (removed).").arg(name);
        else if (actual.value(name) != f.value(QLatin1String("sha256")).toString())
            report.problems << tr("%1: its content differs from the manifest (changed).").arg(name);
        for (const QJsonValue &sv : f.value(QLatin1String("signatures")).toArray()) {
            const QJsonObject so = sv.toObject();
            ++report.signatures;
            Signature s;
            s.documentNumber = f.value(QLatin1String("document")).toString();
            s.revisionLabel = f.value(QLatin1String("revision")).toString();
            s.contentHash = f.value(QLatin1String("contentSha256")).toString();
            s.meaning = signatureMeaningFromKey(so.value(QLatin1String("meaning")).toString()).value_or(SignatureMeaning::Reviewed);
            s.signer = so.value(QLatin1String("signer")).toString();
            s.signedAt = Sql::dateTimeFrom(so.value(QLatin1String("time")).toString());
            const QJsonObject key = keys.value(QString::number(so.value(QLatin1String("keyId")).toInteger())).toObject();
            const QByteArray publicKey = QByteArray::fromBase64(key.value(QLatin1String("publicKey")).toString().toLatin1());
            if (key.value(QLatin1String("user")).toString() != s.signer
                || !SigningKey::verify(publicKey, s.payload(), QByteArray::fromBase64(so.value(QLatin1String("signature")).toString().toLatin1())))
                report.problems << tr("%1: the %2 signature of %3 does not verify.").arg(name, s.signer.isEmpty() ? QStringLiteral("?") : toKey(s.meaning), s.signer);
        }
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!listed.contains(it.key()))
            report.problems << tr("%1: not listed in the manifest (added).").arg(it.key());
    }
    return report;
}

} // namespace dc
