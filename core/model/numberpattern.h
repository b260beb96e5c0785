#pragma once

#include "core/model/enums.h"
#include "core/model/result.h"

#include <QRegularExpression>
#include <QString>

#include <utility>

namespace dc {

// A per-type numbering pattern such as "{prefix}-{seq:4}-{year}" (gives ISMS-0001-2022).
// Placeholders: {prefix}, {seq} or {seq:N} (zero-padded to N digits, exactly once),
// {year} (2022), {yy} (22). Everything else is literal: letters, digits and - _ . /
// The sequence continues across years (ISMS-0001-2022, then ISMS-0002-2026) unless the
// pattern says it restarts every year: {seq,yearly} or {seq:N,yearly}.
class NumberPattern final {
public:
    // Fails naming the first problem: an unknown placeholder, an unclosed brace, a missing or
    // repeated {seq}, a character a document number cannot hold.
    static Result<NumberPattern> parse(const QString &pattern);

    // The number for sequence `seq` in `year`.
    QString format(const QString &prefix, int seq, int year) const;
    // Matches numbers this pattern makes for `prefix` and `year`; capture 1 is the sequence.
    QRegularExpression matcher(const QString &prefix, int year) const;
    // Matches numbers this pattern makes for `prefix` in any year; capture 1 is the sequence.
    QRegularExpression matcherAnyYear(const QString &prefix) const;
    // Whether the sequence restarts at 1 each year ({seq,yearly}); otherwise it continues.
    bool resetsYearly() const { return m_yearly; }
    // The fixed text the numbers of every year start with ("ISMS-" for ISMS-0001-2022).
    QString fixedStartAnyYear(const QString &prefix) const;
    // The fixed text every such number starts with ("ISMS-" for ISMS-0001-2022).
    QString fixedStart(const QString &prefix, int year) const { return split(prefix, year).first; }

    QString text() const { return m_text; }

private:
    NumberPattern() = default;
    // The number's text before and after the sequence, placeholders filled in.
    std::pair<QString, QString> split(const QString &prefix, int year) const;
    QString m_text;
    int m_seqWidth = 0;
    bool m_yearly = false;
};

// The defaults a new store starts with.
QString defaultNumberPattern(DocumentType type);

// A document number typed by hand: 3–40 characters, ASCII letters and digits and - _ . /,
// starting with a letter or digit. Fails with a message naming the problem.
Status validateDocumentNumber(const QString &number);

} // namespace dc
