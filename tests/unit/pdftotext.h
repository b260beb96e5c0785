#pragma once

// The text layer of a PDF as a reader's tools see it, for the export tests.

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// The text layer of a PDF as poppler's pdftotext reads it, white space simplified, in the
// QString `result`; the test is skipped when poppler-utils is not installed.
#define PDFTOTEXT(result, path)                                                                                       \
    QString result;                                                                                                   \
    do {                                                                                                              \
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())                                    \
            QSKIP("pdftotext (poppler-utils) is not installed; it checks what a reader of the exported PDF sees.");   \
        QProcess process;                                                                                             \
        process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});                                      \
        QVERIFY2(process.waitForFinished(60000), "pdftotext did not finish");                                         \
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,                             \
                 qPrintable(QString::fromUtf8(process.readAllStandardError())));                                      \
        result = QString::fromUtf8(process.readAllStandardOutput()).simplified();                                     \
    } while (false)
