#include "ui/admin/printingtab.h"

#include "ui/admin/adminsupport.h"

#include "core/services/session.h"
#include "core/services/settingsservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dc {

PrintingTab::PrintingTab(Session &session, const User &actor, QWidget *parent) : QWidget(parent), m_session(session), m_actor(actor)
{
    setObjectName(QStringLiteral("printingTab"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_labels = new QComboBox(this);
    m_labels->setObjectName(QStringLiteral("labelLanguage"));
    m_labels->addItem(tr("Chinese and English (受控文件 Controlled Copy)"), QStringLiteral("bilingual"));
    m_labels->addItem(tr("Chinese only (受控文件)"), QStringLiteral("zh"));
    m_labels->setCurrentIndex(std::max(0, m_labels->findData(m_session.settings().labelLanguage())));
    form->addRow(tr("&Labels on printed pages:"), m_labels);
    auto *note = new QLabel(tr("Stamps, running headers and footers, the manual's cover and the signature tables use these labels. "
                               "Pages already exported keep the labels they were made with."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addLayout(form);
    layout->addWidget(note);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("printingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_save = new QPushButton(tr("&Save Labels"), this);
    m_save->setObjectName(QStringLiteral("printingSave"));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &PrintingTab::save);

    // The core's rule (SettingsService::setLabelLanguage), said for this screen.
    const Status allowed = AdminSupport::mayChangeSettings(
        m_session, m_actor, tr("Only document controllers (文控) and administrators change the labels of printed pages."));
    AdminSupport::explainReadOnly(this, layout, allowed, "printingReadOnly", {m_labels, m_save});
}

bool PrintingTab::save()
{
    showError({});
    const QString chosen = m_labels->currentData().toString();
    if (chosen == m_session.settings().labelLanguage())
        return true;
    if (const Status done = m_session.settings().setLabelLanguage(m_actor, chosen); !done) {
        showError(done.message());
        return false;
    }
    return true;
}

void PrintingTab::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace dc
