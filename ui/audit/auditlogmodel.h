#pragma once

#include "core/model/event.h"
#include "core/model/result.h"
#include "core/services/audittrail.h"

#include <QAbstractTableModel>

#include <functional>

namespace dc {

// The audit trail as a table, newest first, a page at a time: the first page when a filter is
// set, the next when the view scrolls to the end (fetchMore) or the user asks for more. The
// trail is never loaded whole. Columns: event number, local time, user, the event in words,
// object, detail.
class AuditLogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, UserColumn, EventColumn, ObjectColumn, DetailColumn, ColumnCount };
    // Reads up to `limit` events older than `beforeSeq` (0: from the head), newest first.
    using Loader = std::function<Result<AuditPage>(qint64 beforeSeq, int limit)>;

    explicit AuditLogModel(QObject *parent = nullptr);

    // Starts over with `loader`: the first page. Fails (leaving the table empty) as the loader does.
    Status reset(Loader loader);
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }
    // Appends the next page; fails as the loader does.
    Status loadMore();
    bool hasMore() const { return m_more; }
    const Event &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A page could not be read (the message is for people).
    void failed(const QString &message);

private:
    Loader m_loader;
    QList<Event> m_events;
    QList<std::pair<QString, QString>> m_words; // per event: what happened, detail
    bool m_more = false;
    int m_pageSize = 200;
};

} // namespace dc
