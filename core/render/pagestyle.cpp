#include "core/render/pagestyle.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QMutex>
#include <QMutexLocker>
#include <QGuiApplication>
#include <QScreen>

#include <atomic>

namespace dc::render {

namespace {

const QString kFamily = QStringLiteral("WenQuanYi Micro Hei");
const QString kFontFile = QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
std::atomic<double> g_tableLengthScale{1.0};

// The resolution Qt takes for the screen when it scales text-layout lengths (qt_defaultDpiY()).
qreal screenDpi()
{
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96;
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100;
}

} // namespace

LayoutDevice *LayoutDevice::instance()
{
    static LayoutDevice device;
    return &device;
}

int LayoutDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return qRound(mm(210));
    case PdmHeight:
        return qRound(mm(297));
    case PdmWidthMM:
        return 210;
    case PdmHeightMM:
        return 297;
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return int(kLayoutDpi);
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    default:
        // Metrics added by later Qt versions (6.8: PdmDevicePixelRatioF_EncodedA/B) keep
        // QPaintDevice's answer, which leaves the ratio of 1 above in force.
        return QPaintDevice::metric(metric);
    }
}

Status ensureRenderFont()
{
    static QMutex mutex;
    static bool available = false;
    const QMutexLocker lock(&mutex);
    if (available)
        return {};
    if (!QFontDatabase::hasFamily(kFamily) && QFile::exists(kFontFile))
        QFontDatabase::addApplicationFont(kFontFile);
    if (!QFontDatabase::hasFamily(kFamily)) {
        return Error{ErrorCode::InvalidState,
                     QCoreApplication::translate("dc::render", "The font \"%1\" is not installed (Debian package fonts-wqy-microhei); "
                                                               "PDF export needs it for Chinese text.")
                         .arg(kFamily)};
    }
    available = true;
    g_tableLengthScale = kLayoutDpi / screenDpi();
    return {};
}

qreal tableLengthScale()
{
    return g_tableLengthScale;
}

QString renderFontFamily()
{
    return kFamily;
}

QFont renderFont(qreal points, bool bold)
{
    QFont font(kFamily);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return QFont(font, LayoutDevice::instance());
}

PageGeometry PageGeometry::forPage(const QSizeF &sizeInPoints)
{
    PageGeometry g;
    g.page = QSizeF(pt(sizeInPoints.width()), pt(sizeInPoints.height()));
    const qreal left = mm(20);
    const qreal width = g.page.width() - 2 * left;
    const qreal h = g.page.height();
    g.stampBand = QRectF(left, mm(8), width, mm(7.5));
    g.header = QRectF(left, mm(17), width, mm(9));
    g.headerRuleY = mm(27);
    g.body = QRectF(left, mm(30), width, h - mm(30) - mm(25));
    g.footerRuleY = h - mm(21);
    g.footer = QRectF(left, h - mm(19.5), width, mm(5));
    return g;
}

} // namespace dc::render
