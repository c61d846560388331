// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/IssuerRegistry.h"

#include "core/json/JsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace Credfolio::Verify {

namespace {

const auto kCredfolioType = QLatin1StringView("credfolio.issuer-registry/1");
constexpr qint64 kMaxRegistryBytes = 16 * 1024 * 1024;

Error invalid(const QString &source, const QString &detail)
{
    return makeError(QStringLiteral("verify.registry-invalid"),
                     QCoreApplication::translate("Credfolio::Verify", "The issuer registry %1 is not in a format "
                                                                      "Credfolio reads.")
                         .arg(source),
                     detail);
}

// An optional string member; an error text when present but not a string.
std::optional<QString> optionalString(const QJsonObject &object, QLatin1StringView key, const QString &path,
                                      QString &problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return QString();
    }
    if (!value.isString()) {
        problem = path + QLatin1Char('.') + key + QStringLiteral(": not a string");
        return std::nullopt;
    }
    return value.toString();
}

// {"name", "url"?, "location"?} at `path`; the problem (with its path) on error.
std::optional<RegistryIssuer> readIssuer(const QJsonValue &value, const QString &id, const QString &path,
                                         QString &problem)
{
    if (!value.isObject()) {
        problem = path + QStringLiteral(": not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QString name = object.value(QLatin1StringView("name")).toString();
    if (name.trimmed().isEmpty()) {
        problem = path + QStringLiteral(".name: missing, empty or not a string");
        return std::nullopt;
    }
    const std::optional<QString> url = optionalString(object, QLatin1StringView("url"), path, problem);
    const std::optional<QString> location =
        url ? optionalString(object, QLatin1StringView("location"), path, problem) : std::nullopt;
    if (!url || !location) {
        return std::nullopt;
    }
    return RegistryIssuer{id, name, *url, *location};
}

Result<IssuerRegistry> readDcc(const QJsonObject &root, IssuerRegistry registry)
{
    const QJsonValue meta = root.value(QLatin1StringView("meta"));
    if (!meta.isUndefined() && !meta.isObject()) {
        return invalid(registry.source, QStringLiteral("$.meta: not an object"));
    }
    const QJsonValue metaName = meta.toObject().value(QLatin1StringView("name"));
    if (metaName.isString() && !metaName.toString().trimmed().isEmpty()) {
        registry.name = metaName.toString();
    }
    const QJsonValue entries = root.value(QLatin1StringView("registry"));
    if (!entries.isObject()) {
        return invalid(registry.source, QStringLiteral("$.registry: not an object"));
    }
    const QJsonObject object = entries.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = QStringLiteral("$.registry[\"%1\"]").arg(it.key());
        if (it.key().trimmed().isEmpty()) {
            return invalid(registry.source, path + QStringLiteral(": empty issuer id"));
        }
        QString problem;
        const std::optional<RegistryIssuer> issuer = readIssuer(it.value(), it.key(), path, problem);
        if (!issuer) {
            return invalid(registry.source, problem);
        }
        registry.insert(*issuer);
    }
    return registry;
}

Result<IssuerRegistry> readCredfolio(const QJsonObject &root, IssuerRegistry registry)
{
    const QJsonValue name = root.value(QLatin1StringView("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        return invalid(registry.source, QStringLiteral("$.name: missing, empty or not a string"));
    }
    registry.name = name.toString();
    const QJsonValue issuers = root.value(QLatin1StringView("issuers"));
    if (!issuers.isArray()) {
        return invalid(registry.source, QStringLiteral("$.issuers: missing or not an array"));
    }
    const QJsonArray array = issuers.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("$.issuers[%1]").arg(i);
        const QString id = array.at(i).toObject().value(QLatin1StringView("id")).toString();
        if (array.at(i).isObject() && id.trimmed().isEmpty()) {
            return invalid(registry.source, path + QStringLiteral(".id: missing, empty or not a string"));
        }
        QString problem;
        const std::optional<RegistryIssuer> issuer = readIssuer(array.at(i), id, path, problem);
        if (!issuer) {
            return invalid(registry.source, problem);
        }
        if (registry.find(id)) {
            return invalid(registry.source, path + QStringLiteral(".id: \"%1\" is listed twice").arg(id));
        }
        registry.insert(*issuer);
    }
    return registry;
}

} // namespace

QString normalizedIssuerId(const QString &issuerId)
{
    if (issuerId.startsWith(QLatin1StringView("https://")) && issuerId.endsWith(QLatin1Char('/'))) {
        return issuerId.chopped(1);
    }
    return issuerId;
}

std::optional<RegistryIssuer> IssuerRegistry::find(const QString &issuerId) const
{
    const auto it = issuers.constFind(normalizedIssuerId(issuerId));
    if (it == issuers.constEnd()) {
        return std::nullopt;
    }
    return it.value();
}

void IssuerRegistry::insert(const RegistryIssuer &issuer)
{
    issuers.insert(normalizedIssuerId(issuer.id), issuer);
}

bool IssuerRegistry::remove(const QString &issuerId)
{
    return issuers.remove(normalizedIssuerId(issuerId)) > 0;
}

Result<IssuerRegistry> IssuerRegistry::fromJson(QByteArrayView bytes, const QString &source,
                                                const QString &fallbackName)
{
    Result<QJsonObject> root = Json::parseObject(bytes);
    if (!root) {
        return invalid(source, QStringLiteral("$: %1 %2").arg(root.error().code, root.error().detail));
    }
    IssuerRegistry registry;
    registry.source = source;
    registry.name = fallbackName;
    const QJsonValue type = root->value(QLatin1StringView("type"));
    if (type.isString() && type.toString() == kCredfolioType) {
        return readCredfolio(*root, registry);
    }
    if (!type.isUndefined()) {
        return invalid(source, QStringLiteral("$.type: \"%1\" is not %2").arg(type.toString(), kCredfolioType));
    }
    if (root->contains(QLatin1StringView("registry"))) {
        return readDcc(*root, registry);
    }
    return invalid(source, QStringLiteral("$: neither a DCC registry (\"registry\") nor a Credfolio registry "
                                          "(\"type\": \"credfolio.issuer-registry/1\")"));
}

Result<IssuerRegistry> IssuerRegistry::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            QStringLiteral("verify.registry-unreadable"),
            QCoreApplication::translate("Credfolio::Verify", "The issuer registry %1 could not be opened.").arg(path),
            file.errorString());
    }
    if (file.size() > kMaxRegistryBytes) {
        return invalid(path, QStringLiteral("$: %1 bytes, more than %2").arg(file.size()).arg(kMaxRegistryBytes));
    }
    return fromJson(file.readAll(), path, QFileInfo(path).completeBaseName());
}

IssuerRegistrySet::IssuerRegistrySet()
{
    m_trustedByYou.name = QCoreApplication::translate("Credfolio::Verify", "Trusted by you");
}

void IssuerRegistrySet::addRegistry(const IssuerRegistry &registry)
{
    if (!registry.source.isEmpty()) {
        for (IssuerRegistry &each : m_registries) {
            if (each.source == registry.source) {
                each = registry;
                return;
            }
        }
    }
    m_registries.append(registry);
}

bool IssuerRegistrySet::removeRegistry(const QString &source)
{
    return m_registries.removeIf([&source](const IssuerRegistry &each) { return each.source == source; }) > 0;
}

void IssuerRegistrySet::trust(const QString &issuerId, const QString &name)
{
    m_trustedByYou.insert(RegistryIssuer{issuerId, name, {}, {}});
}

bool IssuerRegistrySet::untrust(const QString &issuerId)
{
    return m_trustedByYou.remove(issuerId);
}

std::optional<IssuerRegistrySet::Listing> IssuerRegistrySet::lookup(const QString &issuerId) const
{
    if (issuerId.isEmpty()) {
        return std::nullopt;
    }
    std::optional<Listing> listing;
    const auto note = [&listing](const IssuerRegistry &registry, const QString &registryName, const QString &id) {
        const std::optional<RegistryIssuer> issuer = registry.find(id);
        if (!issuer) {
            return;
        }
        if (!listing) {
            listing = Listing{*issuer, {}};
        }
        listing->registryNames.append(registryName);
    };
    for (const IssuerRegistry &registry : m_registries) {
        note(registry, registry.name, issuerId);
    }
    note(m_trustedByYou, QCoreApplication::translate("Credfolio::Verify", "Trusted by you"), issuerId);
    return listing;
}

Check issuerTrustCheck(const Credentials::Credential &credential, const IssuerRegistrySet &registries)
{
    const QString trustId = QString::fromLatin1(CheckId::IssuerTrust);
    const std::optional<IssuerRegistrySet::Listing> listing = registries.lookup(credential.issuer.id);
    if (!listing) {
        QStringList names;
        for (const IssuerRegistry &registry : registries.registries()) {
            names.append(registry.name);
        }
        return makeCheck(trustId, CheckStatus::Warn,
                         QCoreApplication::translate("Credfolio::Verify", "The issuer is not in a registry you use."),
                         QStringLiteral("issuer \"%1\" is in none of: %2")
                             .arg(credential.issuer.id, names.isEmpty() ? QStringLiteral("(no registries)")
                                                                        : names.join(QStringLiteral(", "))),
                         QStringLiteral("verify.issuer-not-listed"));
    }
    QString name = listing->issuer.name;
    if (name.isEmpty()) {
        name = credential.issuer.name.isEmpty() ? credential.issuer.id : credential.issuer.name;
    }
    const QString names = listing->registryNames.join(QStringLiteral(", "));
    return makeCheck(
        trustId, CheckStatus::Pass,
        QCoreApplication::translate("Credfolio::Verify", "Issued by %1, listed in %2.").arg(name, names),
        QStringLiteral("issuer \"%1\" listed as \"%2\" in %3").arg(credential.issuer.id, listing->issuer.name, names));
}

} // namespace Credfolio::Verify
