#include "ui/workflow/modal.h"

#include <QDialog>

namespace dc::Modal {

namespace {
Hook &hook()
{
    static Hook installed;
    return installed;
}
} // namespace

int exec(QDialog &dialog)
{
    if (!hook())
        return dialog.exec();
    dialog.setResult(QDialog::Rejected);
    dialog.show();
    const Hook current = hook(); // the hook may replace itself while it runs
    current(dialog);
    dialog.hide();
    return dialog.result();
}

void setTestHook(Hook h)
{
    hook() = std::move(h);
}

} // namespace dc::Modal
