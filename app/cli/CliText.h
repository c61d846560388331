// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Credfolio::Cli {

/// The translation context of the command line's own messages.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Credfolio::Cli)
};

} // namespace Credfolio::Cli
