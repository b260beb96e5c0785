#pragma once

// Builds a store that looks like an organisation's after years of use, through the store's own
// paths (DocumentService, WorkflowService): documents of about 2 KB of mixed Chinese and English
// text, three revisions each on average, every revision reviewed, approved and released with
// real Ed25519 signatures, so the audit trail is as long as it would be. Signing keys are
// unlocked once (password hashing is not what this measures).

#include "core/model/clock.h"
#include "core/model/result.h"
#include "core/model/user.h"

#include <QString>
#include <QStringList>

namespace dc {
class Database;
}

namespace bench {

struct GeneratedStore {
    QStringList numbers;  // every document's number, in creation order
    qint64 revisions = 0; // revisions written
    qint64 textBytes = 0; // UTF-8 bytes of every revision's title and body text
};

// The text of revision `revision` (0-based) of document `index`: about 2 KB, mostly Chinese,
// with English terms, a rare two-character code shared by ten documents, a rare single
// character in one document of every N/10 and a rare English word shared by ten documents.
QString generatedText(int index, int revision, int documents);

// The rare two-character code and English word of documents 10·code … 10·code + 9.
QString rarePair(int code);
QString rareWord(int code);

// Fills `db` with `documents` documents. `admin` registers and releases; "reviewer1" and
// "approver1" (made here, password `password`) sign. Progress goes to stderr every 1,000
// documents. Fails with the first refused step.
dc::Result<GeneratedStore> generateStore(dc::Database &db, const dc::Clock &clock, const dc::User &admin, const QString &password,
                                         int documents);

} // namespace bench
