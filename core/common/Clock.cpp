// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"

namespace Credfolio {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(QDateTime at)
    : m_at(at.toUTC())
{
}

QDateTime FixedClock::now() const
{
    return m_at;
}

} // namespace Credfolio
