#include "ui/admin/administrationdialog.h"

#include "core/services/session.h"
#include "core/workflow/permissions.h"
#include "ui/admin/numberingtab.h"
#include "ui/admin/printingtab.h"
#include "ui/admin/routestab.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dc {

AdministrationDialog::AdministrationDialog(Session &session, const User &actor, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("administrationDialog"));
    setWindowTitle(tr("Administration"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    m_numbering = new NumberingTab(session, actor, m_tabs);
    m_routes = new RoutesTab(session, actor, m_tabs);
    m_tabs->addTab(m_numbering, tr("&Numbering"));
    m_printing = new PrintingTab(session, actor, m_tabs);
    m_tabs->addTab(m_routes, tr("Default &Routes"));
    m_tabs->addTab(m_printing, tr("&Printed Pages"));
    if (const Status allowed = Permissions::mayRegisterDocument(actor); !allowed) {
        for (int i = 0; i < m_tabs->count(); ++i)
            m_tabs->setTabToolTip(i, tr("Only document controllers (文控) and administrators change these; you may look."));
    }
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("administrationButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(800, 600);
}

} // namespace dc
