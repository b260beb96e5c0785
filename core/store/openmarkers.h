#pragma once

#include <QString>

namespace dc::OpenMarkers {

// How a desk notices that it did not close a store cleanly (a crash, a kill -9, a power cut)
// without reading the whole file on every open. While a process has a store open for writing it
// keeps a small marker file in this desk's data folder (never beside the store: nothing but
// SQLite may open the store's own files); closing the store removes it. A marker left by a
// process that no longer runs means that process ended with the store open, and the next open
// checks every page before it trusts the file.

// Creates the marker for this process (or, in tests, for process `pid`) and `storePath`; returns
// its file name, or an empty string when the desk's data folder cannot be written (then an
// unclean end goes unnoticed, and the store is checked whole only by verify).
QString add(const QString &storePath, qint64 pid = 0);

// Removes a marker add() made.
void remove(const QString &marker);

// True when a process that has ended left a marker for `storePath`.
bool uncleanEndBefore(const QString &storePath);

// Removes the markers of ended processes for `storePath`: called once the file checked whole.
void forgetUncleanEnds(const QString &storePath);

} // namespace dc::OpenMarkers
