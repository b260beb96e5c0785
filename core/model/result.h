#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace dc {

// What went wrong, in a form both the CLI (exit status) and the UI (message box) can use.
enum class ErrorCode {
    InvalidInput,        // a value the user typed is not acceptable
    Duplicate,           // a unique value (number, user name) is taken
    NotFound,            // the named document, revision or user does not exist
    PermissionDenied,    // the acting user's roles do not allow the action
    AuthenticationFailed,
    InvalidState,        // the object is not in a state that allows the action
    NotAStore,           // the file is not a DocControl store
    CorruptStore,        // the file is damaged
    NewerStore,          // written by a newer DocControl
    ReadOnlyStore,       // the file or its folder cannot be written
    CannotOpen,          // the file is missing or cannot be read
    Database,            // any other SQL failure
    Io,
    Conflict,            // the object changed since it was read (another desk saved first)
};

// One error convention everywhere: a code and a translated, user-facing message.
struct Error {
    ErrorCode code;
    QString message;
};

// A value or an Error. Never throws; callers test ok() before value().
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    ErrorCode code() const { return error().code; }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

// Result of an action that returns nothing.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    ErrorCode code() const { return m_error->code; }
    QString message() const { return ok() ? QString() : m_error->message; }

    template <typename T>
    static Status from(const Result<T> &r) { return r.ok() ? Status() : Status(r.error()); }

private:
    std::optional<Error> m_error;
};

} // namespace dc
