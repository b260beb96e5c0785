#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace dc::Citations {

// The document numbers `markdown` names, each with the sections naming it ("4.3, 7.5.3": the
// number of the nearest heading above, or its text when it has no number), in order of first
// mention. Pure text: which of them exist is not checked here.
QList<QPair<QString, QStringList>> inText(const QString &markdown);

// The numbers alone, in order of first mention, `own` (the citing document's number) left out.
QStringList numbersIn(const QString &markdown, const QString &own);

} // namespace dc::Citations
