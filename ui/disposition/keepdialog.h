#pragma once

#include "ui/workflow/actiondialog.h"

#include <QDate>

class QDateEdit;
class QLineEdit;

namespace dc {

// Asks until when a document due for disposition is kept and why; both required.
class KeepDialog final : public ActionDialog {
    Q_OBJECT
public:
    KeepDialog(const QString &number, const QDate &today, QWidget *parent = nullptr);

    QDate until() const;
    QString reason() const;

protected:
    QString validate() const override;

private:
    QDateEdit *m_until = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace dc
