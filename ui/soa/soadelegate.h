#pragma once

#include <QStyledItemDelegate>

namespace dc {

// Editors of the SoA table's fixed-value columns: a combo box for applicable and for the
// implementation status (with an empty choice: not decided), a list of check boxes for the
// reasons (several may apply). The text columns keep the default line edit.
class SoaDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SoaDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dc
