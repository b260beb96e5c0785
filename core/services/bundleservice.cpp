#include "core/services/bundleservice.h"

#include "core/archive/archivereader.h"
#include "core/archive/archivewriter.h"
#include "core/services/exportservice.h"
#include "core/fileio/hashingdevice.h"
#include "core/fileio/openstores.h"
#include "core/fileio/outputfile.h"
#include "core/services/keyring.h"
#include "core/services/serviceslog.h"
#include "core/render/stopwatch.h"
#include "core/security/signingkey.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/sql.h"
#include "core/store/storesettings.h"
#include "core/store/workflowstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace dc {

namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kManifestSignature = QStringLiteral("manifest.sig");
const QString kFormat = QStringLiteral("doccontrol-bundle");

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
    const render::Stopwatch timer;
    auto output = OutputFile::create(path, OutputFile::Mode::OwnerOnly, [this](const QString &file) { return m_db.ownsFile(file); });
    if (!output)
        return output.error();
    auto key = Keyring(m_db, m_clock).unlock(actor, password);
    if (!key)
        return key.error();
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
    // The PDFs are made beside the target (swept by the next run if this one is killed).
    const QString pieces = output.value()->scratchPath(QStringLiteral("pdfs"));
    if (!QDir().mkpath(pieces) || !QFile::setPermissions(pieces, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Error{ErrorCode::Io, tr("Cannot make a folder beside %1 for the bundle's files.").arg(path)};

    ExportService exporter(m_db, m_clock);
    for (int attempt = 1;; ++attempt) {
        // Every PDF and the manifest are made without holding a lock…
        QList<RenderedExport> rendered;
        for (const QString &number : std::as_const(numbers)) {
            ExportRequest one;
            one.number = number;
            one.copy = request.holder.isEmpty() ? ExportRequest::Copy::Uncontrolled : ExportRequest::Copy::Controlled;
            one.holder = request.holder;
            auto made = exporter.renderExport(actor, one, QDir(pieces).filePath(QString::number(rendered.size()) + QStringLiteral(".pdf")));
            if (!made && made.code() == ErrorCode::Io)
                return Error{ErrorCode::Io, tr("Cannot write the bundle %1: %2").arg(path, made.message())};
            if (!made)
                return made.error();
            // Without an effective revision the export fell back to a draft: never distribute that.
            if (made->identity.stamp == render::StampKind::Draft || made->identity.stamp == render::StampKind::Obsolete)
                return Error{ErrorCode::InvalidState, tr("%1 has no effective revision to distribute.").arg(number)};
            rendered.append(made.value());
        }
        if (const Status written = writeBundle(key.value(), actor, rendered, output.value()->partialPath()); !written)
            return written.code() == ErrorCode::Io ? Error{ErrorCode::Io, tr("Cannot write the bundle %1: %2").arg(path, output.value()->explain(written.error()).message)}
                                                   : written.error();
        // …and recorded together in one short write, if nothing they show changed meanwhile.
        const Status recorded = m_db.write([&]() -> Status {
            for (const RenderedExport &one : std::as_const(rendered)) {
                if (auto outcome = exporter.recordExport(actor, one); !outcome)
                    return outcome.error();
            }
            return {};
        });
        if (!recorded && recorded.code() == ErrorCode::Conflict && attempt < ExportService::kExportAttempts) {
            qCInfo(lcServices).noquote() << "bundle" << path << "conflicted with a change, attempt" << attempt + 1;
            continue;
        }
        if (!recorded)
            return recorded.error();
        if (const Status moved = output.value()->commit(); !moved)
            return Error{ErrorCode::Io, tr("The bundle was recorded but the file could not be written: %1").arg(moved.message())};
        qCInfo(lcServices).noquote() << "bundle of" << rendered.size() << "documents written to" << output.value()->target()
                                     << QFileInfo(output.value()->target()).size() << "bytes in" << qRound(timer.ms()) << "ms";
        return static_cast<int>(rendered.size());
    }
}

Status BundleService::writeBundle(const UnlockedKey &key, const User &actor, const QList<RenderedExport> &rendered, const QString &file)
{
    // One read snapshot for the manifest: signatures, keys and titles as the PDFs show them.
    return m_db.read([&]() -> Status {
        DocumentStore documents(m_db);
        WorkflowStore workflow(m_db);
        QJsonArray files;
        QJsonObject keys;
        for (const RenderedExport &one : rendered) {
            const QString &number = one.identity.number;
            auto document = documents.find(number);
            if (!document)
                return document.error();
            auto revision = documents.revision(document->id, one.identity.revisionLabel);
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
            files.append(QJsonObject{{QStringLiteral("file"), fileNameFor(number, one.identity.revisionLabel)},
                                     {QStringLiteral("document"), number},
                                     {QStringLiteral("title"), document->title},
                                     {QStringLiteral("revision"), one.identity.revisionLabel},
                                     {QStringLiteral("copy"), one.identity.copyNumber},
                                     {QStringLiteral("sha256"), one.fileSha256},
                                     {QStringLiteral("contentSha256"), one.identity.contentSha256},
                                     {QStringLiteral("signatures"), signatureList}});
        }
        auto head = AuditLog(m_db).head();
        if (!head)
            return head.error();
        auto exporterKey = workflow.publicKey(key.keyId());
        if (!exporterKey)
            return exporterKey.error();
        const QJsonObject manifest{{QStringLiteral("format"), kFormat},
                                   {QStringLiteral("formatVersion"), 1},
                                   {QStringLiteral("organisation"), StoreSettings(m_db).organisation()},
                                   {QStringLiteral("createdAt"), Sql::toText(m_clock.nowUtc())},
                                   {QStringLiteral("createdBy"), actor.name},
                                   {QStringLiteral("exporterPublicKey"), QString::fromLatin1(exporterKey->toBase64())},
                                   {QStringLiteral("chainSeq"), head->seq},
                                   {QStringLiteral("chainHead"), head->hash},
                                   {QStringLiteral("files"), files},
                                   {QStringLiteral("publicKeys"), keys}};
        const QByteArray manifestBytes = QJsonDocument(manifest).toJson();
        auto writer = ArchiveWriter::create(file, ArchiveFormat::Zip);
        if (!writer)
            return writer.error();
        Status status = writer.value()->addData(kManifest, manifestBytes);
        if (status)
            status = writer.value()->addData(kManifestSignature, key.sign(manifestBytes).toBase64());
        for (qsizetype i = 0; status && i < rendered.size(); ++i) {
            QFile pdf(rendered.at(i).file);
            if (!pdf.open(QIODevice::ReadOnly))
                return Error{ErrorCode::Io, tr("Cannot read %1: %2").arg(rendered.at(i).file, pdf.errorString())};
            status = writer.value()->addFile(files.at(i).toObject().value(QLatin1String("file")).toString(), pdf);
        }
        if (status)
            status = writer.value()->finish();
        return status;
    });
}

Result<QStringList> BundleService::readTrustedKeys(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{ErrorCode::Io, tr("Cannot read the trusted keys %1: %2").arg(path, file.errorString())};
    QStringList keys;
    const QStringList lines = QString::fromUtf8(file.read(1 << 20)).split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.section(QLatin1Char('#'), 0, 0).trimmed();
        if (!line.isEmpty())
            keys << line.section(QLatin1Char(' '), 0, 0).toLower();
    }
    if (keys.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("%1 lists no key fingerprint.").arg(path)};
    return keys;
}

Result<BundleReport> BundleService::verifyBundle(const QString &path, const QStringList &trustedKeys)
{
    if (const Status readable = OpenStores::refuseIfOpen(path); !readable)
        return readable.error();
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
    for (const QString &trusted : trustedKeys)
        report.exporterKeyPinned = report.exporterKeyPinned || trusted.trimmed().compare(report.exporterKeyFingerprint, Qt::CaseInsensitive) == 0;
    if (!trustedKeys.isEmpty() && !report.exporterKeyPinned)
        report.problems << tr("manifest.json: it is signed by the key %1, which is not a key you trust (%2); the bundle was re-signed by someone else.")
                               .arg(report.exporterKeyFingerprint, trustedKeys.join(QStringLiteral(", ")));
    report.chainSeq = manifest.value(QLatin1String("chainSeq")).toInteger();
    report.chainHead = manifest.value(QLatin1String("chainHead")).toString();

    const QJsonObject keys = manifest.value(QLatin1String("publicKeys")).toObject();
    QSet<QString> listed;
    for (const QJsonValue &value : manifest.value(QLatin1String("files")).toArray()) {
        const QJsonObject f = value.toObject();
        const QString name = f.value(QLatin1String("file")).toString();
        listed.insert(name);
        report.listedFiles << name;
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
