#pragma once

#include <QScrollArea>

class QFormLayout;
class QLabel;

namespace dc {

struct DocumentState;

// A document's metadata, read-only: number, titles, type, owner, department, classification,
// review interval, retention, clause references and the current revision's facts.
// (Editing the metadata of drafts waits for a core call that changes them; see the report.)
class DetailsPage final : public QScrollArea {
    Q_OBJECT
public:
    explicit DetailsPage(QWidget *parent = nullptr);

    void setState(const DocumentState &state);
    void clear();
    // The text shown for the field `objectName` (e.g. "detailOwner"), for tests.
    QString fieldText(const QString &objectName) const;

private:
    QLabel *addField(const QString &label, const char *objectName);

    QFormLayout *m_form = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_titleEn = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_department = nullptr;
    QLabel *m_classification = nullptr;
    QLabel *m_interval = nullptr;
    QLabel *m_retention = nullptr;
    QLabel *m_clauses = nullptr;
    QLabel *m_registered = nullptr;
    QLabel *m_revision = nullptr;
    QLabel *m_hash = nullptr;
};

} // namespace dc
