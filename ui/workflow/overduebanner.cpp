#include "ui/workflow/overduebanner.h"

#include "core/services/appsettings.h"
#include "ui/workflow/taskmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace dc {

namespace {
// How many overdue tasks the banner names before "and n more".
constexpr int kNamed = 5;

QString skipMark(const QString &userName, QDate today)
{
    return userName + QLatin1Char(' ') + today.toString(Qt::ISODate);
}
} // namespace

bool OverdueBanner::skippedToday(const QString &userName, QDate today)
{
    return AppSettings::get(AppSettings::overdueReminderSkipped) == skipMark(userName, today);
}

OverdueBanner::OverdueBanner(const TaskModel &model, QDate today, const QString &userName, std::function<void()> openTasks, QWidget *parent)
    : QFrame(parent), m_userName(userName), m_today(today)
{
    setObjectName(QStringLiteral("overdueBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    layout->addWidget(icon, 0, Qt::AlignTop);

    QStringList named;
    int overdue = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Task *t = model.taskAt(row);
        if (!t || !t->overdue)
            continue;
        if (++overdue <= kNamed)
            named << tr("%1 %2 %3 (due %4)").arg(displayName(t->kind), t->number, t->title, t->due.toString(Qt::ISODate));
    }
    QString text = tr("%n task(s) are overdue: ", nullptr, overdue) + named.join(QStringLiteral("; "));
    if (overdue > kNamed)
        text += QLatin1Char(' ') + tr("and %n more", nullptr, overdue - kNamed);
    m_text = new QLabel(text, this);
    m_text->setObjectName(QStringLiteral("overdueReminderText"));
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    auto *column = new QVBoxLayout;
    column->addWidget(m_text);
    m_skipToday = new QCheckBox(tr("Don't remind me again today"), this);
    m_skipToday->setObjectName(QStringLiteral("skipReminderToday"));
    column->addWidget(m_skipToday);
    layout->addLayout(column, 1);

    auto *open = new QPushButton(tr("Open My Tasks"), this);
    open->setObjectName(QStringLiteral("openOverdueTasks"));
    connect(open, &QPushButton::clicked, this, [this, openTasks]() {
        dismiss();
        if (openTasks)
            openTasks();
    });
    layout->addWidget(open, 0, Qt::AlignTop);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeOverdueReminder"));
    connect(close, &QPushButton::clicked, this, &OverdueBanner::dismiss);
    layout->addWidget(close, 0, Qt::AlignTop);

    m_reminds = overdue > 0 && !skippedToday(userName, today);
    setVisible(m_reminds);
}

void OverdueBanner::dismiss()
{
    if (m_skipToday->isChecked())
        AppSettings::set(AppSettings::overdueReminderSkipped, skipMark(m_userName, m_today));
    hide();
}

QWidget *OverdueBanner::around(QWidget *content, const TaskModel &model, QDate today, const QString &userName, std::function<void()> openTasks)
{
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new OverdueBanner(model, today, userName, std::move(openTasks), container));
    layout->addWidget(content, 1);
    return container;
}

} // namespace dc
