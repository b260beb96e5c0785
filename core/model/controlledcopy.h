#pragma once

#include <QDateTime>
#include <QString>

namespace dc {

// One controlled copy (受控副本) of a revision, from issue to recall or destruction
// (发放/回收登记).
struct ControlledCopy {
    enum class Status { Issued, Recalled, Destroyed };

    qint64 id = 0;
    qint64 revisionId = 0;
    QString number;        // document number
    QString label;         // revision label
    int copyNumber = 0;    // 1…999 per revision
    QString holder;        // who holds it: a person or a department ("IT 部")
    Status status = Status::Issued;
    QString issuedBy;
    QDateTime issuedAt;
    QDateTime recalledAt;
    QDateTime destroyedAt;
};

QString toKey(ControlledCopy::Status status); // "issued", "recalled", "destroyed"
QString displayName(ControlledCopy::Status status);

} // namespace dc
