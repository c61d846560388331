// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The network module's logging category, credfolio.net; enable with QT_LOGGING_RULES.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
