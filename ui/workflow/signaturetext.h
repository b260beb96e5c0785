#pragma once

#include "core/model/signature.h"

#include <QFont>
#include <QString>

namespace dc {

// How signatures are written on screen, the same in every dialog and list.
namespace SignatureText {

// The meaning in both languages, as on the printed signature block: "审核 Reviewed",
// "批准 Approved", "发布 Released", "定期评审 Periodic review" (never translated).
QString bilingualMeaning(SignatureMeaning meaning);

// A hex digest in groups of four characters, `groupsPerLine` groups to a line (0: one line).
QString groupedHex(const QString &hex, int groupsPerLine = 0);

// A short fingerprint of the signature itself: the first 64 bits of SHA-256 over its bytes,
// grouped ("1a2b 3c4d 5e6f 7a8b"); empty when the signature has no bytes.
QString fingerprint(const Signature &signature);

// The font hashes and fingerprints are shown in: the system's fixed-pitch font, asked for as
// fixed pitch with the Monospace style hint so that any machine picks a monospace face.
QFont digestFont();

} // namespace SignatureText
} // namespace dc
