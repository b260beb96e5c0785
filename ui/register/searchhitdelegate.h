#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace dc {

// Paints one search hit of a SearchResultsModel as a small card: the number, title, status
// and revision on the first line, the snippet with its highlights below, wrapped to the
// view's width.
class SearchHitDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SearchHitDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The card's HTML laid out at `width`, in the colours of `option`.
    void layout(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    static int availableWidth(const QStyleOptionViewItem &option);
};

} // namespace dc
