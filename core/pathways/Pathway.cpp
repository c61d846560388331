// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pathways/Pathway.h"

namespace Credfolio::Pathways {

QString nodeKindKey(NodeKind kind)
{
    switch (kind) {
    case NodeKind::AllOf:
        return QStringLiteral("allOf");
    case NodeKind::NOf:
        return QStringLiteral("nOf");
    case NodeKind::MinCredits:
        return QStringLiteral("minCredits");
    case NodeKind::Credential:
        return QStringLiteral("credential");
    case NodeKind::Pathway:
        return QStringLiteral("pathway");
    }
    return {};
}

QString sharingKey(Sharing sharing)
{
    switch (sharing) {
    case Sharing::Inherit:
        return QStringLiteral("inherit");
    case Sharing::CountOnce:
        return QStringLiteral("countOnce");
    case Sharing::Shared:
        return QStringLiteral("shared");
    }
    return {};
}

} // namespace Credfolio::Pathways
