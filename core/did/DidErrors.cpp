// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/did/DidErrors.h"

#include <QCoreApplication>

namespace Credfolio::Did::Errors {
namespace {

// Long identifiers (did:jwk, RSA keys) would swamp a sentence.
QString shown(const QString &id)
{
    constexpr qsizetype kShown = 80;
    return id.size() <= kShown ? id : QString(id.left(kShown) + QChar(0x2026));
}

} // namespace

Error badDid(const QString &did, const QString &detail)
{
    return makeError(QStringLiteral("did.bad-did"),
                     QCoreApplication::translate("Credfolio::Did", "\"%1\" is not a valid identifier of an issuer key")
                         .arg(shown(did)),
                     detail);
}

Error unsupportedMethod(const QString &did, const QString &method)
{
    return makeError(QStringLiteral("did.unsupported-method"),
                     QCoreApplication::translate("Credfolio::Did",
                                                 "Credfolio cannot look up %1: identifiers of the kind \"%2\" are not "
                                                 "supported (supported: did:key, did:jwk, did:web and https)")
                         .arg(shown(did), method),
                     method);
}

Error unsupportedKey(const QString &subject, const QString &detail)
{
    return makeError(
        QStringLiteral("did.unsupported-key"),
        QCoreApplication::translate("Credfolio::Did", "The key %1 is of a kind Credfolio cannot check signatures with")
            .arg(shown(subject)),
        detail);
}

Error badDocument(const QString &url, const QString &detail)
{
    return makeError(QStringLiteral("did.bad-document"),
                     QCoreApplication::translate("Credfolio::Did",
                                                 "The key document at %1 is not valid, so its keys cannot be trusted")
                         .arg(shown(url)),
                     detail);
}

Error redirectedElsewhere(const QString &url, const QString &finalUrl)
{
    return makeError(QStringLiteral("did.redirected-elsewhere"),
                     QCoreApplication::translate("Credfolio::Did",
                                                 "The key document of %1 was sent from another web site, so its keys "
                                                 "cannot be trusted")
                         .arg(shown(url)),
                     QStringLiteral("%1 redirected to %2").arg(url, finalUrl));
}

Error methodNotFound(const QString &methodUrl, const QString &documentId)
{
    return makeError(QStringLiteral("did.method-not-found"),
                     QCoreApplication::translate("Credfolio::Did", "The key %1 is not published by %2")
                         .arg(shown(methodUrl), shown(documentId)));
}

Error methodNotAuthorized(const QString &methodUrl, const QString &relationship)
{
    return makeError(QStringLiteral("did.method-not-authorized"),
                     QCoreApplication::translate("Credfolio::Did",
                                                 "The key %1 exists but its owner has not authorized it for this use")
                         .arg(shown(methodUrl)),
                     QStringLiteral("not listed under %1").arg(relationship));
}

Error controllerMismatch(const QString &methodUrl, const QString &controller, const QString &documentId)
{
    return makeError(
        QStringLiteral("did.method-controller-mismatch"),
        QCoreApplication::translate("Credfolio::Did", "The key %1 is published by %2 but says it belongs to %3")
            .arg(shown(methodUrl), shown(documentId), shown(controller)),
        QStringLiteral("controller %1, document %2").arg(controller, documentId));
}

Error badKey(const QString &subject, const QString &detail)
{
    return makeError(
        QStringLiteral("did.bad-key"),
        QCoreApplication::translate("Credfolio::Did", "The key %1 is damaged and cannot be read").arg(shown(subject)),
        detail);
}

Error noNetworkSource(const QString &did)
{
    return makeError(
        QStringLiteral("did.no-network-source"),
        QCoreApplication::translate("Credfolio::Did", "Looking up %1 needs the network, which is not available here")
            .arg(shown(did)));
}

} // namespace Credfolio::Did::Errors
