#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dc {

// An image that came with an imported document; the Markdown refers to it as ![alt](name).
struct ImportedImage {
    QString name;     // unique within the document, safe as a file name: [A-Za-z0-9._-], with an extension
    QByteArray data;
    QString mimeType; // image/png, image/jpeg, ...
};

// A document converted to GitHub-flavoured Markdown, store-free: the caller decides where it goes.
struct ImportedDocument {
    QString title;    // metadata title (dc:title), else the title paragraph or first heading; may be empty
    QString markdown; // UTF-8 text, '\n' line ends, ends with one '\n' (empty for an empty document)
    QList<ImportedImage> images;
};

} // namespace dc
