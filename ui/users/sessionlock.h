#pragma once

#include "core/model/user.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QLabel;
class QWidget;

namespace dc {

class Session;

// Locks a main window after a spell without keyboard or mouse input (the idle time; default
// 10 minutes, AppSettings::idleLockMinutes). Locked, the window and any dialog open over it are
// covered so that nothing of the documents shows, their shortcuts, keys and clicks are
// swallowed, and the sign-in dialog asks the signed-in user's password again; nobody else can
// unlock it, but anyone may sign out instead. A dialog left open (an editor, say) keeps its
// state and is usable again once unlocked. Input is watched with an application-wide event
// filter.
class SessionLock final : public QObject {
    Q_OBJECT
public:
    SessionLock(QWidget *window, Session &session, const User &user);
    ~SessionLock() override;

    // The idle time after which the window locks; zero never locks.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    bool isLocked() const { return m_locked; }
    // Covers the window and asks for the password (soon, from the event loop).
    void lock();
    // Asks for the password now; returns whether the window was unlocked.
    bool askToUnlock();

Q_SIGNALS:
    void locked();
    void unlocked();
    // Someone at the desk chose to sign out rather than unlock.
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isBehindCover(QObject *object) const;
    QWidget *makeCover(QWidget *over);
    void placeCover();
    void unlock();

    QPointer<QWidget> m_window;
    Session &m_session;
    User m_user;
    QTimer m_idle;
    std::chrono::milliseconds m_timeout{0};
    bool m_locked = false;
    bool m_asking = false;
    QWidget *m_cover = nullptr;
    QList<QPointer<QWidget>> m_dialogCovers;
    QPointer<QWidget> m_unlockDialog;
};

} // namespace dc
