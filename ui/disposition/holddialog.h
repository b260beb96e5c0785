#pragma once

#include "ui/workflow/actiondialog.h"

class QLineEdit;
class QRadioButton;

namespace dc {

// Places or lifts a legal hold on a document (as `doc hold N --reason R [--lift]`): its number,
// whether to place or lift the hold, and the reason, all required. A held document is never
// due for disposition and cannot be destroyed; core decides and its refusal is shown here.
class HoldDialog final : public ActionDialog {
    Q_OBJECT
public:
    explicit HoldDialog(const QString &number, QWidget *parent = nullptr);

    QString number() const;
    // True to place the hold, false to lift it.
    bool place() const;
    QString reason() const;

protected:
    QString validate() const override;

private:
    QLineEdit *m_number = nullptr;
    QRadioButton *m_place = nullptr;
    QRadioButton *m_lift = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace dc
