#pragma once
// Errors as values. The core never throws across its public API and never aborts on bad input.
#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace letopis {

enum class ErrorCode {
    Io,              // a file could not be opened, read or written
    NotText,         // bytes that are not text in any supported encoding
    Encoding,        // a named encoding is unknown or the bytes do not decode in it
    Database,        // SQLite reported an error
    SchemaTooNew,    // the database was written by a newer Letopis
    InvalidArgument, // a caller passed something malformed (bad date, bad query)
    Cancelled,
};

struct Error {
    ErrorCode code;
    std::string message; // for a person: says what failed and what to do
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}            // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::move(error)) {}        // NOLINT(google-explicit-constructor)

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { assert(ok()); return std::get<0>(m_v); }
    const T& value() const& { assert(ok()); return std::get<0>(m_v); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { assert(!ok()); return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// Result for operations with nothing to return.
struct Ok {};
using Status = Result<Ok>;

inline Error makeError(ErrorCode code, std::string message) { return Error{code, std::move(message)}; }

} // namespace letopis
