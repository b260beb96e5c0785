#pragma once

#include "core/model/document.h"
#include "core/model/user.h"
#include "core/model/registerquery.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace dc {

class Session;

// The document register as a table. It never holds the whole register: rows arrive in pages
// of kPageSize through DocumentService::list (canFetchMore/fetchMore), and filtering and
// sorting are done by SQL. What the acting user may not see (readers: documents without an
// effective revision) is never loaded. Failures of the store are reported through
// errorOccurred(); the model is then left empty (or with the rows it had already fetched).
class RegisterModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, TypeColumn, RevisionColumn, StatusColumn, OwnerColumn,
                  DepartmentColumn, ClassificationColumn, UpdatedColumn, ColumnCount };
    enum Roles {
        NumberRole = Qt::UserRole + 1, // the document number of the row, whatever the column
        SortKeyRole,                   // the raw value (enum key, date) of the cell
    };
    static constexpr int kPageSize = 200;

    // Loads the first page at once; a failure is kept in lastError() (and emitted on later loads).
    explicit RegisterModel(Session &session, User actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Re-queries sorted by `column`; columns SQL cannot sort by (the revision) are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces the filter and re-queries from the first page.
    void setFilter(const RegisterFilter &filter);
    RegisterFilter filter() const { return m_query.filter; }
    // Re-queries with the same filter and sort, e.g. after the store changed.
    void refresh();

    // Rows matching the filter in the whole register, loaded or not.
    int total() const { return m_total; }
    // The document number of `row`, or an empty string outside the loaded rows.
    QString numberAt(int row) const;
    // The loaded row holding `number`, or -1.
    int rowOfNumber(const QString &number) const;
    const Document *documentAt(int row) const;
    // The message of the last failed query, empty after a successful one.
    QString lastError() const { return m_lastError; }

    // The register column `column` sorts by, none for columns SQL cannot sort.
    static std::optional<RegisterColumn> registerColumn(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_query.order; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void totalChanged(int total);

private:
    void reload();
    void setTotal(int total);
    void fail(const QString &message);

    Session &m_session;
    User m_actor;
    RegisterQuery m_query;
    int m_sortColumn = NumberColumn;
    QList<Document> m_rows;
    int m_total = 0;
    QString m_lastError;
    bool m_announcing = false;
};

} // namespace dc
