#pragma once

#include "core/model/enums.h"
#include "core/model/user.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QString>

namespace dc {

class Database;

// The revision a print, an export or a preview is about, as the acting user may see it, and
// what that user may print of it. Read-only: loading it records nothing.
struct PrintSubject {
    Q_DECLARE_TR_FUNCTIONS(dc::PrintSubject)
public:
    QString number;
    QString title;
    DocumentType type = DocumentType::Procedure;
    QString label;
    RevisionStatus status = RevisionStatus::Draft;
    // Ok when the actor may issue a controlled copy of this revision; otherwise why not
    // (no document controller, or the revision is not effective).
    Status controlledCopy;

    bool isManual() const { return type == DocumentType::Manual; }
    // "ISMS-P-001 A/0".
    QString name() const { return number + QLatin1Char(' ') + label; }

    // Loads revision `label` of `number`; an empty label chooses as exports do: the effective
    // revision, or else the latest one. Fails with NotFound when the document or the revision
    // does not exist, PermissionDenied when `actor` may not read it (a reader and a draft), or
    // a store error.
    static Result<PrintSubject> load(Database &db, const User &actor, const QString &number, const QString &label);
};

} // namespace dc
