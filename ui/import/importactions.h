#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace dc {

class MainWindow;

// The main window's way in to importing: File ▸ Import… (Ctrl+I) and files dropped on the
// window. Both open the ImportDialog (a dropped file prefilled and recognised); one file at a
// time, and only .docx/.odt/.md/.html/.pdf: anything else is refused with a message. After an
// import the document is selected in the register and shown. Object names: actionImport;
// importDropRefused (the refusal's message box).
class ImportActions final : public QObject {
    Q_OBJECT
public:
    // Adds the action to `menu` and watches `window` for dropped files.
    ImportActions(MainWindow &window, QMenu *menu);

    QAction *action() const { return m_action; }
    // Opens the Import dialog, with `path` chosen when given. Refused (a message in the status
    // bar, no dialog) when the user may import nothing here.
    void openDialog(const QString &path = {});

    // Whether a dropped file of this name is one the dialog takes.
    static bool isImportable(const QString &path);

Q_SIGNALS:
    // A document was imported: `number` is to be shown, `message` said in the status bar.
    void imported(const QString &number, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refuseDrop(const QString &message);

    MainWindow &m_window;
    QAction *m_action = nullptr;
};

} // namespace dc
