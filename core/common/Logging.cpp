// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcCommon, "credfolio.common")
