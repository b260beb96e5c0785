#pragma once

#include "core/model/clock.h"
#include "core/model/document.h"
#include "core/model/revision.h"
#include "core/model/user.h"
#include "core/model/result.h"

#include <QCoreApplication>

namespace dc {

class Database;

// Brings existing files into the store. A .md, .html, .odt or .docx file becomes a new
// document (`into` empty) or a new draft revision of document `into`, with its images as
// attachments; a .pdf is attached as it is to the current draft of `into` (external
// documents, scanned records). One transaction: a refused import changes nothing.
class ImportService final {
    Q_DECLARE_TR_FUNCTIONS(dc::ImportService)
public:
    explicit ImportService(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // `document` gives the new document's metadata (its title defaults to the file's own title;
    // its content is ignored). `summary` is the change summary of the revision. `number`, when
    // given, receives the number of the document the revision belongs to (the new one's too).
    // ImportPreview::recognise shows what the conversion gives without writing.
    Result<Revision> importFile(const User &actor, const QString &path, const QString &into, NewDocument document, const QString &summary,
                                QString *number = nullptr);

private:
    Result<Revision> attachPdf(const User &actor, const QString &path, const QString &into);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
