#include "core/services/soaservice.h"

#include "core/services/coverage.h"

namespace dc {

Result<SoaTable> SoaService::table(const User &actor, const QString &number, const QString &label) const
{
    auto details = DocumentService(m_db, m_clock).show(actor, number, label);
    if (!details)
        return details.error();
    if (details->document.type != DocumentType::Soa)
        return Error{ErrorCode::InvalidInput, tr("%1 is not a Statement of Applicability.").arg(details->document.number)};
    return Soa::parse(details->revision.content);
}

Result<Revision> SoaService::setControl(const User &actor, const QString &number, const QString &control, const SoaRowChange &change,
                                        const QString &summary)
{
    auto current = table(actor, number);
    if (!current)
        return current.error();
    SoaRow *row = current.value().find(control);
    if (!row)
        return Error{ErrorCode::NotFound, tr("%1 has no control %2.").arg(number, control)};
    if (change.applicable) {
        row->applicable = change.applicable;
        if (!*change.applicable)
            row->status.reset();
    }
    if (change.reasons)
        row->reasons = *change.reasons;
    if (change.justification)
        row->justification = change.justification->trimmed();
    if (change.status)
        row->status = change.status;
    if (change.owner)
        row->owner = change.owner->trimmed();
    return save(actor, number, current.value(), summary);
}

Result<Revision> SoaService::save(const User &actor, const QString &number, const SoaTable &table, const QString &summary,
                                  const DraftBase &base)
{
    return DocumentService(m_db, m_clock).editDraft(actor, number, Soa::write(table), summary, RevisionStep::Minor, base);
}

Result<QHash<QString, QStringList>> SoaService::implementingDocuments(const User &actor, const QString &standard) const
{
    auto report = CoverageService(m_db, m_clock).build(actor, standard);
    if (!report)
        return report.error();
    QHash<QString, QStringList> mapped;
    for (const CoverageEntry &entry : report->entries) {
        if (entry.clause.kind != ClauseKind::Control)
            continue;
        QStringList numbers;
        for (const CoverageDocument &document : entry.documents)
            numbers << document.number;
        if (!numbers.isEmpty())
            mapped.insert(entry.clause.number, numbers);
    }
    return mapped;
}

Result<QStringList> SoaService::refreshDocuments(const User &actor, const QString &number, const QString &summary)
{
    auto current = table(actor, number);
    if (!current)
        return current.error();
    auto mapped = implementingDocuments(actor, current->standard);
    if (!mapped)
        return mapped.error();
    SoaTable refreshed = current.value();
    const QStringList changed = Soa::setImplementingDocuments(refreshed, mapped.value());
    if (changed.isEmpty())
        return changed;
    if (auto saved = save(actor, number, refreshed, summary); !saved)
        return saved.error();
    return changed;
}

QStringList SoaService::changes(const QString &before, const QString &after)
{
    const auto was = Soa::parse(before);
    const auto now = Soa::parse(after);
    if (!was || !now)
        return {};
    return Soa::differences(was.value(), now.value());
}

} // namespace dc
