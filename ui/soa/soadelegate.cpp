#include "ui/soa/soadelegate.h"

#include "core/model/soatable.h"
#include "ui/soa/soatablemodel.h"

#include <QComboBox>
#include <QListWidget>

#include <algorithm>

namespace dc {

SoaDelegate::SoaDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
}

QWidget *SoaDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case SoaTableModel::Applicable: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("soaApplicableEditor"));
        combo->addItem(QString(), QString());
        combo->addItem(cellText(true), QStringLiteral("yes"));
        combo->addItem(cellText(false), QStringLiteral("no"));
        return combo;
    }
    case SoaTableModel::Status: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("soaStatusEditor"));
        combo->addItem(QString(), QString());
        for (const QString &key : soaStatusKeys())
            combo->addItem(cellText(*soaStatusFromText(key)), key);
        return combo;
    }
    case SoaTableModel::Reason: {
        auto *list = new QListWidget(parent);
        list->setObjectName(QStringLiteral("soaReasonEditor"));
        for (const QString &key : soaReasonKeys()) {
            auto *item = new QListWidgetItem(cellText(*soaReasonFromText(key)), list);
            item->setData(Qt::UserRole, key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        return list;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void SoaDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        const QStringList keys = value.toStringList();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(keys.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void SoaDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        QStringList keys;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                keys << list->item(i)->data(Qt::UserRole).toString();
        }
        model->setData(index, keys, Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void SoaDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        // Tall enough for every reason, below the cell's top edge.
        QRect r = option.rect;
        r.setHeight(std::max(r.height(), list->sizeHintForRow(0) * list->count() + 2 * list->frameWidth()));
        r.setWidth(std::max(r.width(), list->sizeHintForColumn(0) + 2 * list->frameWidth() + 4));
        list->setGeometry(r);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

} // namespace dc
