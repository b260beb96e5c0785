#pragma once

// Helpers of the print and export tests: what a PDF holds, and the choices of the export and
// print dialogs.

#include <QPdfDocument>
#include <QProcess>
#include <QRadioButton>
#include <QString>
#include <QTest>

namespace dc::test {

// The number of pages of a PDF, -1 when it cannot be read.
inline int pdfPageCount(const QString &path)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return -1;
    return document.pageCount();
}

// The text layer as poppler's pdftotext extracts it (layout kept, page breaks as form feeds).
inline QString pdfText(const QString &path)
{
    QProcess tool;
    tool.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!tool.waitForFinished(60000) || tool.exitCode() != 0)
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput());
}

// Clicks a radio button on its indicator, as a user would (its centre may lie beyond its text).
inline void choose(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
}

// "No. 007", as stamps and messages write a copy number.
inline QString copyNumberText(int number)
{
    return QStringLiteral("No. %1").arg(number, 3, 10, QLatin1Char('0'));
}

} // namespace dc::test
