#pragma once

#include "core/model/document.h"
#include "core/model/user.h"
#include "core/services/importpreview.h"
#include "ui/workflow/actiondialog.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace dc {

class Session;

// File ▸ Import… (Ctrl+I), and a file dropped on the main window: a .docx/.odt/.md/.html file
// becomes a new document or the next draft of the selected one; a .pdf is attached as it is to
// the selected document's draft. The file is recognised as soon as it is chosen
// (ImportPreview::recognise, nothing written) and the dialog shows what was found: format,
// title, headings, tables, the text rendered, the images that become attachments and warnings.
// "New document" (type, number preview, title prefilled from the file, owner) is offered to
// those who may register documents; "Next draft of …" when a document is selected and the user
// may edit it. The change summary is required. Import runs ImportService::importFile; a refusal
// is shown in the dialog, which stays open.
// Object names: importDialog, importFile, importBrowse, importAsNew, importAsDraft, importType,
// importNumber, importTitle, importOwner, importSummary, importFacts, importText, importNotes.
class ImportDialog final : public ActionDialog {
    Q_OBJECT
public:
    // `selected`: the number of the document shown in the main window, empty when none.
    ImportDialog(Session &session, const User &actor, const QString &selected, QWidget *parent = nullptr);

    // Chooses the file and recognises it (the Browse button and a drop call this).
    void setFilePath(const QString &path);
    QString filePath() const;
    // What was recognised, empty while no file is chosen or it was refused.
    const std::optional<ImportPreview> &preview() const { return m_preview; }
    bool asNewDocument() const;

    // After a successful import: the document's number and the new revision's label.
    QString importedNumber() const { return m_importedNumber; }
    QString importedLabel() const { return m_importedLabel; }

    // Whether `actor` may import anything at all on this session: the store is writable and
    // they may register documents or edit the selected one. The refusal names what is missing.
    static Status mayImport(Session &session, const User &actor, const QString &selected);

protected:
    QString validate() const override;

private:
    void browse();
    void recognise();
    void showPreview();
    void typeChanged();
    void modeChanged();
    NewDocument newDocument() const;
    Status commit();

    Session &m_session;
    User m_actor;
    QString m_selected;       // the selected document's number, empty when none may be drafted
    Status m_mayCreate;
    Status m_mayDraft;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QRadioButton *m_asNew = nullptr;
    QRadioButton *m_asDraft = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_summary = nullptr;
    QLabel *m_facts = nullptr;
    QTextBrowser *m_text = nullptr;
    QListWidget *m_notes = nullptr;
    QWidget *m_newFields = nullptr;
    std::optional<ImportPreview> m_preview;
    QString m_problem;        // why the chosen file was refused
    QString m_recognised;     // the path m_preview/m_problem belong to
    QString m_nextNumber;
    bool m_titleTyped = false;
    QString m_importedNumber;
    QString m_importedLabel;
};

} // namespace dc
