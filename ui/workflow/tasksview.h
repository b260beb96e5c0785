#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace dc {

class Session;
class TaskModel;
struct User;

// "My tasks": what waits for the signed-in user (reviews, approvals, releases, periodic
// reviews), overdue first, above a one-line summary. Choosing a row shows its document.
class TasksView final : public QWidget {
    Q_OBJECT
public:
    TasksView(Session &session, const User &actor, QWidget *parent = nullptr);

    TaskModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Looks for tasks again, keeping the selected document selected when it is still listed.
    void refresh();
    QString currentNumber() const;

Q_SIGNALS:
    void currentDocumentChanged(const QString &number);
    void documentActivated(const QString &number);
    void countChanged(int count);

private:
    void updateSummary();

    TaskModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace dc
