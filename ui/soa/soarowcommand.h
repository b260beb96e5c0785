#pragma once

#include "core/model/soatable.h"

#include <QList>
#include <QUndoCommand>

namespace dc {

class SoaTableModel;

// An undoable change to rows of the SoA table editor: each row's value before and after.
class SoaRowCommand final : public QUndoCommand {
public:
    struct Change {
        int row = 0;
        SoaRow before;
        SoaRow after;
    };
    SoaRowCommand(SoaTableModel *model, QList<Change> changes, const QString &text);

    void undo() override;
    void redo() override;

private:
    SoaTableModel *m_model;
    QList<Change> m_changes;
};

} // namespace dc
