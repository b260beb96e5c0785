#pragma once

#include "core/model/documentlink.h"
#include "core/model/user.h"
#include "ui/workflow/actiondialog.h"

class QLineEdit;

namespace dc {

class Session;

// Register Entry… on the Details tab of a document of external origin (document controllers):
// the issuer, their reference and edition, where the original is kept, the day it was last
// checked for a newer edition and the day of the next check (YYYY-MM-DD, empty for none). OK
// records the change (ExternalRegister::setOrigin: one audited change). Object names:
// externalDialog, externalIssuer, externalReference, externalEdition, externalLocation,
// externalChecked, externalNextCheck.
class ExternalDialog final : public ActionDialog {
    Q_OBJECT
public:
    ExternalDialog(Session &session, const User &actor, const QString &number, const ExternalOrigin &origin, QWidget *parent = nullptr);

    // The fields as a change: every field, as typed.
    ExternalOriginChange change() const;

protected:
    QString validate() const override;

private:
    QLineEdit *addField(const char *objectName, const QString &text);

    Session &m_session;
    User m_actor;
    QString m_number;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_edition = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_checked = nullptr;
    QLineEdit *m_nextCheck = nullptr;
};

} // namespace dc
