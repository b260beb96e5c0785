#include "ui/preview/documentpreview.h"

#include "core/services/documentservice.h"

#include <QTextCursor>
#include <QTextDocument>

namespace dc {

namespace {

QString statusColour(RevisionStatus status)
{
    switch (status) {
    case RevisionStatus::Effective: return QStringLiteral("#1b7f3b");
    case RevisionStatus::Approved: return QStringLiteral("#2a6fb0");
    case RevisionStatus::InReview:
    case RevisionStatus::InApproval: return QStringLiteral("#b06a00");
    case RevisionStatus::Superseded:
    case RevisionStatus::Obsolete: return QStringLiteral("#b00020");
    case RevisionStatus::Draft: break;
    }
    return QStringLiteral("#666666");
}

QString esc(const QString &text) { return text.toHtmlEscaped(); }

} // namespace

DocumentPreview::DocumentPreview(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("preview"));
    setReadOnly(true);
    setOpenExternalLinks(true);
    document()->setDocumentMargin(16);
    showMessage(tr("Select a document in the register to read it here."));
}

QString DocumentPreview::headerHtml(const DocumentDetails &details)
{
    const Document &d = details.document;
    const Revision &r = details.revision;
    QString facts = tr("Owner: %1").arg(esc(d.ownerDisplayName));
    if (!d.department.isEmpty())
        facts += QStringLiteral(" · ") + esc(d.department);
    facts += QStringLiteral(" · ") + tr("Classification: %1").arg(esc(displayName(d.classification)));
    if (r.effectiveDate.isValid())
        facts += QStringLiteral(" · ") + tr("Effective %1").arg(r.effectiveDate.toString(Qt::ISODate));

    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"10\" style=\"background-color:#f1f3f6; border:none\"><tr><td>"
                                  "<span style=\"color:#555\"><b>%1</b> &nbsp;·&nbsp; %2</span> &nbsp; "
                                  "<span style=\"color:%3\"><b>%4</b></span><br/>"
                                  "<span style=\"font-size:x-large\"><b>%5</b></span>")
                       .arg(esc(d.number), tr("Revision %1").arg(esc(r.label)), statusColour(r.status),
                            esc(displayName(r.status)), esc(d.title));
    if (!d.titleEn.isEmpty())
        html += QStringLiteral("<br/><i style=\"color:#555\">%1</i>").arg(esc(d.titleEn));
    html += QStringLiteral("<br/><span style=\"color:#555\">%1</span></td></tr></table>").arg(facts);
    return html;
}

void DocumentPreview::showDocument(const DocumentDetails &details)
{
    m_number = details.document.number;
    QTextDocument *doc = document();
    doc->setMarkdown(details.revision.content);
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::Start);
    cursor.insertBlock();
    cursor.movePosition(QTextCursor::Start);
    cursor.insertHtml(headerHtml(details));
    moveCursor(QTextCursor::Start);
    ensureCursorVisible();
}

void DocumentPreview::showMessage(const QString &message)
{
    m_number.clear();
    setHtml(QStringLiteral("<p style=\"color:#666\">%1</p>").arg(message.toHtmlEscaped()));
}

} // namespace dc
