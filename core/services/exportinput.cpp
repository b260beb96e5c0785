#include "core/services/exportinput.h"

#include "core/services/dispositionservice.h"
#include "core/model/soatable.h"

#include "core/security/signingkey.h"
#include "core/store/attachmentstore.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/linkstore.h"
#include "core/store/visibility.h"
#include "core/store/sql.h"
#include "core/store/storesettings.h"
#include "core/store/userstore.h"
#include "core/store/workflowstore.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QRegularExpression>

namespace dc {

namespace {

render::ApprovalLine approvalLine(const ExportSource &source, render::ApprovalMeaning meaning, const QString &user, const QDate &date,
                                  const QByteArray &signature)
{
    render::ApprovalLine line;
    line.meaning = meaning;
    line.name = source.displayNames.value(user, user);
    line.department = source.departments.value(user);
    line.date = date;
    line.fingerprint = signature.isEmpty() ? QString() : SigningKey::fingerprint(signature);
    return line;
}

// 编制 (the author), 审核 (the reviewers of the approved round), 批准 (the approver).
QList<render::ApprovalLine> approvals(const ExportSource &source)
{
    QList<render::ApprovalLine> lines{approvalLine(source, render::ApprovalMeaning::Prepared, source.revision.author,
                                                   source.revision.updatedAt.toLocalTime().date(), {})};
    const Signature *approval = nullptr;
    for (const Signature &s : source.signatures) {
        if (s.meaning == SignatureMeaning::Approved)
            approval = &s;
    }
    if (!approval)
        return lines;
    for (const Signature &s : source.signatures) {
        if (s.meaning == SignatureMeaning::Reviewed && s.submissionId == approval->submissionId)
            lines << approvalLine(source, render::ApprovalMeaning::Reviewed, s.signer, s.signedAt.toLocalTime().date(), s.signature);
    }
    lines << approvalLine(source, render::ApprovalMeaning::Approved, approval->signer, approval->signedAt.toLocalTime().date(), approval->signature);
    return lines;
}

// The earlier revisions recorded from paper (marked as not signed here), the released
// revisions up to the one printed, and the printed one itself.
QList<render::HistoryRow> history(const ExportSource &source)
{
    QList<render::HistoryRow> rows;
    for (const EarlierRevision &e : source.earlier)
        rows << render::HistoryRow{e.label, e.releasedOn, e.summary, e.approvedBy + QStringLiteral("（") + EarlierHistory::note() + QStringLiteral("）"), {}, {}};
    for (const Revision &r : source.revisions) {
        const bool printed = r.id == source.revision.id;
        if (!printed && !r.effectiveDate.isValid())
            continue;
        const QDate date = r.effectiveDate.isValid() ? r.effectiveDate : r.updatedAt.toLocalTime().date();
        rows << render::HistoryRow{r.label, date, r.changeSummary, source.approvers.value(r.id), source.displayNames.value(r.author, r.author),
                                   source.reviewers.value(r.id).join(QStringLiteral("、"))};
        if (printed)
            break;
    }
    return rows;
}

render::PageHeader header(const ExportSource &source)
{
    return render::PageHeader{source.organisation, source.document.number, source.document.title, source.revision.label, source.labels};
}


// "2026 年 12 月 4 日", as dates are written in Chinese prose; "____ 年 __ 月 __ 日" when unknown.
QString chineseDate(const QDate &date)
{
    return date.isValid() ? QStringLiteral("%1 年 %2 月 %3 日").arg(date.year()).arg(date.month()).arg(date.day())
                          : QStringLiteral("____ 年 __ 月 __ 日");
}

// The release order's text without the lines the renderer prints from the release itself (the
// typed signature and dates), its date placeholders filled in.
QString releaseOrderText(const QString &markdown, const render::ManualRender &input)
{
    static const QRegularExpression signatureLine(
        QStringLiteral("^\\s*(?:\\*\\*)?(?:总经理|最高管理者|批准人|批准日期|发布日期|实施日期|日期)(?:\\*\\*)?\\s*[:：]"));
    QStringList kept;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (!signatureLine.match(line).hasMatch())
            kept << line;
    }
    QString text = kept.join(QLatin1Char('\n')).trimmed();
    text.replace(QStringLiteral("{{批准日期}}"), chineseDate(input.approvedOn));
    text.replace(QStringLiteral("{{发布日期}}"), chineseDate(input.releasedOn));
    text.replace(QStringLiteral("{{实施日期}}"), chineseDate(input.footer.effectiveDate));
    return text.isEmpty() ? text : text + QLatin1Char('\n');
}

// Cuts the manual's Markdown into the release order and the chapters (see ExportInput::manual).
void splitManual(const ExportSource &source, render::ManualRender &input)
{
    static const QRegularExpression topHeading(QStringLiteral("^# (.+)$"));
    static const QRegularExpression sectionHeading(QStringLiteral("^##\\s+(.+)$"));
    enum class Part { Preamble, ReleaseOrder, Chapter };
    Part part = Part::Chapter;
    bool front = true;  // no numbered chapter yet: second-level sections are the front matter's
    render::ManualChapter chapter;
    QString releaseOrder;
    const auto flush = [&]() {
        if (!chapter.title.isEmpty() && !chapter.markdown.trimmed().isEmpty())
            input.chapters << render::ManualChapter{chapter.title, chapter.markdown.trimmed() + QLatin1Char('\n')};
        chapter = {};
    };
    for (const QString &line : source.revision.content.split(QLatin1Char('\n'))) {
        if (const auto top = topHeading.match(line); top.hasMatch()) {
            flush();
            const QString title = top.captured(1).trimmed();
            if (front && title == source.document.title.trimmed()) {
                // The manual's title line: the cover is generated, so it and the lines under it
                // (number, status, standards) are not printed again.
                part = Part::Preamble;
            } else {
                front = false;
                part = Part::Chapter;
                chapter.title = title;
            }
            continue;
        }
        if (const auto section = sectionHeading.match(line); section.hasMatch()) {
            const QString title = section.captured(1).trimmed();
            if (title.contains(QStringLiteral("发布令"))) {
                if (front)
                    flush();
                if (input.releaseOrderTitle.isEmpty())
                    input.releaseOrderTitle = title;
                part = Part::ReleaseOrder;
                continue;
            }
            if (front) {
                flush();
                chapter.title = title;
                part = Part::Chapter;
                continue;
            }
            if (part == Part::ReleaseOrder)
                part = Part::Chapter;  // back to the chapter the release order stood in
        }
        if (part == Part::ReleaseOrder)
            releaseOrder += line + QLatin1Char('\n');
        else if (part == Part::Chapter)
            chapter.markdown += line + QLatin1Char('\n');
    }
    flush();
    input.releaseOrderMarkdown = releaseOrderText(releaseOrder, input);
    if (input.releaseOrderMarkdown.trimmed().isEmpty()) {
        const QDate effective = input.footer.effectiveDate;
        input.releaseOrderMarkdown = QCoreApplication::translate("dc::ExportInput", "This manual is approved and issued. It takes effect on %1; all staff shall comply with it.")
                                         .arg(effective.isValid() ? effective.toString(Qt::ISODate) : QStringLiteral("—"));
    }
}

} // namespace

QString ExportInput::classificationLabel(Classification classification, render::LabelLanguage language)
{
    const auto label = [language](const char *zh, const char *en) {
        return render::labelText(language, QString::fromUtf8(zh), QString::fromUtf8(en));
    };
    switch (classification) {
    case Classification::Public: return label("公开", "Public");
    case Classification::Internal: return label("内部", "Internal");
    case Classification::Confidential: return label("机密", "Confidential");
    case Classification::Secret: return label("绝密", "Secret");
    }
    return {};
}

const Revision *ExportInput::choose(const QList<Revision> &revisions, const QString &label)
{
    const Revision *chosen = nullptr;
    for (const Revision &r : revisions) {
        if (label.isEmpty() ? r.status == RevisionStatus::Effective : r.label == label)
            chosen = &r;
    }
    if (!chosen && label.isEmpty() && !revisions.isEmpty())
        chosen = &revisions.constLast();
    return chosen;
}

Result<ExportSource> ExportInput::load(Database &db, const User &viewer, const QString &number, const QString &label)
{
    DocumentStore documents(db);
    auto document = Visibility::find(db, viewer, number);
    if (!document)
        return document.error();
    if (const Status kept = DispositionService::checkNotDisposed(db, document->id, number); !kept)
        return kept.error();
    auto revisions = documents.revisions(document->id);
    if (!revisions)
        return revisions.error();
    ExportSource source;
    source.document = document.value();
    source.revisions = revisions.value();
    auto head = AuditLog(db).head();
    if (!head)
        return head.error();
    source.chainSeq = head->seq;
    source.chainHead = head->hash;
    auto cited = LinkStore(db).outgoing(document->id);
    if (!cited)
        return cited.error();
    for (const LinkedDocument &d : cited.value())
        source.linkedNumbers << d.number;
    const Revision *chosen = choose(source.revisions, label);
    if (!chosen)
        return Error{ErrorCode::NotFound, tr("%1 has no revision %2.").arg(number, label)};
    source.revision = *chosen;
    auto anchor = releaseAnchor(db, number, chosen->label);
    if (!anchor)
        return anchor.error();
    source.releaseAnchor = anchor.value();
    if (anchor->seq > 0) {
        auto released = AuditLog(db).events(number + QLatin1Char(' ') + chosen->label);
        if (!released)
            return released.error();
        for (const Event &e : released.value()) {
            if (e.seq == anchor->seq)
                source.releasedOn = e.at.toLocalTime().date();
        }
    }
    auto withdrawn = Sql::exec(db, QStringLiteral("SELECT withdrawn_at FROM documents WHERE id = ?"), {source.document.id}, tr("read the withdrawal date"));
    if (!withdrawn)
        return withdrawn.error();
    if (withdrawn.value().next() && !withdrawn.value().value(0).isNull())
        source.withdrawnOn = Sql::dateTimeFrom(withdrawn.value().value(0)).toLocalTime().date();
    auto users = UserStore(db).all();
    if (!users)
        return users.error();
    for (const User &u : users.value()) {
        source.departments.insert(u.name, u.department);
        source.displayNames.insert(u.name, u.displayName.isEmpty() ? u.name : u.displayName);
    }
    for (const Revision &r : source.revisions) {
        auto signatures = WorkflowStore(db).signatures(r.id);
        if (!signatures)
            return signatures.error();
        for (const Signature &s : signatures.value()) {
            if (s.meaning == SignatureMeaning::Approved)
                source.approvers.insert(r.id, source.displayNames.value(s.signer, s.signer));
        }
        // The reviewers of the round that was approved.
        for (const Signature &approval : signatures.value()) {
            if (approval.meaning != SignatureMeaning::Approved)
                continue;
            QStringList names;
            for (const Signature &s : signatures.value()) {
                if (s.meaning == SignatureMeaning::Reviewed && s.submissionId == approval.submissionId)
                    names << source.displayNames.value(s.signer, s.signer);
            }
            source.reviewers.insert(r.id, names);
        }
        if (r.id == chosen->id)
            source.signatures = signatures.value();
    }
    auto earlier = EarlierHistory::read(db, number);
    if (!earlier)
        return earlier.error();
    source.earlier = earlier.value();
    source.organisation = StoreSettings(db).organisation();
    source.labels = StoreSettings(db).labelLanguage() == QLatin1String("zh") ? render::LabelLanguage::Chinese : render::LabelLanguage::Bilingual;
    auto attachments = AttachmentStore(db).all(chosen->id);
    if (!attachments)
        return attachments.error();
    for (const Attachment &a : attachments.value()) {
        QImage image;
        if (image.loadFromData(a.data))
            source.images.insert(a.name, image);
    }
    return source;
}

Result<render::ReleaseAnchor> ExportInput::releaseAnchor(Database &db, const QString &number, const QString &label)
{
    const QString object = number + QLatin1Char(' ') + label;
    auto events = AuditLog(db).events(object);
    if (!events)
        return events.error();
    render::ReleaseAnchor anchor;
    for (const Event &e : events.value()) {
        // The prefix also finds "A/10" for "A/1": only this revision's own release counts.
        if (e.object == object && e.action == QLatin1String("revision.released"))
            anchor = render::ReleaseAnchor{e.seq, e.hash};
    }
    return anchor;
}

render::Stamp ExportInput::stampFor(const Revision &revision, int copyNumber, const QString &holder, const QDate &printDate, const QDate &withdrawnOn)
{
    render::Stamp stamp;
    stamp.printDate = printDate;
    switch (revision.status) {
    case RevisionStatus::Effective:
        stamp.kind = copyNumber > 0 ? render::StampKind::Controlled : render::StampKind::Uncontrolled;
        stamp.copyNumber = copyNumber;
        stamp.holder = holder;
        break;
    case RevisionStatus::Superseded:
    case RevisionStatus::Obsolete:
        stamp.kind = render::StampKind::Obsolete;
        stamp.withdrawnOn = withdrawnOn;
        break;
    default:
        stamp.kind = render::StampKind::Draft;
        break;
    }
    return stamp;
}

render::DocumentRender ExportInput::document(const ExportSource &source, const render::Stamp &stamp)
{
    render::DocumentRender input;
    input.header = header(source);
    input.footer = render::PageFooter{classificationLabel(source.document.classification, source.labels), source.revision.effectiveDate};
    input.stamp = stamp;
    input.approvals = approvals(source);
    input.releaseAnchor = source.releaseAnchor;
    input.history = history(source);
    input.markdown = source.revision.content;
    input.linkedNumbers = source.linkedNumbers;
    input.images = source.images;
    if (source.document.type == DocumentType::Soa)
        input.tableWidths.insert(Soa::headers().constFirst(), Soa::columnWidths());
    input.contentSha256 = source.revision.contentHash;
    input.chainSeq = source.chainSeq;
    input.chainHead = source.chainHead;
    input.author = source.displayNames.value(source.document.owner, source.document.owner);
    return input;
}

render::ManualRender ExportInput::manual(const ExportSource &source, const render::Stamp &stamp)
{
    render::ManualRender input;
    input.header = header(source);
    input.footer = render::PageFooter{classificationLabel(source.document.classification, source.labels), source.revision.effectiveDate};
    input.stamp = stamp;
    input.controlledStatus = controlledStatus(stamp);
    for (const ClauseRef &ref : source.document.clauses) {
        const QString standard = QStringLiteral("ISO/IEC ") + ref.standard;
        if (!input.standards.contains(standard))
            input.standards << standard;
    }
    input.releasedOn = source.releasedOn;
    input.releaseApprovals = approvals(source);
    for (const render::ApprovalLine &line : std::as_const(input.releaseApprovals)) {
        if (line.meaning == render::ApprovalMeaning::Approved)
            input.approvedOn = line.date;
    }
    input.releaseAnchor = source.releaseAnchor;
    input.history = history(source);
    input.references = source.references;
    input.linkedNumbers = source.linkedNumbers;
    input.images = source.images;
    input.contentSha256 = source.revision.contentHash;
    input.chainSeq = source.chainSeq;
    input.chainHead = source.chainHead;
    input.author = source.displayNames.value(source.document.owner, source.document.owner);
    splitManual(source, input);
    return input;
}

QString ExportInput::controlledStatus(const render::Stamp &stamp)
{
    const auto label = [&stamp](const char *zh, const char *en) {
        return render::labelText(stamp.language, QString::fromUtf8(zh), QString::fromUtf8(en));
    };
    switch (stamp.kind) {
    case render::StampKind::Controlled: return label("受控", "Controlled");
    case render::StampKind::Uncontrolled: return label("非受控", "Uncontrolled");
    case render::StampKind::Draft: return label("草稿", "Draft");
    case render::StampKind::Obsolete: return label("作废", "Obsolete");
    }
    return {};
}

namespace {

QDataStream &operator<<(QDataStream &out, const render::Stamp &stamp)
{
    return out << int(stamp.kind) << stamp.copyNumber << stamp.holder << stamp.printDate << stamp.withdrawnOn << int(stamp.language);
}

QDataStream &operator<<(QDataStream &out, const render::PageHeader &header)
{
    return out << header.organisation << header.number << header.title << header.revisionLabel << int(header.language);
}

QDataStream &operator<<(QDataStream &out, const render::PageFooter &footer)
{
    return out << footer.classification << footer.effectiveDate;
}

QDataStream &operator<<(QDataStream &out, const QList<render::ApprovalLine> &lines)
{
    out << qint64(lines.size());
    for (const render::ApprovalLine &line : lines)
        out << int(line.meaning) << line.name << line.department << line.date << line.fingerprint;
    return out;
}

QDataStream &operator<<(QDataStream &out, const render::ReleaseAnchor &anchor)
{
    return out << anchor.seq << anchor.head;
}

QDataStream &operator<<(QDataStream &out, const QList<render::HistoryRow> &rows)
{
    out << qint64(rows.size());
    for (const render::HistoryRow &row : rows)
        out << row.label << row.date << row.summary << row.approver << row.author << row.reviewers;
    return out;
}

QDataStream &operator<<(QDataStream &out, const QList<render::ReferencedDocument> &documents)
{
    out << qint64(documents.size());
    for (const render::ReferencedDocument &d : documents)
        out << d.number << d.title << d.revisionLabel << d.effectiveDate << d.citedIn;
    return out;
}

QDataStream &operator<<(QDataStream &out, const QHash<QString, QImage> &images)
{
    QStringList names = images.keys();
    names.sort();
    out << qint64(names.size());
    for (const QString &name : names) {
        const QImage &image = images.value(name);
        out << name << image.size() << int(image.format())
            << QCryptographicHash::hash(QByteArrayView(image.constBits(), image.sizeInBytes()), QCryptographicHash::Sha256);
    }
    return out;
}

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

QByteArray ExportInput::fingerprint(const render::DocumentRender &input)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << input.header << input.footer << input.stamp << input.approvals << input.releaseAnchor << input.history << input.markdown << input.images
        << input.contentSha256 << input.author << input.linkedNumbers;
    return hashOf(bytes);
}

QByteArray ExportInput::fingerprint(const render::ManualRender &input)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << input.header << input.footer << input.stamp << input.controlledStatus << input.standards << input.releaseOrderMarkdown
        << input.releaseApprovals << input.releaseAnchor << qint64(input.chapters.size());
    for (const render::ManualChapter &chapter : input.chapters)
        out << chapter.title << chapter.markdown;
    out << input.history << input.images << input.contentSha256 << input.author << input.releasedOn << input.approvedOn << input.releaseOrderTitle
        << input.references << input.linkedNumbers;
    return hashOf(bytes);
}

} // namespace dc
