#pragma once

#include "ui/workflow/actiondialog.h"
#include "core/model/controlledcopy.h"
#include "core/model/enums.h"
#include "core/model/signature.h"

#include <QDate>
#include <QDateTime>
#include <QList>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dc {

// What a signature is about to cover, as the sign dialog shows it.
struct SignRequest {
    SignatureMeaning meaning = SignatureMeaning::Reviewed;
    QString number;
    QString title;
    QString label;
    RevisionStatus status = RevisionStatus::InReview;
    QString contentHash; // hex SHA-256 of the revision's content
    QString signer;      // how the signer is known, "陈静 (chenjing)"
    QDate today;         // a release is effective today or later
    // The reviewers' signatures of the round being approved, with their comments: what the
    // approver reads before signing. Empty for reviewers and releases.
    struct Review {
        QString reviewer;  // "陈静 (chenjing)"
        QDateTime signedAt; // UTC
        QString comment;
    };
    QList<Review> reviews;
    // A withdrawal: the controlled copies still out, which must be recalled afterwards.
    QList<ControlledCopy> copiesOut;
};

// Asks for the password that makes an electronic signature, after showing exactly what is
// signed: document, revision, content SHA-256, the meaning in both languages and the signer,
// with "View changes" against the effective revision; an approver also sees what each reviewer
// of the round signed and commented. A release also asks for the effective date; a withdrawal
// a required reason and lists the controlled copies to recall; the others take an optional
// comment. A wrong password (or any refusal of core) is
// shown inline and the dialog stays open.
class SignDialog final : public ActionDialog {
    Q_OBJECT
public:
    explicit SignDialog(const SignRequest &request, QWidget *parent = nullptr);

    // Offers "View changes": the diff from `before` (titled e.g. "A/0 (effective)") to `after`.
    // Without it the button is disabled and says there is nothing to compare with.
    void setComparison(const QString &before, const QString &beforeTitle, const QString &after, const QString &afterTitle);
    // Shows the changes in a dialog of their own (through Modal::exec).
    void showChanges();

    const SignRequest &request() const { return m_request; }
    QString password() const;
    QString comment() const; // the reason of a withdrawal
    QDate effectiveDate() const; // releases only; null otherwise

protected:
    QString validate() const override;
    void commitFailed(const Error &error) override;

private:
    SignRequest m_request;
    QLineEdit *m_password = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QDateEdit *m_effective = nullptr;
    QPushButton *m_viewChanges = nullptr;
    QLabel *m_noComparison = nullptr;
    QString m_before, m_beforeTitle, m_after, m_afterTitle;
};

} // namespace dc
