#include "app/cli/output.h"

#include "core/search/tokenizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace dc::cli {

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const uint c : text.toUcs4()) {
        const bool wide = SearchTokens::isCjk(char32_t(c)) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x3000 && c <= 0x303F);
        width += wide ? 2 : 1;
    }
    return width;
}

void printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << displayWidth(h);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    auto line = [&widths](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            text += cells[i];
            if (i + 1 < cells.size())
                text += QString(widths[i] - displayWidth(cells[i]) + 2, QLatin1Char(' '));
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    out(text);
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::AuthenticationFailed:
    case ErrorCode::PermissionDenied:
        return 3;
    case ErrorCode::NotFound:
        return 4;
    case ErrorCode::NotAStore:
    case ErrorCode::CorruptStore:
    case ErrorCode::NewerStore:
    case ErrorCode::ReadOnlyStore:
    case ErrorCode::CannotOpen:
        return 5;
    default:
        return 1;
    }
}

int fail(const Error &error)
{
    err(QStringLiteral("doccontrol: ") + error.message + QLatin1Char('\n'));
    return exitCodeFor(error.code);
}

int usage(const QString &message)
{
    err(QStringLiteral("doccontrol: ") + message + QLatin1Char('\n')
        + QCoreApplication::translate("dc::cli", "Run 'doccontrol --help' for the commands and their options.") + QLatin1Char('\n'));
    return 2;
}

} // namespace dc::cli
