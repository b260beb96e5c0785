#pragma once

#include "core/model/document.h"
#include "core/model/enums.h"

#include <QString>

namespace dc::DocumentTemplates {

// The first draft of a new document starts from its type's template: Markdown with the sections
// such a document has (a procedure: 目的 Purpose, 范围 Scope, 职责, 程序, 相关文件, 记录), each
// heading with its English gloss. The built-in templates are compiled in (resources/templates);
// a store may override one per type (SettingsService::setDocumentTemplate).

// The built-in template of `type` (never empty).
QString builtIn(DocumentType type);

// `text` with its placeholders filled in from the new document: {number}, {title}, {title_en},
// {department}, {classification} (bilingual, e.g. "内部 Internal") and {organisation}. A line
// that held only placeholders which are all empty (no English title) is left out. Other text,
// braces included, stays as it is.
QString fill(const QString &text, const Document &document, const QString &organisation);

// The most characters a template may hold.
constexpr qsizetype kMaxChars = 256 * 1024;

} // namespace dc::DocumentTemplates
