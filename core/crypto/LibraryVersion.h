// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Credfolio::Crypto {

/// The version of the OpenSSL library in use at run time ("3.0.19"), for the About dialog and bug reports.
QString openSslVersion();

} // namespace Credfolio::Crypto
