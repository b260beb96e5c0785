#include "ui/diff/diffview.h"

#include "core/diff/diffformat.h"
#include "core/diff/readablemarkdown.h"
#include "core/model/soatable.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dc {

DiffView::DiffView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"diffView"_s);
    m_titles = new QLabel(this);
    m_titles->setObjectName(u"diffTitles"_s);
    m_titles->setTextFormat(Qt::PlainText);
    m_titles->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"diffSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"diffNotice"_s);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_controls = new QLabel(this);
    m_controls->setObjectName(u"diffControls"_s);
    m_controls->setTextFormat(Qt::PlainText);
    m_controls->setWordWrap(true);
    m_controls->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_controls->hide();
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"diffBrowser"_s);
    m_browser->setOpenLinks(false);
    m_browser->document()->setDocumentMargin(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(8, 6, 8, 2);
    header->setSpacing(2);
    header->addWidget(m_titles);
    header->addWidget(m_summary);
    header->addWidget(m_notice);
    header->addWidget(m_controls);
    layout->addLayout(header);
    layout->addWidget(m_browser, 1);
}

void DiffView::showDiff(const TextDiff &diff, const QString &oldTitle, const QString &newTitle)
{
    m_diff = diff;
    m_controls->clear();
    m_controls->hide();
    if (!oldTitle.isEmpty() || !newTitle.isEmpty()) {
        m_titles->setText(tr("Comparing %1 with %2").arg(oldTitle, newTitle));
        m_titles->show();
    } else {
        m_titles->hide();
    }
    m_summary->setText(diffSummary(diff));
    m_notice->setText(diffNotice(diff));
    m_notice->setVisible(diff.approximate());
    m_browser->setHtml(formatDiffHtml(diff));
}

void DiffView::showTexts(const QString &before, const QString &after, const QString &oldTitle, const QString &newTitle)
{
    showDiff(diffTexts(before, after), oldTitle, newTitle);
}

void DiffView::showMarkdown(const QString &before, const QString &after, const QString &oldTitle, const QString &newTitle)
{
    showTexts(readableMarkdown(before), readableMarkdown(after), oldTitle, newTitle);
    const auto was = Soa::parse(before);
    const auto now = Soa::parse(after);
    const QStringList controls = was && now ? Soa::differences(was.value(), now.value()) : QStringList();
    m_controls->setText(controls.isEmpty() ? QString() : tr("Controls changed:") + u'\n' + controls.join(u'\n'));
    m_controls->setVisible(!controls.isEmpty());
}

void DiffView::showMessage(const QString &message)
{
    m_diff = TextDiff();
    m_titles->hide();
    m_summary->setText(message);
    m_notice->clear();
    m_notice->hide();
    m_controls->clear();
    m_controls->hide();
    m_browser->clear();
}

QString DiffView::summaryText() const
{
    return m_summary->text();
}

QString DiffView::noticeText() const
{
    return m_notice->text();
}

QString DiffView::controlsText() const
{
    return m_controls->text();
}

} // namespace dc
