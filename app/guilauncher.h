#pragma once

#include <QString>

class QApplication;

namespace dc {

struct GuiOptions {
    QString storePath;  // --store, else DOCCONTROL_STORE, else the last store used
    QString userName;   // --user, else DOCCONTROL_USER, else the last user
    bool demo = false;  // --demo: make or open the demo store and sign in as its controller
    bool readOnly = false; // --read-only: open the store so that nothing can change it
    QString link;       // a "doccontrol:NUMBER" address to open the app at
};

// Opens the desktop app: chooses the store, signs the user in and shows the main window.
// Returns the application's exit code.
int runGui(QApplication &app, const GuiOptions &options);

} // namespace dc
