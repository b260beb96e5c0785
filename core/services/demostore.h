#pragma once

#include "core/model/clock.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <memory>

namespace dc {

class Database;

// The demo store: a management manual ISMS-0001-2022 and a dozen policies, procedures, work
// instructions, forms and records of a fictitious cloud company, built from the content
// compiled into the program (:/demo). Every demo user's password is kPassword.
class DemoStore final {
    Q_DECLARE_TR_FUNCTIONS(dc::DemoStore)
public:
    static constexpr const char *kPassword = "demo";
    static constexpr const char *kController = "wangfang"; // who the GUI signs in as

    // Opens the demo store at `path`, creating and filling it first when the file does not exist.
    static Result<std::unique_ptr<Database>> openOrCreate(const QString &path, const Clock &clock = Clock::system());

    // Fills a freshly initialised store (admin "admin" signed in) from the manifest.
    static Status populate(Database &db, const Clock &clock);
};

} // namespace dc
