#pragma once

#include "core/render/pagestyle.h"
#include "core/render/renderinput.h"

#include <QTextLayout>

#include <memory>
#include <vector>

class QPainter;

namespace dc::render {

// The header and footer of every page: organisation, number, title and revision on top;
// classification, effective date and "第 X 页 共 Y 页 / Page X of Y" below. Real text, so it is
// in the PDF's text layer. The fixed texts are shaped once per export.
class PageFrame final {
public:
    PageFrame(const PageHeader &header, const PageFooter &footer, const PageGeometry &geometry);
    ~PageFrame();
    PageFrame(const PageFrame &) = delete;
    PageFrame &operator=(const PageFrame &) = delete;

    // Draws header and footer of page `number` (from 1) of `count`, in page layout units.
    void paint(QPainter &painter, int number, int count) const;

    // "第 3 页 共 12 页 / Page 3 of 12", or "第 3 页 共 12 页" in Chinese only.
    static QString pageNumberText(int number, int count, LabelLanguage language = LabelLanguage::Bilingual);

private:
    struct Label {
        std::unique_ptr<QTextLayout> layout;
        QPointF position;
    };
    void addLabel(const QString &text, const QRectF &line, Qt::Alignment alignment, qreal points, bool bold);

    PageGeometry m_geometry;
    LabelLanguage m_language = LabelLanguage::Bilingual;
    std::vector<Label> m_labels;
};

// Lays out one line of `text` in `font` inside `line` (elided when too long), aligned left,
// centred or right; the returned layout is ready to draw at `*position`.
std::unique_ptr<QTextLayout> layoutLine(const QString &text, const QFont &font, const QRectF &line, Qt::Alignment alignment,
                                        QPointF *position);

} // namespace dc::render
