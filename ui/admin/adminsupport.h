#pragma once

#include "core/model/result.h"
#include "core/model/user.h"
#include "core/services/background.h"

#include <QMessageBox>
#include <QString>

#include <initializer_list>
#include <utility>

class QBoxLayout;
class QWidget;

namespace dc {
class Session;
}

namespace dc::AdminSupport {

// The folder the last backup, restore or bundle file was in (Documents at first).
QString lastFolder();
// Remembers the folder of `file` for the next one.
void rememberFolder(const QString &file);

// A message box through Modal (tests answer it by `objectName`); returns the button clicked.
QMessageBox::StandardButton tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                 const char *objectName, QMessageBox::StandardButtons buttons = QMessageBox::Ok);

// Whether `actor` may change the store-wide settings an Administration tab shows (the core's
// rule: controllers and administrators, on a writable store); if not, why, with `denied` saying
// it for that tab.
Status mayChangeSettings(const Session &session, const User &actor, const QString &denied);
// When `allowed` refuses: a label named `objectName` at the top of `layout` says why in words,
// and `controls` are disabled with the reason as their tooltip. Nothing when it allows.
void explainReadOnly(QWidget *tab, QBoxLayout *layout, const Status &allowed, const char *objectName, std::initializer_list<QWidget *> controls);

// A busy indicator over `parent` while it lives (objectName adminBusy).
class BusyIndicator final {
public:
    BusyIndicator(QWidget *parent, const QString &label);
    ~BusyIndicator();
    Q_DISABLE_COPY_MOVE(BusyIndicator)

private:
    QWidget *m_dialog = nullptr;
};

// Runs `work` off the GUI thread (Background::runAndWait) with a busy indicator meanwhile.
template <typename Work>
auto runBusy(QWidget *parent, const QString &label, Work work)
{
    const BusyIndicator busy(parent, label);
    return Background::runAndWait(std::move(work));
}

} // namespace dc::AdminSupport
