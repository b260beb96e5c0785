#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace dc {

// Asks for the size of a new table: rows (the first is the header) × columns.
class InsertTableDialog final : public QDialog {
    Q_OBJECT
public:
    explicit InsertTableDialog(QWidget *parent = nullptr);

    int rows() const;
    int columns() const;

private:
    QSpinBox *m_rows = nullptr;
    QSpinBox *m_columns = nullptr;
};

// Asks for a link's text and address. A new link needs an address; clearing the address of
// an existing link removes the link.
class LinkDialog final : public QDialog {
    Q_OBJECT
public:
    LinkDialog(const QString &text, const QString &url, QWidget *parent = nullptr);

    QString text() const;
    QString url() const;

private:
    QLineEdit *m_text = nullptr;
    QLineEdit *m_url = nullptr;
};

} // namespace dc
