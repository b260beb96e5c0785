#include "core/model/clausecatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>

namespace dc {

Q_LOGGING_CATEGORY(lcCatalog, "doccontrol.model.catalog", QtWarningMsg)

namespace {

// The built-in catalogue files, compiled in from resources/clauses.
QStringList builtinFiles()
{
    const QDir dir(QStringLiteral(":/clauses"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

Result<ClauseCatalog> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::CannotOpen,
                     QCoreApplication::translate("dc::ClauseCatalog", "Cannot read the clause catalogue %1.").arg(path)};
    }
    return ClauseCatalog::fromJson(file.readAll());
}

// Every built-in catalogue that parses, by id; built on first use and never changed after.
const QMap<QString, ClauseCatalog> &builtinCatalogs()
{
    static const QMap<QString, ClauseCatalog> catalogs = [] {
        QMap<QString, ClauseCatalog> all;
        for (const QString &path : builtinFiles()) {
            auto catalog = readFile(path);
            if (!catalog)
                qCWarning(lcCatalog) << "ignoring" << path << ":" << catalog.message();
            else
                all.insert(catalog->id(), std::move(catalog).value());
        }
        return all;
    }();
    return catalogs;
}

// "a.5.7 " → "A.5.7": the form the catalogues and clause references use.
QString normalisedNumber(const QString &number)
{
    QString n = number.trimmed();
    if (n.startsWith(QLatin1String("a.")))
        n[0] = QLatin1Char('A');
    return n;
}

QString titleOf(const QJsonValue &value, const char *language)
{
    return value.toObject().value(QLatin1String(language)).toString().trimmed();
}

} // namespace

QString toKey(ClauseKind kind)
{
    switch (kind) {
    case ClauseKind::Clause: return QStringLiteral("clause");
    case ClauseKind::Domain: return QStringLiteral("domain");
    case ClauseKind::Objective: return QStringLiteral("objective");
    case ClauseKind::Theme: return QStringLiteral("theme");
    case ClauseKind::Control: return QStringLiteral("control");
    }
    return {};
}

std::optional<ClauseKind> clauseKindFromKey(const QString &key)
{
    for (ClauseKind kind : {ClauseKind::Clause, ClauseKind::Domain, ClauseKind::Objective, ClauseKind::Theme, ClauseKind::Control}) {
        if (toKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString displayName(ClauseKind kind)
{
    switch (kind) {
    case ClauseKind::Clause: return QCoreApplication::translate("dc::ClauseCatalog", "Clause");
    case ClauseKind::Domain: return QCoreApplication::translate("dc::ClauseCatalog", "Control domain");
    case ClauseKind::Objective: return QCoreApplication::translate("dc::ClauseCatalog", "Control objective");
    case ClauseKind::Theme: return QCoreApplication::translate("dc::ClauseCatalog", "Control theme");
    case ClauseKind::Control: return QCoreApplication::translate("dc::ClauseCatalog", "Control");
    }
    return {};
}

QString CatalogEntry::title(const QLocale &locale) const
{
    return locale.language() == QLocale::Chinese ? titleZh : titleEn;
}

QStringList ClauseCatalog::ids()
{
    return builtinCatalogs().keys();
}

const ClauseCatalog *ClauseCatalog::builtin(const QString &id)
{
    const auto &catalogs = builtinCatalogs();
    const auto it = catalogs.constFind(id);
    return it == catalogs.cend() ? nullptr : &it.value();
}

Result<ClauseCatalog> ClauseCatalog::load(const QString &id)
{
    for (const QString &path : builtinFiles()) {
        auto catalog = readFile(path);
        if (!catalog || catalog->id() == id)
            return catalog;
    }
    return Error{ErrorCode::NotFound, QCoreApplication::translate("dc::ClauseCatalog", "There is no clause catalogue for \"%1\".").arg(id)};
}

Result<ClauseCatalog> ClauseCatalog::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString reason = parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("not an object");
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::ClauseCatalog", "The clause catalogue is not valid JSON (%1).").arg(reason)};
    }
    const QJsonObject root = document.object();
    ClauseCatalog catalog;
    catalog.m_id = root.value(QLatin1String("id")).toString().trimmed();
    catalog.m_standard = root.value(QLatin1String("standard")).toString().trimmed();
    catalog.m_titleZh = titleOf(root.value(QLatin1String("title")), "zh");
    catalog.m_titleEn = titleOf(root.value(QLatin1String("title")), "en");
    catalog.m_national = root.value(QLatin1String("nationalEquivalent")).toString().trimmed();
    if (catalog.m_id.isEmpty() || catalog.m_standard.isEmpty() || catalog.m_titleZh.isEmpty() || catalog.m_titleEn.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("dc::ClauseCatalog", "The clause catalogue needs an id, the standard's name and its Chinese and English titles.")};
    }
    if (const QJsonValue withdrawn = root.value(QLatin1String("withdrawn")); !withdrawn.isUndefined()) {
        catalog.m_successor = withdrawn.toObject().value(QLatin1String("successor")).toString().trimmed();
        catalog.m_lapsed = QDate::fromString(withdrawn.toObject().value(QLatin1String("certificatesLapsed")).toString(), Qt::ISODate);
        if (catalog.m_successor.isEmpty() || !catalog.m_lapsed.isValid()) {
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("dc::ClauseCatalog", "Clause catalogue %1 is marked withdrawn but does not name its successor and the date its certificates lapsed.").arg(catalog.m_id)};
        }
    }

    const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject object = entries.at(i).toObject();
        CatalogEntry entry;
        entry.number = object.value(QLatin1String("number")).toString().trimmed();
        entry.parent = object.value(QLatin1String("parent")).toString().trimmed();
        entry.titleZh = titleOf(object.value(QLatin1String("title")), "zh");
        entry.titleEn = titleOf(object.value(QLatin1String("title")), "en");
        entry.requiresDocumentedInformation = object.value(QLatin1String("requiresDocumentedInformation")).toBool();
        const QString kindKey = object.value(QLatin1String("kind")).toString();
        const auto kind = clauseKindFromKey(kindKey);
        if (entry.number.isEmpty() || entry.titleZh.isEmpty() || entry.titleEn.isEmpty()) {
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("dc::ClauseCatalog", "Entry %1 of clause catalogue %2 needs a number and both titles.").arg(i + 1).arg(catalog.m_id)};
        }
        if (!kind) {
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("dc::ClauseCatalog", "Entry %1 of clause catalogue %2 has the unknown kind \"%3\".").arg(entry.number, catalog.m_id, kindKey)};
        }
        entry.kind = *kind;
        // Every number must be one a document can reference.
        if (!ClauseRef::parse(catalog.m_id + QLatin1Char(' ') + entry.number)) {
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("dc::ClauseCatalog", "Clause catalogue %1 lists \"%2\", which no clause reference can name.").arg(catalog.m_id, entry.number)};
        }
        if (catalog.m_index.contains(entry.number)) {
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("dc::ClauseCatalog", "Clause catalogue %1 lists %2 twice.").arg(catalog.m_id, entry.number)};
        }
        if (!entry.parent.isEmpty() && !catalog.m_index.contains(entry.parent)) {
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("dc::ClauseCatalog", "In clause catalogue %1, the parent %2 of %3 is not listed before it.")
                             .arg(catalog.m_id, entry.parent, entry.number)};
        }
        catalog.m_index.insert(entry.number, catalog.m_entries.size());
        catalog.m_entries.append(std::move(entry));
    }
    return catalog;
}

QList<CatalogEntry> ClauseCatalog::entries(ClauseKind kind) const
{
    QList<CatalogEntry> found;
    for (const CatalogEntry &entry : m_entries) {
        if (entry.kind == kind)
            found.append(entry);
    }
    return found;
}

std::optional<CatalogEntry> ClauseCatalog::find(const QString &number) const
{
    const auto it = m_index.constFind(normalisedNumber(number));
    if (it == m_index.cend())
        return std::nullopt;
    return m_entries.at(it.value());
}

QList<CatalogEntry> ClauseCatalog::children(const QString &number) const
{
    const QString parent = normalisedNumber(number);
    QList<CatalogEntry> found;
    for (const CatalogEntry &entry : m_entries) {
        if (entry.parent == parent)
            found.append(entry);
    }
    return found;
}

QList<CatalogEntry> ClauseCatalog::search(const QString &text) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return {};
    QList<CatalogEntry> found;
    for (const CatalogEntry &entry : m_entries) {
        if (entry.number.startsWith(needle, Qt::CaseInsensitive) || entry.titleZh.contains(needle, Qt::CaseInsensitive)
            || entry.titleEn.contains(needle, Qt::CaseInsensitive)) {
            found.append(entry);
        }
    }
    return found;
}

Status validateClauseRef(const ClauseRef &ref)
{
    const ClauseCatalog *catalog = ClauseCatalog::builtin(ref.standard);
    if (!catalog) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("dc::ClauseCatalog", "There is no clause catalogue for \"%1\".").arg(ref.standard)};
    }
    if (catalog->contains(ref.clause))
        return {};
    // Name another edition of the same standard that has the number: the usual slip is a 2013
    // control number written against 27001:2022.
    const QString family = ref.standard.section(QLatin1Char(':'), 0, 0);
    for (const QString &id : ClauseCatalog::ids()) {
        const ClauseCatalog *other = ClauseCatalog::builtin(id);
        if (id != ref.standard && id.section(QLatin1Char(':'), 0, 0) == family && other->contains(ref.clause)) {
            return Error{ErrorCode::NotFound,
                         QCoreApplication::translate("dc::ClauseCatalog", "Clause %1 does not exist in %2 (it exists in %3).")
                             .arg(ref.clause, catalog->standard(), other->standard())};
        }
    }
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("dc::ClauseCatalog", "Clause %1 does not exist in %2.").arg(ref.clause, catalog->standard())};
}

} // namespace dc
