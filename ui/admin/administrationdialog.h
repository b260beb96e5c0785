#pragma once

#include "core/model/user.h"

#include <QDialog>

class QTabWidget;

namespace dc {

class NumberingTab;
class PrintingTab;
class RoutesTab;
class Session;

// Tools ▸ Administration…: the store-wide settings the command line changes with `numbering
// set`, `route set` and `labels set`, one tab each. Everyone may look; only those the core lets change them
// (controllers and administrators) find the controls enabled, the others see why in a tooltip.
class AdministrationDialog final : public QDialog {
    Q_OBJECT
public:
    AdministrationDialog(Session &session, const User &actor, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    NumberingTab *numbering() const { return m_numbering; }
    RoutesTab *routes() const { return m_routes; }
    PrintingTab *printing() const { return m_printing; }

private:
    QTabWidget *m_tabs = nullptr;
    NumberingTab *m_numbering = nullptr;
    RoutesTab *m_routes = nullptr;
    PrintingTab *m_printing = nullptr;
};

} // namespace dc
