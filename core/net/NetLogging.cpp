// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/NetLogging.h"

Q_LOGGING_CATEGORY(lcNet, "credfolio.net")
