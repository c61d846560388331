// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Credfolio {

/// The source of "now" for everything that compares dates (validity periods, cache ages). Injected so
/// that tests and `credfolio-cli verify --at` can check as of another time. Thread-safe: now() is const.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

/// The system's clock, in UTC.
class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

/// Always the same instant (UTC).
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at);
    QDateTime now() const override;

private:
    QDateTime m_at;
};

} // namespace Credfolio
