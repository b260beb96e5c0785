#pragma once

// The desktop app's start on a store, measured from outside as a user meets it: the doccontrol
// binary is started (offscreen, signed in from the environment) and timed until it logs that its
// main window and register are there; its memory is read once it has been idle for a second.

#include <QString>

namespace bench {

struct AppStart {
    double medianMs = 0; // start of the process to "window ready", median of the warm runs
    double idleMiB = 0;  // resident memory one second later (largest of the runs)
    QString error;       // why a run failed (then the figures are 0)
};

// Starts `binary` on `store` as `user` (password `password`) `runs` times after one run that
// warms the caches.
AppStart measureAppStart(const QString &binary, const QString &store, const QString &user, const QString &password, int runs);

} // namespace bench
