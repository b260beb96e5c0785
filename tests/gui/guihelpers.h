#pragma once

// Helpers of the workflow GUI tests: a fresh copy of a demo store per test, windows signed in
// as a demo user, and a script that answers the modal dialogs by object name.

#include "core/services/session.h"
#include "ui/mainwindow.h"
#include "core/services/demostore.h"
#include "core/services/userservice.h"
#include "core/store/database.h"
#include "ui/workflow/modal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QInputMethodEvent>
#include <QDialog>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QStringList>
#include <QTest>

#include <functional>
#include <memory>

namespace dc::test {

inline QString demoPassword() { return QString::fromLatin1(DemoStore::kPassword); }

// Copies the (closed) store `from` to `to`, replacing it.
inline bool copyStore(const QString &from, const QString &to)
{
    Database::removeFiles(to);
    return QFile::copy(from, to);
}

// A main window over the store at `path`, signed in as `userName` with the demo password.
inline MainWindow *openWindow(const QString &path, const QString &userName, const QString &password = demoPassword())
{
    auto session = Session::open(path);
    if (!session)
        return nullptr;
    auto user = session.value()->signIn(userName, password);
    if (!user)
        return nullptr;
    return new MainWindow(std::move(session).value(), user.value());
}

// openWindow() 1400×900, shown and exposed; nullptr when it cannot be opened.
inline MainWindow *openShownWindow(const QString &path, const QString &userName)
{
    MainWindow *window = openWindow(path, userName);
    if (!window)
        return nullptr;
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window)) {
        delete window;
        return nullptr;
    }
    return window;
}

// Types `text` into `widget` as a user would: ASCII as key presses, other characters as an
// input method commits them (QTest::keyClicks only knows Latin-1).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(widget, &commit);
        }
    }
}

// Types `text` into the line edit as a user would, replacing what it held.
inline void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    typeText(field, text);
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

// Answers modal dialogs while it lives: the handler registered for a dialog's object name gets
// the shown dialog and must accept or reject it; a dialog without a handler is rejected.
// Every dialog seen is listed in order.
class DialogScript final {
public:
    using Handler = std::function<void(QDialog &)>;

    DialogScript()
    {
        Modal::setTestHook([this](QDialog &dialog) {
            m_seen << dialog.objectName();
            const Handler handler = m_handlers.value(dialog.objectName());
            if (handler)
                handler(dialog);
            else
                dialog.reject();
        });
    }
    ~DialogScript() { Modal::setTestHook({}); }
    Q_DISABLE_COPY_MOVE(DialogScript)

    void on(const QString &objectName, Handler handler) { m_handlers.insert(objectName, std::move(handler)); }
    const QStringList &seen() const { return m_seen; }

private:
    QHash<QString, Handler> m_handlers;
    QStringList m_seen;
};

} // namespace dc::test
