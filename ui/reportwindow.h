#pragma once

#include <QAction>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

namespace dc {

// The report windows opened from a menu (Clause Coverage…, Acknowledgements…): triggering
// `action` shows the one window `make` creates over `parent`, deleted when closed, or brings the
// open one forward. A document the window activates (its documentActivated signal) is handed to
// `openDocument` and the main window comes forward.
template <typename View>
void openOneAtATime(QAction *action, QWidget *parent, std::function<View *()> make, std::function<void(const QString &number)> openDocument)
{
    auto view = std::make_shared<QPointer<View>>();
    QObject::connect(action, &QAction::triggered, parent, [parent, make, openDocument, view] {
        if (!*view) {
            *view = make();
            (*view)->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(*view, &View::documentActivated, parent, [parent, openDocument](const QString &number) {
                openDocument(number);
                parent->activateWindow();
                parent->raise();
            });
        }
        (*view)->show();
        (*view)->raise();
        (*view)->activateWindow();
    });
}

} // namespace dc
