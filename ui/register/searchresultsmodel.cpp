#include "ui/register/searchresultsmodel.h"

#include "core/services/session.h"

#include "core/services/documentservice.h"

#include <algorithm>

namespace dc {

SearchResultsModel::SearchResultsModel(Session &session, User actor, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_actor(std::move(actor))
{
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size() || index.column() >= ColumnCount)
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case NumberRole: return hit.number;
    case TitleRole: return hit.title;
    case TitleEnRole: return hit.titleEn;
    case StatusRole: return displayName(hit.status);
    case RevisionRole: return hit.label;
    case SnippetRole: return hit.snippet.text;
    case SnippetHtmlRole: return snippetHtml(hit.snippet);
    case Qt::ToolTipRole: return hit.titleEn.isEmpty() ? hit.title : hit.titleEn;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return hit.number;
        case TitleColumn: return hit.title;
        case StatusColumn: return displayName(hit.status);
        case SnippetColumn: return hit.snippet.text;
        }
        break;
    default: break;
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case SnippetColumn: return tr("Excerpt");
    }
    return {};
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_announcing && m_hits.size() < m_total;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_session.documents().search(m_actor, m_query, kPageSize, int(m_hits.size()));
    if (!page || page->hits.isEmpty()) {
        m_total = int(m_hits.size()); // stop asking until the next search
        Q_EMIT totalChanged(m_total);
        if (!page) {
            m_lastError = page.message();
            Q_EMIT errorOccurred(m_lastError);
        }
        return;
    }
    m_announcing = true; // no rows inserted from handlers of these signals, as in RegisterModel
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + page->hits.size()) - 1);
    m_hits.append(page->hits);
    endInsertRows();
    m_announcing = false;
}

bool SearchResultsModel::search(const QString &query)
{
    auto page = m_session.documents().search(m_actor, query, kPageSize, 0);
    m_announcing = true;
    beginResetModel();
    m_query = query;
    m_hits = page ? page->hits : QList<SearchHit>();
    m_total = page ? std::max(page->total, int(m_hits.size())) : 0;
    m_lastError = page.message();
    endResetModel();
    m_announcing = false;
    Q_EMIT totalChanged(m_total);
    if (!page)
        Q_EMIT errorOccurred(m_lastError);
    return page.ok();
}

QString SearchResultsModel::numberAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).number : QString();
}

QString SearchResultsModel::snippetHtml(const Snippet &snippet)
{
    // Built from the ranges rather than marked(), so nothing in the text can pass for markup.
    QList<Snippet::Range> ranges = snippet.highlights;
    std::sort(ranges.begin(), ranges.end(), [](const Snippet::Range &a, const Snippet::Range &b) { return a.start < b.start; });
    QString html;
    qsizetype at = 0;
    for (const Snippet::Range &range : std::as_const(ranges)) {
        const qsizetype start = std::clamp(range.start, at, snippet.text.size());
        const qsizetype end = std::clamp(range.start + range.length, start, snippet.text.size());
        if (end == start)
            continue;
        html += snippet.text.mid(at, start - at).toHtmlEscaped();
        html += QStringLiteral("<b>") + snippet.text.mid(start, end - start).toHtmlEscaped() + QStringLiteral("</b>");
        at = end;
    }
    html += snippet.text.mid(at).toHtmlEscaped();
    return html;
}

} // namespace dc
