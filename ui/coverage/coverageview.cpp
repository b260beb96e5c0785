#include "ui/coverage/coverageview.h"

#include "core/model/clausecatalog.h"
#include "core/services/coverage.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/workflow/permissions.h"
#include "ui/coverage/transitiondialog.h"
#include "ui/workflow/modal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

namespace dc {

namespace {

enum Column { NumberColumn, TitleColumn, RequiredColumn, StatusColumn, ColumnCount };

const QColor kGapBackground(0xfd, 0xe2, 0xe1);
const QColor kWithdrawnBackground(0xfd, 0xf1, 0xd6);

QList<QStandardItem *> makeRow(const QStringList &texts)
{
    QList<QStandardItem *> row;
    for (const QString &text : texts) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        row << item;
    }
    return row;
}

void paint(const QList<QStandardItem *> &row, const QColor &background)
{
    for (QStandardItem *item : row)
        item->setBackground(background);
}

QList<QStandardItem *> documentRow(const CoverageDocument &d, const QString &status)
{
    QList<QStandardItem *> row = makeRow({d.number + QLatin1Char(' ') + d.revision, d.title, QString(), status});
    for (QStandardItem *item : row)
        item->setData(d.number, CoverageView::DocumentNumberRole);
    row.first()->setToolTip(QCoreApplication::translate("dc::CoverageView", "Double-click to open %1").arg(d.number));
    return row;
}

} // namespace

CoverageView::CoverageView(Session &session, const User &actor, QWidget *parent)
    : QDialog(parent), m_session(session), m_actor(actor)
{
    setObjectName(QStringLiteral("coverageView"));
    setWindowTitle(tr("Clause Coverage"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Standard:"), this);
    m_standard = new QComboBox(this);
    m_standard->setObjectName(QStringLiteral("coverageStandard"));
    for (const QString &id : ClauseCatalog::ids()) {
        const ClauseCatalog *catalog = ClauseCatalog::builtin(id);
        QString text = catalog ? catalog->standard() : id;
        if (catalog && !catalog->nationalEquivalent().isEmpty())
            text += QStringLiteral(" (%1)").arg(catalog->nationalEquivalent());
        if (catalog && catalog->isWithdrawn())
            text += QLatin1Char(' ') + tr("— withdrawn");
        m_standard->addItem(text, id);
    }
    m_standard->setCurrentIndex(std::max(0, m_standard->findData(QStringLiteral("27001:2022"))));
    label->setBuddy(m_standard);
    m_gapsOnly = new QCheckBox(tr("&Gaps only"), this);
    m_gapsOnly->setObjectName(QStringLiteral("coverageGapsOnly"));
    m_gapsOnly->setToolTip(tr("Show only the clauses that require documented information and have no effective document"));
    m_export = new QPushButton(tr("&Export PDF…"), this);
    m_export->setObjectName(QStringLiteral("coverageExportPdf"));
    m_export->setAutoDefault(false);
    bar->addWidget(label);
    bar->addWidget(m_standard);
    bar->addWidget(m_gapsOnly);
    bar->addStretch();
    m_move = new QPushButton(this);
    m_move->setObjectName(QStringLiteral("coverageMoveMapping"));
    m_move->setAutoDefault(false);
    bar->addWidget(m_move);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("Clause / document"), tr("Title"), tr("Documented information"), tr("Status")});
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("coverageTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false); // the gaps' colour must stand out
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_summary->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("coverageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);

    m_chooseFile = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export the Coverage Report"), suggested, tr("PDF files (*.pdf)"));
    };
    connect(m_standard, &QComboBox::currentIndexChanged, this, &CoverageView::reload);
    connect(m_gapsOnly, &QCheckBox::toggled, this, &CoverageView::reload);
    connect(m_export, &QPushButton::clicked, this, &CoverageView::chooseAndExport);
    connect(m_tree, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString number = index.data(DocumentNumberRole).toString();
        if (!number.isEmpty())
            Q_EMIT documentActivated(number);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CoverageView::updateMove);
    connect(m_move, &QPushButton::clicked, this, &CoverageView::moveSelected);
    connect(&m_session, &Session::registerChanged, this, &CoverageView::reload);
    connect(&m_session, &Session::documentChanged, this, &CoverageView::reload);
    resize(1000, 700);
    reload();
}

QString CoverageView::standard() const
{
    return m_standard->currentData().toString();
}

void CoverageView::setStandard(const QString &id)
{
    m_standard->setCurrentIndex(m_standard->findData(id));
}

bool CoverageView::gapsOnly() const
{
    return m_gapsOnly->isChecked();
}

void CoverageView::setGapsOnly(bool gapsOnly)
{
    m_gapsOnly->setChecked(gapsOnly);
}

void CoverageView::reload()
{
    auto report = m_session.coverage().build(m_actor, standard());
    m_model->removeRows(0, m_model->rowCount());
    if (!report) {
        m_summary->clear();
        showMessage(report.message(), true);
        return;
    }
    fill(report.value());
}

void CoverageView::fill(const CoverageReport &report)
{
    m_transitionTarget = !report.predecessor.isEmpty() ? report.standard : report.successor;
    const bool flat = gapsOnly();
    QHash<QString, QStandardItem *> byNumber; // the first cell of each clause row, to nest children
    for (const CoverageEntry &e : report.shown(flat)) {
        QString status;
        if (e.isGap())
            status = tr("GAP: no effective document");
        else if (e.isCoverable() && e.isCovered())
            status = tr("Covered (%n)", nullptr, int(e.documents.size()));
        QList<QStandardItem *> row = makeRow({e.clause.number, e.clause.title(), e.clause.requiresDocumentedInformation ? tr("Required") : QString(), status});
        row.first()->setData(e.clause.number, ClauseNumberRole);
        row.first()->setData(e.isGap(), GapRole);
        if (e.isGap()) {
            paint(row, kGapBackground);
            QFont bold = row.last()->font();
            bold.setBold(true);
            row.last()->setFont(bold);
            row.last()->setForeground(QColor(0xb0, 0x00, 0x20));
        }
        if (e.clause.kind != ClauseKind::Clause && e.clause.kind != ClauseKind::Control) {
            QFont heading = row.first()->font();
            heading.setBold(true);
            row.first()->setFont(heading);
            row.at(TitleColumn)->setFont(heading);
        }
        for (const CoverageDocument &d : e.documents)
            row.first()->appendRow(documentRow(d, d.inherited(e.clause.number) ? tr("Effective, via %1").arg(d.mappedTo) : tr("Effective")));
        for (const CoverageDocument &d : e.pending) {
            QList<QStandardItem *> pending = documentRow(d, tr("%1: not yet effective").arg(displayName(d.status)));
            for (QStandardItem *item : pending)
                item->setForeground(QColor(0x80, 0x80, 0x80));
            row.first()->appendRow(pending);
        }
        QStandardItem *parent = flat ? nullptr : byNumber.value(e.clause.parent);
        if (parent)
            parent->appendRow(row);
        else
            m_model->appendRow(row);
        byNumber.insert(e.clause.number, row.first());
    }
    if (!report.withdrawnOnly.isEmpty()) {
        QList<QStandardItem *> row = makeRow({report.predecessor, tr("Mapped only to the withdrawn %1").arg(report.predecessor), QString(),
                                              tr("To move to %1 (%n)", nullptr, int(report.withdrawnOnly.size())).arg(report.standard)});
        paint(row, kWithdrawnBackground);
        for (const CoverageDocument &d : report.withdrawnOnly) {
            QList<QStandardItem *> document = documentRow(d, d.clauses.join(QStringLiteral(", ")));
            paint(document, kWithdrawnBackground);
            row.first()->appendRow(document);
        }
        m_model->appendRow(row);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(NumberColumn);
    m_tree->resizeColumnToContents(RequiredColumn);
    m_tree->resizeColumnToContents(StatusColumn);
    m_summary->setText(CoverageService::summary(report) + QLatin1Char('.'));
    updateMove();
}

void CoverageView::updateMove()
{
    const QString number = m_tree->currentIndex().data(DocumentNumberRole).toString();
    Document document;
    document.number = number;
    const bool allowed = Permissions::mayChangeMetadata(m_actor, document).ok() && !m_session.isReadOnly();
    m_move->setVisible(!m_transitionTarget.isEmpty() && allowed);
    m_move->setText(tr("&Move to %1…").arg(m_transitionTarget));
    m_move->setEnabled(!number.isEmpty());
    m_move->setToolTip(number.isEmpty() ? tr("Select a document to move its mapping off the withdrawn edition")
                                        : tr("Replace the withdrawn edition's clauses of %1 by those of %2").arg(number, m_transitionTarget));
}

void CoverageView::moveSelected()
{
    const QString number = m_tree->currentIndex().data(DocumentNumberRole).toString();
    if (number.isEmpty() || m_transitionTarget.isEmpty())
        return;
    auto proposal = m_session.documents().proposeTransition(m_actor, number, m_transitionTarget);
    if (!proposal) {
        showMessage(proposal.message(), true);
        return;
    }
    if (proposal->isEmpty()) {
        showMessage(tr("%1 is mapped to no clause of %2; there is nothing to move.").arg(number, proposal->from), false);
        return;
    }
    TransitionDialog dialog(m_session, m_actor, number, proposal.value(), this);
    if (Modal::exec(dialog) == QDialog::Accepted)
        showMessage(tr("Moved the mapping of %1 to %2.").arg(number, m_transitionTarget), false);
}

Status CoverageView::exportPdf(const QString &path)
{
    const Status written = m_session.coverage().writePdf(m_actor, standard(), gapsOnly(), path);
    showMessage(written ? tr("Wrote %1.").arg(QDir::toNativeSeparators(path)) : written.message(), !written);
    return written;
}

void CoverageView::chooseAndExport()
{
    QString name = QStringLiteral("coverage-%1.pdf").arg(standard()).replace(QLatin1Char(':'), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_chooseFile(folder.isEmpty() ? name : QDir(folder).filePath(name));
    if (path.isEmpty())
        return;
    (void)exportPdf(path);
}

void CoverageView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace dc
