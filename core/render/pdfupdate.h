#pragma once

// What QPdfWriter (Qt 6.4) cannot write itself — the subject and author, bookmarks (the PDF
// outline) and links to other pages — added as an incremental update: new objects and a new
// cross-reference section appended after the file Qt wrote, which stays byte for byte as it was.

#include "core/model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

namespace dc::render {

// The document information dictionary, written whole.
struct PdfInfo {
    QString title;
    QString author;
    QString subject;
    QString creator;
    QString producer;
    QDateTime created;
};

// A bookmark; `top` in points from the top of page `page` (from 0). Levels start at 1.
struct PdfBookmark {
    QString title;
    int level = 1;
    int page = 0;
    qreal top = 0;
};

// A link area on page `page`, in points from the page's top-left corner, to `targetPage` at
// `targetTop` points from its top.
struct PdfLink {
    int page = 0;
    QRectF rect;
    int targetPage = 0;
    qreal targetTop = 0;
};

// Content drawn on every page, in PDF user space (points, origin bottom left): `under` before
// the page's own content, `over` after it. Each is written once and shared by all pages.
struct PdfOverlay {
    QByteArray under;
    QByteArray over;
};

// The bytes to append to `pdf` (a file as QPdfWriter writes it: one classic cross-reference
// table, every object uncompressed apart from streams). Fails with InvalidInput when the file's
// structure is not what Qt writes.
Result<QByteArray> pdfUpdate(const QByteArray &pdf, const PdfInfo &info, const QList<PdfBookmark> &bookmarks,
                             const QList<PdfLink> &links, const PdfOverlay &overlay = {});

// "D:20261121083000Z"
QByteArray pdfDate(const QDateTime &time);
// A text string: UTF-16BE with a byte order mark, as hex ("<FEFF…>").
QByteArray pdfTextString(const QString &text);

} // namespace dc::render
