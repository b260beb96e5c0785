#pragma once

#include "core/render/pagestyle.h"
#include "core/render/renderinput.h"

#include <QColor>
#include <QPainterPath>

class QPainter;

namespace dc::render {

// The stamp of an export, built once as vector paths and drawn on every page. Being paths, not
// text, it never enters the PDF's text layer (copying or extracting the text does not pick it
// up), and it cannot be edited out as a word.
//
// Banner stamps (controlled, uncontrolled, draft) sit in their own band in the top margin. The
// obsolete stamp is a large diagonal watermark, opaque and pre-lightened, drawn before anything
// else so the text stays on top (and PDF/A needs no transparency).
//
// `toDevice` maps page layout units to the device (the painter's transform for a page): the
// outline is mapped once and rounded to whole device pixels, which keeps what the PDF writer
// repeats on every page short.
class StampArt final {
public:
    StampArt(const Stamp &stamp, const PageGeometry &geometry, const QTransform &toDevice = {});

    // Draws what goes beneath the page's text (the watermark).
    void paintUnder(QPainter &painter) const;
    // Draws what goes in the margin (the banner).
    void paintBanner(QPainter &painter) const;

    bool isDiagonal() const { return m_diagonal; }

    // The stamp as PDF content operators (fill colour, path, fill), the outline's coordinates
    // taken as they are: build the StampArt with a `toDevice` into PDF user space.
    QByteArray pdfOperators() const;
    // The stamp's outline in device pixels, for tests and the benchmark.
    const QPainterPath &outline() const { return m_outline; }

private:
    void paint(QPainter &painter) const;

    QPainterPath m_outline;  // text and frame, device pixels
    QColor m_color;
    bool m_diagonal = false;
};

} // namespace dc::render
