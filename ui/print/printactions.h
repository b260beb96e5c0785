#pragma once

#include "core/model/user.h"
#include "core/model/result.h"

#include <QObject>

class QAction;
class QWidget;

namespace dc {

class Session;

// The window's Print… (Ctrl+P) and Export PDF… (Ctrl+E) actions for the revision shown.
// Both are disabled while no revision is set, the user may not read it or the store is open
// read-only (the tool tip says why). Triggering one runs PrintFlow over `dialogParent`; what it recorded is announced with
// documentChanged(), what stopped it with failed().
class PrintActions final : public QObject {
    Q_OBJECT
public:
    PrintActions(Session &session, const User &actor, QWidget *dialogParent);

    QAction *printAction() const { return m_print; }
    QAction *exportAction() const { return m_export; }

    // The revision the actions apply to: `label` of `number`, or with an empty label the
    // effective revision, else the latest. An empty number disables both actions.
    void setRevision(const QString &number, const QString &label = {});
    QString number() const { return m_number; }
    QString label() const { return m_label; }

    // What the actions do.
    void print();
    void exportPdf();

Q_SIGNALS:
    // A print or an export of `number` was recorded (and maybe a controlled copy issued);
    // `message` says what, for the status bar.
    void documentChanged(const QString &number, const QString &message);
    void failed(const QString &message);
    // An export wrote the file at `path` (after documentChanged()).
    void exported(const QString &path);

private:
    void announce(const QString &number, const Result<QString> &outcome);

    Session &m_session;
    User m_actor;
    QWidget *m_parent;
    QAction *m_print = nullptr;
    QAction *m_export = nullptr;
    QString m_number;
    QString m_label;
};

} // namespace dc
