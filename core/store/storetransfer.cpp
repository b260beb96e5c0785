#include "core/store/storetransfer.h"

#include "core/store/database.h"
#include "core/store/searchindex.h"
#include "core/store/sql.h"
#include "core/store/storelog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlField>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace dc::StoreTransfer {

namespace {

QString doing()
{
    return QCoreApplication::translate("dc::StoreTransfer", "copy the store");
}

// The key each table's rows are read in, so ids come out in the order they were made.
QString orderOf(const QString &table)
{
    if (table == QLatin1String("settings"))
        return QStringLiteral("key");
    if (table == QLatin1String("events"))
        return QStringLiteral("seq");
    if (table == QLatin1String("document_clauses"))
        return QStringLiteral("document_id, standard, clause");
    if (table == QLatin1String("document_links"))
        return QStringLiteral("from_document, to_document, origin");
    if (table == QLatin1String("external_documents"))
        return QStringLiteral("document_id");
    if (table == QLatin1String("cited_numbers"))
        return QStringLiteral("document_id, number");
    if (table == QLatin1String("submission_reviewers"))
        return QStringLiteral("submission_id, position, user_id");
    if (table == QLatin1String("document_distribution"))
        return QStringLiteral("document_id, user_id, department");
    return QStringLiteral("id");
}

// How a revision gets from draft to the status it has in the source, one lifecycle step at a
// time, as the target's triggers allow.
QStringList pathTo(const QString &status)
{
    static const QStringList released{QStringLiteral("in_review"), QStringLiteral("in_approval"), QStringLiteral("approved"),
                                      QStringLiteral("effective"), QStringLiteral("superseded")};
    if (status == QLatin1String("obsolete"))
        return {status};
    const qsizetype at = released.indexOf(status);
    return at < 0 ? QStringList() : released.mid(0, at + 1);
}

// Inserts rows into one table of the target, many per statement on PostgreSQL (one round trip
// each) and through one prepared statement on SQLite.
class RowWriter final {
public:
    RowWriter(Database &to, const QString &table, const QSqlRecord &columns)
        : m_to(to), m_table(table)
    {
        const QSqlRecord target = to.connection().record(table);
        for (int i = 0; i < columns.count(); ++i) {
            m_columns << columns.fieldName(i);
            const QSqlField field = target.field(columns.fieldName(i));
            m_notNull << (field.requiredStatus() == QSqlField::Required);
        }
    }

    Status add(QVariantList row)
    {
        for (qsizetype i = 0; i < row.size(); ++i) {
            // Drivers hand NULL back as a typed null value; written as it came, a null text
            // would become ''. A column that cannot be NULL gets '' (a driver may read an empty
            // text as NULL), any other a plain NULL.
            if (row.at(i).isNull())
                row[i] = m_notNull.value(i) ? QVariant(QString(QLatin1String(""))) : QVariant();
        }
        if (!m_to.isPostgres())
            return insertSqlite(row);
        m_pending += row;
        return ++m_pendingRows >= kBatch ? flush() : Status{};
    }

    Status flush()
    {
        if (m_pendingRows == 0)
            return {};
        const QString one = QLatin1Char('(') + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(QLatin1Char(',')))
                          + QStringList(m_pendingRows, one).join(QLatin1Char(','));
        const Status done = Status::from(Sql::exec(m_to, sql, m_pending, doing()));
        m_pending.clear();
        m_pendingRows = 0;
        return done;
    }

private:
    static constexpr int kBatch = 200;

    Status insertSqlite(const QVariantList &row)
    {
        if (!m_prepared) {
            m_insert = QSqlQuery(m_to.connection());
            const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(m_table, m_columns.join(QLatin1Char(',')), QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
            if (!m_insert.prepare(sql))
                return m_to.queryError(m_insert, doing());
            m_prepared = true;
        }
        for (qsizetype i = 0; i < row.size(); ++i)
            m_insert.bindValue(int(i), row.at(i));
        if (!m_insert.exec())
            return m_to.queryError(m_insert, doing());
        return {};
    }

    Database &m_to;
    QString m_table;
    QStringList m_columns;
    QList<bool> m_notNull;
    QVariantList m_pending;
    int m_pendingRows = 0;
    QSqlQuery m_insert;
    bool m_prepared = false;
};

Status ensureEmpty(Database &to)
{
    for (const char *table : {"users", "documents", "events", "settings"}) {
        auto rows = Sql::exec(to, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)), {}, doing());
        if (!rows)
            return rows.error();
        if (rows.value().next() && rows.value().value(0).toLongLong() > 0) {
            return Error{ErrorCode::InvalidState,
                         QCoreApplication::translate("dc::StoreTransfer", "%1 already holds a store; a copy goes only into a new, empty one.").arg(to.path())};
        }
    }
    return {};
}

// Copies one table; revisions arrive as drafts, their real statuses kept in `statuses`.
Status copyTable(Database &from, Database &to, const QString &table, QHash<QString, QList<qint64>> &statuses, qint64 &rows)
{
    QSqlQuery source(from.connection());
    source.setForwardOnly(true);
    if (!source.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, orderOf(table))))
        return from.queryError(source, doing());
    const QSqlRecord columns = source.record();
    const int statusColumn = table == QLatin1String("revisions") ? columns.indexOf(QStringLiteral("status")) : -1;
    const int idColumn = columns.indexOf(QStringLiteral("id"));
    RowWriter writer(to, table, columns);
    while (source.next()) {
        QVariantList row;
        row.reserve(columns.count());
        for (int i = 0; i < columns.count(); ++i)
            row << source.value(i);
        if (statusColumn >= 0) {
            statuses[row.at(statusColumn).toString()] << row.at(idColumn).toLongLong();
            row[statusColumn] = QStringLiteral("draft");
        }
        if (const Status added = writer.add(row); !added)
            return added;
        ++rows;
    }
    if (source.lastError().isValid())
        return from.queryError(source, doing());
    return writer.flush();
}

// Moves every revision from draft to its status in the source, a lifecycle step at a time:
// each step moves, in batches of ids, every revision whose path goes through it.
Status restoreStatuses(Database &to, const QHash<QString, QList<qint64>> &statuses)
{
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        if (it.key() != QLatin1String("draft") && pathTo(it.key()).isEmpty()) {
            return Error{ErrorCode::CorruptStore,
                         QCoreApplication::translate("dc::StoreTransfer", "A revision has the unknown status \"%1\"; the store cannot be copied.").arg(it.key())};
        }
    }
    static const QStringList steps{QStringLiteral("obsolete"), QStringLiteral("in_review"), QStringLiteral("in_approval"),
                                   QStringLiteral("approved"), QStringLiteral("effective"), QStringLiteral("superseded")};
    for (const QString &step : steps) {
        QList<qint64> ids;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
            if (pathTo(it.key()).contains(step))
                ids += it.value();
        }
        for (qsizetype at = 0; at < ids.size(); at += 500) {
            QStringList list;
            for (const qint64 id : ids.mid(at, 500))
                list << QString::number(id);
            auto moved = Sql::exec(to, QStringLiteral("UPDATE revisions SET status = ? WHERE id IN (%1)").arg(list.join(QLatin1Char(','))), {step}, doing());
            if (!moved)
                return moved.error();
        }
    }
    return {};
}

// New rows on PostgreSQL take ids after the copied ones.
Status advanceIdentities(Database &to)
{
    if (!to.isPostgres())
        return {};
    for (const QString &table : tables()) {
        if (orderOf(table) != QLatin1String("id"))
            continue;
        auto set = Sql::exec(to, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)").arg(table),
                             {}, doing());
        if (!set)
            return set.error();
    }
    return {};
}

} // namespace

const QStringList &tables()
{
    static const QStringList all{QStringLiteral("settings"), QStringLiteral("users"), QStringLiteral("user_keys"),
                                 QStringLiteral("documents"), QStringLiteral("document_clauses"), QStringLiteral("document_links"),
                                 QStringLiteral("cited_numbers"), QStringLiteral("external_documents"), QStringLiteral("revisions"),
                                 QStringLiteral("attachments"), QStringLiteral("submissions"), QStringLiteral("submission_reviewers"),
                                 QStringLiteral("signatures"), QStringLiteral("events"), QStringLiteral("controlled_copies"),
                                 QStringLiteral("exports"), QStringLiteral("document_distribution"),
                                 QStringLiteral("acknowledgements")};
    return all;
}

Status copyAll(Database &from, Database &to)
{
    return from.read([&]() -> Status {
        return to.write([&]() -> Status {
            if (const Status empty = ensureEmpty(to); !empty)
                return empty;
            QHash<QString, QList<qint64>> statuses;
            qint64 rows = 0;
            for (const QString &table : tables()) {
                if (const Status copied = copyTable(from, to, table, statuses, rows); !copied)
                    return copied;
                // Attachments join their revisions while those are still drafts.
                if (table == QLatin1String("attachments")) {
                    if (const Status moved = restoreStatuses(to, statuses); !moved)
                        return moved;
                }
            }
            if (const Status advanced = advanceIdentities(to); !advanced)
                return advanced;
            qCInfo(lcStore).noquote() << "copied" << rows << "rows from" << from.path() << "to" << to.path() << "; rebuilding the search index";
            return SearchIndex::rebuild(to);
        });
    });
}

} // namespace dc::StoreTransfer
