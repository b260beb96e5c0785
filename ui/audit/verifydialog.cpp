#include "ui/audit/verifydialog.h"

#include "core/services/background.h"
#include "core/services/session.h"
#include "ui/uilog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace dc {

namespace {
constexpr int kProgressDelayMs = 400; // a quick check shows no progress window at all
}

VerifyDialog::VerifyDialog(Session &session, const User &user, QWidget *parent) : QDialog(parent), m_session(session), m_user(user)
{
    setObjectName(QStringLiteral("verifyDialog"));
    setWindowTitle(tr("Verify Store"));

    auto *intro = new QLabel(tr("Checks the audit trail's hash chain, every signature, every content and attachment hash, and "
                                "replays the trail into the state it implies to compare it with the tables."),
                             this);
    intro->setWordWrap(true);

    m_anchorList = new QListWidget(this);
    m_anchorList->setObjectName(QStringLiteral("verifyAnchors"));
    m_anchorList->setMaximumHeight(80);
    auto *files = new QPushButton(tr("Add Files…"), this);
    files->setObjectName(QStringLiteral("verifyAddFiles"));
    files->setToolTip(tr("Backups, bundles or exported PDFs whose recorded chain head the store must still hold"));
    connect(files, &QPushButton::clicked, this, &VerifyDialog::addFiles);
    m_head = new QLineEdit(this);
    m_head->setObjectName(QStringLiteral("verifyHead"));
    m_head->setPlaceholderText(tr("a chain head printed on paper, e.g. #84 08c0922a…7d792e8d"));
    auto *addHead = new QPushButton(tr("Check This Head"), this);
    addHead->setObjectName(QStringLiteral("verifyAddHead"));
    connect(addHead, &QPushButton::clicked, this, &VerifyDialog::addPrintedHead);
    connect(m_head, &QLineEdit::returnPressed, this, &VerifyDialog::addPrintedHead);
    auto *headRow = new QHBoxLayout;
    headRow->addWidget(m_head, 1);
    headRow->addWidget(addHead);
    headRow->addWidget(files);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("verifyReport"));
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *again = new QPushButton(tr("Verify Again"), this);
    again->setObjectName(QStringLiteral("verifyRun"));
    connect(again, &QPushButton::clicked, this, &VerifyDialog::run);
    m_save = new QPushButton(tr("Save Report…"), this);
    m_save->setObjectName(QStringLiteral("verifySave"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &VerifyDialog::chooseReportFile);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(again);
    bottom->addWidget(m_save);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("Chain heads recorded elsewhere (optional):"), this));
    layout->addWidget(m_anchorList);
    layout->addLayout(headRow);
    layout->addWidget(m_result);
    layout->addWidget(m_report, 1);
    layout->addLayout(bottom);
    resize(760, 560);
}

Status VerifyDialog::addAnchor(const QString &fileOrPrintedHead)
{
    auto anchor = Anchors::read(fileOrPrintedHead.trimmed());
    if (!anchor)
        return anchor.error();
    m_anchors << anchor.value();
    m_anchorList->addItem(tr("%1 — event #%2, %3").arg(anchor->source).arg(anchor->seq).arg(anchor->head));
    return {};
}

void VerifyDialog::addPrintedHead()
{
    if (m_head->text().trimmed().isEmpty())
        return;
    if (const Status added = addAnchor(m_head->text()); !added) {
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_result->setText(added.error().message);
        return;
    }
    m_head->clear();
    run();
}

void VerifyDialog::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Files That Record a Chain Head"), QDir::homePath(),
                                                            tr("Backups, bundles and PDFs (*.dcbackup *.dcbundle *.pdf *.zip);;All files (*)"));
    for (const QString &file : files) {
        if (const Status added = addAnchor(file); !added) {
            m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_result->setText(added.error().message);
            return;
        }
    }
    if (!files.isEmpty())
        run();
}

void VerifyDialog::run()
{
    QProgressDialog progress(this);
    progress.setObjectName(QStringLiteral("verifyProgress"));
    progress.setWindowTitle(tr("Verify Store"));
    progress.setLabelText(tr("Checking the audit trail, signatures and content…"));
    progress.setCancelButton(nullptr);
    progress.setRange(0, Verifier::kSteps);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(kProgressDelayMs);
    progress.setValue(0);
    // Each step the worker starts is shown here (queued: the dialog belongs to this thread).
    const auto showStep = [&progress](Verifier::Step step) {
        QMetaObject::invokeMethod(
            &progress,
            [&progress, step] {
                progress.setLabelText(tr("%1… (step %2 of %3)").arg(Verifier::describe(step)).arg(int(step) + 1).arg(Verifier::kSteps));
                progress.setValue(int(step));
            },
            Qt::QueuedConnection);
    };
    qCInfo(lcUi).noquote() << "verify started on a worker thread";
    // The worker gets copies and a Session of its own (a connection belongs to its thread).
    auto verified = Background::runAndWait([ticket = m_session.ticket(), actor = m_user, anchors = m_anchors, showStep]() -> Result<VerifyReport> {
        auto own = ticket.open();
        if (!own)
            return own.error();
        Verifier &verifier = own.value()->verifier();
        verifier.onStep(showStep);
        return verifier.run(actor, anchors);
    });
    progress.reset();
    if (!verified) {
        qCInfo(lcUi).noquote() << "verify could not run:" << verified.error().message;
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_result->setText(tr("Could not verify: %1").arg(verified.error().message));
        m_report->clear();
        m_save->setEnabled(false);
        return;
    }
    const VerifyReport &report = verified.value();
    qCInfo(lcUi).noquote() << "verify finished:" << (report.ok() ? QStringLiteral("ok") : QStringLiteral("FAILED"));
    m_result->setStyleSheet(report.ok() ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_result->setText(report.ok() ? tr("OK: everything matches.") : tr("FAILED: %1").arg(report.problems.first().message));
    m_report->setPlainText(describe(report, m_anchors));
    m_save->setEnabled(true);
}

QString VerifyDialog::describe(const VerifyReport &report, const QList<ChainAnchor> &anchors)
{
    QStringList lines;
    lines << (report.ok() ? tr("Result: OK, everything matches.") : tr("Result: FAILED, %n problem(s) found.", nullptr, int(report.problems.size())));
    lines << QString();
    lines << tr("Audit trail (hash chain): %n event(s)", nullptr, int(report.events));
    lines << tr("Chain head: #%1 %2").arg(report.headSeq).arg(report.headHash);
    lines << tr("Signatures checked against their signers' keys: %1 (keys: %2)").arg(report.signatures).arg(report.keys);
    lines << tr("Content and attachment hashes checked: %n revision(s)", nullptr, report.revisions);
    if (report.textOnlyHashes > 0)
        lines << tr("  of which %n signed a hash of the text only (made before attachments were signed)", nullptr, report.textOnlyHashes);
    lines << tr("Replay: the state the trail implies (users, roles, keys, metadata, templates, copies, statuses) compared with the tables");
    if (!anchors.isEmpty()) {
        lines << tr("Chain heads recorded elsewhere: %n", nullptr, int(anchors.size()));
        for (const ChainAnchor &a : anchors)
            lines << QStringLiteral("  ") + tr("%1: #%2 %3").arg(a.source).arg(a.seq).arg(a.head);
    }
    if (!report.ok()) {
        lines << QString();
        lines << tr("First difference: %1").arg(report.problems.first().message);
        if (report.problems.size() > 1) {
            lines << tr("All differences:");
            for (const VerifyProblem &p : report.problems)
                lines << QStringLiteral("  ") + tr("%1: %2").arg(p.object, p.message);
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString VerifyDialog::reportText() const
{
    return m_report->toPlainText();
}

Status VerifyDialog::saveReport(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray bytes = (m_result->text() + QLatin1Char('\n') + QLatin1Char('\n') + reportText()).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

void VerifyDialog::chooseReportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Report"), QDir::home().filePath(tr("verify-report.txt")), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveReport(path); !saved) {
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_result->setText(saved.error().message);
    }
}

} // namespace dc
