#include "ui/soa/soarowcommand.h"

#include "ui/soa/soatablemodel.h"

namespace dc {

SoaRowCommand::SoaRowCommand(SoaTableModel *model, QList<Change> changes, const QString &text)
    : QUndoCommand(text), m_model(model), m_changes(std::move(changes))
{
}

void SoaRowCommand::undo()
{
    for (const Change &change : m_changes)
        m_model->replaceRow(change.row, change.before);
}

void SoaRowCommand::redo()
{
    for (const Change &change : m_changes)
        m_model->replaceRow(change.row, change.after);
}

} // namespace dc
