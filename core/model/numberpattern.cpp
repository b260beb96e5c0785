#include "core/model/numberpattern.h"

#include <QCoreApplication>

#include <algorithm>

namespace dc {

namespace {

bool isLiteralChar(QChar c)
{
    return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('_')
           || c == QLatin1Char('.') || c == QLatin1Char('/');
}
} // namespace

Result<NumberPattern> NumberPattern::parse(const QString &pattern)
{
    NumberPattern result;
    result.m_text = pattern;
    int seqCount = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('{')) {
            const qsizetype close = pattern.indexOf(QLatin1Char('}'), i);
            if (close < 0)
                return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::NumberPattern", "Numbering pattern \"%1\" has a \"{\" that is never closed.").arg(pattern)};
            QString name = pattern.mid(i + 1, close - i - 1);
            if (name.startsWith(QLatin1String("seq")) && name.endsWith(QLatin1String(",yearly"))) {
                result.m_yearly = true;
                name.chop(7);
            }
            if (name == QLatin1String("seq")) {
                ++seqCount;
            } else if (name.startsWith(QLatin1String("seq:"))) {
                bool ok = false;
                const int width = name.mid(4).toInt(&ok);
                if (!ok || width < 1 || width > 9)
                    return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::NumberPattern", "In numbering pattern \"%1\", {%2} needs a width from 1 to 9.").arg(pattern, name)};
                result.m_seqWidth = width;
                ++seqCount;
            } else if (name != QLatin1String("prefix") && name != QLatin1String("year") && name != QLatin1String("yy")) {
                return Error{ErrorCode::InvalidInput,
                             QCoreApplication::translate("dc::NumberPattern", "Numbering pattern \"%1\" uses the unknown placeholder {%2}; use {prefix}, {seq:N}, {seq:N,yearly}, {year} or {yy}.").arg(pattern, name)};
            }
            i = close;
        } else if (c == QLatin1Char('}')) {
            return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::NumberPattern", "Numbering pattern \"%1\" has a \"}\" without a \"{\".").arg(pattern)};
        } else if (!isLiteralChar(c)) {
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("dc::NumberPattern", "Numbering pattern \"%1\" contains \"%2\"; document numbers hold only ASCII letters, digits and - _ . /").arg(pattern, c)};
        }
    }
    if (seqCount == 0)
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::NumberPattern", "Numbering pattern \"%1\" needs a {seq} placeholder, or every number would be the same.").arg(pattern)};
    if (seqCount > 1)
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::NumberPattern", "Numbering pattern \"%1\" may contain {seq} only once.").arg(pattern)};
    return result;
}

std::pair<QString, QString> NumberPattern::split(const QString &prefix, int year) const
{
    QString text = m_text;
    text.replace(QLatin1String("{prefix}"), prefix);
    text.replace(QLatin1String("{year}"), QString::number(year));
    text.replace(QLatin1String("{yy}"), QString::number(year % 100).rightJustified(2, QLatin1Char('0')));
    const qsizetype start = text.indexOf(QLatin1String("{seq"));
    const qsizetype end = text.indexOf(QLatin1Char('}'), start);
    return {text.left(start), text.mid(end + 1)};
}

QString NumberPattern::format(const QString &prefix, int seq, int year) const
{
    const auto [before, after] = split(prefix, year);
    return before + QString::number(seq).rightJustified(m_seqWidth, QLatin1Char('0')) + after;
}

QRegularExpression NumberPattern::matcher(const QString &prefix, int year) const
{
    const auto [before, after] = split(prefix, year);
    return QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(before) + QStringLiteral("(\\d+)")
                              + QRegularExpression::escape(after) + QLatin1Char('$'));
}

QRegularExpression NumberPattern::matcherAnyYear(const QString &prefix) const
{
    // Every year the pattern names becomes "any year"; the sequence is the one capture.
    QString re = QStringLiteral("^");
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i) != QLatin1Char('{')) {
            re += QRegularExpression::escape(m_text.at(i));
            continue;
        }
        const qsizetype close = m_text.indexOf(QLatin1Char('}'), i);
        const QString name = m_text.mid(i + 1, close - i - 1);
        if (name == QLatin1String("prefix"))
            re += QRegularExpression::escape(prefix);
        else if (name == QLatin1String("year"))
            re += QStringLiteral("\\d{4}");
        else if (name == QLatin1String("yy"))
            re += QStringLiteral("\\d{2}");
        else
            re += QStringLiteral("(\\d+)");
        i = close;
    }
    return QRegularExpression(re + QLatin1Char('$'));
}

QString NumberPattern::fixedStartAnyYear(const QString &prefix) const
{
    QString text = m_text;
    text.replace(QLatin1String("{prefix}"), prefix);
    qsizetype end = text.size();
    for (const QLatin1String placeholder : {QLatin1String("{year}"), QLatin1String("{yy}"), QLatin1String("{seq")}) {
        if (const qsizetype at = text.indexOf(placeholder); at >= 0)
            end = std::min(end, at);
    }
    return text.left(end);
}

QString defaultNumberPattern(DocumentType type)
{
    switch (type) {
    case DocumentType::Manual: return QStringLiteral("{prefix}-{seq:4}-{year}");
    case DocumentType::Policy: return QStringLiteral("{prefix}-POL-{seq:3}");
    case DocumentType::Procedure: return QStringLiteral("{prefix}-P-{seq:3}");
    case DocumentType::WorkInstruction: return QStringLiteral("{prefix}-WI-{seq:3}");
    case DocumentType::Form: return QStringLiteral("{prefix}-F-{seq:3}");
    case DocumentType::Record: return QStringLiteral("{prefix}-R-{seq:3}");
    case DocumentType::External: return QStringLiteral("{prefix}-EXT-{seq:3}");
    case DocumentType::Soa: return QStringLiteral("{prefix}-SOA-{seq:3}");
    }
    return QStringLiteral("{prefix}-{seq:3}");
}

Status validateDocumentNumber(const QString &number)
{
    if (number.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::NumberPattern", "The document number is empty.")};
    if (number.size() < 3 || number.size() > 40)
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::NumberPattern", "Document number \"%1\" must be 3 to 40 characters long.").arg(number)};
    if (!number.at(0).isLetterOrNumber() || number.at(0).unicode() >= 128)
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::NumberPattern", "Document number \"%1\" must start with a letter or a digit.").arg(number)};
    for (const QChar c : number) {
        if (!isLiteralChar(c))
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("dc::NumberPattern", "Document number \"%1\" contains \"%2\"; use only ASCII letters, digits and - _ . /").arg(number, c)};
    }
    return {};
}

} // namespace dc
