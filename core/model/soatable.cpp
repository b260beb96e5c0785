#include "core/model/soatable.h"

#include "core/model/clausecatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <utility>

namespace dc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dc::Soa", text); }

struct Words {
    const char *key;
    const char *text; // "中文 English"
};

constexpr std::array<std::pair<SoaReason, Words>, 4> reasonWords{{
    {SoaReason::RiskAssessment, {"risk", "风险评估 Risk assessment"}},
    {SoaReason::LegalContractual, {"legal", "法律/合同 Legal or contractual"}},
    {SoaReason::BusinessRequirement, {"business", "业务要求 Business requirement"}},
    {SoaReason::BestPractice, {"best_practice", "最佳实践 Best practice"}},
}};

constexpr std::array<std::pair<SoaStatus, Words>, 4> statusWords{{
    {SoaStatus::Implemented, {"implemented", "已实施 Implemented"}},
    {SoaStatus::Partial, {"partial", "部分实施 Partially implemented"}},
    {SoaStatus::Planned, {"planned", "计划实施 Planned"}},
    {SoaStatus::NotImplemented, {"not_implemented", "未实施 Not implemented"}},
}};

// Whether `text` is the key, the printed words or one of their halves.
bool matches(const Words &words, const QString &text)
{
    const QString t = text.trimmed();
    const QString full = QString::fromUtf8(words.text);
    const qsizetype space = full.indexOf(QLatin1Char(' '));
    for (const QString &candidate : {QString::fromLatin1(words.key), full, full.left(space), full.mid(space + 1)}) {
        if (t.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

template <typename E, std::size_t N>
std::optional<E> fromText(const std::array<std::pair<E, Words>, N> &table, const QString &text)
{
    for (const auto &[value, words] : table) {
        if (matches(words, text))
            return value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
const Words &wordsOf(const std::array<std::pair<E, Words>, N> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return entry.second;
    }
    return table.front().second;
}

const QRegularExpression &standardLine()
{
    static const QRegularExpression re(QStringLiteral("^\\s*标准\\s*Standard\\s*[:：]\\s*(.+?)\\s*$"),
                                       QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The catalogue id a standard line names: "ISO/IEC 27001:2022" or "27001:2022".
QString catalogueId(const QString &named)
{
    QString id = named.trimmed();
    for (const QLatin1String prefix : {QLatin1String("ISO/IEC "), QLatin1String("ISO "), QLatin1String("GB/T ")}) {
        if (id.startsWith(prefix, Qt::CaseInsensitive))
            id = id.mid(prefix.size()).trimmed();
    }
    return id;
}

// The cells of a table line, unescaped and trimmed; the outer pipes do not make cells.
QStringList cellsOf(const QString &line)
{
    QString body = line.trimmed();
    if (body.startsWith(QLatin1Char('|')))
        body.remove(0, 1);
    if (body.endsWith(QLatin1Char('|')) && !body.endsWith(QLatin1String("\\|")))
        body.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('\\') && i + 1 < body.size() && body.at(i + 1) == QLatin1Char('|')) {
            cell += QLatin1Char('|');
            ++i;
        } else if (c == QLatin1Char('|')) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell.trimmed();
    return cells;
}

QString escaped(QString cell)
{
    cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    cell.replace(QLatin1Char('|'), QLatin1String("\\|"));
    return cell.trimmed();
}

bool isHeader(const QStringList &cells)
{
    return !cells.isEmpty() && (cells.first().startsWith(QStringLiteral("控制")) || cells.first().contains(QLatin1String("Control"), Qt::CaseInsensitive));
}

bool isSeparator(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$"));
    return re.match(line).hasMatch();
}

Result<SoaRow> parseRow(const QString &line, int lineNumber)
{
    const QStringList cells = cellsOf(line);
    const QString where = tr("line %1 (%2)").arg(lineNumber).arg(cells.value(0));
    if (cells.size() != Soa::headers().size())
        return Error{ErrorCode::InvalidInput, tr("The SoA table row at %1 has %2 cells; it needs %3.").arg(where).arg(cells.size()).arg(Soa::headers().size())};
    SoaRow row;
    row.control = cells.at(0);
    row.title = cells.at(1);
    if (!cells.at(2).isEmpty()) {
        row.applicable = soaApplicableFromText(cells.at(2));
        if (!row.applicable)
            return Error{ErrorCode::InvalidInput, tr("The SoA table row at %1: \"%2\" is not 是 Yes or 否 No.").arg(where, cells.at(2))};
    }
    static const QRegularExpression listSeparators(QStringLiteral("[;,；，、]"));
    for (const QString &part : cells.at(3).split(listSeparators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const auto reason = soaReasonFromText(part);
        if (!reason)
            return Error{ErrorCode::InvalidInput, tr("The SoA table row at %1: unknown reason \"%2\".").arg(where, part.trimmed())};
        if (!row.reasons.contains(*reason))
            row.reasons << *reason;
    }
    row.justification = cells.at(4);
    if (!cells.at(5).isEmpty()) {
        row.status = soaStatusFromText(cells.at(5));
        if (!row.status)
            return Error{ErrorCode::InvalidInput, tr("The SoA table row at %1: unknown implementation status \"%2\".").arg(where, cells.at(5))};
    }
    row.owner = cells.at(6);
    static const QRegularExpression documentSeparators(QStringLiteral("[;,；，、\\s]+"));
    row.documents = cells.at(7).split(documentSeparators, Qt::SkipEmptyParts);
    return row;
}

QString rowLine(const SoaRow &row)
{
    const QStringList cells{row.control,
                            row.title,
                            row.applicable ? cellText(*row.applicable) : QString(),
                            cellText(row.reasons),
                            row.justification,
                            row.status ? cellText(*row.status) : QString(),
                            row.owner,
                            row.documents.join(QLatin1String(", "))};
    QString line = QStringLiteral("|");
    for (const QString &cell : cells)
        line += QLatin1Char(' ') + escaped(cell) + QLatin1String(" |");
    return line;
}

} // namespace

QString toKey(SoaReason reason) { return QString::fromLatin1(wordsOf(reasonWords, reason).key); }
QString toKey(SoaStatus status) { return QString::fromLatin1(wordsOf(statusWords, status).key); }

QStringList soaReasonKeys()
{
    QStringList keys;
    for (const auto &entry : reasonWords)
        keys << QString::fromLatin1(entry.second.key);
    return keys;
}

QStringList soaStatusKeys()
{
    QStringList keys;
    for (const auto &entry : statusWords)
        keys << QString::fromLatin1(entry.second.key);
    return keys;
}

QString cellText(SoaReason reason) { return QString::fromUtf8(wordsOf(reasonWords, reason).text); }
QString cellText(SoaStatus status) { return QString::fromUtf8(wordsOf(statusWords, status).text); }
QString cellText(const QList<SoaReason> &reasons)
{
    QStringList texts;
    for (const SoaReason reason : reasons)
        texts << cellText(reason);
    return texts.join(QLatin1String("; "));
}

QString cellText(bool applicable) { return applicable ? QStringLiteral("是 Yes") : QStringLiteral("否 No"); }

std::optional<SoaReason> soaReasonFromText(const QString &text) { return fromText(reasonWords, text); }
std::optional<SoaStatus> soaStatusFromText(const QString &text) { return fromText(statusWords, text); }

std::optional<bool> soaApplicableFromText(const QString &text)
{
    if (matches({"yes", "是 Yes"}, text) || text.trimmed() == QLatin1String("y"))
        return true;
    if (matches({"no", "否 No"}, text) || text.trimmed() == QLatin1String("n"))
        return false;
    return std::nullopt;
}

bool SoaRow::operator==(const SoaRow &other) const
{
    return control == other.control && title == other.title && applicable == other.applicable
        && std::equal(reasons.cbegin(), reasons.cend(), other.reasons.cbegin(), other.reasons.cend())
        && justification == other.justification && status == other.status && owner == other.owner
        && documents == other.documents;
}

SoaRow *SoaTable::find(const QString &control)
{
    for (SoaRow &row : rows) {
        if (row.control.compare(control, Qt::CaseInsensitive) == 0)
            return &row;
    }
    return nullptr;
}

const SoaRow *SoaTable::find(const QString &control) const { return const_cast<SoaTable *>(this)->find(control); }

namespace Soa {

QStringList headers()
{
    return {QStringLiteral("控制 Control"), QStringLiteral("标题 Title"), QStringLiteral("适用 Applicable"),
            QStringLiteral("理由 Reason"), QStringLiteral("排除说明 Justification for exclusion"), QStringLiteral("实施状态 Status"),
            QStringLiteral("负责人 Owner"), QStringLiteral("实施文件 Implementing documents")};
}

Counts count(const SoaTable &table)
{
    Counts counts;
    for (const SoaRow &row : table.rows)
        ++(row.applicable ? (*row.applicable ? counts.applicable : counts.excluded) : counts.undecided);
    return counts;
}

QList<int> columnWidths()
{
    return {7, 19, 8, 13, 15, 13, 9, 16};
}

Result<SoaTable> parse(const QString &markdown)
{
    SoaTable table;
    const auto named = standardLine().match(markdown);
    if (!named.hasMatch())
        return Error{ErrorCode::InvalidInput, tr("The Statement of Applicability has no line \"标准 Standard: …\" naming its standard.")};
    table.standard = catalogueId(named.captured(1));
    if (!ClauseCatalog::builtin(table.standard))
        return Error{ErrorCode::InvalidInput, tr("The Statement of Applicability names the standard \"%1\", which has no catalogue.").arg(named.captured(1))};

    // Walks the lines with their offsets, so the text around the table is kept byte for byte.
    qsizetype offset = 0;
    int lineNumber = 0;
    qsizetype tableStart = -1;
    bool inRows = false;
    while (offset < markdown.size()) {
        qsizetype end = markdown.indexOf(QLatin1Char('\n'), offset);
        const qsizetype next = end < 0 ? markdown.size() : end + 1;
        if (end < 0)
            end = markdown.size();
        const QString line = markdown.mid(offset, end - offset);
        ++lineNumber;
        if (inRows) {
            if (!line.trimmed().startsWith(QLatin1Char('|')))
                break;
            auto row = parseRow(line, lineNumber);
            if (!row)
                return row.error();
            table.rows << row.value();
        } else if (tableStart < 0 && line.trimmed().startsWith(QLatin1Char('|')) && isHeader(cellsOf(line))) {
            tableStart = offset;
        } else if (tableStart >= 0) {
            if (!isSeparator(line))
                return Error{ErrorCode::InvalidInput, tr("The SoA table header at line %1 is not followed by a separator line.").arg(lineNumber - 1)};
            inRows = true;
        }
        offset = next;
    }
    if (tableStart < 0 || !inRows)
        return Error{ErrorCode::InvalidInput, tr("The Statement of Applicability has no table whose first column is \"控制 Control\".")};
    table.before = markdown.left(tableStart);
    table.after = markdown.mid(offset);
    return table;
}

QString write(const SoaTable &table)
{
    QStringList lines;
    QString header = QStringLiteral("|");
    QString separator = QStringLiteral("|");
    for (const QString &h : headers()) {
        header += QLatin1Char(' ') + h + QLatin1String(" |");
        separator += QLatin1String("---|");
    }
    lines << header << separator;
    for (const SoaRow &row : table.rows)
        lines << rowLine(row);
    return table.before + lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + table.after;
}

Result<SoaTable> generate(const QString &standard, const QString &preamble)
{
    const ClauseCatalog *catalog = ClauseCatalog::builtin(standard);
    if (!catalog)
        return Error{ErrorCode::NotFound, tr("There is no catalogue for the standard \"%1\"; known: %2.").arg(standard, ClauseCatalog::ids().join(QLatin1String(", ")))};
    SoaTable table;
    table.standard = catalog->id();
    QString text = preamble;
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    table.before = text + QStringLiteral("\n\n标准 Standard: %1\n\n").arg(catalog->standard());
    for (const CatalogEntry &entry : catalog->entries(ClauseKind::Control)) {
        SoaRow row;
        row.control = entry.number;
        row.title = entry.titleZh + QLatin1Char(' ') + entry.titleEn;
        table.rows << row;
    }
    if (table.rows.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The standard \"%1\" has no Annex A controls.").arg(standard)};
    return table;
}

Status validate(const SoaTable &table)
{
    const ClauseCatalog *catalog = ClauseCatalog::builtin(table.standard);
    if (!catalog)
        return Error{ErrorCode::InvalidInput, tr("The Statement of Applicability names the standard \"%1\", which has no catalogue.").arg(table.standard)};
    QSet<QString> seen;
    for (const SoaRow &row : table.rows) {
        const auto entry = catalog->find(row.control);
        if (!entry || entry->kind != ClauseKind::Control)
            return Error{ErrorCode::InvalidInput, tr("%1 is not an Annex A control of %2.").arg(row.control, catalog->standard())};
        if (seen.contains(entry->number))
            return Error{ErrorCode::InvalidInput, tr("%1 is listed twice.").arg(row.control)};
        seen.insert(entry->number);
        if (!row.applicable)
            return Error{ErrorCode::InvalidInput, tr("%1: applicable or not is not decided.").arg(row.control)};
        if (*row.applicable) {
            if (row.reasons.isEmpty())
                return Error{ErrorCode::InvalidInput, tr("%1 is applicable but gives no reason.").arg(row.control)};
            if (!row.status)
                return Error{ErrorCode::InvalidInput, tr("%1 is applicable but has no implementation status.").arg(row.control)};
        } else {
            if (row.justification.trimmed().isEmpty())
                return Error{ErrorCode::InvalidInput, tr("%1 is excluded without a justification.").arg(row.control)};
            if (row.status)
                return Error{ErrorCode::InvalidInput, tr("%1 is excluded but has an implementation status.").arg(row.control)};
        }
    }
    for (const CatalogEntry &entry : catalog->entries(ClauseKind::Control)) {
        if (!seen.contains(entry.number))
            return Error{ErrorCode::InvalidInput, tr("%1 is missing from the Statement of Applicability.").arg(entry.number)};
    }
    return {};
}

QStringList setImplementingDocuments(SoaTable &table, const QHash<QString, QStringList> &mapped)
{
    QStringList changed;
    for (SoaRow &row : table.rows) {
        const QStringList documents = mapped.value(row.control);
        if (documents != row.documents) {
            row.documents = documents;
            changed << row.control;
        }
    }
    return changed;
}

QStringList differences(const SoaTable &before, const SoaTable &after)
{
    const QStringList names = headers();
    const auto shown = [](const QString &text) { return text.isEmpty() ? QStringLiteral("—") : text; };
    QStringList lines;
    for (const SoaRow &row : after.rows) {
        const SoaRow *old = before.find(row.control);
        if (!old) {
            lines << tr("%1 added").arg(row.control);
            continue;
        }
        const QStringList was = cellsOf(rowLine(*old));
        const QStringList now = cellsOf(rowLine(row));
        for (qsizetype column = 1; column < names.size(); ++column) {
            if (was.value(column) != now.value(column))
                lines << QStringLiteral("%1 %2: %3 → %4").arg(row.control, names.at(column), shown(was.value(column)), shown(now.value(column)));
        }
    }
    for (const SoaRow &row : before.rows) {
        if (!after.find(row.control))
            lines << tr("%1 removed").arg(row.control);
    }
    return lines;
}

} // namespace Soa

} // namespace dc
