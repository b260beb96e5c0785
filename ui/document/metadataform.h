#pragma once

#include "core/model/document.h"
#include "core/model/user.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dc {

// The fields of a document's metadata, shared by New Document and Edit Details: titles in
// Chinese and English, owner (the store's users), department, classification, review interval,
// retention and clause references (one per line). Choosing an owner fills in their department
// unless the department was typed. Object names: metaTitle, metaTitleEn, metaOwner,
// metaDepartment, metaClassification, metaReviewMonths, metaRetention, metaClauses.
class MetadataForm final : public QWidget {
    Q_OBJECT
public:
    // `users` fills the owner list (disabled accounts are left out).
    MetadataForm(const QList<User> &users, QWidget *parent = nullptr);

    // Shows `document`'s metadata in the fields.
    void setDocument(const Document &document);
    void setReviewMonths(int months);
    // Chooses the owner `name` when they are in the list (and their department, unless typed).
    void setOwner(const QString &name);
    // The fields as a document (number and type untouched); clauses that do not parse are left
    // out — problem() names them.
    Document document(Document base = {}) const;
    // The fields that differ from `base`, as a change DocumentService::setMetadata takes.
    MetadataChange changeFrom(const Document &base) const;
    // What is missing or malformed (no title, no owner, a clause that does not parse); empty
    // when the fields are complete.
    QString problem() const;

    // The layout, for a dialog that adds rows of its own above the fields.
    QFormLayout *form() const { return m_form; }

Q_SIGNALS:
    void changed();

private:
    ClauseRefs clauses(QStringList *wrong = nullptr) const;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_department = nullptr;
    QComboBox *m_classification = nullptr;
    QSpinBox *m_reviewMonths = nullptr;
    QSpinBox *m_retention = nullptr;
    QPlainTextEdit *m_clauses = nullptr;
    bool m_departmentTyped = false;
};

} // namespace dc
