#pragma once

#include "model/user.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace dc {

class Database;

// Asks for a user name and password and checks them with UserService::authenticate. On a
// failure the dialog stays open and shows core's message inline. Tests drive it without
// exec(): fill the fields, call tryAccept(), read result() and errorText().
class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(Database &db, const QString &userName = {}, QWidget *parent = nullptr);

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
    Database &m_db;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    User m_user;
};

} // namespace dc
