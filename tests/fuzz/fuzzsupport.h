#pragma once

// What every harness needs once: a UTF-8 locale (as QCoreApplication sets for the app) and,
// for QTextDocument, a QGuiApplication on the offscreen platform.

#include <QGuiApplication>

#include <clocale>
#include <cstdlib>

namespace fuzzsupport {

inline void init()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    setenv("LC_ALL", "C.UTF-8", 1);
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    new QGuiApplication(argc, argv); // lives for the process
    std::setlocale(LC_ALL, "C.UTF-8");
}

} // namespace fuzzsupport
