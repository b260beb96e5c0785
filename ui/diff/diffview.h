#pragma once

#include "core/diff/textdiff.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace dc {

// Shows the difference between two revisions: a summary line ("3 lines added, 1 removed,
// 2 changed") and, below it, the hunks as formatDiffHtml renders them — removed lines red,
// added green, lines edited in place yellow with the edited words (Chinese: characters) marked.
class DiffView final : public QWidget {
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);

    // Shows `diff`; `oldTitle` and `newTitle` (e.g. "A/0", "A/1 (draft)") name the two sides.
    void showDiff(const TextDiff &diff, const QString &oldTitle = {}, const QString &newTitle = {});
    // Compares `before` with `after` and shows the result.
    void showTexts(const QString &before, const QString &after, const QString &oldTitle = {}, const QString &newTitle = {});
    // Compares two Markdown documents as their readers see them (readableMarkdown()): no
    // syntax, structure changes named ("Heading 2: …"). Two Statements of Applicability also
    // list the controls that changed (Soa::differences) above the text.
    void showMarkdown(const QString &before, const QString &after, const QString &oldTitle = {}, const QString &newTitle = {});
    // Replaces the view by a message, e.g. why the revisions cannot be compared.
    void showMessage(const QString &message);

    QString summaryText() const;
    // The fallback notice shown under the summary (diffNotice), empty when the diff is exact.
    QString noticeText() const;
    // The controls that changed, one a line, when both sides are SoA tables; else empty.
    QString controlsText() const;
    const TextDiff &diff() const { return m_diff; }

private:
    QLabel *m_titles = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_controls = nullptr;
    QTextBrowser *m_browser = nullptr;
    TextDiff m_diff;
};

} // namespace dc
