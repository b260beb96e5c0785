#pragma once

// Stores for the GUI tests, made in a temporary folder.

#include "core/services/documentservice.h"
#include "core/services/userservice.h"
#include "core/store/database.h"

#include <QString>
#include <QTest>

#include <memory>

namespace dc::test {

inline const QString kAdminPassword = QStringLiteral("correct horse");

// The document types the generated register cycles through, in order.
inline const QList<DocumentType> kCycledTypes{DocumentType::Policy, DocumentType::Procedure, DocumentType::Form};

// How many of `count` generated documents have `type`.
inline int countOfType(int count, DocumentType type)
{
    const int i = int(kCycledTypes.indexOf(type));
    return i < 0 ? 0 : count / int(kCycledTypes.size()) + (i < count % kCycledTypes.size() ? 1 : 0);
}

// The title of the i-th generated document (1-based): sorts like i.
inline QString generatedTitle(int i) { return QStringLiteral("文件 %1").arg(i, 3, 10, QLatin1Char('0')); }

// A new store at `path` whose administrator "admin" registered `count` draft documents in one
// transaction: titles generatedTitle(i), types cycling through kCycledTypes, every fourth one
// confidential, and a reader "reader" who may see effective revisions only.
inline std::unique_ptr<Database> makeStore(const QString &path, int count)
{
    NewStore store;
    store.organisation = QStringLiteral("测试公司");
    store.organisationEn = QStringLiteral("Test Co.");
    store.admin = QStringLiteral("admin");
    store.password = kAdminPassword;
    auto created = UserService::initStore(path, store);
    if (!created) {
        QTest::qFail(qPrintable(created.message()), __FILE__, __LINE__);
        return nullptr;
    }
    std::unique_ptr<Database> db = std::move(created).value();
    UserService users(*db);
    const User admin = users.authenticate(QStringLiteral("admin"), kAdminPassword).value();
    auto reader = users.addUser(admin, NewUser{QStringLiteral("reader"), QStringLiteral("读者"), QStringLiteral("客户服务部"), Role::Reader},
                                kAdminPassword);
    if (!reader) {
        QTest::qFail(qPrintable(reader.message()), __FILE__, __LINE__);
        return nullptr;
    }
    DocumentService documents(*db);
    const Status filled = db->write([&]() -> Status {
        for (int i = 1; i <= count; ++i) {
            NewDocument d;
            d.title = generatedTitle(i);
            d.titleEn = QStringLiteral("Document %1").arg(i);
            d.type = kCycledTypes.at((i - 1) % kCycledTypes.size());
            d.owner = QStringLiteral("admin");
            d.classification = i % 4 == 0 ? Classification::Confidential : Classification::Internal;
            d.content = QStringLiteral("# %1\n\n第 %2 号测试文件的内容：内部审核与管理评审。\n").arg(d.title).arg(i);
            if (auto made = documents.create(admin, d); !made)
                return made.error();
        }
        return {};
    });
    if (!filled) {
        QTest::qFail(qPrintable(filled.message()), __FILE__, __LINE__);
        return nullptr;
    }
    return db;
}

} // namespace dc::test
