#include "ui/document/timelinemodel.h"

#include "core/services/earlierhistory.h"

#include "core/services/documentstate.h"
#include "ui/workflow/signaturetext.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QCoreApplication>
#include <QFont>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace dc {

namespace {

// The revision label in an event's object "ISMS-P-001 A/1"; empty for the document itself.
QString revisionOf(const QString &object, const QString &number)
{
    if (object.size() > number.size() + 1 && object.startsWith(number + QLatin1Char(' ')))
        return object.mid(number.size() + 1);
    return {};
}

QString dateDetail(const QJsonObject &details, const char *key)
{
    return details.value(QLatin1String(key)).toString();
}

// A value of a changed field as people read it: names as display names, lists joined.
QString fieldValue(const QString &field, const QJsonValue &value, const DocumentState &state)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << item.toString();
        return items.isEmpty() ? TimelineModel::tr("none") : items.join(QStringLiteral("; "));
    }
    if (field == QLatin1String("owner"))
        return state.who(value.toString());
    if (field == QLatin1String("classification")) {
        const auto level = classificationFromKey(value.toString());
        return level ? displayName(*level) : value.toString();
    }
    const QString text = value.toVariant().toString();
    return text.isEmpty() ? TimelineModel::tr("none") : text;
}

// "reason — title: old → new; owner: …" for document.metadata_set.
QString metadataDetail(const QJsonObject &details, const DocumentState &state)
{
    static const QList<std::pair<const char *, const char *>> labels{
        {"title", QT_TRANSLATE_NOOP("dc::TimelineModel", "title")},
        {"title_en", QT_TRANSLATE_NOOP("dc::TimelineModel", "English title")},
        {"owner", QT_TRANSLATE_NOOP("dc::TimelineModel", "owner")},
        {"department", QT_TRANSLATE_NOOP("dc::TimelineModel", "department")},
        {"classification", QT_TRANSLATE_NOOP("dc::TimelineModel", "classification")},
        {"review_months", QT_TRANSLATE_NOOP("dc::TimelineModel", "review interval (months)")},
        {"retention_years", QT_TRANSLATE_NOOP("dc::TimelineModel", "retention (years)")},
        {"clauses", QT_TRANSLATE_NOOP("dc::TimelineModel", "clauses")}};
    const QJsonObject changes = details.value(QLatin1String("changes")).toObject();
    QStringList parts;
    for (const auto &[key, label] : labels) {
        const QString field = QLatin1String(key);
        if (!changes.contains(field))
            continue;
        const QJsonObject change = changes.value(field).toObject();
        parts << TimelineModel::tr("%1: %2 → %3")
                     .arg(QCoreApplication::translate("dc::TimelineModel", label), fieldValue(field, change.value(QLatin1String("before")), state),
                          fieldValue(field, change.value(QLatin1String("after")), state));
    }
    return TimelineModel::tr("%1 — %2").arg(details.value(QLatin1String("reason")).toString(), parts.join(QStringLiteral("; ")));
}

// An export or print ("export.controlled" with medium "pdf" or "print") in words.
std::pair<QString, QString> exportEntry(const QString &kind, const QJsonObject &d)
{
    const bool printed = d.value(QLatin1String("medium")).toString() == QLatin1String("print");
    const bool manual = d.value(QLatin1String("manual")).toBool();
    QString what;
    if (kind == QLatin1String("controlled"))
        what = printed ? TimelineModel::tr("Printed a controlled copy") : TimelineModel::tr("Exported a controlled copy");
    else if (kind == QLatin1String("uncontrolled"))
        what = printed ? TimelineModel::tr("Printed an uncontrolled copy") : TimelineModel::tr("Exported an uncontrolled copy");
    else if (kind == QLatin1String("draft"))
        what = printed ? TimelineModel::tr("Printed a draft copy") : TimelineModel::tr("Exported a draft copy");
    else if (kind == QLatin1String("obsolete"))
        what = printed ? TimelineModel::tr("Printed an obsolete copy") : TimelineModel::tr("Exported an obsolete copy");
    else
        what = printed ? TimelineModel::tr("Printed a copy") : TimelineModel::tr("Exported a copy");
    QStringList detail;
    if (manual)
        detail << TimelineModel::tr("compiled manual");
    if (d.contains(QLatin1String("copy"))) {
        detail << TimelineModel::tr("No. %1 for %2")
                      .arg(QStringLiteral("%1").arg(d.value(QLatin1String("copy")).toInt(), 3, 10, QLatin1Char('0')),
                           d.value(QLatin1String("holder")).toString());
    }
    return {what, detail.join(TimelineModel::tr(", "))};
}

// Signatures, users, keys and the store's own settings, as the audit log shows them.
std::pair<QString, QString> describeStoreEvent(const Event &e)
{
    const QString a = e.action;
    static const QHash<QString, const char *> words{
        {QStringLiteral("signature.reviewed"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Signed as reviewer")},
        {QStringLiteral("signature.approved"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Signed as approver")},
        {QStringLiteral("signature.released"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Signed the release")},
        {QStringLiteral("signature.withdrawn"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Signed the withdrawal")},
        {QStringLiteral("user.added"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Added the user")},
        {QStringLiteral("user.roles_changed"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Changed the user's roles")},
        {QStringLiteral("user.disabled"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Disabled the user")},
        {QStringLiteral("user.enabled"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Enabled the user")},
        {QStringLiteral("user.password_changed"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Changed the password")},
        {QStringLiteral("user.password_reset"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Reset the user's password")},
        {QStringLiteral("key.registered"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Registered a signing key")},
        {QStringLiteral("store.created"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Created the store")},
        {QStringLiteral("store.copied"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Copied the store")},
        {QStringLiteral("store.backup"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Backed up the store")},
        {QStringLiteral("store.role_granted"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Granted a database role its rights")},
        {QStringLiteral("settings.numbering_set"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Changed a numbering pattern")},
        {QStringLiteral("settings.template_set"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Changed a document template")},
        {QStringLiteral("settings.organisation_set"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Changed the organisation's name")},
        {QStringLiteral("route.set"), QT_TRANSLATE_NOOP("dc::TimelineModel", "Changed a default route")},
    };
    if (const char *said = words.value(a))
        return {QCoreApplication::translate("dc::TimelineModel", said), {}};
    // An action this version does not know (a newer desk wrote it): said as such, code in brackets.
    return {TimelineModel::tr("Other change (%1)").arg(a), {}};
}

// What an audit event means for people, and the detail worth showing.
std::pair<QString, QString> describe(const Event &e, const DocumentState &state)
{
    const QJsonObject &d = e.details;
    const QString a = e.action;
    if (a == QLatin1String("document.created"))
        return {TimelineModel::tr("Registered the document"), d.value(QLatin1String("title")).toString()};
    if (a == QLatin1String("revision.created"))
        return {TimelineModel::tr("Started a new revision"), d.value(QLatin1String("summary")).toString()};
    if (a == QLatin1String("revision.edited"))
        return {TimelineModel::tr("Edited the draft"), d.value(QLatin1String("summary")).toString()};
    if (a == QLatin1String("revision.submitted")) {
        QStringList reviewers;
        for (const QJsonValue &v : d.value(QLatin1String("reviewers")).toArray())
            reviewers << state.who(v.toString());
        const QString order = d.value(QLatin1String("sequential")).toBool() ? TimelineModel::tr(" (in this order)") : QString();
        return {TimelineModel::tr("Submitted for review"),
                TimelineModel::tr("Reviewers: %1%2; approver: %3").arg(reviewers.join(TimelineModel::tr(", ")), order,
                                                                       state.who(d.value(QLatin1String("approver")).toString()))};
    }
    if (a == QLatin1String("revision.reviewed"))
        return {TimelineModel::tr("Review complete; awaiting approval"), {}};
    if (a == QLatin1String("revision.approved"))
        return {TimelineModel::tr("Approved"), {}};
    if (a == QLatin1String("revision.rejected"))
        return {TimelineModel::tr("Rejected"), d.value(QLatin1String("comment")).toString()};
    if (a == QLatin1String("revision.released"))
        return {TimelineModel::tr("Released"), TimelineModel::tr("effective %1").arg(dateDetail(d, "effective_date"))};
    if (a == QLatin1String("revision.effective"))
        return {TimelineModel::tr("Became effective"), TimelineModel::tr("next review %1").arg(dateDetail(d, "next_review_date"))};
    if (a == QLatin1String("revision.superseded"))
        return {TimelineModel::tr("Superseded"), TimelineModel::tr("by %1").arg(d.value(QLatin1String("by")).toString())};
    if (a == QLatin1String("revision.review_recorded"))
        return {TimelineModel::tr("Periodic review recorded"), TimelineModel::tr("next review %1").arg(dateDetail(d, "next_review_date"))};
    if (a == QLatin1String("document.metadata_set"))
        return {TimelineModel::tr("Changed the details"), metadataDetail(d, state)};
    if (a == QLatin1String("document.history_recorded"))
        return {TimelineModel::tr("Recorded earlier revision %1 (%2)").arg(d.value(QLatin1String("label")).toString(), EarlierHistory::note()),
                TimelineModel::tr("released %1, approved by %2: %3")
                    .arg(d.value(QLatin1String("released_on")).toString(), d.value(QLatin1String("approved_by")).toString(),
                         d.value(QLatin1String("summary")).toString())};
    if (a == QLatin1String("document.withdrawn"))
        return {TimelineModel::tr("Withdrawn"), d.value(QLatin1String("reason")).toString()};
    if (a.startsWith(QLatin1String("export.")))
        return exportEntry(a.mid(7), d);
    const QString copy = QStringLiteral("%1").arg(d.value(QLatin1String("copy")).toInt(), 3, 10, QLatin1Char('0'));
    const QString holder = d.value(QLatin1String("holder")).toString();
    if (a == QLatin1String("copy.recalled"))
        return {TimelineModel::tr("Recalled controlled copy No. %1").arg(copy), TimelineModel::tr("holder: %1").arg(holder)};
    if (a == QLatin1String("copy.destroyed"))
        return {TimelineModel::tr("Destroyed controlled copy No. %1").arg(copy), TimelineModel::tr("holder: %1").arg(holder)};
    if (a == QLatin1String("attachment.added"))
        return {TimelineModel::tr("Added an attachment"), d.value(QLatin1String("file")).toString()};
    if (a == QLatin1String("revision.imported"))
        return {TimelineModel::tr("Imported the revision"), d.value(QLatin1String("file")).toString()};
    return describeStoreEvent(e);
}

TimelineModel::Entry signatureEntry(const Signature &s)
{
    TimelineModel::Entry entry;
    entry.at = s.signedAt;
    entry.who = s.signerDisplayName.isEmpty() ? s.signer : s.signerDisplayName;
    entry.login = s.signer;
    entry.what = TimelineModel::tr("Signed: %1").arg(SignatureText::bilingualMeaning(s.meaning));
    entry.revision = s.revisionLabel;
    entry.detail = s.comment;
    entry.fingerprint = SignatureText::fingerprint(s);
    entry.kind = TimelineModel::Kind::Signature;
    return entry;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

std::pair<QString, QString> TimelineModel::describeEvent(const Event &event, const DocumentState &state)
{
    return describe(event, state);
}

void TimelineModel::setState(const DocumentState &state)
{
    QList<Entry> entries;
    if (state.events.isEmpty()) {
        for (const Signature &s : state.signatures)
            entries << signatureEntry(s);
    } else {
        for (const Event &e : state.events) {
            if (e.action.startsWith(QLatin1String("signature."))) {
                const qint64 id = e.details.value(QLatin1String("signature_id")).toInteger();
                const auto found = std::find_if(state.signatures.cbegin(), state.signatures.cend(), [id](const Signature &s) { return s.id == id; });
                if (found != state.signatures.cend()) {
                    entries << signatureEntry(*found);
                    continue;
                }
            }
            Entry entry;
            entry.at = e.at;
            const QString display = state.displayNames.value(e.user);
            entry.who = e.user == QLatin1String("system") ? tr("DocControl") : display.isEmpty() ? e.user : display;
            entry.login = e.user;
            std::tie(entry.what, entry.detail) = describe(e, state);
            entry.revision = revisionOf(e.object, state.document.number);
            entry.kind = e.action == QLatin1String("revision.rejected") ? Kind::Rejection : Kind::Event;
            entries << entry;
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.at < b.at; });
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void TimelineModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case KindRole: return int(e.kind);
    case Qt::ForegroundRole:
        if (e.kind == Kind::Rejection)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (e.kind == Kind::Signature)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        return {};
    case Qt::FontRole:
        if (index.column() == FingerprintColumn) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        if (e.kind != Kind::Event && index.column() == WhatColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhoColumn)
            return e.login;
        if (index.column() == TimeColumn)
            return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
        if (index.column() == DetailColumn && !e.detail.isEmpty())
            return e.detail;
        if (index.column() == FingerprintColumn && !e.fingerprint.isEmpty())
            return tr("The first 64 bits of the SHA-256 of the signature");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case TimeColumn: return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case WhoColumn: return e.who;
    case WhatColumn: return e.what;
    case RevisionColumn: return e.revision;
    case DetailColumn: return e.detail;
    case FingerprintColumn: return e.fingerprint;
    case ColumnCount: break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case WhoColumn: return tr("Who");
    case WhatColumn: return tr("What");
    case RevisionColumn: return tr("Revision");
    case DetailColumn: return tr("Comment / details");
    case FingerprintColumn: return tr("Fingerprint");
    case ColumnCount: break;
    }
    return {};
}

} // namespace dc
