#pragma once

#include <QScrollArea>

class QFormLayout;
class QLabel;
class QPushButton;

namespace dc {

struct DocumentState;

// A document's metadata, read-only: number, titles, type, owner, department, classification,
// review interval, retention, clause references, the documents it cites and that cite it (each a
// link that opens it), for a document of external origin its register entry, and the current
// revision's facts, its distribution list and whether its type asks for acknowledgements, with an Edit Details… button (editDetailsButton) for those who may change them.
class DetailsPage final : public QScrollArea {
    Q_OBJECT
public:
    explicit DetailsPage(QWidget *parent = nullptr);

    void setState(const DocumentState &state);
    void clear();
    // Shows Edit Details… enabled, or disabled with `why` as its tool tip.
    void setEditable(bool editable, const QString &why = {});
    QPushButton *editButton() const { return m_edit; }
    // Record Earlier Revision… (recordEarlierButton), enabled as Edit Details… is.
    QPushButton *historyButton() const { return m_history; }
    // Clauses… (clausesButton): the clause picker, enabled as Edit Details… is.
    QPushButton *clausesButton() const { return m_clausesButton; }
    // Links… (linksButton): the documents this one cites by hand; authors and controllers.
    QPushButton *linksButton() const { return m_linksButton; }
    // Register Entry… (externalButton), shown for documents of external origin; controllers.
    QPushButton *externalButton() const { return m_externalButton; }
    // Distribution… (distributionButton): the distribution list's editor; shown to document
    // controllers only, enabled as Edit Details… is.
    QPushButton *distributionButton() const { return m_distributionButton; }
    // Shows Distribution… (under the list) or hides its row.
    void setDistributionShown(bool shown);
    // Shows the distribution list (detailDistribution) and whether the document's type asks it
    // to acknowledge a release (detailAcknowledgement); everyone who sees the document reads them.
    void setDistribution(const QString &members, const QString &acknowledgement);
    // Enables Links… (authors and controllers) and Register Entry… (as Edit Details…).
    void setLinksEditable(bool editable, const QString &why = {});
    // The text shown for the field `objectName` (e.g. "detailOwner"), for tests.
    QString fieldText(const QString &objectName) const;

Q_SIGNALS:
    // Edit Details… was clicked.
    void editRequested();
    // Record Earlier Revision… was clicked.
    void historyRequested();
    // Clauses… was clicked.
    void clausesRequested();
    // Links… was clicked.
    void linksRequested();
    // Register Entry… was clicked.
    void externalRequested();
    // Distribution… was clicked.
    void distributionRequested();
    // A document listed under Cites or Cited by was clicked.
    void documentRequested(const QString &number);

private:
    QLabel *addField(const QString &label, const char *objectName);
    // Shows the external register's rows only for a document of external origin.
    void showExternalRows(bool shown);

    QFormLayout *m_form = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_clausesButton = nullptr;
    QPushButton *m_linksButton = nullptr;
    QPushButton *m_externalButton = nullptr;
    QPushButton *m_distributionButton = nullptr;
    QLabel *m_distribution = nullptr;
    QLabel *m_acknowledgement = nullptr;
    QLabel *m_cites = nullptr;
    QLabel *m_citedBy = nullptr;
    QList<QLabel *> m_externalFields; // issuer, reference, edition, location, last checked, next check
    QLabel *m_number = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_titleEn = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_department = nullptr;
    QLabel *m_classification = nullptr;
    QLabel *m_interval = nullptr;
    QLabel *m_retention = nullptr;
    QLabel *m_clauses = nullptr;
    QLabel *m_registered = nullptr;
    QLabel *m_revision = nullptr;
    QLabel *m_hash = nullptr;
};

} // namespace dc
