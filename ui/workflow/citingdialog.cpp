#include "ui/workflow/citingdialog.h"

#include "core/services/documentservice.h"
#include "core/services/session.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dc {

CitingDialog::CitingDialog(Session &session, const User &actor, Mode mode, const QString &cited, const QList<LinkedDocument> &citing, QWidget *parent)
    : ActionDialog(parent), m_session(session), m_actor(actor), m_mode(mode), m_cited(cited)
{
    setObjectName(QStringLiteral("citingDialog"));
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("citingHeading"));
    heading->setWordWrap(true);
    body()->addWidget(heading);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("citingList"));
    body()->addWidget(m_list, 1);
    for (const LinkedDocument &d : citing) {
        auto *item = new QListWidgetItem(d.number + QStringLiteral("  ") + d.title + QStringLiteral("  (") + displayName(d.status) + QLatin1Char(')'), m_list);
        item->setData(Qt::UserRole, d.number);
        if (mode == Mode::StartReview) {
            const bool startable = d.status == RevisionStatus::Effective;
            item->setFlags(startable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable);
            item->setCheckState(startable ? Qt::Checked : Qt::Unchecked);
            if (!startable)
                item->setToolTip(tr("A revision of %1 is already in progress; review it there.").arg(d.number));
        }
    }
    if (mode == Mode::Confirm) {
        setWindowTitle(tr("Withdraw %1?").arg(cited));
        heading->setText(tr("%1 is cited by these documents in use. Once it is withdrawn they refer to an obsolete document: "
                            "withdraw it only if they will be reviewed (you are offered to start that next).").arg(cited));
        okButton()->setText(tr("Withdraw Anyway"));
    } else {
        setWindowTitle(tr("Documents citing %1").arg(cited));
        heading->setText(tr("These documents cite %1 and may have to change with it. Start their review? Each checked one gets a new draft "
                            "revision with its present text, for its owner to revise or submit.").arg(cited));
        okButton()->setText(tr("Start Review"));
        connect(m_list, &QListWidget::itemChanged, this, &CitingDialog::updateOk);
        setCommit([this]() { return startReviews(); });
    }
    updateOk();
    setMinimumSize(520, 320);
}

QStringList CitingDialog::checked() const
{
    QStringList numbers;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            numbers << item->data(Qt::UserRole).toString();
    }
    return numbers;
}

QString CitingDialog::validate() const
{
    if (m_mode == Mode::StartReview && checked().isEmpty())
        return tr("Check the documents to review.");
    return {};
}

Status CitingDialog::startReviews()
{
    DocumentService &documents = m_session.documents();
    for (const QString &number : checked()) {
        if (m_started.contains(number))
            continue; // started before an earlier attempt failed
        auto shown = documents.show(m_actor, number);
        if (!shown)
            return shown.error();
        const QString summary = tr("Review after %1 changed").arg(m_cited);
        if (auto started = documents.editDraft(m_actor, number, shown->revision.content, summary); !started)
            return started.error();
        m_started << number;
    }
    return {};
}

} // namespace dc
