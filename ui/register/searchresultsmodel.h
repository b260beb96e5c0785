#pragma once

#include "core/model/user.h"
#include "core/model/searchresult.h"

#include <QAbstractTableModel>

namespace dc {

class Session;

// The hits of one full-text search, best first, fetched in pages of kPageSize through
// DocumentService::search. Column 0 carries every role a one-column list view needs
// (number, title, status, the snippet as HTML with its highlights); the other columns give
// the same as a table. A failed search empties the model and reports through errorOccurred().
class SearchResultsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, StatusColumn, SnippetColumn, ColumnCount };
    enum Roles {
        NumberRole = Qt::UserRole + 1,
        TitleRole,
        TitleEnRole,
        StatusRole,      // the status's display name
        RevisionRole,    // the revision label
        SnippetRole,     // plain text
        SnippetHtmlRole, // HTML-escaped, highlights in <b>
    };
    static constexpr int kPageSize = 50;

    explicit SearchResultsModel(Session &session, User actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Runs `query` and shows its first page. Returns false (model empty, errorOccurred emitted)
    // when the search fails, e.g. when the query holds nothing searchable.
    bool search(const QString &query);

    QString query() const { return m_query; }
    int total() const { return m_total; } // matches in all, loaded or not
    QString numberAt(int row) const;
    QString lastError() const { return m_lastError; }

    // `snippet` as HTML: the text escaped, each highlight wrapped in <b>.
    static QString snippetHtml(const Snippet &snippet);

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void totalChanged(int total);

private:
    Session &m_session;
    User m_actor;
    QString m_query;
    QList<SearchHit> m_hits;
    int m_total = 0;
    QString m_lastError;
    bool m_announcing = false;
};

} // namespace dc
