#include "core/services/appsettings.h"

#include "core/services/session.h"
#include "ui/users/sessionlock.h"

#include "ui/signindialog.h"
#include "ui/workflow/modal.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dc {

SessionLock::SessionLock(QWidget *window, Session &session, const User &user) : QObject(window), m_window(window), m_session(session), m_user(user)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &SessionLock::lock);
    setTimeout(std::chrono::minutes(std::max(0, AppSettings::get(AppSettings::idleLockMinutes))));
    qApp->installEventFilter(this);
    window->installEventFilter(this);
}

SessionLock::~SessionLock()
{
    qApp->removeEventFilter(this);
}

void SessionLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (m_timeout.count() > 0 && !m_locked)
        m_idle.start(m_timeout);
    else
        m_idle.stop();
}

bool SessionLock::isBehindCover(QObject *object) const
{
    for (QObject *o = object; o; o = o->parent()) {
        if (o == m_cover || (m_unlockDialog && o == m_unlockDialog))
            return false; // the cover's buttons and the unlock dialog stay usable
        if (o == m_window)
            return true; // the window, its menus and the dialogs open over it
    }
    return false;
}

QWidget *SessionLock::makeCover(QWidget *over)
{
    auto *cover = new QWidget(over);
    cover->setObjectName(QStringLiteral("lockCover"));
    cover->setAutoFillBackground(true);
    cover->setGeometry(over->rect());
    return cover;
}

bool SessionLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
        if (watched == m_window && m_cover)
            placeCover();
        break;
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
        if (m_locked)
            return isBehindCover(watched); // swallowed: nothing behind the cover reacts
        if (m_timeout.count() > 0)
            m_idle.start(m_timeout);
        break;
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (!m_locked && m_timeout.count() > 0)
            m_idle.start(m_timeout);
        break;
    default:
        break;
    }
    return false;
}

void SessionLock::placeCover()
{
    if (m_cover && m_window)
        m_cover->setGeometry(m_window->rect());
}

void SessionLock::lock()
{
    if (m_locked || !m_window)
        return;
    m_locked = true;
    m_idle.stop();

    // Dialogs open over the window (an editor, a sign dialog) are covered where they are.
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *top : windows) {
        if (top != m_window && top->isVisible() && isBehindCover(top)) {
            QWidget *cover = makeCover(top);
            auto *label = new QLabel(tr("Locked"), cover);
            label->setAlignment(Qt::AlignCenter);
            (new QVBoxLayout(cover))->addWidget(label);
            cover->show();
            cover->raise();
            m_dialogCovers << cover;
        }
    }
    m_cover = makeCover(m_window);
    // A card of fixed width in the middle, so that the wrapped text gets its full height.
    auto *card = new QWidget(m_cover);
    card->setFixedWidth(560);
    auto *layout = new QVBoxLayout(card);
    layout->setSpacing(12);
    auto *title = new QLabel(tr("DocControl is locked"), card);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    const QString who = m_user.displayName.isEmpty() ? m_user.name : tr("%1 (%2)").arg(m_user.displayName, m_user.name);
    auto *text = new QLabel(tr("Nothing happened here for a while, so the documents are hidden. %1 can unlock with their "
                               "password; anyone else may sign out.")
                                .arg(who),
                            card);
    text->setObjectName(QStringLiteral("lockText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    const int textWidth = card->width() - layout->contentsMargins().left() - layout->contentsMargins().right();
    text->setFixedWidth(textWidth);
    text->setMinimumHeight(text->heightForWidth(textWidth)); // all of it, however the layouts settle
    layout->addWidget(text);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *unlockButton = new QPushButton(tr("&Unlock…"), card);
    unlockButton->setObjectName(QStringLiteral("unlockButton"));
    auto *signOut = new QPushButton(tr("&Sign Out"), card);
    signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    buttons->addWidget(unlockButton);
    buttons->addWidget(signOut);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto *column = new QVBoxLayout(m_cover);
    column->addSpacing(80); // above the unlock dialog, which opens in the middle of the window
    column->addLayout(row);
    column->addStretch(1);
    connect(unlockButton, &QPushButton::clicked, this, &SessionLock::askToUnlock);
    connect(signOut, &QPushButton::clicked, this, &SessionLock::signOutRequested);

    placeCover();
    m_cover->show();
    m_cover->raise();
    unlockButton->setFocus();
    Q_EMIT locked();
    QTimer::singleShot(0, this, &SessionLock::askToUnlock);
}

bool SessionLock::askToUnlock()
{
    if (!m_locked || m_asking || !m_window)
        return false;
    m_asking = true;
    SignInDialog dialog(m_session, m_user.name, m_window);
    dialog.lockTo(m_user);
    m_unlockDialog = &dialog;
    const int result = Modal::exec(dialog);
    m_asking = false;
    if (result == QDialog::Accepted) {
        unlock();
        return true;
    }
    if (result == SignInDialog::SignOut)
        Q_EMIT signOutRequested(); // may delete the window, and this with it: nothing after
    return false;
}

void SessionLock::unlock()
{
    m_locked = false;
    delete m_cover;
    m_cover = nullptr;
    for (const QPointer<QWidget> &cover : std::as_const(m_dialogCovers))
        delete cover.data();
    m_dialogCovers.clear();
    m_window->activateWindow();
    if (m_timeout.count() > 0)
        m_idle.start(m_timeout);
    Q_EMIT unlocked();
}

} // namespace dc
