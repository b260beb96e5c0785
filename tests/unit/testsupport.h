#pragma once

// Lets QtTest print and carry the error codes: QCOMPARE(r.code(), dc::ErrorCode::Duplicate)
// shows "Duplicate" rather than a number, and _data() tables can hold them.

#include "core/model/result.h"

#include <QMetaType>
#include <QTest>

namespace dc {

// Found by argument-dependent lookup from QCOMPARE.
inline char *toString(ErrorCode code)
{
    const char *name = "?";
    switch (code) {
    case ErrorCode::InvalidInput: name = "InvalidInput"; break;
    case ErrorCode::Duplicate: name = "Duplicate"; break;
    case ErrorCode::NotFound: name = "NotFound"; break;
    case ErrorCode::PermissionDenied: name = "PermissionDenied"; break;
    case ErrorCode::AuthenticationFailed: name = "AuthenticationFailed"; break;
    case ErrorCode::InvalidState: name = "InvalidState"; break;
    case ErrorCode::NotAStore: name = "NotAStore"; break;
    case ErrorCode::CorruptStore: name = "CorruptStore"; break;
    case ErrorCode::NewerStore: name = "NewerStore"; break;
    case ErrorCode::ReadOnlyStore: name = "ReadOnlyStore"; break;
    case ErrorCode::CannotOpen: name = "CannotOpen"; break;
    case ErrorCode::Database: name = "Database"; break;
    case ErrorCode::Io: name = "Io"; break;
    case ErrorCode::Conflict: name = "Conflict"; break;
    }
    return qstrdup(name);
}

} // namespace dc

Q_DECLARE_METATYPE(dc::ErrorCode)

// Asserts that `result` (a Result or Status) failed with `expected`, printing its message if not.
#define DC_EXPECT_ERROR(result, expected)                                                                         \
    do {                                                                                                          \
        const auto &dc_r_ = (result);                                                                             \
        QVERIFY2(!dc_r_.ok(), "succeeded, but should have failed with " #expected);                             \
        QCOMPARE(dc_r_.code(), expected);                                                                         \
    } while (false)

// Asserts success, printing the error message otherwise.
#define DC_EXPECT_OK(result)                                                                                      \
    do {                                                                                                          \
        const auto &dc_r_ = (result);                                                                             \
        QVERIFY2(dc_r_.ok(), qPrintable(dc_r_.message()));                                                        \
    } while (false)
