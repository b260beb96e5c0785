#include "ui/workflow/routedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dc {

namespace {

QString shown(const User &u)
{
    QString text = u.displayName.isEmpty() ? u.name : RouteDialog::tr("%1 (%2)").arg(u.displayName, u.name);
    if (!u.department.isEmpty())
        text += QStringLiteral(" · ") + u.department;
    return text;
}

} // namespace

RouteDialog::RouteDialog(const QString &heading, const QList<User> &users, const QString &author, const Route &defaults, QWidget *parent)
    : ActionDialog(parent)
{
    setObjectName(QStringLiteral("routeDialog"));
    setWindowTitle(tr("Submit for Review"));
    auto *title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("routeHeading"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    body()->addWidget(title);

    auto *reviewersLabel = new QLabel(tr("&Reviewers (the author of the revision cannot review it):"), this);
    body()->addWidget(reviewersLabel);
    auto *row = new QHBoxLayout;
    m_reviewers = new QListWidget(this);
    m_reviewers->setObjectName(QStringLiteral("reviewerList"));
    reviewersLabel->setBuddy(m_reviewers);
    // The default route's reviewers first, in its order; then the others.
    QList<User> candidates;
    for (const QString &name : defaults.reviewers) {
        for (const User &u : users) {
            if (u.name == name)
                candidates << u;
        }
    }
    for (const User &u : users) {
        if (!defaults.reviewers.contains(u.name))
            candidates << u;
    }
    for (const User &u : std::as_const(candidates)) {
        if (!u.active || !u.has(Role::Reviewer) || u.name == author)
            continue;
        auto *item = new QListWidgetItem(shown(u), m_reviewers);
        item->setData(Qt::UserRole, u.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(defaults.reviewers.contains(u.name) ? Qt::Checked : Qt::Unchecked);
    }
    row->addWidget(m_reviewers, 1);
    auto *buttons = new QVBoxLayout;
    m_up = new QPushButton(tr("Move &Up"), this);
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down = new QPushButton(tr("Move &Down"), this);
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    row->addLayout(buttons);
    body()->addLayout(row, 1);

    m_sequential = new QCheckBox(tr("Reviewers sign &in the order listed"), this);
    m_sequential->setObjectName(QStringLiteral("sequentialCheck"));
    m_sequential->setChecked(defaults.sequential);
    body()->addWidget(m_sequential);

    auto *form = new QFormLayout;
    m_approver = new QComboBox(this);
    m_approver->setObjectName(QStringLiteral("approverCombo"));
    m_approver->addItem(tr("Choose the approver"), QString());
    for (const User &u : users) {
        if (u.active && u.has(Role::Approver) && u.name != author)
            m_approver->addItem(shown(u), u.name);
    }
    m_approver->setCurrentIndex(std::max(0, m_approver->findData(defaults.approver)));
    form->addRow(tr("&Approver:"), m_approver);
    body()->addLayout(form);

    okButton()->setText(tr("Submit"));
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_reviewers, &QListWidget::itemChanged, this, &RouteDialog::updateOk);
    connect(m_approver, &QComboBox::currentIndexChanged, this, &RouteDialog::updateOk);
    updateOk();
    resize(520, 420);
}

void RouteDialog::move(int by)
{
    const int row = m_reviewers->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_reviewers->count())
        return;
    QListWidgetItem *item = m_reviewers->takeItem(row);
    m_reviewers->insertItem(to, item);
    m_reviewers->setCurrentRow(to);
}

Route RouteDialog::route() const
{
    Route r;
    for (int i = 0; i < m_reviewers->count(); ++i) {
        const QListWidgetItem *item = m_reviewers->item(i);
        if (item->checkState() == Qt::Checked)
            r.reviewers << item->data(Qt::UserRole).toString();
    }
    r.approver = m_approver->currentData().toString();
    r.sequential = m_sequential->isChecked();
    return r;
}

bool RouteDialog::setReviewerChecked(const QString &name, bool checked)
{
    for (int i = 0; i < m_reviewers->count(); ++i) {
        QListWidgetItem *item = m_reviewers->item(i);
        if (item->data(Qt::UserRole).toString() == name) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

bool RouteDialog::setApprover(const QString &name)
{
    const int index = m_approver->findData(name);
    if (index <= 0)
        return false;
    m_approver->setCurrentIndex(index);
    return true;
}

QString RouteDialog::validate() const
{
    const Route r = route();
    if (r.reviewers.isEmpty())
        return tr("Check at least one reviewer.");
    if (r.approver.isEmpty())
        return tr("Choose the approver.");
    if (r.reviewers.contains(r.approver))
        return tr("%1 cannot both review and approve the same revision.").arg(r.approver);
    return {};
}

} // namespace dc
