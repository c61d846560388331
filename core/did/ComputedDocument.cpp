// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/did/ComputedDocument.h"

#include <QJsonArray>

namespace Credfolio::Did {

ControllerDocument computedDocument(const QString &did, const ComputedKey &key, const Crypto::PublicKey &publicKey)
{
    VerificationMethod method;
    method.id = key.methodId;
    method.type = key.methodType;
    method.controller = did;
    method.key = publicKey;
    method.json = QJsonObject{{QStringLiteral("id"), key.methodId},
                              {QStringLiteral("type"), key.methodType},
                              {QStringLiteral("controller"), did},
                              {key.keyProperty, key.keyValue}};

    const QJsonArray listed{key.methodId};
    QJsonObject json{
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/did/v1"), key.securityContext}},
        {QStringLiteral("id"), did},
        {QStringLiteral("verificationMethod"), QJsonArray{method.json}},
        {QStringLiteral("assertionMethod"), listed},
        {QStringLiteral("authentication"), listed},
        {QStringLiteral("capabilityInvocation"), listed},
        {QStringLiteral("capabilityDelegation"), listed}};
    if (key.keyAgreement) {
        json.insert(QStringLiteral("keyAgreement"), listed);
    }

    ControllerDocument document;
    document.id = did;
    document.json = json;
    document.methods = {method};
    document.assertionMethod = {key.methodId};
    document.authentication = {key.methodId};
    document.computed = true;
    return document;
}

} // namespace Credfolio::Did
