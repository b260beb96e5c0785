#pragma once

// Shared helpers for the unit tests: a store with one user per role, built once per test
// executable (Argon2id costs ~0.1 s a user) and copied for every test that needs a fresh one.

#include "core/model/clock.h"
#include "core/model/enums.h"
#include "core/model/user.h"
#include "core/services/userservice.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "testsupport.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTime>
#include <QTimeZone>
#include <QVariant>

#include <memory>

namespace dctest {

inline const QString kPassword = QStringLiteral("Pa55-word-2026");

// 2026-03-15 09:30 UTC: every test's "now".
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 15), QTime(9, 30), QTimeZone::utc());
}

// The bytes of a file, to prove a refused action left it alone.
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// One value of a single-row, single-column query (or an invalid QVariant when it fails).
inline QVariant scalar(dc::Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto q = dc::Sql::exec(db, sql, binds, QStringLiteral("test query"));
    if (!q || !q.value().next())
        return {};
    return q.value().value(0);
}

// Moves every revision of a document to `status` by raw SQL, one lifecycle step at a time (the
// store refuses any other status change): a shortcut for tests about reading, not workflow.
inline dc::Status forceStatus(dc::Database &db, qint64 documentId, dc::RevisionStatus status)
{
    using S = dc::RevisionStatus;
    QList<S> path{S::InReview, S::InApproval, S::Approved, S::Effective};
    if (status == S::Superseded || status == S::Obsolete)
        path << status;
    else
        path = path.mid(0, path.indexOf(status) + 1);
    for (S step : path) {
        auto q = dc::Sql::exec(db, QStringLiteral("UPDATE revisions SET status = ? WHERE document_id = ?"), {dc::toKey(step), documentId},
                               QStringLiteral("force the status"));
        if (!q)
            return q.error();
    }
    return {};
}

inline int rowCount(dc::Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

// A store with an administrator, a document controller, an author, a reviewer and a reader.
class StoreTemplate final {
public:
    dc::User admin;      // "admin": Admin
    dc::User controller; // "wangfang": Controller, 信息安全部
    dc::User author;     // "lisi": Author, IT 部
    dc::User reviewer;   // "zhaoliu": Reviewer
    dc::User reader;     // "chenjing": Reader
    QString error;       // why prepare() failed

    // Builds the template store. Returns false (with `error`) when anything fails.
    bool prepare(const dc::Clock &clock, dc::LabelScheme scheme = dc::LabelScheme::EditionRevision)
    {
        if (!m_dir.isValid()) {
            error = QStringLiteral("no temporary folder");
            return false;
        }
        m_path = m_dir.filePath(QStringLiteral("template.dcstore"));
        dc::NewStore init;
        init.organisation = QStringLiteral("云启信息技术有限公司");
        init.organisationEn = QStringLiteral("Yunqi Information Technology Co., Ltd.");
        init.admin = QStringLiteral("admin");
        init.password = kPassword;
        init.scheme = scheme;
        auto store = dc::UserService::initStore(m_path, init, clock);
        if (!store) {
            error = store.message();
            return false;
        }
        dc::UserService users(*store.value(), clock);
        auto adminUser = users.authenticate(QStringLiteral("admin"), kPassword);
        if (!adminUser) {
            error = adminUser.message();
            return false;
        }
        admin = adminUser.value();
        const struct {
            dc::User *user;
            const char *name;
            const char *display;
            const char *department;
            dc::Role role;
        } wanted[] = {
            {&controller, "wangfang", "王芳", "信息安全部", dc::Role::Controller},
            {&author, "lisi", "李四", "IT 部", dc::Role::Author},
            {&reviewer, "zhaoliu", "赵六", "质量部", dc::Role::Reviewer},
            {&reader, "chenjing", "陈静", "人事部", dc::Role::Reader},
        };
        for (const auto &w : wanted) {
            auto added = users.addUser(admin,
                                       dc::NewUser{QString::fromUtf8(w.name), QString::fromUtf8(w.display),
                                                   QString::fromUtf8(w.department), dc::Roles(w.role)},
                                       kPassword);
            if (!added) {
                error = added.message();
                return false;
            }
            *w.user = added.value();
        }
        return true; // the store closes here, so the template file is complete on its own
    }

    // A fresh copy of the template at `path`, opened.
    dc::Result<std::unique_ptr<dc::Database>> copyTo(const QString &path) const
    {
        if (!QFile::copy(m_path, path))
            return dc::Error{dc::ErrorCode::Io, QStringLiteral("cannot copy the template store to ") + path};
        return dc::Database::open(path);
    }

    QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace dctest
