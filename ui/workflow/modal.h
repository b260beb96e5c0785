#pragma once

#include <functional>

class QDialog;

namespace dc {

// Runs the application's modal dialogs. Normally Modal::exec(dialog) is QDialog::exec(); a test
// installs a hook instead, which gets the dialog already shown (not modal, no event loop of its
// own), fills it in and accepts or rejects it, and exec() returns the dialog's result. Nested
// dialogs (opened from inside a hooked one) reach the same hook.
namespace Modal {

using Hook = std::function<void(QDialog &dialog)>;

// Shows `dialog` modally and returns QDialog::Accepted, QDialog::Rejected or a custom result.
int exec(QDialog &dialog);

// Replaces exec()'s event loop by `hook`; an empty hook restores the real dialogs.
void setTestHook(Hook hook);

} // namespace Modal
} // namespace dc
