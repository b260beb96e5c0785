#include "app/cli/workflowjson.h"

#include "app/cli/documentjson.h"
#include "app/cli/output.h"
#include "core/security/signingkey.h"
#include "core/model/timetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dc::cli {

QJsonObject signatureJson(const Signature &s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("document"), s.documentNumber},
                       {QStringLiteral("revision"), s.revisionLabel},
                       {QStringLiteral("meaning"), toKey(s.meaning)},
                       {QStringLiteral("signer"), s.signer},
                       {QStringLiteral("signerDisplay"), s.signerDisplayName},
                       {QStringLiteral("signedAt"), TimeText::fromUtc(s.signedAt)},
                       {QStringLiteral("contentSha256"), s.contentHash},
                       {QStringLiteral("comment"), s.comment},
                       {QStringLiteral("keyId"), s.keyId},
                       {QStringLiteral("fingerprint"), SigningKey::fingerprint(s.signature)},
                       {QStringLiteral("signature"), QString::fromLatin1(s.signature.toBase64())}};
}

QJsonObject eventJson(const Event &e)
{
    return QJsonObject{{QStringLiteral("seq"), e.seq},          {QStringLiteral("at"), TimeText::fromUtc(e.at)},
                       {QStringLiteral("user"), e.user},        {QStringLiteral("action"), e.action},
                       {QStringLiteral("object"), e.object},    {QStringLiteral("details"), e.details},
                       {QStringLiteral("prevHash"), e.prevHash}, {QStringLiteral("hash"), e.hash}};
}

QJsonObject historyJson(const DocumentHistory &h)
{
    QJsonArray revisions, signatures, events;
    for (const Revision &r : h.revisions)
        revisions.append(revisionJson(r, false));
    for (const Signature &s : h.signatures)
        signatures.append(signatureJson(s));
    for (const Event &e : h.events)
        events.append(eventJson(e));
    return QJsonObject{{QStringLiteral("document"), documentJson(h.document)},
                       {QStringLiteral("revisions"), revisions},
                       {QStringLiteral("signatures"), signatures},
                       {QStringLiteral("events"), events}};
}

QJsonObject verifyJson(const VerifyReport &r)
{
    QJsonArray problems;
    for (const VerifyProblem &p : r.problems)
        problems.append(QJsonObject{{QStringLiteral("object"), p.object}, {QStringLiteral("message"), p.message}});
    return QJsonObject{{QStringLiteral("ok"), r.ok()},
                       {QStringLiteral("events"), r.events},
                       {QStringLiteral("revisions"), r.revisions},
                       {QStringLiteral("signatures"), r.signatures},
                       {QStringLiteral("keys"), r.keys},
                       {QStringLiteral("headSeq"), r.headSeq},
                       {QStringLiteral("headHash"), r.headHash},
                       {QStringLiteral("problems"), problems}};
}

void printHistory(const DocumentHistory &h)
{
    out(h.document.number + QStringLiteral("  ") + h.document.title + QStringLiteral("\n\n"));
    QList<QStringList> rows;
    for (const Revision &r : h.revisions) {
        rows << QStringList{r.label, displayName(r.status), r.effectiveDate.isValid() ? r.effectiveDate.toString(Qt::ISODate) : QStringLiteral("—"),
                            r.author, r.changeSummary};
    }
    printTable({QCoreApplication::translate("dc::cli", "REVISION"), QCoreApplication::translate("dc::cli", "STATUS"),
                QCoreApplication::translate("dc::cli", "EFFECTIVE"), QCoreApplication::translate("dc::cli", "AUTHOR"),
                QCoreApplication::translate("dc::cli", "SUMMARY")},
               rows);
    rows.clear();
    for (const Signature &s : h.signatures) {
        rows << QStringList{s.revisionLabel, displayName(s.meaning), s.signerDisplayName + QStringLiteral(" (") + s.signer + QLatin1Char(')'),
                            s.signedAt.toString(Qt::ISODate), SigningKey::fingerprint(s.signature), s.comment};
    }
    if (!rows.isEmpty()) {
        out(QStringLiteral("\n"));
        printTable({QCoreApplication::translate("dc::cli", "REVISION"), QCoreApplication::translate("dc::cli", "SIGNED AS"),
                    QCoreApplication::translate("dc::cli", "SIGNER"), QCoreApplication::translate("dc::cli", "TIME (UTC)"),
                    QCoreApplication::translate("dc::cli", "FINGERPRINT"), QCoreApplication::translate("dc::cli", "COMMENT")},
                   rows);
    }
    rows.clear();
    for (const Event &e : h.events) {
        QString details = QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        if (details.size() > 80)
            details = details.left(77) + QStringLiteral("...");
        rows << QStringList{QString::number(e.seq), e.at.toString(Qt::ISODate), e.user, e.action, e.object, details};
    }
    if (!rows.isEmpty()) {
        out(QStringLiteral("\n"));
        printTable({QCoreApplication::translate("dc::cli", "EVENT"), QCoreApplication::translate("dc::cli", "TIME (UTC)"),
                    QCoreApplication::translate("dc::cli", "USER"), QCoreApplication::translate("dc::cli", "ACTION"),
                    QCoreApplication::translate("dc::cli", "OBJECT"), QCoreApplication::translate("dc::cli", "DETAILS")},
                   rows);
    }
}

} // namespace dc::cli
