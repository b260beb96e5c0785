#include "ui/windowfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace dc::WindowFit {

namespace {

// Room left around a window for its frame and title bar, which the geometry does not include.
constexpr int kFrameMargin = 40;

QRect availableFor(const QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

} // namespace

QSize fitted(const QSize &wanted, const QRect &available)
{
    if (!available.isValid())
        return wanted;
    return QSize(std::min(wanted.width(), std::max(available.width() - kFrameMargin, 200)),
                 std::min(wanted.height(), std::max(available.height() - kFrameMargin, 150)));
}

QRect clamped(const QRect &frame, const QRect &available)
{
    if (!available.isValid())
        return frame;
    QRect result(frame.topLeft(), frame.size().boundedTo(available.size()));
    if (result.right() > available.right())
        result.moveRight(available.right());
    if (result.bottom() > available.bottom())
        result.moveBottom(available.bottom());
    if (result.left() < available.left())
        result.moveLeft(available.left());
    if (result.top() < available.top())
        result.moveTop(available.top());
    return result;
}

void resizeWithin(QWidget *window, const QSize &wanted)
{
    window->resize(fitted(wanted, availableFor(window)));
}

void keepOnScreen(QWidget *window)
{
    const QRect available = availableFor(window);
    const QRect frame = window->frameGeometry();
    const QRect inside = clamped(frame, available);
    if (inside == frame)
        return;
    // The frame around the client area (title bar, borders) keeps its size.
    const QSize decoration = frame.size() - window->geometry().size();
    window->resize(inside.size() - decoration);
    window->move(inside.topLeft());
}

} // namespace dc::WindowFit
