#pragma once

#include <QScrollArea>

class QFormLayout;
class QLabel;
class QPushButton;

namespace dc {

struct DocumentState;

// A document's metadata, read-only: number, titles, type, owner, department, classification,
// review interval, retention, clause references and the current revision's facts, with an
// Edit Details… button (editDetailsButton) for those who may change them.
class DetailsPage final : public QScrollArea {
    Q_OBJECT
public:
    explicit DetailsPage(QWidget *parent = nullptr);

    void setState(const DocumentState &state);
    void clear();
    // Shows Edit Details… enabled, or disabled with `why` as its tool tip.
    void setEditable(bool editable, const QString &why = {});
    QPushButton *editButton() const { return m_edit; }
    // Record Earlier Revision… (recordEarlierButton), enabled as Edit Details… is.
    QPushButton *historyButton() const { return m_history; }
    // Clauses… (clausesButton): the clause picker, enabled as Edit Details… is.
    QPushButton *clausesButton() const { return m_clausesButton; }
    // The text shown for the field `objectName` (e.g. "detailOwner"), for tests.
    QString fieldText(const QString &objectName) const;

Q_SIGNALS:
    // Edit Details… was clicked.
    void editRequested();
    // Record Earlier Revision… was clicked.
    void historyRequested();
    // Clauses… was clicked.
    void clausesRequested();

private:
    QLabel *addField(const QString &label, const char *objectName);

    QFormLayout *m_form = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_clausesButton = nullptr;
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
