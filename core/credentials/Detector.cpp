// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/Detector.h"

#include "core/codec/PngChunks.h"
#include "core/codec/SvgBadge.h"
#include "core/credentials/CompactJws.h"
#include "core/credentials/DetectorRules.h"
#include "core/credentials/Limits.h"
#include "core/json/JsonReader.h"

#include <QCoreApplication>

namespace Credfolio::Credentials {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QByteArrayView trimmed(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
    }
    while (!bytes.isEmpty() && isSpace(bytes.front())) {
        bytes = bytes.sliced(1);
    }
    while (!bytes.isEmpty() && isSpace(bytes.back())) {
        bytes.chop(1);
    }
    return bytes;
}

Error wrap(const Error &inner, const QString &sentence)
{
    QString detail = inner.message;
    if (!inner.detail.isEmpty()) {
        detail += QStringLiteral(" (") + inner.detail + QLatin1Char(')');
    }
    return makeError(inner.code, sentence, detail);
}

Result<Detection> detectJson(QByteArrayView bytes, bool baked)
{
    Result<QJsonValue> parsed = Json::parse(bytes);
    if (!parsed) {
        return wrap(parsed.error(),
                    baked ? QCoreApplication::translate("Credfolio::Credentials",
                                                        "The badge baked into this image is not valid JSON")
                          : QCoreApplication::translate("Credfolio::Credentials",
                                                        "This file looks like JSON but cannot be read"));
    }
    if (!parsed->isObject()) {
        return makeError(
            QStringLiteral("credentials.not-a-credential"),
            QCoreApplication::translate("Credfolio::Credentials",
                                        "This JSON is not a credential (a single JSON object is expected)"));
    }
    Detection detection;
    detection.json = parsed->toObject();
    detection.container = Container::Json;
    Result<JsonShape> shape = classifyJson(detection.json);
    if (!shape) {
        return shape.error();
    }
    detection.format = shape->vc ? Format::VcJsonLd : Format::Ob2Hosted;
    detection.kind = shape->kind;
    return detection;
}

Result<Detection> detectJws(QByteArrayView token)
{
    Result<Detail::JwsParts> parts = Detail::splitJws(token);
    if (!parts) {
        return parts.error();
    }
    Detection detection;
    detection.container = Container::Jwt;
    detection.jwtHeader = parts->header;
    detection.json = parts->payload;
    const QJsonValue vcClaim = parts->payload.value(QLatin1StringView("vc"));
    if (parts->payload.contains(QLatin1StringView("vp"))) {
        return makeError(QStringLiteral("credentials.presentation"),
                         QCoreApplication::translate("Credfolio::Credentials",
                                                     "This token is a Verifiable Presentation (a wrapper that a holder "
                                                     "sends), not a credential; import the credentials it contains"));
    }
    const QJsonObject credential = vcClaim.isObject() ? vcClaim.toObject() : parts->payload;
    Result<JsonShape> shape = classifyJson(credential);
    if (!shape) {
        if (shape.error().code == QLatin1StringView("credentials.not-a-credential")) {
            return makeError(shape.error().code,
                             QCoreApplication::translate("Credfolio::Credentials",
                                                         "This signed token (JWT) does not hold a credential"));
        }
        return shape.error();
    }
    detection.format = shape->vc ? Format::VcJwt : Format::Ob2Signed;
    detection.kind = shape->kind;
    return detection;
}

Result<Detection> detectUrl(QByteArrayView text)
{
    const QUrl url(QString::fromUtf8(text), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http"))) {
        return makeError(QStringLiteral("credentials.unsupported-url"),
                         QCoreApplication::translate("Credfolio::Credentials",
                                                     "Only http and https links to a credential can be imported"),
                         QString::fromUtf8(text.first(qMin<qsizetype>(text.size(), 200))));
    }
    Detection detection;
    detection.container = Container::Url;
    detection.format = Format::Ob2Hosted; // until fetched: a hosted assertion is what a bare URL usually is
    detection.url = url;
    detection.payload = text.toByteArray();
    return detection;
}

bool looksLikeUrl(QByteArrayView text)
{
    if (text.size() > Limits::kMaxUrlLength) {
        return false;
    }
    for (char c : text) {
        if (isSpace(c) || static_cast<unsigned char>(c) < 0x20) {
            return false;
        }
    }
    const qsizetype colon = text.indexOf(':');
    if (colon <= 0 || colon > 10 || !text.sliced(colon).startsWith("://")) {
        return false;
    }
    for (char c : text.first(colon)) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-' ||
              c == '.')) {
            return false;
        }
    }
    return true;
}

bool isPng(QByteArrayView bytes)
{
    return bytes.startsWith("\x89PNG\r\n\x1a\n");
}

Result<Detection> detectImage(QByteArrayView bytes);

/// Detects a credential text (JSON, JWS, URL). `fromImage`: it was baked into an image.
Result<Detection> detectText(QByteArrayView bytes, bool fromImage)
{
    const QByteArrayView text = trimmed(bytes);
    if (text.isEmpty()) {
        return makeError(QStringLiteral("credentials.empty"),
                         fromImage ? QCoreApplication::translate("Credfolio::Credentials",
                                                                 "The badge baked into this image is empty")
                                   : QCoreApplication::translate("Credfolio::Credentials",
                                                                 "There is nothing to read: the input is empty"));
    }
    if (text.front() == '{' || text.front() == '[') {
        Result<Detection> detection = detectJson(bytes, fromImage);
        if (detection) {
            detection->payload = bytes.toByteArray();
        }
        return detection;
    }
    if (Detail::looksLikeJws(text)) {
        Result<Detection> detection = detectJws(text);
        if (detection) {
            detection->payload = text.toByteArray();
        }
        return detection;
    }
    if (looksLikeUrl(text)) {
        return detectUrl(text);
    }
    if (isPng(bytes) || text.front() == '<') {
        if (fromImage) {
            return makeError(QStringLiteral("credentials.nested-image"),
                             QCoreApplication::translate("Credfolio::Credentials",
                                                         "The badge baked into this image is another image"));
        }
        return detectImage(bytes);
    }
    return makeError(QStringLiteral("credentials.not-a-credential"),
                     QCoreApplication::translate("Credfolio::Credentials",
                                                 "This is not a credential Credfolio can read (expected JSON, a signed "
                                                 "token, a link, or a PNG or SVG badge image)"));
}

Result<Detection> fromBaked(const QByteArray &payload, Container container, const QString &keyword)
{
    Result<Detection> detection = detectText(payload, true);
    if (!detection) {
        return detection.error();
    }
    detection->container = container;
    detection->payload = payload;
    detection->bakedKeyword = keyword;
    return detection;
}

Result<Detection> detectPng(QByteArrayView bytes)
{
    Result<QList<Codec::PngChunk>> chunks = Codec::readPngChunks(bytes);
    if (!chunks) {
        return wrap(chunks.error(),
                    QCoreApplication::translate("Credfolio::Credentials",
                                                "This PNG image is damaged and its badge cannot be read"));
    }
    static const QByteArrayView keywords[] = {Codec::PngKeyword::OpenBadgeCredential, Codec::PngKeyword::ClrCredential,
                                              Codec::PngKeyword::OpenBadges2};
    const Codec::PngChunk *badge = nullptr;
    QByteArrayView badgeKeyword;
    for (const Codec::PngChunk &chunk : chunks.value()) {
        if (!Codec::isPngTextChunk(chunk)) {
            continue;
        }
        const qsizetype nul = chunk.data.indexOf('\0');
        const QByteArrayView keyword = nul < 0 ? chunk.data : chunk.data.first(nul);
        if (std::find(std::begin(keywords), std::end(keywords), keyword) == std::end(keywords)) {
            continue;
        }
        if (!badge) {
            badge = &chunk;
            badgeKeyword = keyword;
        } else if (keyword == badgeKeyword) {
            // Two badges under one keyword: which one is "the" badge depends on the reader, so none is.
            return makeError(QStringLiteral("credentials.ambiguous-badge"),
                             QCoreApplication::translate("Credfolio::Credentials",
                                                         "This PNG image carries two badges of the same "
                                                         "kind, so it is not clear which one it holds"),
                             QStringLiteral("second \"%1\" text chunk at byte %2")
                                 .arg(QString::fromLatin1(keyword))
                                 .arg(chunk.offset));
        }
    }
    if (badge) {
        const Codec::PngChunk &chunk = *badge;
        const QByteArrayView keyword = badgeKeyword;
        Result<Codec::PngText> text = Codec::parsePngText(chunk);
        if (!text) {
            return wrap(text.error(), QCoreApplication::translate("Credfolio::Credentials",
                                                                  "The badge baked into this PNG image is damaged"));
        }
        // iTXt holds UTF-8, kept byte for byte; tEXt/zTXt hold Latin-1 (the same bytes when ASCII, as JSON and
        // tokens in the wild are), which JSON reading needs as UTF-8.
        const QByteArray payload =
            text->type == Codec::PngTextType::International ? text->text : text->toString().toUtf8();
        return fromBaked(payload, Container::Png, QString::fromLatin1(keyword));
    }
    return makeError(QStringLiteral("credentials.png-without-badge"),
                     QCoreApplication::translate("Credfolio::Credentials", "This PNG image carries no badge"));
}

/// `svg` with a prolog DOCTYPE that has only an external identifier (the SVG 1.1 doctype most editors write)
/// blanked out, or nullopt when there is none or it has an internal subset (which could declare entities).
/// Nothing is fetched either way; the blanking keeps every offset.
std::optional<QByteArray> withoutExternalDoctype(QByteArrayView svg)
{
    const qsizetype start = svg.indexOf("<!DOCTYPE");
    const qsizetype root = svg.indexOf("<svg");
    if (start < 0 || (root >= 0 && root < start)) {
        return std::nullopt;
    }
    const qsizetype end = svg.sliced(start).indexOf('>');
    if (end < 0 || svg.sliced(start, end).contains('[')) {
        return std::nullopt;
    }
    QByteArray copy = svg.toByteArray();
    copy.replace(start, end + 1, QByteArray(end + 1, ' '));
    return copy;
}

Result<Detection> detectSvgBadge(QByteArrayView bytes)
{
    static const Codec::SvgBadgeElement elements[] = {Codec::SvgElement::OpenBadges3Credential,
                                                      Codec::SvgElement::ClrCredential,
                                                      Codec::SvgElement::OpenBadges2Assertion};
    for (const Codec::SvgBadgeElement &element : elements) {
        Result<std::optional<Codec::SvgBadge>> badge = Codec::findSvgBadge(bytes, element);
        if (!badge) {
            const QString sentence =
                badge.error().code == QLatin1StringView("codec.svg-not-svg")
                    ? QCoreApplication::translate("Credfolio::Credentials", "This XML document is not an SVG image")
                    : QCoreApplication::translate("Credfolio::Credentials",
                                                  "This SVG image cannot be read, so its badge cannot be either");
            return wrap(badge.error(), sentence);
        }
        if (!badge->has_value()) {
            continue;
        }
        const Codec::SvgBadge &found = **badge;
        const QString keyword = element.namespaceUri.toString();
        if (!found.isContentBlank()) {
            return fromBaked(found.content.toUtf8(), Container::Svg, keyword);
        }
        if (found.verify && !found.verify->trimmed().isEmpty()) {
            return fromBaked(found.verify->toUtf8(), Container::Svg, keyword);
        }
        return makeError(
            QStringLiteral("credentials.empty"),
            QCoreApplication::translate("Credfolio::Credentials", "The badge element in this SVG image is empty"));
    }
    return makeError(QStringLiteral("credentials.svg-without-badge"),
                     QCoreApplication::translate("Credfolio::Credentials", "This SVG image carries no badge"));
}

Result<Detection> detectSvg(QByteArrayView bytes)
{
    Result<Detection> detection = detectSvgBadge(bytes);
    if (!detection && detection.error().code == QLatin1StringView("codec.svg-dtd-refused")) {
        if (const std::optional<QByteArray> cleaned = withoutExternalDoctype(bytes)) {
            Result<Detection> retried = detectSvgBadge(*cleaned);
            if (retried) {
                return retried;
            }
        }
    }
    return detection;
}

Result<Detection> detectImage(QByteArrayView bytes)
{
    if (bytes.size() > Limits::kMaxImageFileBytes) {
        return makeError(
            QStringLiteral("credentials.too-large"),
            QCoreApplication::translate("Credfolio::Credentials", "This image is too large to read (over %1 MiB)")
                .arg(Limits::kMaxImageFileBytes / (1024 * 1024)));
    }
    return isPng(bytes) ? detectPng(bytes) : detectSvg(bytes);
}

} // namespace

Result<Detection> detect(QByteArrayView bytes)
{
    if (isPng(bytes) || (bytes.size() > Limits::kMaxInputBytes && trimmed(bytes.first(64)).startsWith("<"))) {
        return detectImage(bytes);
    }
    if (bytes.size() > Limits::kMaxInputBytes) {
        return makeError(
            QStringLiteral("credentials.too-large"),
            QCoreApplication::translate("Credfolio::Credentials", "This is too large to be a credential (over %1 MiB)")
                .arg(Limits::kMaxInputBytes / (1024 * 1024)));
    }
    return detectText(bytes, false);
}

} // namespace Credfolio::Credentials
