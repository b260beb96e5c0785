#include "ui/admin/routestab.h"

#include "ui/admin/adminsupport.h"

#include "core/services/session.h"
#include "core/services/settingsservice.h"
#include "core/services/userservice.h"
#include "core/services/workflowservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dc {

namespace {

enum Column { TypeColumn, ReviewersColumn, ApproverColumn, OrderColumn };

QString reviewersText(const Route &route)
{
    return route.reviewers.join(route.sequential ? QStringLiteral(" → ") : QStringLiteral(", "));
}

} // namespace

RoutesTab::RoutesTab(Session &session, const User &actor, QWidget *parent)
    : QWidget(parent), m_session(session), m_actor(actor)
{
    setObjectName(QStringLiteral("routesTab"));
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(tr("The route a submission takes when it names no reviewers or approver. "
                               "Whoever wrote or changed a revision can neither review nor approve it, whatever the route says."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("routeTable"));
    m_table->setHorizontalHeaderLabels({tr("Document type"), tr("Reviewers (审核)"), tr("Approver (批准)"), tr("Order")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReviewersColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 3);

    auto *form = new QFormLayout;
    m_reviewers = new QListWidget(this);
    m_reviewers->setObjectName(QStringLiteral("routeReviewers"));
    m_reviewers->setDragDropMode(QAbstractItemView::InternalMove);
    m_reviewers->setToolTip(tr("Tick the reviewers; drag them into the order they sign in when they sign one after another."));
    m_reviewers->setMaximumHeight(96);
    form->addRow(tr("&Reviewers:"), m_reviewers);
    m_approver = new QComboBox(this);
    m_approver->setObjectName(QStringLiteral("routeApprover"));
    form->addRow(tr("&Approver:"), m_approver);
    m_sequential = new QCheckBox(tr("Reviewers sign &one after another, in the order listed (else in parallel)"), this);
    m_sequential->setObjectName(QStringLiteral("routeSequential"));
    form->addRow(QString(), m_sequential);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("routeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_save = new QPushButton(tr("&Save Route"), this);
    m_save->setObjectName(QStringLiteral("routeSave"));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &RoutesTab::save);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow) {
        if (row != previousRow)
            typeSelected();
    });

    // The core's rule (WorkflowService::setDefaultRoute), said for this screen.
    const Status allowed = AdminSupport::mayChangeSettings(
        m_session, m_actor, tr("Only document controllers (文控) and administrators change default routes."));
    AdminSupport::explainReadOnly(this, layout, allowed, "routesReadOnly", {m_reviewers, m_approver, m_sequential, m_save});
    reload();
}

void RoutesTab::reload()
{
    const std::optional<DocumentType> selected = selectedType();
    // The candidates: active users holding the reviewer role, and those holding the approver role.
    m_reviewers->clear();
    m_approver->clear();
    m_approver->addItem(tr("(none)"), QString());
    auto users = m_session.users().users();
    if (!users) {
        showError(users.message());
    } else {
        for (const User &user : users.value()) {
            if (!user.active)
                continue;
            const QString label = user.displayName.isEmpty() ? user.name : QStringLiteral("%1 (%2)").arg(user.displayName, user.name);
            if (user.has(Role::Reviewer)) {
                auto *item = new QListWidgetItem(label, m_reviewers);
                item->setData(Qt::UserRole, user.name);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
                item->setCheckState(Qt::Unchecked);
            }
            if (user.has(Role::Approver))
                m_approver->addItem(label, user.name);
        }
    }
    const QStringList keys = documentTypeKeys();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const DocumentType type = *documentTypeFromKey(keys.at(row));
        const Route route = m_session.settings().defaultRoute(type);
        auto *typeItem = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(displayName(type), keys.at(row)));
        typeItem->setData(Qt::UserRole, keys.at(row));
        m_table->setItem(row, TypeColumn, typeItem);
        m_table->setItem(row, ReviewersColumn, new QTableWidgetItem(route.reviewers.isEmpty() ? tr("(none)") : reviewersText(route)));
        m_table->setItem(row, ApproverColumn, new QTableWidgetItem(route.approver.isEmpty() ? tr("(none)") : route.approver));
        m_table->setItem(row, OrderColumn, new QTableWidgetItem(route.reviewers.size() < 2 ? QString() : route.sequential ? tr("in order") : tr("parallel")));
    }
    if (selected)
        selectType(*selected);
    else
        selectType(DocumentType::Manual);
}

std::optional<DocumentType> RoutesTab::selectedType() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, TypeColumn))
        return std::nullopt;
    return documentTypeFromKey(m_table->item(row, TypeColumn)->data(Qt::UserRole).toString());
}

void RoutesTab::selectType(DocumentType type)
{
    const int row = int(documentTypeKeys().indexOf(toKey(type)));
    m_table->setCurrentCell(row, TypeColumn);
    m_table->selectRow(row);
    typeSelected();
}

void RoutesTab::typeSelected()
{
    showError({});
    const std::optional<DocumentType> type = selectedType();
    if (!type)
        return;
    const Route route = m_session.settings().defaultRoute(*type);
    // The route's reviewers first, in its order, ticked; then the other candidates.
    for (int i = 0; i < m_reviewers->count(); ++i)
        m_reviewers->item(i)->setCheckState(Qt::Unchecked);
    for (qsizetype position = route.reviewers.size() - 1; position >= 0; --position) {
        for (int i = 0; i < m_reviewers->count(); ++i) {
            if (m_reviewers->item(i)->data(Qt::UserRole).toString() == route.reviewers.at(position)) {
                QListWidgetItem *item = m_reviewers->takeItem(i);
                m_reviewers->insertItem(0, item);
                item->setCheckState(Qt::Checked);
                break;
            }
        }
    }
    const int approver = m_approver->findData(route.approver);
    m_approver->setCurrentIndex(std::max(approver, 0));
    m_sequential->setChecked(route.sequential);
}

Route RoutesTab::editedRoute() const
{
    Route route;
    for (int i = 0; i < m_reviewers->count(); ++i) {
        if (m_reviewers->item(i)->checkState() == Qt::Checked)
            route.reviewers << m_reviewers->item(i)->data(Qt::UserRole).toString();
    }
    route.approver = m_approver->currentData().toString();
    route.sequential = m_sequential->isChecked();
    return route;
}

bool RoutesTab::save()
{
    showError({});
    const std::optional<DocumentType> type = selectedType();
    if (!type)
        return false;
    const Route route = editedRoute();
    // As `route set`: both are required.
    if (route.reviewers.isEmpty() || route.approver.isEmpty()) {
        showError(tr("Choose at least one reviewer and the approver."));
        return false;
    }
    if (const Status saved = m_session.workflow().setDefaultRoute(m_actor, *type, route); !saved) {
        showError(saved.message());
        return false;
    }
    reload();
    return true;
}

void RoutesTab::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace dc
