#pragma once

namespace dc {

// Makes SIGTERM, SIGINT and SIGHUP (a logout, `kill`, Ctrl+C in the terminal) end the desktop
// app's event loop instead of the process, so that its window and store close as on File ▸
// Quit: the store's open marker goes with them, and the next start needs no whole-file check.
// Call once, after the QApplication exists.
void quitOnTerminationSignals();

} // namespace dc
