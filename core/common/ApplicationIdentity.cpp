// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/ApplicationIdentity.h"

#include "core/common/Version.h"

#include <QCoreApplication>

namespace Credfolio {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(kOrganizationDomain));
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

} // namespace Credfolio
