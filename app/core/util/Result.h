// A value or a typed error: the way every core function reports failure.
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace acmedesk {

struct Error
{
    enum class Kind {
        Invalid,  // bad input from the user or a file
        Crypto,   // OpenSSL refused an operation
        Network,  // transport failed (DNS, TCP, TLS, timeout)
        Protocol, // the server said something we cannot use
        Problem,  // the server answered with an RFC 7807 problem
        Secrets,  // keychain trouble
        Storage,  // database or file system
        Cancelled,
    };
    Kind kind = Kind::Invalid;
    QString message; // one sentence an administrator can act on
    QString detail;  // technical detail for "copy details"; never a secret
    QString code;    // machine-readable reason, e.g. the ACME problem type without its URN prefix
    int httpStatus = 0;
    QDateTime retryAt; // when the server said to try again (Retry-After), if it did

    static Error invalid(QString m, QString d = {})
    {
        return {Kind::Invalid, std::move(m), std::move(d)};
    }
    static Error crypto(QString m, QString d = {})
    {
        return {Kind::Crypto, std::move(m), std::move(d)};
    }
    static Error storage(QString m, QString d = {})
    {
        return {Kind::Storage, std::move(m), std::move(d)};
    }
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace acmedesk
