#pragma once

// How deeply a document nests its elements, measured before it is parsed: Qt's HTML parser
// takes time that grows much faster than the depth (16,000 nested <div> take 39 s), and the
// importers' recursive descent over XML would run out of stack. One linear pass over the
// bytes, with a stack of open element names and no allocation per character.

#include "core/model/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace dc::importing {

// The deepest nesting of elements any importer accepts; deeper files are refused.
constexpr int kMaxNestingLevels = 256;

// The deepest nesting of elements in HTML as QTextDocument's parser builds it: void elements
// (<br>, <img>) and "/>" open nothing, a closing tag closes up to its open element (and is
// ignored without one), and <p>, <li>, table parts and definition lists close what their
// parser closes implicitly. Comments, declarations and <script>/<style> content are skipped.
int htmlNestingDepth(QStringView html);

// The deepest nesting of elements in XML (comments, CDATA, declarations and processing
// instructions skipped). Malformed XML gives some depth; the XML parser reports the error.
int xmlNestingDepth(const QByteArray &xml);

// The deepest nesting of Markdown containers on any line: block quote markers and list items,
// counted as CommonMark nests them by their indentation. Fenced code is not counted.
int markdownNestingDepth(QStringView markdown);

// The refusal of a file that nests `depth` levels: "The HTML file nests elements 16000 deep;
// DocControl imports at most 256 levels." `kind` names the format (HTML, DOCX, ODT,
// Markdown); `part`, when set, the package part (word/document.xml).
Error nestingError(const QString &kind, int depth, const QString &part = {});

} // namespace dc::importing
