#include "storegenerator.h"

#include "core/services/documentservice.h"
#include "core/services/keyring.h"
#include "core/services/userservice.h"
#include "core/services/workflowservice.h"
#include "core/store/database.h"

#include <cstdio>

using namespace dc;

namespace bench {
namespace {

const QStringList kTopics{QStringLiteral("信息安全风险评估"), QStringLiteral("变更管理"), QStringLiteral("事件管理"), QStringLiteral("内部审核"),
                          QStringLiteral("供应商管理"), QStringLiteral("业务连续性"), QStringLiteral("访问控制"), QStringLiteral("数据备份与恢复"),
                          QStringLiteral("容量管理"), QStringLiteral("服务级别管理"), QStringLiteral("配置管理"), QStringLiteral("问题管理")};
const QStringList kTopicsEn{QStringLiteral("risk assessment"), QStringLiteral("change management"), QStringLiteral("incident management"),
                            QStringLiteral("internal audit"), QStringLiteral("supplier management"), QStringLiteral("business continuity"),
                            QStringLiteral("access control"), QStringLiteral("backup and restore"), QStringLiteral("capacity management"),
                            QStringLiteral("service level management"), QStringLiteral("configuration management"), QStringLiteral("problem management")};
// Sentences a procedure of an ISO/IEC 27001 + 20000-1 management system is made of; each
// document takes a different selection, so terms have very different hit counts.
const QStringList kSentences{
    QStringLiteral("信息安全部负责组织%1活动，质量管理部负责审核与记录保存，总经理批准。"),
    QStringLiteral("各部门应按照本程序的要求识别相关方的需求和期望，并形成文件化信息。"),
    QStringLiteral("当发生重大变更时，应评估其对服务和信息安全的影响，并在实施前获得授权。"),
    QStringLiteral("The process owner reviews the %2 records every quarter and reports nonconformities."),
    QStringLiteral("记录的保存期限不少于三年，电子记录应定期备份，纸质记录由文控中心归档。"),
    QStringLiteral("管理者代表每年至少组织一次管理评审，输入包括审核结果、客户反馈和风险处置状态。"),
    QStringLiteral("Access rights are granted on a need-to-know basis and revoked within one working day."),
    QStringLiteral("供应商的服务绩效应按合同约定进行监视，发现偏差时发起纠正措施。"),
    QStringLiteral("事件应在发现后一小时内登记，按影响和紧急程度确定优先级，并通知相关责任人。"),
    QStringLiteral("Backups are encrypted, tested by restoring a sample each month, and kept off site."),
    QStringLiteral("变更请求须说明原因、范围、回退计划和测试结果，由变更咨询委员会评审。"),
    QStringLiteral("本程序的执行情况纳入内部审核范围，审核发现的不符合项应在规定期限内关闭。"),
    QStringLiteral("容量计划综合考虑业务预测、资源利用率和性能指标，每半年更新一次。"),
    QStringLiteral("Suppliers handling confidential information sign a non-disclosure agreement first."),
    QStringLiteral("培训记录、能力评价和岗位说明书由人力资源部统一管理，作为能力的证据。"),
    QStringLiteral("物理安全区域设置门禁和视频监控，来访人员须登记并由员工全程陪同。"),
};
// Uncommon characters: pairs of them make codes that ten documents share.
const QString kRareChars = QStringLiteral("鑫垚淼焱犇骉羴麤靐龘燚厵嫑孖叒叕茻朤槑巭兲氼烎嘂毳昍畾芔屾歮"
                                          "奻歰衠皛瞐赑圐囧冏砳甴曱兦夯氽汆乑乥乪乫乬乭乮乯乲乴乶乷乸乹乺乻"
                                          "乼乽乿亀亁亃亄亅亇亊亐亖亗亙亜亝亣亪亯亰亱亴亶亷亸");

} // namespace

QString rarePair(int code)
{
    const int n = int(kRareChars.size());
    return QString(kRareChars.at((code / n) % n)) + kRareChars.at(code % n);
}

QString rareWord(int code)
{
    QString word = QStringLiteral("zq");
    for (int i = 0; i < 4; ++i, code /= 26)
        word += QChar(u'a' + code % 26);
    return word;
}

QString generatedText(int index, int revision, int documents)
{
    const int topic = index % int(kTopics.size());
    QString text = QStringLiteral("# %1程序\n\n## 1 目的\n\n为规范%1活动（%2），明确职责，确保符合 ISO/IEC 27001 与 ISO/IEC 20000-1 的要求。"
                                  "项目代号%3，英文代号 %4。\n\n")
                       .arg(kTopics.at(topic), kTopicsEn.at(topic), rarePair(index / 10), rareWord(index / 10));
    if (documents >= 10 && index % (documents / 10) == 0)
        text += QStringLiteral("本文件另设印章“丵”。\n\n"); // 丵: in no other text
    for (int section = 2; text.size() < 640; ++section) {
        text += QStringLiteral("## %1 要求\n\n").arg(section);
        for (int s = 0; s < 3; ++s) {
            const qsizetype pick = (index * 7 + section * 3 + s * 5 + revision) % kSentences.size();
            text += QString(kSentences.at(pick)).replace(QLatin1String("%1"), kTopics.at(topic)).replace(QLatin1String("%2"), kTopicsEn.at(topic));
        }
        text += QStringLiteral("\n\n| 步骤 | 负责人 | 记录 |\n|---|---|---|\n| 策划 | 部门经理 | 计划表 |\n| 实施 | **执行人** | 实施记录 |\n\n");
    }
    text += QStringLiteral("修订 %1：第 %2 号文件的第 %3 次修订。\n").arg(revision).arg(index).arg(revision + 1);
    return text;
}

Result<GeneratedStore> generateStore(Database &db, const Clock &clock, const User &admin, const QString &password, int documents)
{
    UserService users(db, clock);
    const QString signerPassword = QStringLiteral("password");
    auto reviewer = users.addUser(admin, NewUser{QStringLiteral("reviewer1"), QStringLiteral("审核员"), QString(), Roles(Role::Reviewer)}, signerPassword);
    if (!reviewer)
        return reviewer.error();
    auto approver = users.addUser(admin, NewUser{QStringLiteral("approver1"), QStringLiteral("批准人"), QString(), Roles(Role::Approver)}, signerPassword);
    if (!approver)
        return approver.error();
    Keyring keyring(db, clock);
    auto adminKey = keyring.unlock(admin, password);
    auto reviewerKey = keyring.unlock(reviewer.value(), signerPassword);
    auto approverKey = keyring.unlock(approver.value(), signerPassword);
    if (!adminKey || !reviewerKey || !approverKey)
        return Error{ErrorCode::AuthenticationFailed, QStringLiteral("a signing key did not open")};

    DocumentService service(db, clock);
    WorkflowService workflow(db, clock);
    const Route route{{reviewer->name}, approver->name, false};
    const QList<DocumentType> types{DocumentType::Procedure, DocumentType::Record, DocumentType::WorkInstruction, DocumentType::Form,
                                    DocumentType::Policy};
    GeneratedStore made;
    const auto releaseCurrent = [&](const QString &number) -> Status {
        if (auto submitted = workflow.submit(admin, number, route); !submitted)
            return submitted.error();
        if (auto reviewed = workflow.sign(reviewer.value(), reviewerKey.value(), number, SignatureMeaning::Reviewed, {}); !reviewed)
            return reviewed.error();
        if (auto approved = workflow.sign(approver.value(), approverKey.value(), number, SignatureMeaning::Approved, {}); !approved)
            return approved.error();
        return Status::from(workflow.release(admin, adminKey.value(), number));
    };
    const int batch = 250;
    for (int first = 0; first < documents; first += batch) {
        const Status written = db.write([&]() -> Status {
            for (int i = first; i < std::min(documents, first + batch); ++i) {
                const int topic = i % int(kTopics.size());
                NewDocument d;
                d.title = kTopics.at(topic) + QStringLiteral("程序 %1").arg(i);
                d.titleEn = kTopicsEn.at(topic) + QStringLiteral(" procedure %1").arg(i);
                d.type = types.at(i % types.size());
                d.owner = admin.name;
                d.department = i % 3 == 0 ? QStringLiteral("信息安全部") : i % 3 == 1 ? QStringLiteral("IT 运维部") : QStringLiteral("质量管理部");
                // Each text names the form registered next, as procedures name their forms
                // before those exist: registering it then links the texts that name it.
                auto nextForm = service.nextNumber(DocumentType::Form);
                if (!nextForm)
                    return nextForm.error();
                const QString cites = QStringLiteral("相关表单：%1。\n").arg(nextForm.value());
                d.content = generatedText(i, 0, documents) + cites;
                auto created = service.create(admin, d);
                if (!created)
                    return created.error();
                made.numbers << created->number;
                made.textBytes += d.title.toUtf8().size() + d.titleEn.toUtf8().size() + d.content.toUtf8().size();
                // 1, 3 or 5 revisions (3 on average); the last of them stays a draft in one
                // document of five, so the register holds drafts as well as effective documents.
                const int revisions = 1 + 2 * (i % 3);
                for (int r = 0; r < revisions; ++r) {
                    if (r > 0) {
                        const QString content = generatedText(i, r, documents) + cites;
                        auto edited = service.editDraft(admin, created->number, content, QStringLiteral("第 %1 次修订").arg(r));
                        if (!edited)
                            return edited.error();
                        made.textBytes += d.title.toUtf8().size() + d.titleEn.toUtf8().size() + content.toUtf8().size();
                    }
                    ++made.revisions;
                    if (r == revisions - 1 && i % 5 == 4)
                        break;
                    if (const Status released = releaseCurrent(created->number); !released)
                        return released;
                }
            }
            return {};
        });
        if (!written)
            return written.error();
        if ((first + batch) % 1000 == 0)
            std::fprintf(stderr, "  generated %d of %d documents\n", first + batch, documents);
    }
    return made;
}

} // namespace bench
