#pragma once

#include "ui/workflow/actiondialog.h"
#include "core/model/registerquery.h"
#include "core/model/user.h"

class QComboBox;
class QLineEdit;

namespace dc {

class Session;

// File ▸ Master List of Documents (受控文件清单): the register under its current filter,
// exported as a stamped landscape PDF or as CSV for Excel. Core builds and writes the file
// (MasterListService); a failure is shown inline and the dialog stays open.
class MasterListDialog final : public ActionDialog {
    Q_OBJECT
public:
    enum class Format { Pdf, Csv };

    MasterListDialog(Session &session, const User &actor, const RegisterFilter &filter, QWidget *parent = nullptr);

    Format format() const;
    void setFormat(Format format);
    // The file to write (absolute; the format's suffix added when missing).
    QString filePath() const;
    void setFilePath(const QString &path);
    // Opens the file dialog to choose the file.
    void browse();

protected:
    QString validate() const override;

private:
    void formatChanged();

    Session &m_session;
    User m_actor;
    RegisterFilter m_filter;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
};

} // namespace dc
