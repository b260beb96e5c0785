#pragma once

#include "core/model/result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace dc {

// The common frame of the dialogs that carry out one action (sign, reject, submit, add a
// user…): the subclass's fields, an error line and OK/Cancel. OK runs the subclass's own
// check, then the commit function the caller set; when either fails the message is shown
// inline and the dialog stays open, so the user can correct the input (e.g. a wrong
// password). Tests drive it without exec(): fill the fields, call tryAccept().
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    using Commit = std::function<Status()>;

    explicit ActionDialog(QWidget *parent = nullptr);

    // What OK does once the fields are complete; its failure message is shown inline.
    void setCommit(Commit commit) { m_commit = std::move(commit); }

    // Checks the fields and commits; accepts the dialog when both succeed, otherwise shows why
    // not and stays open. Returns whether it accepted.
    bool tryAccept();
    void accept() override;

    void setErrorText(const QString &message);
    QString errorText() const;
    QPushButton *okButton() const;

protected:
    // The layout the subclass adds its fields to, above the error line and the buttons.
    QVBoxLayout *body() const { return m_body; }
    // A message naming what is missing or wrong in the fields, empty when they are complete.
    virtual QString validate() const { return {}; }
    // Called after a failed commit, e.g. to select the password for typing it again.
    virtual void commitFailed(const Error &error) { Q_UNUSED(error) }
    // Enables OK when validate() has nothing to say; subclasses call it when a field changes.
    void updateOk();

private:
    QVBoxLayout *m_body = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Commit m_commit;
};

} // namespace dc
