#include "ui/document/editconflict.h"

#include "core/diff/diffformat.h"
#include "core/diff/textdiff.h"
#include "ui/workflow/modal.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace dc::EditConflict {

Choice ask(QWidget *parent, const QString &message, const QString &loadedText, const QString &savedText)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("dc::EditConflict", "The Draft Changed"), message, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("editConflictBox"));
    const TextDiff diff = diffTexts(loadedText, savedText);
    box.setInformativeText(QCoreApplication::translate("dc::EditConflict", "Their change: %1. Show Details… lists it line by line.").arg(diffSummary(diff)));
    box.setDetailedText(formatDiffText(diff, {QCoreApplication::translate("dc::EditConflict", "as you opened it"),
                                               QCoreApplication::translate("dc::EditConflict", "as saved now"), false}));
    QPushButton *reload = box.addButton(QCoreApplication::translate("dc::EditConflict", "&Reload Their Text"), QMessageBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    QPushButton *saveMine = box.addButton(QCoreApplication::translate("dc::EditConflict", "&Save Mine as the Next Edit"), QMessageBox::AcceptRole);
    saveMine->setObjectName(QStringLiteral("saveMineButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    Modal::exec(box);
    if (box.clickedButton() == reload)
        return Choice::Reload;
    if (box.clickedButton() == saveMine)
        return Choice::SaveMine;
    return Choice::Cancel;
}

} // namespace dc::EditConflict
