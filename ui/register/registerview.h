#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace dc {

class Session;
class RegisterModel;
struct RegisterFilter;
struct User;

// The document register: a filter bar (type, status, classification, text) above a sortable
// table over a RegisterModel. The columns' widths, order and sort are remembered per desk
// (AppSettings::registerColumns). Errors of the store are shown inline above the table.
class RegisterView final : public QWidget {
    Q_OBJECT
public:
    explicit RegisterView(Session &session, const User &actor, QWidget *parent = nullptr);

    RegisterModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // The number of the selected document, empty when none is selected.
    QString currentNumber() const;
    // Selects `number` when it is among the loaded rows; returns whether it was.
    bool selectNumber(const QString &number);
    // The filter the bar describes.
    RegisterFilter filterFromBar() const;
    // Applies the filter bar now rather than after the typing pause.
    void applyFilter();
    // Re-queries the register, keeping the filter, the sort and the selection.
    void refresh();
    // Remembers the columns' widths, order and sort.
    void saveSettings() const;

Q_SIGNALS:
    void currentDocumentChanged(const QString &number); // empty when nothing is selected
    void documentActivated(const QString &number);      // double-click or Enter

private:
    void buildFilterBar(QWidget *bar);
    void restoreColumns();
    void showError(const QString &message);

    RegisterModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_classification = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_clause = nullptr; // the clause filter: "A.5.1" or "27001:2022 A.5.1"
    QLabel *m_error = nullptr;
    QTimer *m_textPause = nullptr;
    QString m_selectedBeforeReset;
};

} // namespace dc
