#include "ui/workflow/signdialog.h"

#include "ui/diff/diffview.h"
#include "ui/workflow/modal.h"
#include "ui/workflow/signaturetext.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dc {

namespace {

QString titleFor(SignatureMeaning meaning)
{
    switch (meaning) {
    case SignatureMeaning::Reviewed: return SignDialog::tr("Sign as Reviewer");
    case SignatureMeaning::Approved: return SignDialog::tr("Sign as Approver");
    case SignatureMeaning::Released: return SignDialog::tr("Release and Sign");
    case SignatureMeaning::PeriodicReview: return SignDialog::tr("Sign the Periodic Review");
    case SignatureMeaning::Withdrawn: return SignDialog::tr("Withdraw and Sign");
    case SignatureMeaning::Acknowledged: return SignDialog::tr("I Have Read and Understood");
    case SignatureMeaning::Disposed: return SignDialog::tr("Destroy and Sign");
    }
    return {};
}

QLabel *fact(const QString &text, const char *name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SignDialog::SignDialog(const SignRequest &request, QWidget *parent) : ActionDialog(parent), m_request(request)
{
    setObjectName(QStringLiteral("signDialog"));
    setWindowTitle(titleFor(request.meaning));

    auto *intro = new QLabel(tr("You are signing electronically. The signature records your name, its meaning, the time "
                                "and the SHA-256 of the content below; it cannot be changed afterwards."),
                             this);
    intro->setWordWrap(true);
    body()->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Document:"), fact(QStringLiteral("<b>%1</b> %2").arg(request.number.toHtmlEscaped(), request.title.toHtmlEscaped()), "signDocument", this));
    form->addRow(tr("Revision:"), fact(tr("%1 (%2)").arg(request.label, displayName(request.status)), "signRevision", this));
    QLabel *hash = fact(SignatureText::groupedHex(request.contentHash, 8), "contentHash", this);
    hash->setFont(SignatureText::digestFont());
    form->addRow(tr("Content SHA-256:"), hash);
    QLabel *meaning = fact(SignatureText::bilingualMeaning(request.meaning), "signMeaning", this);
    QFont bold = meaning->font();
    bold.setBold(true);
    meaning->setFont(bold);
    form->addRow(tr("Meaning:"), meaning);
    form->addRow(tr("Signer:"), fact(request.signer, "signSigner", this));
    if (request.meaning == SignatureMeaning::Approved) {
        QStringList lines;
        for (const SignRequest::Review &review : request.reviews) {
            const QString when = QLocale().toString(review.signedAt.toLocalTime(), QLocale::ShortFormat);
            lines << (review.comment.isEmpty() ? tr("%1 signed on %2, without a comment.").arg(review.reviewer, when)
                                               : tr("%1 signed on %2: “%3”").arg(review.reviewer, when, review.comment));
        }
        auto *reviews = fact(lines.isEmpty() ? tr("No reviewer has signed this round.") : lines.join(QLatin1Char('\n')), "reviewComments", this);
        reviews->setTextFormat(Qt::PlainText);
        reviews->setWordWrap(true);
        form->addRow(tr("Reviews:"), reviews);
    }

    m_viewChanges = new QPushButton(tr("&View Changes…"), this);
    m_viewChanges->setObjectName(QStringLiteral("viewChangesButton"));
    m_viewChanges->setEnabled(false);
    m_viewChanges->setToolTip(tr("There is no effective revision to compare with."));
    connect(m_viewChanges, &QPushButton::clicked, this, &SignDialog::showChanges);
    // Said beside the button, not only in a disabled button's tool tip.
    m_noComparison = new QLabel(tr("Nothing to compare: no earlier revision is in force, so all of the text is new."), this);
    m_noComparison->setObjectName(QStringLiteral("noComparisonNote"));
    m_noComparison->setWordWrap(true);
    m_noComparison->setForegroundRole(QPalette::PlaceholderText);
    auto *changesRow = new QHBoxLayout;
    changesRow->addWidget(m_viewChanges);
    changesRow->addWidget(m_noComparison, 1);
    form->addRow(QString(), changesRow);
    // Nothing changes when a revision is taken out of use or acknowledged.
    const bool acknowledging = request.meaning == SignatureMeaning::Acknowledged;
    m_viewChanges->setVisible(request.meaning != SignatureMeaning::Withdrawn && request.meaning != SignatureMeaning::Disposed && !acknowledging);
    m_noComparison->setVisible(!acknowledging);

    if (acknowledging) {
        // The lighter variant: the declaration, and the password that signs it.
        QLabel *declaration = fact(tr("I have read and understood this revision. 本人已阅读并理解本文件。"), "acknowledgeStatement", this);
        declaration->setWordWrap(true);
        form->addRow(QString(), declaration);
    } else if (request.meaning == SignatureMeaning::Released) {
        m_effective = new QDateEdit(request.today, this);
        m_effective->setObjectName(QStringLiteral("effectiveDate"));
        m_effective->setCalendarPopup(true);
        m_effective->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_effective->setMinimumDate(request.today);
        m_effective->setToolTip(tr("Today or later; a later date schedules the release."));
        form->addRow(tr("&Effective from:"), m_effective);
    } else {
        const bool withdrawal = request.meaning == SignatureMeaning::Withdrawn;
        const bool disposal = request.meaning == SignatureMeaning::Disposed;
        m_comment = new QPlainTextEdit(this);
        m_comment->setObjectName(QStringLiteral("signComment"));
        m_comment->setPlaceholderText(withdrawal ? tr("Required: why the document is withdrawn")
                                      : disposal ? tr("Required: why the content is destroyed")
                                                 : tr("Optional"));
        m_comment->setTabChangesFocus(true);
        m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 12);
        form->addRow(withdrawal || disposal ? tr("&Reason:") : tr("&Comment:"), m_comment);
        if (disposal)
            connect(m_comment, &QPlainTextEdit::textChanged, this, &SignDialog::updateOk);
        if (withdrawal) {
            connect(m_comment, &QPlainTextEdit::textChanged, this, &SignDialog::updateOk);
            QStringList copies;
            for (const ControlledCopy &c : request.copiesOut)
                copies << tr("No. %1 of %2 — %3").arg(c.copyNumber, 3, 10, QLatin1Char('0')).arg(c.label, c.holder.toHtmlEscaped());
            QLabel *recall = fact(copies.isEmpty() ? tr("None are out.")
                                                   : tr("%n controlled copies must be recalled:", nullptr, int(copies.size())) + QStringLiteral("<br>")
                                                         + copies.join(QStringLiteral("<br>")),
                                  "copiesToRecall", this);
            recall->setWordWrap(true);
            form->addRow(tr("Copies to recall:"), recall);
        }
    }

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Your password"));
    form->addRow(tr("&Password:"), m_password);
    body()->addLayout(form);

    okButton()->setText(request.meaning == SignatureMeaning::Released ? tr("Release")
                        : request.meaning == SignatureMeaning::Withdrawn ? tr("Withdraw")
                        : request.meaning == SignatureMeaning::Disposed  ? tr("Destroy")
                        : acknowledging                                  ? tr("Acknowledge")
                                                                          : tr("Sign"));
    connect(m_password, &QLineEdit::textChanged, this, &SignDialog::updateOk);
    updateOk();
    m_password->setFocus();
    setMinimumWidth(520);
}

void SignDialog::setComparison(const QString &before, const QString &beforeTitle, const QString &after, const QString &afterTitle)
{
    m_before = before;
    m_beforeTitle = beforeTitle;
    m_after = after;
    m_afterTitle = afterTitle;
    m_viewChanges->setEnabled(true);
    m_viewChanges->setToolTip(tr("Compare %1 with %2").arg(afterTitle, beforeTitle));
    m_noComparison->hide();
}

void SignDialog::showChanges()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("changesDialog"));
    dialog.setWindowTitle(tr("Changes in %1 %2").arg(m_request.number, m_request.label));
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new DiffView(&dialog);
    view->setObjectName(QStringLiteral("diffView"));
    view->showMarkdown(m_before, m_after, m_beforeTitle, m_afterTitle); // what readers see, not Markdown
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(900, 640);
    Modal::exec(dialog);
}

QString SignDialog::password() const
{
    return m_password->text();
}

QString SignDialog::comment() const
{
    return m_comment ? m_comment->toPlainText().trimmed() : QString();
}

QDate SignDialog::effectiveDate() const
{
    return m_effective ? m_effective->date() : QDate();
}

QString SignDialog::validate() const
{
    if (m_request.meaning == SignatureMeaning::Withdrawn && comment().isEmpty())
        return tr("Give the reason for the withdrawal.");
    if (m_request.meaning == SignatureMeaning::Disposed && comment().isEmpty())
        return tr("Give the reason for destroying the content.");
    if (m_password->text().isEmpty())
        return tr("Enter your password to sign.");
    return {};
}

void SignDialog::commitFailed(const Error &error)
{
    if (error.code == ErrorCode::AuthenticationFailed) {
        m_password->selectAll();
        m_password->setFocus();
    }
}

} // namespace dc
