// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/Fetcher.h"
#include "tests/support/TestWebServer.h"

namespace Credfolio::Test {

/// Points fetcher at server for these hosts (default: every host the server has responses for), on
/// port 443 for an HTTPS server and 80 for plain HTTP, so that URLs keep their real names (TLS checks
/// them). Trusting the server's CA is separate: fetcher.addTrustedCertificates({ca.certificate()}).
void routeToServer(Net::Fetcher &fetcher, const TestWebServer &server, const QStringList &hosts = {});

} // namespace Credfolio::Test
