#pragma once

#include "core/model/clauseref.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

// What a catalogue entry is: a clause of the main text (4 … 10.2), an Annex A domain of
// 27001:2013 (A.9) with its control objectives (A.9.4) and controls (A.9.4.3), or an Annex A
// theme of 27001:2022 (A.8) with its controls (A.8.28).
enum class ClauseKind { Clause, Domain, Objective, Theme, Control };

// "clause", "domain", "objective", "theme", "control": the keys the catalogue files use.
QString toKey(ClauseKind kind);
std::optional<ClauseKind> clauseKindFromKey(const QString &key);
// The translated name of a kind ("Control objective", 控制目标), for lists and headers.
QString displayName(ClauseKind kind);

// One numbered entry of a standard.
struct CatalogEntry {
    QString number;  // "8.5.1.1", "A.9.4.3", "A.5"
    QString parent;  // the enclosing entry's number; empty for 4 … 10 and the Annex A domains/themes
    ClauseKind kind = ClauseKind::Clause;
    QString titleZh;
    QString titleEn;
    // The entry's own text asks for documented information (a document to maintain or a record
    // to retain); headings whose subclauses ask for it are false themselves.
    bool requiresDocumentedInformation = false;

    // The Chinese title for a Chinese locale, the English one otherwise.
    QString title(const QLocale &locale = QLocale()) const;
    bool operator==(const CatalogEntry &) const = default;
};

// The clauses and Annex A controls of one standard, read from a catalogue file compiled into the
// program (resources/clauses/*.json, under :/clauses). Immutable once loaded.
class ClauseCatalog final {
public:
    // The ids of the built-in catalogues ("20000-1:2018", "27001:2013", "27001:2022"), sorted.
    static QStringList ids();
    // The built-in catalogue `id`, parsed once per process and shared; nullptr when there is none
    // (a damaged built-in catalogue is logged and treated as absent).
    static const ClauseCatalog *builtin(const QString &id);
    // Reads the built-in catalogue `id` afresh. Fails with NotFound for an unknown id, and as
    // fromJson does for a damaged file.
    static Result<ClauseCatalog> load(const QString &id);
    // Parses a catalogue. Fails with InvalidInput naming the first problem: not JSON, a missing
    // id or title, an entry without a number or a title, an unknown kind, a duplicate number, a
    // parent that is not listed before its child, a number no clause reference could hold.
    static Result<ClauseCatalog> fromJson(const QByteArray &json);

    QString id() const { return m_id; }                     // "27001:2022", as clause references write it
    QString standard() const { return m_standard; }         // "ISO/IEC 27001:2022"
    QString titleZh() const { return m_titleZh; }
    QString titleEn() const { return m_titleEn; }
    QString nationalEquivalent() const { return m_national; } // "GB/T 22080-2025"; empty if none is named
    // A withdrawn edition names its successor ("27001:2022") and the day certificates against it
    // lapsed (2025-10-31); an edition in force has neither.
    bool isWithdrawn() const { return !m_successor.isEmpty(); }
    QString successor() const { return m_successor; }
    QDate certificatesLapsed() const { return m_lapsed; }

    // Every entry in the standard's order (main clauses, then Annex A).
    const QList<CatalogEntry> &entries() const { return m_entries; }
    // The entries of one kind, in order.
    QList<CatalogEntry> entries(ClauseKind kind) const;
    // The entry numbered `number` ("a.5.7" is read as "A.5.7"); nothing if the standard has no such entry.
    std::optional<CatalogEntry> find(const QString &number) const;
    bool contains(const QString &number) const { return find(number).has_value(); }
    // The direct children of `number` (of the top level for an empty number), in order.
    QList<CatalogEntry> children(const QString &number) const;
    // Entries whose number starts with `text` or whose Chinese or English title contains it,
    // ignoring case and surrounding space, in order; nothing for blank text.
    QList<CatalogEntry> search(const QString &text) const;

private:
    ClauseCatalog() = default;
    QString m_id;
    QString m_standard;
    QString m_titleZh;
    QString m_titleEn;
    QString m_national;
    QString m_successor;
    QDate m_lapsed;
    QList<CatalogEntry> m_entries;
    QHash<QString, qsizetype> m_index; // number → position in m_entries
};

// Checks that `ref` names an entry of its standard's built-in catalogue. Fails with NotFound and a
// translated message naming the number and the standard (and the edition that has the number,
// if another one does), or with InvalidInput if the standard has no catalogue.
Status validateClauseRef(const ClauseRef &ref);

} // namespace dc
