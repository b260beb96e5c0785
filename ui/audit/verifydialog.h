#pragma once

#include "core/model/result.h"
#include "core/model/user.h"
#include "core/services/anchors.h"
#include "core/services/verifier.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace dc {

class Session;

// Tools ▸ Verify Store: runs `verify` on a worker thread behind a busy indicator and shows the
// report — the chain's length and head, what was checked (signatures, content hashes, the replay
// of the trail against the tables) and, on failure, every difference, the first one first.
// Chain heads recorded elsewhere (backups, bundles, exported PDFs, a head printed on paper) can
// be added and are checked too. The report can be saved as text.
class VerifyDialog final : public QDialog {
    Q_OBJECT
public:
    VerifyDialog(Session &session, const User &user, QWidget *parent = nullptr);

    // Adds a chain head from a file or from printed text ("#84 08c0922a…7d792e8d"); fails,
    // adding nothing, when it records no head.
    Status addAnchor(const QString &fileOrPrintedHead);
    // Verifies now (on a worker thread, waiting for it) and shows the report.
    void run();
    // The report as shown.
    QString reportText() const;
    Status saveReport(const QString &path) const;

    // The report in words for people.
    static QString describe(const VerifyReport &report, const QList<ChainAnchor> &anchors);

private:
    void addFiles();
    void addPrintedHead();
    void chooseReportFile();

    Session &m_session;
    const User m_user;
    QList<ChainAnchor> m_anchors;
    QListWidget *m_anchorList = nullptr;
    QLineEdit *m_head = nullptr;
    QLabel *m_result = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace dc
