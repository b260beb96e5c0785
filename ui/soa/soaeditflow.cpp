#include "ui/soa/soaeditflow.h"

#include "core/services/session.h"
#include "core/services/settingsservice.h"
#include "core/services/soaservice.h"
#include "ui/soa/soaeditdialog.h"
#include "ui/workflow/modal.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dc::SoaEditFlow {

namespace {
QString translate(const char *text) { return QCoreApplication::translate("dc::SoaEditFlow", text); }
} // namespace

std::optional<QString> edit(Session &session, const User &actor, const DocumentState &state, QWidget *parent)
{
    if (state.document.type != DocumentType::Soa)
        return std::nullopt;
    auto table = Soa::parse(state.current.content);
    if (!table)
        return std::nullopt;
    EditRequest request;
    request.store = QFileInfo(session.storePath()).fileName();
    request.number = state.document.number;
    request.title = state.document.title;
    request.label = state.current.label;
    request.status = state.current.status;
    if (state.current.status == RevisionStatus::Effective) {
        const LabelScheme scheme = session.settings().labelScheme();
        const auto minor = RevisionLabel::next(state.current.label, scheme, RevisionStep::Minor);
        const auto major = RevisionLabel::next(state.current.label, scheme, RevisionStep::Major);
        request.nextMinor = minor ? minor.value() : QString();
        request.nextMajor = major ? major.value() : QString();
    } else {
        request.summary = state.current.changeSummary;
    }
    const QString standard = table->standard;
    SoaEditDialog dialog(request, table.value(), [&session, &actor, standard] { return session.soa().implementingDocuments(actor, standard); }, parent);
    Revision saved;
    DraftBase base = DraftBase::of(state.current);
    dialog.setCommit([&]() -> Status {
        DocumentService &documents = session.documents();
        auto edited = documents.editDraft(actor, request.number, dialog.markdown(), dialog.summary(), dialog.step(), {}, base);
        if (!edited && edited.code() == ErrorCode::Conflict) {
            // Someone saved meanwhile: show their table, to be edited and saved again.
            auto now = documents.show(actor, request.number);
            if (!now)
                return now.error();
            auto theirs = Soa::parse(now->revision.content);
            if (!theirs)
                return theirs.error();
            base = DraftBase::of(now->revision);
            dialog.reload(theirs.value());
            return Error{ErrorCode::Conflict, translate("%1 Loaded the table saved meanwhile (revision %2); edit it and save again.")
                                                  .arg(edited.message(), now->revision.label)};
        }
        if (!edited)
            return edited.error();
        saved = edited.value();
        return {};
    });
    if (Modal::exec(dialog) != QDialog::Accepted)
        return QString();
    return saved.label == request.label ? translate("Saved the draft of %1 %2").arg(request.number, saved.label)
                                        : translate("Started revision %2 of %1 as a draft").arg(request.number, saved.label);
}

} // namespace dc::SoaEditFlow
