#pragma once

#include "core/model/acknowledgement.h"
#include "core/model/result.h"
#include "core/model/user.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace dc {

class Session;

// Reports ▸ Acknowledgements: who has not yet read and acknowledged an effective revision (已阅知悉),
// the rows of `report acknowledgements` (AcknowledgementService::report) as a tree — each document
// and revision, its departments, their users with the release date and the days outstanding —
// and a count per department below. Filters: a document number, a department, acknowledged
// requests too. Exported as CSV or a stamped PDF. Double-clicking a document asks for it to be
// opened (documentActivated). Follows the Session's change signals. Controllers and administrators
// see everyone's requests, anyone else their own (core's rule).
class AcknowledgementsView final : public QDialog {
    Q_OBJECT
public:
    // Item roles: the document number on every row; the user's login on a user's row.
    static constexpr int DocumentNumberRole = Qt::UserRole + 1;
    static constexpr int UserRole = Qt::UserRole + 2;

    AcknowledgementsView(Session &session, const User &actor, QWidget *parent = nullptr);

    // The filter the controls make.
    AcknowledgementFilter filter() const;
    void setDocument(const QString &number);
    void setDepartment(const QString &department);
    void setIncludeAcknowledged(bool all);
    QStandardItemModel *model() const { return m_model; }
    QString summary() const;

    // Writes the shown report as CSV (`pdf` false) or a stamped PDF to `path`; the outcome also
    // shows in the view.
    Status exportTo(const QString &path, bool pdf);
    // How Export… asks for the file (a test replaces the file dialog); an empty answer cancels.
    void setFileChooser(std::function<QString(const QString &suggested, bool pdf)> chooser) { m_chooseFile = std::move(chooser); }

public Q_SLOTS:
    // Reads the report again from the store.
    void reload();

Q_SIGNALS:
    void documentActivated(const QString &number);

private:
    void fill(const QList<Acknowledgement> &rows);
    void fillDepartments();
    void chooseAndExport(bool pdf);
    void showMessage(const QString &text, bool error);

    Session &m_session;
    User m_actor;
    QLineEdit *m_document = nullptr;
    QComboBox *m_department = nullptr;
    QCheckBox *m_all = nullptr;
    QTreeView *m_tree = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    std::function<QString(const QString &, bool)> m_chooseFile;
};

} // namespace dc
