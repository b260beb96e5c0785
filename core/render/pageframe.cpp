#include "core/render/pageframe.h"

#include <QFontMetricsF>
#include <QPainter>

namespace dc::render {

namespace {

const QColor kTextColor(0x33, 0x33, 0x33);
const QColor kRuleColor(0x99, 0x99, 0x99);

} // namespace

std::unique_ptr<QTextLayout> layoutLine(const QString &text, const QFont &font, const QRectF &line, Qt::Alignment alignment,
                                        QPointF *position)
{
    const QFontMetricsF metrics(font, LayoutDevice::instance());
    auto layout = std::make_unique<QTextLayout>(metrics.elidedText(text, Qt::ElideRight, line.width()), font, LayoutDevice::instance());
    layout->setCacheEnabled(true);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setUseDesignMetrics(true);
    layout->setTextOption(option);
    layout->beginLayout();
    QTextLine first = layout->createLine();
    if (first.isValid())
        first.setLineWidth(line.width());
    layout->endLayout();
    const qreal width = first.isValid() ? first.naturalTextWidth() : 0;
    const qreal height = first.isValid() ? first.height() : 0;
    qreal x = line.left();
    if (alignment & Qt::AlignRight)
        x = line.right() - width;
    else if (alignment & Qt::AlignHCenter)
        x = line.center().x() - width / 2;
    *position = QPointF(x, line.top() + (line.height() - height) / 2);
    return layout;
}

PageFrame::PageFrame(const PageHeader &header, const PageFooter &footer, const PageGeometry &geometry) : m_geometry(geometry)
{
    const QRectF top = geometry.header;
    const QRectF line1(top.left(), top.top(), top.width(), top.height() / 2);
    const QRectF line2(top.left(), top.center().y(), top.width(), top.height() / 2);
    const qreal half = top.width() * 0.62;
    const QRectF left1(line1.left(), line1.top(), half, line1.height());
    const QRectF left2(line2.left(), line2.top(), half, line2.height());
    const QRectF right1(line1.left() + half, line1.top(), top.width() - half, line1.height());
    const QRectF right2(line2.left() + half, line2.top(), top.width() - half, line2.height());
    addLabel(header.organisation, left1, Qt::AlignLeft, fontsize::kHeader, true);
    addLabel(header.title, left2, Qt::AlignLeft, fontsize::kHeader, false);
    const LabelLanguage language = header.language;
    m_language = language;
    addLabel(labelText(language, QStringLiteral("文件编号"), QStringLiteral("No.")) + QLatin1Char(' ') + header.number, right1, Qt::AlignRight, fontsize::kHeader, false);
    addLabel(labelText(language, QStringLiteral("版本"), QStringLiteral("Revision")) + QLatin1Char(' ') + header.revisionLabel, right2, Qt::AlignRight,
             fontsize::kHeader, false);

    const QRectF bottom = geometry.footer;
    const qreal third = bottom.width() / 3;
    addLabel(labelText(language, QStringLiteral("密级"), QStringLiteral("Classification")) + QStringLiteral(": ") + footer.classification, QRectF(bottom.left(), bottom.top(), third, bottom.height()),
             Qt::AlignLeft, fontsize::kHeader, false);
    const QString effective = footer.effectiveDate.isValid() ? footer.effectiveDate.toString(Qt::ISODate) : QStringLiteral("—");
    addLabel(labelText(language, QStringLiteral("生效日期"), QStringLiteral("Effective")) + QStringLiteral(": ") + effective, QRectF(bottom.left() + third, bottom.top(), third, bottom.height()),
             Qt::AlignHCenter, fontsize::kHeader, false);
}

PageFrame::~PageFrame() = default;

void PageFrame::addLabel(const QString &text, const QRectF &line, Qt::Alignment alignment, qreal points, bool bold)
{
    Label label;
    label.layout = layoutLine(text, renderFont(points, bold), line, alignment, &label.position);
    m_labels.push_back(std::move(label));
}

QString PageFrame::pageNumberText(int number, int count, LabelLanguage language)
{
    if (language == LabelLanguage::Chinese)
        return QStringLiteral("第 %1 页 共 %2 页").arg(number).arg(count);
    return QStringLiteral("第 %1 页 共 %2 页 / Page %1 of %2").arg(number).arg(count);
}

void PageFrame::paint(QPainter &painter, int number, int count) const
{
    painter.save();
    painter.setPen(QPen(kRuleColor, pt(0.5)));
    const QRectF body = m_geometry.body;
    painter.drawLine(QPointF(body.left(), m_geometry.headerRuleY), QPointF(body.right(), m_geometry.headerRuleY));
    painter.drawLine(QPointF(body.left(), m_geometry.footerRuleY), QPointF(body.right(), m_geometry.footerRuleY));
    painter.setPen(kTextColor);
    for (const Label &label : m_labels)
        label.layout->draw(&painter, label.position);
    const QRectF bottom = m_geometry.footer;
    const qreal third = bottom.width() / 3;
    QPointF position;
    const auto pageLine = layoutLine(pageNumberText(number, count, m_language), renderFont(fontsize::kHeader),
                                     QRectF(bottom.right() - third, bottom.top(), third, bottom.height()), Qt::AlignRight, &position);
    pageLine->draw(&painter, position);
    painter.restore();
}

} // namespace dc::render
