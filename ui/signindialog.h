#pragma once

#include "core/model/user.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace dc {

class Session;

// Asks for a user name and password and checks them with UserService::authenticate. On a
// failure the dialog stays open and shows core's message inline. Tests drive it without
// exec(): fill the fields, call tryAccept(), read result() and errorText().
// In lock mode (lockTo) it unlocks a locked window: only the signed-in user's password is
// accepted, and "Sign Out" ends it with the result SignOut.
class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(Session &session, const QString &userName = {}, QWidget *parent = nullptr);

    // The dialog's result when the user chose to sign out of a locked window.
    static constexpr int SignOut = 2;

    // Lock mode: shows `user` (the name cannot be changed), asks for that user's password
    // only, and offers "Sign Out" instead of Cancel.
    void lockTo(const User &user);
    bool isLockMode() const { return !m_lockedTo.isEmpty(); }

    // Checks the fields; accepts the dialog when they name an active user, otherwise shows why
    // not and stays open. Returns whether it accepted.
    bool tryAccept();
    void accept() override;

    // The signed-in user; meaningful once the dialog was accepted.
    User user() const { return m_user; }
    // Shows `message` as the reason the last attempt failed (e.g. a silent sign-in).
    void setErrorText(const QString &message);
    QString errorText() const;

private:
    Session &m_session;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_heading = nullptr;
    User m_user;
    QString m_lockedTo;
};

} // namespace dc
