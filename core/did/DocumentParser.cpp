// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/did/DocumentParser.h"

#include "core/did/DidErrors.h"
#include "core/did/DidSyntax.h"
#include "core/did/Limits.h"
#include "core/did/MethodKey.h"
#include "core/json/JsonReader.h"

#include <QJsonArray>
#include <QSet>

namespace Credfolio::Did {
namespace {

class Parser {
public:
    explicit Parser(const QString &documentId)
        : m_documentId(documentId)
    {
    }

    Result<QString> absoluteId(const QString &id) const
    {
        if (id.startsWith(QLatin1Char('#')) && id.size() > 1) {
            return QString(m_documentId + id);
        }
        if (!isAbsoluteUrl(id)) {
            return Errors::badDocument(m_documentId,
                                       QStringLiteral("\"%1\" is neither absolute nor a fragment").arg(id));
        }
        return id;
    }

    Result<QString> addMethod(const QJsonValue &value, const QString &where)
    {
        if (!value.isObject()) {
            return Errors::badDocument(m_documentId, QStringLiteral("%1: a method must be an object").arg(where));
        }
        const QJsonObject object = value.toObject();
        const QJsonValue id = object.value(QLatin1String("id"));
        const QJsonValue type = object.value(QLatin1String("type"));
        const QJsonValue controller = object.value(QLatin1String("controller"));
        if (!id.isString() || !type.isString() || type.toString().isEmpty() || !controller.isString()) {
            return Errors::badDocument(m_documentId,
                                       QStringLiteral("%1: a method needs string id, type and controller").arg(where));
        }
        Result<QString> absolute = absoluteId(id.toString());
        if (!absolute) {
            return absolute;
        }
        if (!isAbsoluteUrl(controller.toString())) {
            return Errors::badDocument(
                m_documentId,
                QStringLiteral("%1: controller \"%2\" is not absolute").arg(where, controller.toString()));
        }
        if (m_ids.contains(*absolute)) {
            return Errors::badDocument(m_documentId, QStringLiteral("method id %1 defined twice").arg(*absolute));
        }
        if (m_document.methods.size() >= Limits::kMaxMethods) {
            return Errors::badDocument(m_documentId,
                                       QStringLiteral("more than %1 verification methods").arg(Limits::kMaxMethods));
        }
        m_ids.insert(*absolute);
        VerificationMethod method;
        method.id = *absolute;
        method.type = type.toString();
        method.controller = controller.toString();
        method.json = object;
        method.key = methodKey(object, *absolute).value_or(Crypto::PublicKey());
        m_document.methods.append(std::move(method));
        return absolute;
    }

    Result<QStringList> relationship(const QJsonObject &json, const char *name)
    {
        const QJsonValue value = json.value(QLatin1String(name));
        QStringList ids;
        if (value.isUndefined()) {
            return ids;
        }
        const QString where = QLatin1String(name);
        if (!value.isArray()) {
            return Errors::badDocument(m_documentId, QStringLiteral("%1 is not an array").arg(where));
        }
        const QJsonArray entries = value.toArray();
        if (entries.size() > Limits::kMaxRelationshipEntries) {
            return Errors::badDocument(m_documentId,
                                       QStringLiteral("%1 has %2 entries").arg(where).arg(entries.size()));
        }
        for (const QJsonValue &entry : entries) {
            Result<QString> id = entry.isString() ? absoluteId(entry.toString()) : addMethod(entry, where);
            if (!id) {
                return id.error();
            }
            ids.append(*id);
        }
        return ids;
    }

    Result<ControllerDocument> parse(const QJsonObject &json)
    {
        m_document.json = json;
        m_document.id = m_documentId;
        const QJsonValue methods = json.value(QLatin1String("verificationMethod"));
        if (!methods.isUndefined()) {
            if (!methods.isArray()) {
                return Errors::badDocument(m_documentId, QStringLiteral("verificationMethod is not an array"));
            }
            for (const QJsonValue &method : methods.toArray()) {
                if (Result<QString> added = addMethod(method, QStringLiteral("verificationMethod")); !added) {
                    return added.error();
                }
            }
        }
        Result<QStringList> assertion = relationship(json, "assertionMethod");
        if (!assertion) {
            return assertion.error();
        }
        Result<QStringList> authentication = relationship(json, "authentication");
        if (!authentication) {
            return authentication.error();
        }
        for (const char *other : {"keyAgreement", "capabilityInvocation", "capabilityDelegation"}) {
            if (Result<QStringList> ids = relationship(json, other); !ids) {
                return ids.error();
            }
        }
        m_document.assertionMethod = std::move(*assertion);
        m_document.authentication = std::move(*authentication);
        return std::move(m_document);
    }

private:
    QString m_documentId;
    ControllerDocument m_document;
    QSet<QString> m_ids;
};

} // namespace

Result<ControllerDocument> parseControllerDocument(const QJsonObject &json, const QString &expectedId)
{
    const QJsonValue id = json.value(QLatin1String("id"));
    if (!id.isString()) {
        return Errors::badDocument(expectedId, QStringLiteral("no string \"id\""));
    }
    if (id.toString() != expectedId) {
        return Errors::badDocument(expectedId,
                                   QStringLiteral("the document's id \"%1\" is not %2").arg(id.toString(), expectedId));
    }
    return Parser(expectedId).parse(json);
}

Result<ControllerDocument> parseFetchedDocument(const Net::RemoteDocument &document, const QString &expectedId)
{
    Json::ParseLimits limits;
    limits.maxBytes = Limits::kMaxDocumentBytes;
    limits.maxDepth = Limits::kMaxDocumentDepth;
    Result<QJsonObject> json = Json::parseObject(document.body, limits);
    if (!json) {
        return Errors::badDocument(expectedId,
                                   QStringLiteral("%1: %2").arg(json.error().code, json.error().toString()));
    }
    Result<ControllerDocument> parsed = parseControllerDocument(*json, expectedId);
    if (parsed) {
        parsed->fetchedAt = document.fetchedAt;
        parsed->fromCache = document.fromCache;
    }
    return parsed;
}

} // namespace Credfolio::Did
