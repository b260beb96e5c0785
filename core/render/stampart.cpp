#include "core/render/stampart.h"

#include <QPainter>
#include <QTransform>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace dc::render {

namespace {

QColor colorOf(StampKind kind)
{
    switch (kind) {
    case StampKind::Controlled:
        return QColor(0xb0, 0x1c, 0x1c);
    case StampKind::Uncontrolled:
        return QColor(0x8a, 0x52, 0x00);
    case StampKind::Draft:
        return QColor(0x1f, 0x4f, 0x99);
    case StampKind::Obsolete:
        // A light red, opaque: it shows through nowhere because it is drawn first.
        return QColor(0xf3, 0xcf, 0xcf);
    }
    return Qt::black;
}

// `text` as an outline with its baseline start at the origin.
QPainterPath textOutline(const QString &text, qreal points)
{
    QPainterPath path;
    path.addText(QPointF(0, 0), renderFont(points), text);
    return path;
}

// `path` mapped to the device and rounded to whole pixels.
QPainterPath toDevicePixels(const QPainterPath &path, const QTransform &toDevice)
{
    QPainterPath mapped = toDevice.map(path);
    for (int i = 0; i < mapped.elementCount(); ++i) {
        const QPainterPath::Element e = mapped.elementAt(i);
        mapped.setElementPositionAt(i, std::round(e.x), std::round(e.y));
    }
    return mapped;
}

} // namespace

StampArt::StampArt(const Stamp &stamp, const PageGeometry &geometry, const QTransform &toDevice)
    : m_color(colorOf(stamp.kind)), m_diagonal(stamp.kind == StampKind::Obsolete)
{
    const QString text = stampText(stamp);
    if (m_diagonal) {
        QPainterPath path = textOutline(text, fontsize::kWatermark);
        const QRectF bounds = path.boundingRect();
        QTransform toCentre;
        toCentre.translate(-bounds.center().x(), -bounds.center().y());
        path = toCentre.map(path);
        // Rotate along the body's diagonal and shrink until it fits inside the body.
        const QRectF body = geometry.body;
        QTransform rotate;
        rotate.rotate(-qRadiansToDegrees(std::atan2(body.height(), body.width())) * 0.8);
        path = rotate.map(path);
        const QRectF rotated = path.boundingRect();
        const qreal scale = std::min({1.0, body.width() * 0.9 / rotated.width(), body.height() * 0.9 / rotated.height()});
        QTransform place;
        place.translate(body.center().x(), body.center().y());
        place.scale(scale, scale);
        path = place.map(path);
        path.setFillRule(Qt::WindingFill);
        m_outline = toDevicePixels(path, toDevice);
        return;
    }

    QPainterPath path = textOutline(text, fontsize::kStamp);
    const QRectF band = geometry.stampBand;
    const qreal padding = mm(3);
    QRectF bounds = path.boundingRect();
    // A long holder name shrinks the stamp rather than leaving the band.
    const qreal scale = std::min(1.0, (band.width() - 2 * padding) / bounds.width());
    QTransform fit;
    fit.scale(scale, scale);
    path = fit.map(path);
    bounds = path.boundingRect();
    QTransform centre;
    centre.translate(band.center().x() - bounds.center().x(), band.center().y() - bounds.center().y());
    path = centre.map(path);

    const QRectF box = path.boundingRect().adjusted(-padding, 0, padding, 0);
    QPainterPath frame;
    frame.addRoundedRect(QRectF(box.left(), band.top(), box.width(), band.height()), mm(1.2), mm(1.2));
    QPainterPathStroker stroker;
    stroker.setWidth(pt(1.0));
    path.addPath(stroker.createStroke(frame));
    path.setFillRule(Qt::WindingFill);
    m_outline = toDevicePixels(path, toDevice);
}

QByteArray StampArt::pdfOperators() const
{
    auto number = [](qreal value) { return QByteArray::number(value, 'g', 10); };
    QByteArray out = number(m_color.redF()) + ' ' + number(m_color.greenF()) + ' ' + number(m_color.blueF()) + " rg\n";
    out.reserve(m_outline.elementCount() * 24);
    for (int i = 0; i < m_outline.elementCount(); ++i) {
        const QPainterPath::Element e = m_outline.elementAt(i);
        if (e.isMoveTo()) {
            out += number(e.x) + ' ' + number(e.y) + " m\n";
        } else if (e.isLineTo()) {
            out += number(e.x) + ' ' + number(e.y) + " l\n";
        } else if (e.isCurveTo() && i + 2 < m_outline.elementCount()) {
            const QPainterPath::Element c2 = m_outline.elementAt(i + 1);
            const QPainterPath::Element end = m_outline.elementAt(i + 2);
            out += number(e.x) + ' ' + number(e.y) + ' ' + number(c2.x) + ' ' + number(c2.y) + ' ' + number(end.x) + ' ' + number(end.y) + " c\n";
            i += 2;
        }
    }
    out += m_outline.fillRule() == Qt::WindingFill ? "f\n" : "f*\n";
    return out;
}

void StampArt::paint(QPainter &painter) const
{
    painter.save();
    painter.setWorldTransform(QTransform());
    painter.fillPath(m_outline, m_color);
    painter.restore();
}

void StampArt::paintUnder(QPainter &painter) const
{
    if (m_diagonal)
        paint(painter);
}

void StampArt::paintBanner(QPainter &painter) const
{
    if (!m_diagonal)
        paint(painter);
}

} // namespace dc::render
