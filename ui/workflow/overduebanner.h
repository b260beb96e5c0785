#pragma once

#include <QDate>
#include <QFrame>

#include <functional>

class QCheckBox;
class QLabel;

namespace dc {

class TaskModel;

// The reminder shown on sign-in above the main window's content when some of the user's
// tasks are overdue: "3 tasks are overdue: …", a button that opens My tasks, a "Don't remind
// me again today" box (remembered per desk and user in AppSettings) and a close button. It
// does not block anything and stays hidden when nothing is overdue or the user skipped today.
class OverdueBanner final : public QFrame {
    Q_OBJECT
public:
    // Fills itself from `model`'s overdue tasks as of `today`, for `userName`; `openTasks` runs
    // when the user chooses "Open My Tasks".
    OverdueBanner(const TaskModel &model, QDate today, const QString &userName, std::function<void()> openTasks, QWidget *parent = nullptr);

    // Whether there is something to remind of (the banner shows itself then).
    bool reminds() const { return m_reminds; }
    // Whether `userName` asked on this desk not to be reminded again on `today`.
    static bool skippedToday(const QString &userName, QDate today);

    // `content` under a banner for `model`'s overdue tasks: what the main window sets as its
    // central widget.
    static QWidget *around(QWidget *content, const TaskModel &model, QDate today, const QString &userName, std::function<void()> openTasks);

private:
    void dismiss();

    QLabel *m_text = nullptr;
    QCheckBox *m_skipToday = nullptr;
    QString m_userName;
    QDate m_today;
    bool m_reminds = false;
};

} // namespace dc
