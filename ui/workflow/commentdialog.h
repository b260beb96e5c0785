#pragma once

#include "ui/workflow/actiondialog.h"

class QPlainTextEdit;

namespace dc {

// Asks for the text an action cannot do without: the comment of a rejection ("what must
// change"), the reason for a withdrawal. OK stays disabled while the text is empty.
class CommentDialog final : public ActionDialog {
    Q_OBJECT
public:
    // `prompt` explains what to write; `okText` names the action on the OK button.
    CommentDialog(const QString &title, const QString &prompt, const QString &okText, QWidget *parent = nullptr);

    QString comment() const;
    void setComment(const QString &text);

protected:
    QString validate() const override;

private:
    QPlainTextEdit *m_comment = nullptr;
};

} // namespace dc
