// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Credfolio::Verify {

/// The translation context of every learner-facing sentence in core/verify.
struct VerifyText {
    Q_DECLARE_TR_FUNCTIONS(Credfolio::Verify)
};

} // namespace Credfolio::Verify
