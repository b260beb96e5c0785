#pragma once

#include "core/model/document.h"
#include "core/model/revision.h"
#include "core/model/signature.h"
#include "core/model/user.h"
#include "core/render/renderinput.h"
#include "core/model/result.h"
#include "core/services/earlierhistory.h"

#include <QCoreApplication>

namespace dc {

class Database;

// A revision and everything printed around it: its document, the other revisions (for the
// history table), its signatures, the organisation and its images.
struct ExportSource {
    Document document;
    Revision revision;
    QList<Revision> revisions;   // oldest first
    QList<Signature> signatures; // of `revision`
    QHash<QString, QString> departments; // user name → department, for the approval record
    QHash<QString, QString> displayNames; // user name → display name
    QHash<qint64, QString> approvers;     // revision id → who approved it (display name)
    QHash<qint64, QStringList> reviewers; // revision id → who reviewed the approved round (display names)
    QList<EarlierRevision> earlier;       // released before the store existed, oldest first
    QString organisation;
    render::LabelLanguage labels = render::LabelLanguage::Bilingual; // the store's labels.language
    QHash<QString, QImage> images;
    QDate withdrawnOn;   // the day the document was withdrawn (null: it was not)
    qint64 chainSeq = 0; // the audit trail's head when loaded: the anchor the export records
    QString chainHead;
    render::ReleaseAnchor releaseAnchor; // the revision's release event (seq 0: not released)
    QDate releasedOn;    // the day of that release event, local time (null: not released)
    QList<render::ReferencedDocument> references; // the manual's annex (ExportService fills it for the manual)
    QStringList linkedNumbers; // the documents it cites (LinkStore), made links where its text names them
};

// Turns store data into the renderer's plain inputs (core/render knows nothing of the store).
class ExportInput final {
    Q_DECLARE_TR_FUNCTIONS(dc::ExportInput)
public:
    // Loads revision `label` of `number`, or when `label` is empty its effective revision, or
    // else its latest one. A document `viewer` may not see fails as a missing one (Visibility).
    static Result<ExportSource> load(Database &db, const User &viewer, const QString &number, const QString &label);

    // The one choice of revision every export, print and preview makes: revision `label`, or
    // when `label` is empty the effective revision, or else the latest. Null when none fits.
    static const Revision *choose(const QList<Revision> &revisions, const QString &label);

    // The (sequence, hash) of the last revision.released event of `number` revision `label`;
    // seq 0 when it was never released. Fails only when the trail cannot be read.
    static Result<render::ReleaseAnchor> releaseAnchor(Database &db, const QString &number, const QString &label);

    // The stamp a print of `revision` carries: controlled copy (effective only), uncontrolled
    // (effective), draft (not yet effective) or obsolete (superseded or withdrawn; a withdrawn
    // revision's stamp carries `withdrawnOn`).
    static render::Stamp stampFor(const Revision &revision, int copyNumber, const QString &holder, const QDate &printDate,
                                  const QDate &withdrawnOn = {});

    static render::DocumentRender document(const ExportSource &source, const render::Stamp &stamp);
    // Whether documents of `type` are laid out on landscape pages (exported, printed, previewed):
    // the Statement of Applicability, whose table has eight columns.
    static bool landscape(DocumentType type) { return type == DocumentType::Soa; }
    // The manual: its Markdown split into chapters at the top-level headings. The manual's own
    // title line and what stands under it (the cover's data: number, status, standards) give
    // way to the generated cover; the section titled 发布令 (release order) becomes 0.1 with
    // the signature and seal block and the release's dates (its typed signature and date lines
    // are dropped; {{批准日期}}, {{发布日期}} and {{实施日期}} in its text are filled in); every
    // other second-level section before the first chapter ("0.2 任命书") becomes a chapter of
    // its own. The controlled status comes from `stamp`, as the pages' stamp does.
    static render::ManualRender manual(const ExportSource &source, const render::Stamp &stamp);

    // 受控状态 for `stamp`: "受控 Controlled" only for a controlled copy ("受控" in Chinese only).
    static QString controlledStatus(const render::Stamp &stamp);

    // A SHA-256 over everything the pages are made from (text, images, stamp, signatures,
    // history, header and footer): equal fingerprints print the same pages.
    static QByteArray fingerprint(const render::DocumentRender &input);
    static QByteArray fingerprint(const render::ManualRender &input);

    // "内部 Internal": printed pages name the classification in both languages.
    static QString classificationLabel(Classification classification,
                                       render::LabelLanguage language = render::LabelLanguage::Bilingual);
};

} // namespace dc
