#include "ui/workflow/commentdialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dc {

CommentDialog::CommentDialog(const QString &title, const QString &prompt, const QString &okText, QWidget *parent)
    : ActionDialog(parent)
{
    setObjectName(QStringLiteral("commentDialog"));
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setObjectName(QStringLiteral("commentPrompt"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    body()->addWidget(label);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    label->setBuddy(m_comment);
    body()->addWidget(m_comment);
    okButton()->setText(okText);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &CommentDialog::updateOk);
    updateOk();
    m_comment->setFocus();
    resize(480, 260);
}

QString CommentDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void CommentDialog::setComment(const QString &text)
{
    m_comment->setPlainText(text);
}

QString CommentDialog::validate() const
{
    if (comment().isEmpty())
        return tr("The comment is required.");
    return {};
}

} // namespace dc
