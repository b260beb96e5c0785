#pragma once

#include <QElapsedTimer>

namespace dc::render {

// Milliseconds since start or the last restart, for RenderStats.
class Stopwatch final {
public:
    Stopwatch() { m_timer.start(); }
    void restart() { m_timer.restart(); }
    double ms() const { return double(m_timer.nsecsElapsed()) / 1e6; }
    // The time so far, and starts again.
    double lap()
    {
        const double elapsed = ms();
        m_timer.restart();
        return elapsed;
    }

private:
    QElapsedTimer m_timer;
};

} // namespace dc::render
