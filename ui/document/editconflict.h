#pragma once

#include <QString>

class QWidget;

namespace dc::EditConflict {

// What the user chose when their save found the draft changed by someone else.
enum class Choice {
    Reload,   // take the other text into the editor (theirs replaces mine)
    SaveMine, // save my text as the next edit on top of theirs
    Cancel,   // keep editing; nothing saved
};

// Shows why the save was refused and what the other person changed (a diff from the text this
// editor loaded to the text now saved), and asks what to do. Object names: "editConflictBox",
// buttons "reloadButton", "saveMineButton".
Choice ask(QWidget *parent, const QString &message, const QString &loadedText, const QString &savedText);

} // namespace dc::EditConflict
