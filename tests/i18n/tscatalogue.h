#pragma once

// Reads a Qt Linguist catalogue (.ts) and finds what a release must not ship: unfinished or
// empty translations, placeholders or accelerators that differ from the source, and plural
// (numerus) messages without all the forms their language needs. Used by tst_translations.

#include "core/model/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dc::i18n {

// One <message> of a catalogue.
struct TsMessage {
    QString context;
    QString source;
    QString comment;    // the disambiguation, part of the message's identity
    QString type;       // the translation's type attribute: "", "unfinished", "vanished" or "obsolete"
    bool numerus = false;
    QStringList forms;  // the translation, or one entry per <numerusform>
    qint64 line = 0;    // where the <message> starts in the file

    // Whether lupdate kept it only for reference (no longer in the sources).
    bool retired() const { return type == QLatin1String("vanished") || type == QLatin1String("obsolete"); }
};

struct TsCatalogue {
    QString path;
    QString language;   // the <TS language="..."> attribute, e.g. "zh_CN"
    QList<TsMessage> messages;
};

// Parses the catalogue at path. Fails with CannotOpen when the file cannot be read and with
// InvalidInput (naming the line) when it is not well-formed Linguist XML.
Result<TsCatalogue> readCatalogue(const QString &path);

// Each check returns one line per offending message, "file:line: context | source — why";
// retired (vanished/obsolete) messages are never reported.

// Messages still marked unfinished, or with an empty translation or plural form.
QStringList unfinishedMessages(const TsCatalogue &catalogue);

// Finished messages whose translation (or any non-empty plural form) uses other placeholders
// (%1..%99, %L1, %n) than the source.
QStringList placeholderMismatches(const TsCatalogue &catalogue);

// Finished messages where the source has a keyboard accelerator (&X) and the translation not,
// or the other way round ("&&" is a literal ampersand, not an accelerator).
QStringList acceleratorMismatches(const TsCatalogue &catalogue);

// Numerus messages that are unfinished or lack one of the formsNeeded non-empty plural forms
// (English needs 2: singular and plural; Chinese 1).
QStringList missingPluralForms(const TsCatalogue &catalogue, int formsNeeded);

// The distinct placeholders of a text, sorted ("%1", "%2", "%n").
QStringList placeholders(const QString &text);

// Whether the text carries a keyboard accelerator.
bool hasAccelerator(const QString &text);

} // namespace dc::i18n
