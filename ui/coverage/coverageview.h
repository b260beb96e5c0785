#pragma once

#include "core/model/result.h"
#include "core/model/user.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace dc {

class Session;
struct CoverageReport;

// Reports ▸ Clause Coverage: for a standard edition, every clause and Annex A control with the
// effective documents that answer it (CoverageService), gaps highlighted, a "gaps only" filter,
// the documents mapped only to a withdrawn edition, and the report exported as a stamped PDF.
// Double-clicking (or Enter on) a document asks for it to be opened (documentActivated). The view
// follows the Session's change signals. On 27001:2013 and 27001:2022, "Move to 27001:2022…" moves
// the selected document's mapping off the withdrawn edition (TransitionDialog).
class CoverageView final : public QDialog {
    Q_OBJECT
public:
    // Item roles: the document number of a document row, the clause number of a clause row.
    static constexpr int DocumentNumberRole = Qt::UserRole + 1;
    static constexpr int ClauseNumberRole = Qt::UserRole + 2;
    static constexpr int GapRole = Qt::UserRole + 3; // true on a gap's row

    CoverageView(Session &session, const User &actor, QWidget *parent = nullptr);

    QString standard() const;
    void setStandard(const QString &id);
    bool gapsOnly() const;
    void setGapsOnly(bool gapsOnly);
    QStandardItemModel *model() const { return m_model; }

    // Writes the shown report as a stamped PDF to `path`; the outcome also shows in the view.
    Status exportPdf(const QString &path);
    // How Export PDF… asks for the file (a test replaces the file dialog); an empty answer cancels.
    void setFileChooser(std::function<QString(const QString &suggested)> chooser) { m_chooseFile = std::move(chooser); }

public Q_SLOTS:
    // Builds the report again from the store.
    void reload();

Q_SIGNALS:
    void documentActivated(const QString &number);

private:
    void fill(const CoverageReport &report);
    void chooseAndExport();
    void showMessage(const QString &text, bool error);
    void updateMove();
    void moveSelected();

    Session &m_session;
    User m_actor;
    QComboBox *m_standard = nullptr;
    QCheckBox *m_gapsOnly = nullptr;
    QTreeView *m_tree = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_move = nullptr;
    QString m_transitionTarget; // the edition a document's mapping can move to from this report; empty if none
    std::function<QString(const QString &)> m_chooseFile;
};

} // namespace dc
