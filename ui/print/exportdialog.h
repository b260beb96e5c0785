#pragma once

#include "core/services/printsubject.h"
#include "core/services/exportservice.h"
#include "ui/workflow/actiondialog.h"

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace dc {

class Session;

// Asks how to print or export one revision: an uncontrolled copy or a controlled copy for a
// holder (offered to document controllers for effective revisions only; otherwise disabled,
// its tool tip saying why), the single document or the compiled manual (manuals only), A4 or
// Letter, and for an export PDF/A and the file. In Mode::Export, OK writes the file
// (ExportWork: a busy progress dialog, the window keeps repainting); a refusal or a failure is
// shown in the dialog, which stays open. In Mode::Print, OK only closes it: the caller prints
// request().
class ExportDialog final : public ActionDialog {
    Q_OBJECT
public:
    enum class Mode { Export, Print };

    // `db` and `actor` are used by an export's OK; the dialog reads nothing itself.
    ExportDialog(Mode mode, const PrintSubject &subject, Session &session, const User &actor, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The print or export the fields describe.
    ExportRequest request() const;
    // The file an export writes (absolute; ".pdf" added when missing).
    QString filePath() const;
    void setFilePath(const QString &path);

    // After an accepted export: what was written, and the line for the status bar.
    const std::optional<ExportOutcome> &outcome() const { return m_outcome; }
    QString statusMessage() const { return m_statusMessage; }

    // Replaces QFileDialog::getSaveFileName behind "Browse…" (tests): gets the dialog and the
    // current path, returns the chosen path or an empty string for "cancelled". An empty hook
    // restores the real file dialog.
    using SaveFileHook = std::function<QString(QWidget *parent, const QString &current)>;
    static void setSaveFileHook(SaveFileHook hook);

    // Opens the file dialog (or the hook) to choose the file.
    void browse();

protected:
    QString validate() const override;

private:
    QGroupBox *createCopyGroup();
    QGroupBox *createContentsGroup();
    QGroupBox *createOutputGroup();
    void updateFields();
    // Why the file cannot be written (none chosen, no such folder, not writable); empty if it can.
    QString fileProblem() const;
    // Shows fileProblem() under the file and as the Export button's tool tip.
    void updateFileHint();
    QString suggestedFileName() const;
    Status commitExport();

    Mode m_mode;
    PrintSubject m_subject;
    Session &m_session;
    User m_actor;
    QRadioButton *m_uncontrolled = nullptr;
    QRadioButton *m_controlled = nullptr;
    QLineEdit *m_holder = nullptr;
    QRadioButton *m_document = nullptr;
    QRadioButton *m_manual = nullptr;
    QComboBox *m_pageSize = nullptr;
    QCheckBox *m_pdfA = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_fileHint = nullptr;
    bool m_fileChosen = false; // the user typed or chose the file: do not rename it
    std::optional<ExportOutcome> m_outcome;
    QString m_statusMessage;
};

} // namespace dc
