#pragma once

#include "core/model/revision.h"
#include "core/services/earlierhistory.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dc {

// A document's revisions as a table, newest first: label, status, effective date, next
// review, author (by display name), change summary and last change. Revisions recorded as
// released before the store existed follow the real ones, in italics, marked as recorded and
// not signed here; they have no LabelRole, since there is no text of theirs to show.
class RevisionsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LabelColumn, StatusColumn, EffectiveColumn, NextReviewColumn, AuthorColumn, SummaryColumn, UpdatedColumn, ColumnCount };
    static constexpr int LabelRole = Qt::UserRole + 1; // the revision label of the row

    explicit RevisionsModel(QObject *parent = nullptr);

    // Shows `revisions` (oldest first, as core gives them); `displayNames` maps user names.
    // `earlier` (oldest first) are the recorded earlier revisions (EarlierHistory).
    void setRevisions(const QList<Revision> &revisions, const QHash<QString, QString> &displayNames = {},
                      const QList<EarlierRevision> &earlier = {});
    // The row of the revision `label`, or -1.
    int rowOfLabel(const QString &label) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant earlierData(const EarlierRevision &e, int column, int role) const;

    QList<Revision> m_rows;         // newest first
    QList<EarlierRevision> m_earlier; // newest first, below m_rows
    QHash<QString, QString> m_names;
};

} // namespace dc
