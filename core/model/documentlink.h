#pragma once

#include "core/model/enums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace dc {

// How a link between two documents came about: added by hand (the editor's picker, the Details
// tab, `doc links --add`) or found by number in the text of the citing document's latest revision.
enum class LinkOrigin { Manual, Text };

// "manual" / "text", as stored and as the trail records it.
inline QString toKey(LinkOrigin origin) { return origin == LinkOrigin::Manual ? QStringLiteral("manual") : QStringLiteral("text"); }

// The other end of a link, as the document view lists it.
struct LinkedDocument {
    QString number;
    QString title;
    DocumentType type = DocumentType::Procedure;
    RevisionStatus status = RevisionStatus::Draft; // of its current (latest) revision
    bool withdrawn = false;
    bool effective = false; // it has an effective revision now
    bool manual = false; // linked by hand
    bool text = false;   // named in the text
};

// The address of document `number` in exported PDFs and in the app: "doccontrol:NUMBER".
QString documentLinkUrl(const QString &number);
// The document number a "doccontrol:NUMBER" address names (percent-encoding undone), or nothing
// for anything else: another scheme, an empty or malformed number (validateDocumentNumber).
// Such addresses come from PDFs anyone may have made, so nothing else is accepted.
std::optional<QString> documentLinkTarget(const QString &url);

// What a document cites and what cites it, each ordered by number.
struct DocumentLinks {
    QString number;
    QList<LinkedDocument> cites;
    QList<LinkedDocument> citedBy;
};

// The register entry of a document of external origin (a standard, a law, a supplier's manual):
// who issued it, their reference and edition, where the original is kept, when it was last
// checked for a newer edition and when it is next to be.
struct ExternalOrigin {
    QString issuer;
    QString reference;
    QString edition;
    QString location;
    QDate lastChecked;
    QDate nextCheck;

    friend bool operator==(const ExternalOrigin &a, const ExternalOrigin &b)
    {
        return a.issuer == b.issuer && a.reference == b.reference && a.edition == b.edition && a.location == b.location
               && a.lastChecked == b.lastChecked && a.nextCheck == b.nextCheck;
    }
    friend bool operator!=(const ExternalOrigin &a, const ExternalOrigin &b) { return !(a == b); }
};

// A change of an external document's register entry: each field given replaces the entry's.
struct ExternalOriginChange {
    std::optional<QString> issuer;
    std::optional<QString> reference;
    std::optional<QString> edition;
    std::optional<QString> location;
    std::optional<QDate> lastChecked;
    std::optional<QDate> nextCheck;
};

// One row of the external documents register (`report external`).
struct ExternalEntry {
    QString number;
    QString title;
    ExternalOrigin origin;
    bool overdue = false; // the next check is before today
    bool withdrawn = false;
};

} // namespace dc
