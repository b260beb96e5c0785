#pragma once

// Units, fonts and the page grid shared by every part of the renderer.
//
// Everything is laid out in layout units of 1/96 inch against LayoutDevice, never against the
// screen or the printer: a layout is then the same on every machine, on any thread and for any
// output resolution. Painting scales layout units to the device (PagePainter).

#include "core/model/result.h"

#include <QFont>
#include <QPaintDevice>
#include <QRectF>
#include <QSizeF>

namespace dc::render {

inline constexpr qreal kLayoutDpi = 96.0;

// Millimetres and points in layout units.
constexpr qreal mm(qreal millimetres) { return millimetres * kLayoutDpi / 25.4; }
constexpr qreal pt(qreal points) { return points * kLayoutDpi / 72.0; }

// A paint device that only answers metrics (96 dpi); it is never painted on. Stateless, so
// documents on several threads may share it.
class LayoutDevice final : public QPaintDevice {
public:
    LayoutDevice() = default;
    QPaintEngine *paintEngine() const override { return nullptr; }

    // The one instance every layout uses.
    static LayoutDevice *instance();

protected:
    int metric(PaintDeviceMetric metric) const override;
};

// The family every export uses: WenQuanYi Micro Hei (fonts-wqy-microhei), whose text layer
// extracts exactly, Chinese included. Registers the font file when the font database lacks the
// family. Fails when neither is available. Call once on the GUI thread before rendering.
Status ensureRenderFont();
QString renderFontFamily();

// The factor by which QTextDocument's layout scales table paddings, spacings and borders:
// LayoutDevice's resolution over the screen's logical one (1 on the usual 96 dpi). Known once
// ensureRenderFont() has run.
qreal tableLengthScale();

// A font of the render family at `points`, resolved for LayoutDevice.
QFont renderFont(qreal points, bool bold = false);

// Text sizes in points.
namespace fontsize {
inline constexpr qreal kBody = 10.5;
inline constexpr qreal kHeader = 8.0;
inline constexpr qreal kStamp = 9.5;
inline constexpr qreal kTable = 9.5;
inline constexpr qreal kWatermark = 80.0;
} // namespace fontsize

// Where things go on a page, in layout units from the page's top-left corner. The banner stamp
// has its own band in the top margin, above the header; body text never enters it.
struct PageGeometry {
    QSizeF page;
    QRectF stampBand;
    QRectF header;   // two lines: organisation / number, title / revision
    qreal headerRuleY = 0;
    QRectF body;
    qreal footerRuleY = 0;
    QRectF footer;

    // The grid for a page of `sizeInPoints` (A4: 595 × 842).
    static PageGeometry forPage(const QSizeF &sizeInPoints);
};

} // namespace dc::render
