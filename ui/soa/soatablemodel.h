#pragma once

#include "core/model/soatable.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace dc {

// The rows of a Statement of Applicability for the table editor: one row per Annex A control,
// the columns of Soa::headers(). Applicable, reason, justification, status and owner are
// editable; every edit is an undoable command on undoStack(). Qt::EditRole gives the value as
// the editors take it (a key, or the text); Qt::DisplayRole the printed words.
class SoaTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Control, Title, Applicable, Reason, Justification, Status, Owner, Documents, ColumnCount };

    explicit SoaTableModel(QObject *parent = nullptr);
    // Silences the undo stack first: clearing it while this model goes must not reach the views.
    ~SoaTableModel() override;

    // Shows `table`; clears the undo history.
    void setTable(const SoaTable &table);
    const SoaTable &table() const { return m_table; }
    QUndoStack *undoStack() const { return m_undo; }
    // Sets every row's implementing documents as one undoable command; returns the controls changed.
    QStringList setImplementingDocuments(const QHash<QString, QStringList> &mapped);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Takes the EditRole value of an editable column; refuses (false) a value the column cannot
    // hold. A change is pushed on the undo stack.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    friend class SoaRowCommand;
    // Replaces row `row` and tells the views; the undo commands' one way in.
    void replaceRow(int row, const SoaRow &value);
    SoaTable m_table;
    QUndoStack *m_undo = nullptr;
};

} // namespace dc
