#pragma once

#include "core/model/result.h"
#include "core/model/revisionlabel.h"
#include "core/model/soatable.h"
#include "ui/document/editdraftdialog.h"
#include "ui/workflow/actiondialog.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace dc {

class SoaTableModel;

// Edits a Statement of Applicability as a table (one row per Annex A control) instead of the
// Markdown editor: combo boxes for applicable and status, check boxes for the reasons, undo and
// redo, and a button that fills the implementing documents from the clause mapping. What it
// saves is the table written back as Markdown (Soa::write), through the same draft save as any
// document. Shows, without blocking a save, what still keeps the table from being submitted.
class SoaEditDialog final : public ActionDialog {
    Q_OBJECT
public:
    // The effective documents mapped to each control (SoaService::implementingDocuments).
    using MappingSource = std::function<Result<QHash<QString, QStringList>>()>;

    SoaEditDialog(const EditRequest &request, const SoaTable &table, MappingSource mapping, QWidget *parent = nullptr);

    SoaTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString markdown() const;
    QString summary() const;
    RevisionStep step() const;
    // Whether the table or the change summary differs from what was loaded.
    bool hasChanges() const;
    // Shows `table` as saved meanwhile by someone else (after a conflict).
    void reload(const SoaTable &table);
    // Fills the implementing documents from the mapping, as one undoable step; says what changed.
    void refreshDocuments();
    // What keeps the table from being submitted, or that nothing does.
    QString readiness() const;

    // Cancel asks before it drops unsaved changes.
    void reject() override;

protected:
    QString validate() const override;

private:
    void updateStatus();

    EditRequest m_request;
    MappingSource m_mapping;
    SoaTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_summary = nullptr;
    QComboBox *m_step = nullptr;
};

} // namespace dc
