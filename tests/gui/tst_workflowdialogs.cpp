// The workflow dialogs on their own (sign, reject/withdraw comment, route), over a copy of the
// demo store. The rules that enable the document actions: tests/unit/tst_actions.cpp.

#include "ui/diff/diffview.h"
#include "guihelpers.h"
#include "core/services/documentstate.h"
#include "core/services/workflowservice.h"
#include "ui/workflow/commentdialog.h"
#include "ui/workflow/routedialog.h"
#include "ui/workflow/signdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using namespace dc;

Q_DECLARE_METATYPE(dc::SignatureMeaning)

class TestWorkflowDialogs final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signDialogShowsWhatIsSigned();
    void approverSeesTheReviewersComments();
    void signDialogFieldsFollowTheMeaning_data();
    void signDialogFieldsFollowTheMeaning();
    void viewChangesShowsTheDiff();
    void wrongPasswordKeepsTheSignDialogOpen();
    void commentIsRequired();
    void routeDialogOffersEligibleUsers();
    void routeDialogChecksTheRoute_data();
    void routeDialogChecksTheRoute();
    void routeOrderFollowsTheList();

private:
    User user(const QString &name) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestWorkflowDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    auto demo = DemoStore::openOrCreate(m_dir.filePath(QStringLiteral("demo.dcstore")));
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    m_db = std::move(demo).value();
}

User TestWorkflowDialogs::user(const QString &name) const
{
    auto found = UserService(*m_db).authenticate(name, test::demoPassword());
    if (!found)
        qWarning("%s", qPrintable(found.message()));
    return found ? found.value() : User();
}

namespace {
SignRequest sampleRequest(SignatureMeaning meaning)
{
    SignRequest r;
    r.meaning = meaning;
    r.number = QStringLiteral("ISMS-P-003");
    r.title = QStringLiteral("变更管理程序");
    r.label = QStringLiteral("A/1");
    r.status = RevisionStatus::InReview;
    r.contentHash = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    r.signer = QStringLiteral("刘洋 (liuyang)");
    r.today = QDate(2026, 3, 1);
    return r;
}
} // namespace

void TestWorkflowDialogs::signDialogShowsWhatIsSigned()
{
    SignDialog dialog(sampleRequest(SignatureMeaning::Reviewed));
    QVERIFY(test::child<QLabel>(&dialog, "signDocument")->text().contains(QStringLiteral("ISMS-P-003")));
    QVERIFY(test::child<QLabel>(&dialog, "signDocument")->text().contains(QStringLiteral("变更管理程序")));
    QVERIFY(test::child<QLabel>(&dialog, "signRevision")->text().contains(QStringLiteral("A/1")));
    auto *hash = test::child<QLabel>(&dialog, "contentHash");
    QCOMPARE(hash->text(), QStringLiteral("0123 4567 89ab cdef 0123 4567 89ab cdef\n0123 4567 89ab cdef 0123 4567 89ab cdef"));
    // The intent, not the machine's fonts: a fixed-pitch face is asked for.
    QVERIFY(hash->font().fixedPitch());
    QCOMPARE(hash->font().styleHint(), QFont::Monospace);
    QCOMPARE(test::child<QLabel>(&dialog, "signMeaning")->text(), QStringLiteral("审核 Reviewed"));
    QCOMPARE(test::child<QLabel>(&dialog, "signSigner")->text(), QStringLiteral("刘洋 (liuyang)"));
    QCOMPARE(test::child<QLineEdit>(&dialog, "signPassword")->echoMode(), QLineEdit::Password);
    // Nothing to compare with until the caller says what.
    auto *changes = test::child<QPushButton>(&dialog, "viewChangesButton");
    QVERIFY(!changes->isEnabled());
    QVERIFY(changes->toolTip().contains(QStringLiteral("no effective revision")));
    // Said beside the button too: a disabled button's tool tip is easily missed.
    auto *none = test::child<QLabel>(&dialog, "noComparisonNote");
    QVERIFY(none->isVisibleTo(&dialog));
    QVERIFY(none->text().contains(QStringLiteral("Nothing to compare")));
    dialog.setComparison(QStringLiteral("a\n"), QStringLiteral("A/0 (effective)"), QStringLiteral("b\n"), QStringLiteral("A/1 (in review)"));
    QVERIFY(changes->isEnabled());
    QVERIFY(!none->isVisibleTo(&dialog));
    QVERIFY(!dialog.okButton()->isEnabled()); // no password yet
    QVERIFY(!dialog.tryAccept());
    QVERIFY(dialog.errorText().contains(QStringLiteral("password")));
}

// Issue 14 item 8: the approver's sign dialog shows what the reviewers of the round said.
void TestWorkflowDialogs::approverSeesTheReviewersComments()
{
    SignRequest request = sampleRequest(SignatureMeaning::Approved);
    request.reviews = {{QStringLiteral("陈静 (chenjing)"), QDateTime(QDate(2026, 2, 27), QTime(9, 30), QTimeZone::utc()), QStringLiteral("第 4 节请补充回退步骤。")},
                       {QStringLiteral("刘洋 (liuyang)"), QDateTime(QDate(2026, 2, 28), QTime(10, 0), QTimeZone::utc()), QString()}};
    SignDialog dialog(request);
    const QString text = test::child<QLabel>(&dialog, "reviewComments")->text();
    QVERIFY2(text.contains(QStringLiteral("陈静 (chenjing)")) && text.contains(QStringLiteral("第 4 节请补充回退步骤。")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("刘洋 (liuyang)")) && text.contains(QStringLiteral("without a comment")), qPrintable(text));

    request.reviews.clear();
    SignDialog none(request);
    QVERIFY(test::child<QLabel>(&none, "reviewComments")->text().contains(QStringLiteral("No reviewer")));
    // A reviewer signs on their own judgement: nothing of the others is shown.
    SignDialog reviewer(sampleRequest(SignatureMeaning::Reviewed));
    QVERIFY(!reviewer.findChild<QLabel *>(QStringLiteral("reviewComments")));
}

void TestWorkflowDialogs::signDialogFieldsFollowTheMeaning_data()
{
    QTest::addColumn<SignatureMeaning>("meaning");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("okText");
    QTest::addColumn<bool>("asksDate");
    QTest::newRow("reviewed") << SignatureMeaning::Reviewed << QStringLiteral("审核 Reviewed") << QStringLiteral("Sign") << false;
    QTest::newRow("approved") << SignatureMeaning::Approved << QStringLiteral("批准 Approved") << QStringLiteral("Sign") << false;
    QTest::newRow("released") << SignatureMeaning::Released << QStringLiteral("发布 Released") << QStringLiteral("Release") << true;
    QTest::newRow("periodic review") << SignatureMeaning::PeriodicReview << QStringLiteral("定期评审 Periodic review") << QStringLiteral("Sign")
                                     << false;
}

void TestWorkflowDialogs::signDialogFieldsFollowTheMeaning()
{
    QFETCH(SignatureMeaning, meaning);
    QFETCH(QString, words);
    QFETCH(QString, okText);
    QFETCH(bool, asksDate);
    const SignRequest request = sampleRequest(meaning);
    SignDialog dialog(request);
    QCOMPARE(test::child<QLabel>(&dialog, "signMeaning")->text(), words);
    QCOMPARE(dialog.okButton()->text(), okText);
    auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("effectiveDate"));
    QCOMPARE(date != nullptr, asksDate);
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("signComment")) != nullptr, !asksDate); // core takes no release comment
    if (asksDate) {
        QCOMPARE(date->date(), request.today);
        QCOMPARE(date->minimumDate(), request.today); // never in the past
        date->setDate(request.today.addDays(-3));
        QCOMPARE(dialog.effectiveDate(), request.today);
        date->setDate(request.today.addDays(7));
        QCOMPARE(dialog.effectiveDate(), request.today.addDays(7));
    } else {
        QVERIFY(!dialog.effectiveDate().isValid());
    }
}

void TestWorkflowDialogs::viewChangesShowsTheDiff()
{
    SignDialog dialog(sampleRequest(SignatureMeaning::Reviewed));
    dialog.setComparison(QStringLiteral("# 程序\n\n口头批准。\n\n| 角色 | 职责 |\n|---|---|\n| 审核 | 复核 |\n"), QStringLiteral("A/0 (effective)"),
                         QStringLiteral("## 程序\n\n在线审批。\n\n| 角色 | 职责 |\n|---|---|\n| 审核 | 复核 |\n"), QStringLiteral("A/1 (in review)"));
    auto *changes = test::child<QPushButton>(&dialog, "viewChangesButton");
    QVERIFY(changes->isEnabled());
    QString summary;
    test::DialogScript script;
    script.on(QStringLiteral("changesDialog"), [&](QDialog &shown) {
        auto *view = test::child<DiffView>(&shown, "diffView");
        QVERIFY(view);
        summary = view->summaryText();
        QVERIFY(!view->diff().identical);
        // Reviewers read the text, not Markdown: no ### or |, the heading's change named.
        const QString compared = test::child<QTextBrowser>(view, "diffBrowser")->toPlainText();
        QVERIFY2(!compared.contains(QStringLiteral("#")) && !compared.contains(QStringLiteral("|")), qPrintable(compared));
        // "Heading 1: 程序" became "Heading 2: 程序": the changed line, its level marked inline.
        QVERIFY2(compared.contains(QStringLiteral("Heading 12: 程序")), qPrintable(compared));
        QVERIFY(compared.contains(QStringLiteral("角色 │ 职责")));
        shown.reject();
    });
    QTest::mouseClick(changes, Qt::LeftButton);
    QCOMPARE(script.seen(), QStringList{QStringLiteral("changesDialog")});
    QVERIFY2(summary.contains(QLatin1Char('1')), qPrintable(summary));
}

void TestWorkflowDialogs::wrongPasswordKeepsTheSignDialogOpen()
{
    // liuyang is the reviewer still missing on ISMS-P-003 A/1.
    const User liuyang = user(QStringLiteral("liuyang"));
    auto state = DocumentState::load(*m_db, liuyang, QStringLiteral("ISMS-P-003"));
    QVERIFY2(state.ok(), qPrintable(state.message()));
    SignRequest request = sampleRequest(SignatureMeaning::Reviewed);
    request.contentHash = state->current.contentHash;
    SignDialog dialog(request);
    int attempts = 0;
    dialog.setCommit([&]() -> Status {
        ++attempts;
        return Status::from(WorkflowService(*m_db).sign(liuyang, dialog.password(), request.number, SignatureMeaning::Reviewed, dialog.comment()));
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *password = test::child<QLineEdit>(&dialog, "signPassword");
    QTest::keyClicks(password, QStringLiteral("not-my-password"));
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(attempts, 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("password")), qPrintable(dialog.errorText()));
    QVERIFY(test::child<QLabel>(&dialog, "actionError")->isVisible());
    QCOMPARE(password->selectedText(), QStringLiteral("not-my-password")); // ready to be typed over
    auto unchanged = DocumentState::load(*m_db, liuyang, QStringLiteral("ISMS-P-003"));
    QCOMPARE(unchanged->current.status, RevisionStatus::InReview);

    QTest::keyClicks(password, test::demoPassword());
    QTest::keyClicks(test::child<QPlainTextEdit>(&dialog, "signComment"), QStringLiteral("OK"));
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(attempts, 2);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto after = DocumentState::load(*m_db, liuyang, QStringLiteral("ISMS-P-003"));
    QCOMPARE(after->current.status, RevisionStatus::InApproval); // the last reviewer signed
    QCOMPARE(after->signatures.constLast().signer, QStringLiteral("liuyang"));
    QCOMPARE(after->signatures.constLast().comment, QStringLiteral("OK"));
}

void TestWorkflowDialogs::commentIsRequired()
{
    CommentDialog dialog(QStringLiteral("Reject ISMS-P-007 A/0"), QStringLiteral("Say what must change."), QStringLiteral("Reject"));
    int commits = 0;
    dialog.setCommit([&]() -> Status {
        ++commits;
        return {};
    });
    dialog.show();
    auto *text = test::child<QPlainTextEdit>(&dialog, "commentEdit");
    QCOMPARE(dialog.okButton()->text(), QStringLiteral("Reject"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(text, QStringLiteral("   "));
    QVERIFY(!dialog.okButton()->isEnabled()); // white space is no comment
    QVERIFY(!dialog.tryAccept());
    QCOMPARE(commits, 0);
    QVERIFY(dialog.errorText().contains(QStringLiteral("required")));
    test::typeText(text, QStringLiteral("第 4.4 节缺少审批时限"));
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.comment(), QStringLiteral("第 4.4 节缺少审批时限"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(commits, 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestWorkflowDialogs::routeDialogOffersEligibleUsers()
{
    auto users = UserService(*m_db).users();
    QVERIFY(users.ok());
    const Route defaults{{QStringLiteral("liuyang"), QStringLiteral("chenjing")}, QStringLiteral("zhangwei"), true};
    // chenjing wrote the revision: she cannot be on its route.
    RouteDialog dialog(QStringLiteral("ISMS-R-001 A/0"), users.value(), QStringLiteral("chenjing"), defaults);
    auto *list = test::child<QListWidget>(&dialog, "reviewerList");
    QStringList offered;
    for (int i = 0; i < list->count(); ++i)
        offered << list->item(i)->data(Qt::UserRole).toString();
    QCOMPARE(offered, QStringList{QStringLiteral("liuyang")}); // the only other reviewer
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    auto *approver = test::child<QComboBox>(&dialog, "approverCombo");
    QCOMPARE(approver->currentData().toString(), QStringLiteral("zhangwei"));
    QCOMPARE(approver->count(), 2); // "Choose…" and zhangwei
    QVERIFY(test::child<QCheckBox>(&dialog, "sequentialCheck")->isChecked());
    const Route chosen = dialog.route();
    QCOMPARE(chosen.reviewers, QStringList{QStringLiteral("liuyang")});
    QCOMPARE(chosen.approver, QStringLiteral("zhangwei"));
    QVERIFY(chosen.sequential);
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestWorkflowDialogs::routeDialogChecksTheRoute_data()
{
    QTest::addColumn<QStringList>("reviewers");
    QTest::addColumn<QString>("approver");
    QTest::addColumn<QString>("message");
    QTest::newRow("no reviewer") << QStringList() << QStringLiteral("zhangwei") << QStringLiteral("at least one reviewer");
    QTest::newRow("no approver") << QStringList{QStringLiteral("chenjing")} << QString() << QStringLiteral("approver");
    QTest::newRow("complete") << QStringList{QStringLiteral("chenjing"), QStringLiteral("liuyang")} << QStringLiteral("zhangwei") << QString();
}

void TestWorkflowDialogs::routeDialogChecksTheRoute()
{
    QFETCH(QStringList, reviewers);
    QFETCH(QString, approver);
    QFETCH(QString, message);
    auto users = UserService(*m_db).users();
    RouteDialog dialog(QStringLiteral("ISMS-R-001 A/0"), users.value(), QStringLiteral("wangfang"), Route{});
    for (const QString &name : reviewers)
        QVERIFY(dialog.setReviewerChecked(name, true));
    QVERIFY(!dialog.setReviewerChecked(QStringLiteral("wangfang"), true)); // the author is not offered
    if (!approver.isEmpty())
        QVERIFY(dialog.setApprover(approver));
    int commits = 0;
    dialog.setCommit([&]() -> Status {
        ++commits;
        return {};
    });
    QCOMPARE(dialog.okButton()->isEnabled(), message.isEmpty());
    QCOMPARE(dialog.tryAccept(), message.isEmpty());
    QCOMPARE(commits, message.isEmpty() ? 1 : 0);
    if (!message.isEmpty())
        QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
}

void TestWorkflowDialogs::routeOrderFollowsTheList()
{
    auto users = UserService(*m_db).users();
    const Route defaults{{QStringLiteral("chenjing"), QStringLiteral("liuyang")}, QStringLiteral("zhangwei"), false};
    RouteDialog dialog(QStringLiteral("ISMS-R-001 A/0"), users.value(), QStringLiteral("wangfang"), defaults);
    QCOMPARE(dialog.route().reviewers, (QStringList{QStringLiteral("chenjing"), QStringLiteral("liuyang")}));
    auto *list = test::child<QListWidget>(&dialog, "reviewerList");
    list->setCurrentRow(1);
    QTest::mouseClick(test::child<QPushButton>(&dialog, "moveUpButton"), Qt::LeftButton);
    QCOMPARE(dialog.route().reviewers, (QStringList{QStringLiteral("liuyang"), QStringLiteral("chenjing")}));
    QTest::mouseClick(test::child<QPushButton>(&dialog, "moveUpButton"), Qt::LeftButton); // already first
    QCOMPARE(dialog.route().reviewers, (QStringList{QStringLiteral("liuyang"), QStringLiteral("chenjing")}));
    QTest::mouseClick(test::child<QPushButton>(&dialog, "moveDownButton"), Qt::LeftButton);
    QCOMPARE(dialog.route().reviewers, (QStringList{QStringLiteral("chenjing"), QStringLiteral("liuyang")}));
}

QTEST_MAIN(TestWorkflowDialogs)
#include "tst_workflowdialogs.moc"
