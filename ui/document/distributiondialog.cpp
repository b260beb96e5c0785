#include "ui/document/distributiondialog.h"

#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/services/userservice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace dc {

namespace {

DistributionList minus(const DistributionList &a, const DistributionList &b)
{
    DistributionList left;
    for (const DistributionMember &m : a) {
        if (!b.contains(m))
            left << m;
    }
    return left;
}

} // namespace

QString distributionText(const DistributionMember &m, const QHash<QString, QString> &userNames)
{
    if (m.kind == DistributionMember::Kind::Department)
        return QCoreApplication::translate("dc::DistributionDialog", "Department: %1").arg(m.name);
    const QString shown = userNames.value(m.name);
    return shown.isEmpty() || shown == m.name ? m.name : QStringLiteral("%1 (%2)").arg(shown, m.name);
}

DistributionDialog::DistributionDialog(Session &session, const User &actor, const QString &number, const DistributionList &members, QWidget *parent)
    : ActionDialog(parent), m_session(session), m_actor(actor), m_number(number), m_before(members), m_members(members)
{
    setObjectName(QStringLiteral("distributionDialog"));
    setWindowTitle(tr("Distribution of %1").arg(number));
    sortDistribution(m_members);

    // Every active user, then every department some user belongs to.
    QStringList departments;
    if (auto users = m_session.users().users()) {
        for (const User &u : users.value()) {
            m_userNames.insert(u.name, u.displayName);
            if (!u.active)
                continue;
            m_candidates << DistributionMember{DistributionMember::Kind::User, u.name};
            if (!u.department.isEmpty() && !departments.contains(u.department))
                departments << u.department;
        }
    }
    departments.sort();
    for (const QString &d : departments)
        m_candidates << DistributionMember{DistributionMember::Kind::Department, d};
    sortDistribution(m_candidates);

    auto *intro = new QLabel(tr("Who must receive %1: each user named, and every user of each department. Everyone on the list may see the "
                                "document whatever their clearance; releasing a revision of a type that asks for it asks them to acknowledge it.")
                                 .arg(number),
                             this);
    intro->setWordWrap(true);
    body()->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("distributionList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 10);
    body()->addWidget(m_list, 1);

    auto *row = new QHBoxLayout;
    m_candidate = new QComboBox(this);
    m_candidate->setObjectName(QStringLiteral("distributionCandidate"));
    m_candidate->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_candidate->setMinimumContentsLength(24);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("distributionAdd"));
    m_add->setAutoDefault(false);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("distributionRemove"));
    m_remove->setAutoDefault(false);
    row->addWidget(m_candidate, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    body()->addLayout(row);
    okButton()->setText(tr("Save Distribution"));

    connect(m_add, &QPushButton::clicked, this, [this] { addCandidate(m_candidate->currentIndex()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QListWidgetItem *item : m_list->selectedItems())
            rows << m_list->row(item);
        std::sort(rows.rbegin(), rows.rend());
        for (int r : rows)
            removeRow(r);
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    setCommit([this]() -> Status { return Status::from(m_session.documents().changeDistribution(m_actor, m_number, added(), removed())); });
    fill();
    setMinimumSize(520, 440);
}

void DistributionDialog::fill()
{
    m_list->clear();
    for (const DistributionMember &m : m_members) {
        auto *item = new QListWidgetItem(distributionText(m, m_userNames), m_list);
        item->setData(Qt::UserRole, m.key());
    }
    m_candidate->clear();
    for (const DistributionMember &m : m_candidates) {
        if (!m_members.contains(m))
            m_candidate->addItem(distributionText(m, m_userNames), m.key());
    }
    m_add->setEnabled(m_candidate->count() > 0);
    m_remove->setEnabled(false);
    updateOk();
}

bool DistributionDialog::addCandidate(int index)
{
    const QString key = m_candidate->itemData(index).toString();
    for (const DistributionMember &m : m_candidates) {
        if (m.key() == key && !m_members.contains(m)) {
            m_members << m;
            sortDistribution(m_members);
            fill();
            return true;
        }
    }
    return false;
}

void DistributionDialog::removeRow(int row)
{
    if (row < 0 || row >= m_members.size())
        return;
    m_members.removeAt(row);
    fill();
}

DistributionList DistributionDialog::added() const
{
    return minus(m_members, m_before);
}

DistributionList DistributionDialog::removed() const
{
    return minus(m_before, m_members);
}

QString DistributionDialog::validate() const
{
    if (added().isEmpty() && removed().isEmpty())
        return tr("Nothing has changed yet.");
    return {};
}

} // namespace dc
