#include "ui/acknowledgements/acknowledgementsview.h"

#include "core/services/acknowledgements.h"
#include "core/services/session.h"
#include "core/services/userservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

namespace dc {

namespace {

enum Column { WhoColumn, NameColumn, ReleasedColumn, DaysColumn, AcknowledgedColumn, ColumnCount };

const QColor kOverdue(0xb0, 0x00, 0x20);
constexpr int kOverdueDays = 14; // outstanding longer than this shows in red

QList<QStandardItem *> makeRow(const QStringList &texts, const QString &number)
{
    QList<QStandardItem *> row;
    for (const QString &text : texts) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        item->setData(number, AcknowledgementsView::DocumentNumberRole);
        row << item;
    }
    return row;
}

QString day(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace

AcknowledgementsView::AcknowledgementsView(Session &session, const User &actor, QWidget *parent)
    : QDialog(parent), m_session(session), m_actor(actor)
{
    setObjectName(QStringLiteral("acknowledgementsView"));
    setWindowTitle(tr("Acknowledgements"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *documentLabel = new QLabel(tr("&Document:"), this);
    m_document = new QLineEdit(this);
    m_document->setObjectName(QStringLiteral("acknowledgementsDocument"));
    m_document->setPlaceholderText(tr("All documents"));
    m_document->setClearButtonEnabled(true);
    documentLabel->setBuddy(m_document);
    auto *departmentLabel = new QLabel(tr("De&partment:"), this);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("acknowledgementsDepartment"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    departmentLabel->setBuddy(m_department);
    m_all = new QCheckBox(tr("Include &acknowledged"), this);
    m_all->setObjectName(QStringLiteral("acknowledgementsAll"));
    m_all->setToolTip(tr("List the requests already acknowledged too, with their date"));
    m_csv = new QPushButton(tr("Export &CSV…"), this);
    m_csv->setObjectName(QStringLiteral("acknowledgementsExportCsv"));
    m_csv->setAutoDefault(false);
    m_pdf = new QPushButton(tr("Export P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("acknowledgementsExportPdf"));
    m_pdf->setAutoDefault(false);
    bar->addWidget(documentLabel);
    bar->addWidget(m_document, 1);
    bar->addWidget(departmentLabel);
    bar->addWidget(m_department);
    bar->addWidget(m_all);
    bar->addStretch();
    bar->addWidget(m_csv);
    bar->addWidget(m_pdf);
    layout->addLayout(bar);

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("Document / department / user"), tr("Name"), tr("Released"), tr("Days outstanding"), tr("Acknowledged")});
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("acknowledgementsTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(WhoColumn, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("acknowledgementsSummary"));
    m_summary->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("acknowledgementsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);

    m_chooseFile = [this](const QString &suggested, bool pdf) {
        return QFileDialog::getSaveFileName(this, tr("Export the Acknowledgements Report"), suggested,
                                            pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    };
    fillDepartments();
    connect(m_document, &QLineEdit::editingFinished, this, &AcknowledgementsView::reload);
    connect(m_department, &QComboBox::currentIndexChanged, this, &AcknowledgementsView::reload);
    connect(m_all, &QCheckBox::toggled, this, &AcknowledgementsView::reload);
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    connect(m_tree, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString number = index.data(DocumentNumberRole).toString();
        if (!number.isEmpty())
            Q_EMIT documentActivated(number);
    });
    connect(&m_session, &Session::registerChanged, this, &AcknowledgementsView::reload);
    connect(&m_session, &Session::documentChanged, this, &AcknowledgementsView::reload);
    resize(960, 600);
    reload();
}

void AcknowledgementsView::fillDepartments()
{
    m_department->addItem(tr("All departments"), QString());
    QStringList departments;
    if (auto users = m_session.users().users()) {
        for (const User &u : users.value()) {
            if (!u.department.isEmpty() && !departments.contains(u.department))
                departments << u.department;
        }
    }
    departments.sort();
    for (const QString &d : departments)
        m_department->addItem(d, d);
}

AcknowledgementFilter AcknowledgementsView::filter() const
{
    AcknowledgementFilter f;
    f.number = m_document->text().trimmed();
    f.department = m_department->currentData().toString();
    f.outstandingOnly = !m_all->isChecked();
    return f;
}

void AcknowledgementsView::setDocument(const QString &number)
{
    m_document->setText(number);
    reload();
}

void AcknowledgementsView::setDepartment(const QString &department)
{
    m_department->setCurrentIndex(std::max(0, m_department->findData(department)));
}

void AcknowledgementsView::setIncludeAcknowledged(bool all)
{
    m_all->setChecked(all);
}

QString AcknowledgementsView::summary() const
{
    return m_summary->text();
}

void AcknowledgementsView::reload()
{
    auto rows = m_session.acknowledgements().report(m_actor, filter());
    m_model->removeRows(0, m_model->rowCount());
    if (!rows) {
        m_summary->clear();
        showMessage(rows.message(), true);
        return;
    }
    fill(rows.value());
}

void AcknowledgementsView::fill(const QList<Acknowledgement> &rows)
{
    const QDateTime now = m_session.clock().nowUtc();
    // The rows come by document, department and user: a new parent whenever those change.
    QStandardItem *document = nullptr;
    QStandardItem *department = nullptr;
    QString documentKey, departmentKey;
    QHash<QStandardItem *, int> outstanding; // per document and department row
    for (const Acknowledgement &a : rows) {
        const QString key = a.number + QLatin1Char(' ') + a.label;
        if (!document || key != documentKey) {
            QList<QStandardItem *> row = makeRow({key + QStringLiteral("  ") + a.title, QString(), day(a.requestedAt), QString(), QString()}, a.number);
            QFont bold = row.first()->font();
            bold.setBold(true);
            row.first()->setFont(bold);
            row.first()->setToolTip(tr("Double-click to open %1").arg(a.number));
            m_model->appendRow(row);
            document = row.first();
            documentKey = key;
            department = nullptr;
        }
        if (!department || a.department != departmentKey) {
            QList<QStandardItem *> row = makeRow({a.department.isEmpty() ? tr("(no department)") : a.department, QString(), QString(), QString(), QString()}, a.number);
            document->appendRow(row);
            department = row.first();
            departmentKey = a.department;
        }
        const int days = a.days(now);
        QList<QStandardItem *> row = makeRow({a.user, a.userDisplayName, day(a.requestedAt), a.outstanding() ? tr("%n day(s)", nullptr, days) : QString(),
                                              day(a.acknowledgedAt)},
                                             a.number);
        for (QStandardItem *item : row)
            item->setData(a.user, UserRole);
        if (a.outstanding() && days > kOverdueDays)
            row.at(DaysColumn)->setForeground(kOverdue);
        department->appendRow(row);
        if (a.outstanding()) {
            ++outstanding[document];
            ++outstanding[department];
        }
    }
    for (int d = 0; d < m_model->rowCount(); ++d) {
        QStandardItem *doc = m_model->item(d, WhoColumn);
        m_model->item(d, DaysColumn)->setText(tr("%n outstanding", nullptr, outstanding.value(doc)));
        for (int p = 0; p < doc->rowCount(); ++p)
            doc->child(p, DaysColumn)->setText(tr("%n outstanding", nullptr, outstanding.value(doc->child(p, WhoColumn))));
    }
    m_tree->expandAll();
    for (int c : {NameColumn, ReleasedColumn, DaysColumn, AcknowledgedColumn})
        m_tree->resizeColumnToContents(c);

    QStringList perDepartment;
    for (const auto &[name, count] : AcknowledgementService::outstandingPerDepartment(rows))
        perDepartment << tr("%1: %n outstanding", nullptr, count).arg(name.isEmpty() ? tr("(no department)") : name);
    m_summary->setText(perDepartment.isEmpty() ? tr("No acknowledgement is outstanding.") : perDepartment.join(QStringLiteral(" · ")));
    m_csv->setEnabled(!rows.isEmpty());
    m_pdf->setEnabled(!rows.isEmpty());
}

Status AcknowledgementsView::exportTo(const QString &path, bool pdf)
{
    AcknowledgementService &service = m_session.acknowledgements();
    const Status written = pdf ? service.writePdf(m_actor, filter(), path) : service.writeCsv(m_actor, filter(), path);
    showMessage(written ? tr("Wrote %1.").arg(QDir::toNativeSeparators(path)) : written.message(), !written);
    return written;
}

void AcknowledgementsView::chooseAndExport(bool pdf)
{
    const QString name = pdf ? QStringLiteral("acknowledgements.pdf") : QStringLiteral("acknowledgements.csv");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_chooseFile(folder.isEmpty() ? name : QDir(folder).filePath(name), pdf);
    if (path.isEmpty())
        return;
    (void)exportTo(path, pdf);
}

void AcknowledgementsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace dc
