// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <utility>
#include <variant>

namespace Credfolio {

/// A value or the Error that prevented it; shaped like std::expected so that moving to C++23 is an alias.
/// Core APIs return Result instead of throwing. Accessing value() on an error (or error() on a value)
/// is a programming error and asserts.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(const T &value)
        : m_data(value)
    {
    }
    Result(T &&value)
        : m_data(std::move(value))
    {
    }
    Result(const Error &error)
        : m_data(error)
    {
    }
    Result(Error &&error)
        : m_data(std::move(error))
    {
    }

    bool has_value() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return has_value(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

    template <typename U>
    T value_or(U &&fallback) const &
    {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, Error> m_data;
};

/// Result<void>: success, or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(const Error &error)
        : m_error(error)
        , m_failed(true)
    {
    }
    Result(Error &&error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool has_value() const { return !m_failed; }
    explicit operator bool() const { return has_value(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace Credfolio
