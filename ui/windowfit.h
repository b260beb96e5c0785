#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace dc {

// Keeps windows on the screen they open on: a laptop's 1366×768 has less room than the screen a
// window size was saved on, and a window's buttons must never sit under the screen's edge.
namespace WindowFit {

// `wanted`, made no larger than `available` less a margin for the window frame and panels.
QSize fitted(const QSize &wanted, const QRect &available);

// `frame` (a window's frame geometry) shrunk to fit `available` and moved inside it.
QRect clamped(const QRect &frame, const QRect &available);

// Resizes `window` to `wanted`, fitted to the available area of the screen it opens on.
void resizeWithin(QWidget *window, const QSize &wanted);

// Moves and shrinks `window` (e.g. after restoreGeometry()) so that all of it is on the
// available area of its screen.
void keepOnScreen(QWidget *window);

} // namespace WindowFit
} // namespace dc
