#include "ui/register/searchhitdelegate.h"

#include "ui/register/searchresultsmodel.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace dc {

namespace {
constexpr int kMargin = 6;
}

SearchHitDelegate::SearchHitDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
}

int SearchHitDelegate::availableWidth(const QStyleOptionViewItem &option)
{
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget))
        width = view->viewport()->width();
    return std::max(width - 2 * kMargin, 120);
}

void SearchHitDelegate::layout(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);
    const QString mark = selected ? QStringLiteral("<b>") : QStringLiteral("<b style=\"background-color:#fff0a8; color:#000\">");

    QString snippet = index.data(SearchResultsModel::SnippetHtmlRole).toString();
    snippet.replace(QStringLiteral("<b>"), mark);
    const QString html = QStringLiteral("<div style=\"color:%1\"><b>%2</b>&nbsp;&nbsp;%3"
                                        "&nbsp;&nbsp;<span style=\"color:%4\">%5 · %6</span></div>"
                                        "<div style=\"color:%4\">%7</div>")
                             .arg(text.name(), index.data(SearchResultsModel::NumberRole).toString().toHtmlEscaped(),
                                  index.data(SearchResultsModel::TitleRole).toString().toHtmlEscaped(), muted.name(QColor::HexArgb),
                                  index.data(SearchResultsModel::StatusRole).toString().toHtmlEscaped(),
                                  index.data(SearchResultsModel::RevisionRole).toString().toHtmlEscaped(), snippet);
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setTextWidth(width);
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument document;
    layout(document, opt, index, opt.rect.width() - 2 * kMargin);
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(kMargin, kMargin));
    document.drawContents(painter, QRectF(0, 0, opt.rect.width() - 2 * kMargin, opt.rect.height() - 2 * kMargin));
    painter->restore();
    painter->save();
    painter->setPen(opt.palette.color(QPalette::Mid));
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument document;
    const int width = availableWidth(opt);
    layout(document, opt, index, width);
    return {width + 2 * kMargin, int(std::ceil(document.size().height())) + 2 * kMargin};
}

} // namespace dc
