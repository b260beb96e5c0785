#include "ui/admin/numberingtab.h"

#include "ui/admin/adminsupport.h"

#include "core/model/numberpattern.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/services/settingsservice.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dc {

namespace {

enum Column { TypeColumn, PatternColumn, NextColumn };
constexpr int kSavedRole = Qt::UserRole + 1; // the pattern the store holds

} // namespace

NumberingTab::NumberingTab(Session &session, const User &actor, QWidget *parent)
    : QWidget(parent), m_session(session), m_actor(actor)
{
    setObjectName(QStringLiteral("numberingTab"));
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(tr("Placeholders: {prefix} (the store's prefix), {seq} or {seq:N} (zero-padded to N digits), "
                               "{year}, {yy}; {seq:N,yearly} restarts the sequence every year. "
                               "Letters, digits and - _ . / are copied as they are."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("numberingTable"));
    m_table->setHorizontalHeaderLabels({tr("Document type"), tr("Pattern"), tr("Next number")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PatternColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NextColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("numberingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_save = new QPushButton(tr("&Save Patterns"), this);
    m_save->setObjectName(QStringLiteral("numberingSave"));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &NumberingTab::save);
    connect(m_table, &QTableWidget::cellChanged, this, &NumberingTab::patternEdited);

    // The core's rule (SettingsService::setNumberPattern), said for this screen.
    const Status allowed = AdminSupport::mayChangeSettings(
        m_session, m_actor, tr("Only document controllers (文控) and administrators change numbering patterns."));
    AdminSupport::explainReadOnly(this, layout, allowed, "numberingReadOnly", {m_save});
    if (!allowed) {
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setToolTip(allowed.message());
    } else {
        m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    }
    reload();
}

void NumberingTab::reload()
{
    m_filling = true;
    SettingsService &settings = m_session.settings();
    const QStringList keys = documentTypeKeys();
    m_table->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const DocumentType type = *documentTypeFromKey(keys.at(row));
        auto *typeItem = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(displayName(type), keys.at(row)));
        typeItem->setData(Qt::UserRole, keys.at(row));
        typeItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, TypeColumn, typeItem);
        const QString pattern = settings.numberPattern(type).text();
        auto *patternItem = new QTableWidgetItem(pattern);
        patternItem->setData(kSavedRole, pattern);
        m_table->setItem(row, PatternColumn, patternItem);
        auto *nextItem = new QTableWidgetItem;
        nextItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, NextColumn, nextItem);
    }
    m_filling = false;
    for (int row = 0; row < m_table->rowCount(); ++row)
        patternEdited(row, PatternColumn);
}

void NumberingTab::patternEdited(int row, int column)
{
    if (m_filling || column != PatternColumn)
        return;
    QTableWidgetItem *patternItem = m_table->item(row, PatternColumn);
    QTableWidgetItem *nextItem = m_table->item(row, NextColumn);
    const DocumentType type = *documentTypeFromKey(m_table->item(row, TypeColumn)->data(Qt::UserRole).toString());
    const QString text = patternItem->text().trimmed();
    QString shown;
    QString tip;
    bool bad = false;
    if (text == patternItem->data(kSavedRole).toString()) {
        auto next = m_session.documents().nextNumber(type);
        shown = next ? next.value() : next.message();
        bad = !next;
    } else if (auto parsed = NumberPattern::parse(text); parsed) {
        const int year = m_session.clock().nowUtc().date().year();
        shown = tr("%1 (example, not saved yet)").arg(parsed->format(m_session.settings().numberPrefix(), 1, year));
    } else {
        shown = parsed.message();
        bad = true;
    }
    tip = shown;
    const QSignalBlocker blocker(m_table);
    nextItem->setText(shown);
    nextItem->setToolTip(tip);
    nextItem->setForeground(bad ? QColor(0xb0, 0x00, 0x20) : m_table->palette().color(QPalette::Text));
}

bool NumberingTab::save()
{
    showError({});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *patternItem = m_table->item(row, PatternColumn);
        const QString text = patternItem->text().trimmed();
        if (text == patternItem->data(kSavedRole).toString())
            continue;
        const QString key = m_table->item(row, TypeColumn)->data(Qt::UserRole).toString();
        // The core checks the role and the pattern; a refusal changes nothing.
        if (const Status done = m_session.settings().setNumberPattern(m_actor, *documentTypeFromKey(key), text); !done) {
            m_table->setCurrentCell(row, PatternColumn);
            showError(tr("%1: %2").arg(m_table->item(row, TypeColumn)->text(), done.message()));
            return false;
        }
        const QSignalBlocker blocker(m_table);
        patternItem->setText(text);
        patternItem->setData(kSavedRole, text);
    }
    reload();
    return true;
}

void NumberingTab::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace dc
