#pragma once

#include <QString>

class QWidget;

namespace dc::UnsavedChanges {

// Asks whether to close the editor of `number` without saving (the box "unsavedChangesBox",
// buttons "closeWithoutSavingButton" and "keepEditingButton", Keep Editing the default), with
// `informative` under the question when given. True when the user chose to close.
bool confirmClose(QWidget *parent, const QString &number, const QString &informative = {});

} // namespace dc::UnsavedChanges
