#pragma once

#include "core/model/document.h"
#include "core/model/user.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace dc {

// What the register shows: every filter is optional and they combine with AND.
struct RegisterFilter {
    std::optional<DocumentType> type;
    std::optional<RevisionStatus> status;       // of the current revision
    std::optional<Classification> classification;
    QString owner;                              // user name
    QString department;
    QString clause;        // "7.5" matches 7.5 and 7.5.x of any standard; "27001:2013 A.9" one standard
    QString text;          // part of the number or a title
    bool effectiveOnly = false;                 // only documents with an effective revision
    std::optional<User> viewer;                 // only documents this user may see (Visibility); set by the services
};

enum class RegisterColumn { Number, Title, Type, Status, Owner, Department, Classification, Updated };

// "number", "title", … as the command line names them.
std::optional<RegisterColumn> registerColumnFromKey(const QString &key);
QStringList registerColumnKeys();

struct RegisterQuery {
    RegisterFilter filter;
    RegisterColumn sortBy = RegisterColumn::Number;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = 100;
};

struct RegisterPage {
    QList<Document> rows; // without clause references
    int total = 0;        // rows matching the filter, on all pages
};

} // namespace dc
