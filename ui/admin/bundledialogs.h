#pragma once

#include "core/model/registerquery.h"
#include "core/model/user.h"
#include "core/services/bundleservice.h"
#include "ui/workflow/actiondialog.h"

#include <optional>

class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace dc {

class Session;

// File ▸ Export Bundle…: a distribution bundle (as `bundle export [N...] [--holder H] -o FILE`)
// of the selected document, of the effective documents the register shows under its filter,
// or of every effective document; controlled copies for a holder or uncontrolled ones. The
// password opens the exporter's signing key; BundleService writes it on a worker thread.
class BundleExportDialog final : public ActionDialog {
    Q_OBJECT
public:
    enum class Scope { Selected, Filtered, All };

    BundleExportDialog(Session &session, const User &actor, const QString &selectedNumber, const RegisterFilter &filter,
                       QWidget *parent = nullptr);

    void setScope(Scope scope);
    Scope scope() const;
    QString filePath() const;
    // After acceptance: how many PDFs the bundle holds.
    int written() const { return m_written; }

protected:
    QString validate() const override;
    void commitFailed(const Error &error) override;

private:
    // The numbers the request names (empty: every effective document), or why there are none.
    Result<QStringList> numbers() const;

    Session &m_session;
    User m_actor;
    QString m_selected;
    RegisterFilter m_filter;
    QRadioButton *m_selectedScope = nullptr;
    QRadioButton *m_filteredScope = nullptr;
    QRadioButton *m_allScope = nullptr;
    QLineEdit *m_holder = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_path = nullptr;
    int m_written = 0;
};

// File ▸ Verify Bundle…: a bundle and, optionally, the exporter key fingerprints to trust (as
// `bundle verify FILE.zip [--expect-key FP]...`). Fails only for a file that is no bundle.
class BundleVerifyDialog final : public ActionDialog {
    Q_OBJECT
public:
    explicit BundleVerifyDialog(QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const;
    void setExpectedKeys(const QString &fingerprints);
    const std::optional<BundleReport> &report() const { return m_report; }

protected:
    QString validate() const override;

private:
    QLineEdit *m_path = nullptr;
    QLineEdit *m_keys = nullptr;
    std::optional<BundleReport> m_report;
};

// What bundle verify found, readable: who made the bundle, with which key (trusted or only
// self-declared), the chain head it recorded, and each file: OK or the problem by name.
class BundleReportDialog final : public QDialog {
    Q_OBJECT
public:
    BundleReportDialog(const QString &path, const BundleReport &report, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace dc
