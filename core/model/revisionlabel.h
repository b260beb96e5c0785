#pragma once

#include "core/model/result.h"

#include <QString>

namespace dc {

// How a store labels revisions: "A/0 → A/1 → B/0" (edition/revision, usual in Chinese
// manuals) or "1.0 → 1.1 → 2.0".
enum class LabelScheme { EditionRevision, Decimal };

enum class RevisionStep { Minor, Major };

QString toKey(LabelScheme scheme);                       // "edition" / "decimal"
std::optional<LabelScheme> labelSchemeFromKey(const QString &key);

namespace RevisionLabel {

QString first(LabelScheme scheme);
bool isValid(const QString &label, LabelScheme scheme);
// The label after `label`: a minor step bumps the revision (A/0 → A/1, 1.0 → 1.1), a major
// step the edition (A/3 → B/0, 1.4 → 2.0). Fails on a label that is not of the scheme, or
// past edition Z or number 999.
Result<QString> next(const QString &label, LabelScheme scheme, RevisionStep step);

} // namespace RevisionLabel
} // namespace dc
