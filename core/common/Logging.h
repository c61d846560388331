// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One logging category per module, named credfolio.<module>; enable with QT_LOGGING_RULES.
Q_DECLARE_LOGGING_CATEGORY(lcCommon)
