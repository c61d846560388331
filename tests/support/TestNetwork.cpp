// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestNetwork.h"

namespace Credfolio::Test {

void routeToServer(Net::Fetcher &fetcher, const TestWebServer &server, const QStringList &hosts)
{
    const quint16 port = server.isHttps() ? 443 : 80;
    for (const QString &host : hosts.isEmpty() ? server.hosts() : hosts) {
        fetcher.mapHost(host, port, server.address(), server.port());
    }
}

} // namespace Credfolio::Test
