#pragma once

#include "core/model/searchresult.h"
#include "core/services/documentservice.h"

#include <QJsonObject>

namespace dc::cli {

// How documents, revisions and search hits look on the command line: JSON for machines
// (stable keys, UTC ISO 8601 times) and text for people.
QJsonObject documentJson(const Document &document);
QJsonObject revisionJson(const Revision &revision, bool withContent);
QJsonObject detailsJson(const DocumentDetails &details);
QJsonObject hitJson(const SearchHit &hit);
QString detailsText(const DocumentDetails &details);

} // namespace dc::cli
