#pragma once

#include "core/model/enums.h"
#include "core/model/numberpattern.h"
#include "core/model/revisionlabel.h"
#include "core/model/signature.h"
#include "core/model/result.h"

#include <QMap>
#include <QString>

namespace dc {

class Database;

// Store-wide settings kept in the store itself (not per desk): the organisation, the
// revision label scheme, the number prefix and each type's numbering pattern.
class StoreSettings final {
public:
    explicit StoreSettings(Database &db) : m_db(db) {}

    QString organisation() const;
    QString organisationEn() const;
    LabelScheme labelScheme() const;
    QString numberPrefix() const;           // default "ISMS"
    NumberPattern numberPattern(DocumentType type) const;

    Status setOrganisation(const QString &name, const QString &nameEn);
    Status setLabelScheme(LabelScheme scheme);
    // Fails on a prefix that a document number cannot hold.
    Status setNumberPrefix(const QString &prefix);
    static Status validatePrefix(const QString &prefix);
    // Fails, changing nothing, on an invalid pattern.
    Status setNumberPattern(DocumentType type, const QString &pattern);

    // The route a submission of `type` takes when it names none (empty when none is set).
    Route defaultRoute(DocumentType type) const;
    // Stores the route as given; the workflow checks the users when a revision is submitted.
    Status setDefaultRoute(DocumentType type, const Route &route);

    // Whether releasing a revision of `type` asks its distribution list to read and acknowledge
    // it (已阅知悉): policies do unless set otherwise, other types do not.
    bool requiresAcknowledgement(DocumentType type) const;
    Status setRequiresAcknowledgement(DocumentType type, bool required);

    // The template a new document of `type` starts from, as the store overrides it; empty when
    // the built-in one applies. Setting an empty text removes the override.
    QString documentTemplate(DocumentType type) const;
    Status setDocumentTemplate(DocumentType type, const QString &text);

    // The highest sequence number `pattern` has given within `scope` (the numbers' fixed start,
    // and the year for a yearly sequence), or -1 when none is recorded: what keeps finding the
    // next number from reading every number.
    int highestSequence(const QString &pattern, const QString &scope) const;
    Status setHighestSequence(const QString &pattern, const QString &scope, int seq);

    // "labels.language": "zh" (Chinese only) or "bilingual" (the default) for the fixed labels
    // of printed pages. Fails on any other value.
    QString labelLanguage() const;
    Status setLabelLanguage(const QString &language);

    // How often a document of `type` is reviewed by default (months).
    static int defaultReviewIntervalMonths(DocumentType type);

    // The due-day settings the store holds ("due.KIND" store-wide, "due.KIND.TYPE" per
    // document type), by key; values that are not whole numbers are left out. DueDays reads
    // them and checks what is written. Fails on a store error.
    Result<QMap<QString, int>> dueDays() const;
    Status setDueDays(const QString &key, int days);

private:
    QString value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);
    Database &m_db;
};

} // namespace dc
