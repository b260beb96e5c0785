#include "ui/document/unsavedchanges.h"

#include "ui/workflow/modal.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace dc::UnsavedChanges {

bool confirmClose(QWidget *parent, const QString &number, const QString &informative)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("dc::EditDraftDialog", "Unsaved Changes"), QCoreApplication::translate("dc::EditDraftDialog", "Close %1 without saving your changes?").arg(number),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    if (!informative.isEmpty())
        box.setInformativeText(informative);
    QPushButton *discard = box.addButton(QCoreApplication::translate("dc::EditDraftDialog", "&Close Without Saving"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("closeWithoutSavingButton"));
    QPushButton *keep = box.addButton(QCoreApplication::translate("dc::EditDraftDialog", "&Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    Modal::exec(box);
    return box.clickedButton() == discard;
}

} // namespace dc::UnsavedChanges
