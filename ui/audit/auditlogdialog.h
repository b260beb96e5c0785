#pragma once

#include "core/model/result.h"
#include "core/model/user.h"
#include "core/services/audittrail.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace dc {

class AuditLogModel;
class Session;

// Tools ▸ Audit Log: the audit trail newest first, filtered by document, user, event kind and
// days (the filter runs in the store, the same as `doccontrol audit log`), a page at a time; the
// selected event in full (its canonical form, hash and previous hash); the filtered list as CSV.
class AuditLogDialog final : public QDialog {
    Q_OBJECT
public:
    AuditLogDialog(Session &session, const User &user, QWidget *parent = nullptr);

    // The filter as the fields say it now.
    AuditFilter filter() const;
    AuditLogModel *model() const { return m_model; }
    // Reads the first page under the current filter; a refusal or a store error shows in the
    // status line and leaves the table empty.
    void applyFilter();
    // Writes every event matching the current filter to `path` as CSV.
    Status exportCsv(const QString &path);

private:
    void chooseCsvFile();
    void showSelected();
    void loadMore();
    void updateStatus(const QString &error = {});

    Session &m_session;
    const User m_user;
    AuditLogModel *m_model = nullptr;
    QLineEdit *m_document = nullptr;
    QLineEdit *m_userName = nullptr;
    QComboBox *m_event = nullptr;
    QCheckBox *m_fromOn = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toOn = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_more = nullptr;
};

} // namespace dc
