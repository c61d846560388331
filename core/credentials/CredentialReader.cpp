// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/CredentialReader.h"

#include "core/credentials/JsonFields.h"
#include "core/credentials/Limits.h"
#include "core/credentials/Ob2Reader.h"
#include "core/credentials/ReadContext.h"
#include "core/credentials/VcReader.h"
#include "core/json/JsonReader.h"
#include "core/net/DocumentSource.h"

#include <QCoreApplication>

namespace Credfolio::Credentials {

namespace Detail {

Result<Net::RemoteDocument> ReadContext::fetch(const QUrl &url, const Net::FetchOptions &options)
{
    if (!m_options.documents) {
        return makeError(QStringLiteral("credentials.url-not-fetched"),
                         QCoreApplication::translate("Credfolio::Credentials", "Fetching is not allowed here"),
                         url.toString());
    }
    if (m_fetches >= Limits::kMaxLinkedFetches) {
        return makeError(
            QStringLiteral("credentials.too-many-fetches"),
            QCoreApplication::translate("Credfolio::Credentials", "This credential links to too many documents"),
            url.toString());
    }
    ++m_fetches;
    return m_options.documents->fetch(url, options);
}

Result<QJsonObject> ReadContext::fetchJson(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http"))) {
        return makeError(QStringLiteral("credentials.unsupported-url"),
                         QCoreApplication::translate("Credfolio::Credentials", "This link is not an http(s) URL"), url);
    }
    Net::FetchOptions options;
    options.maxBytes = Limits::kMaxInputBytes;
    Result<Net::RemoteDocument> document = fetch(parsed, options);
    if (!document) {
        return document.error();
    }
    return Json::parseObject(document->body);
}

void fetchImage(Image &image, QList<ReadWarning> &warnings, ReadContext &context)
{
    if (!context.fetchImages() || !image.data.isEmpty() || image.url.isEmpty()) {
        return;
    }
    const QUrl url(image.url, QUrl::StrictMode);
    if (url.scheme() != QLatin1StringView("https") && url.scheme() != QLatin1StringView("http")) {
        return;
    }
    Net::FetchOptions options;
    options.maxBytes = Limits::kMaxImageDataBytes;
    Result<Net::RemoteDocument> document = context.fetch(url, options);
    if (!document) {
        warn(warnings, QStringLiteral("credentials.image-not-fetched"),
             QCoreApplication::translate("Credfolio::Credentials", "The image at %1 could not be fetched: %2")
                 .arg(image.url, document.error().message));
        return;
    }
    image.data = document->body;
    image.mimeType = document->contentType;
}

void readDetected(const Detection &detection, Credential &out, ReadContext &context, int depth)
{
    out.format = detection.format;
    out.container = detection.container;
    out.kind = detection.kind;
    switch (detection.format) {
    case Format::VcJsonLd:
        readVc(detection.json, out, context, depth);
        break;
    case Format::VcJwt: {
        const QJsonValue vc = detection.json.value(QLatin1StringView("vc"));
        readVc(vc.isObject() ? vc.toObject() : detection.json, out, context, depth);
        out.jwtClaims = detection.json;
        out.jwtHeader = detection.jwtHeader;
        applyJwtClaims(detection.json, out);
        break;
    }
    case Format::Ob2Signed:
        readOb2Assertion(detection.json, out, context);
        out.jwtClaims = detection.json;
        out.jwtHeader = detection.jwtHeader;
        break;
    case Format::Ob2Hosted:
        readOb2Assertion(detection.json, out, context);
        break;
    }
}

} // namespace Detail

namespace {

Error urlNotFetched(const QUrl &url)
{
    return makeError(QStringLiteral("credentials.url-not-fetched"),
                     QCoreApplication::translate("Credfolio::Credentials",
                                                 "This is a link to a credential; it can be read only by fetching it"),
                     url.toString());
}

/// A credential named only by URL (bare URL, OB 1.x baked URL): fetched and read when allowed.
Result<Credential> readReferenced(const Detection &detection, QByteArrayView bytes, Detail::ReadContext &context)
{
    Credential out;
    out.original = bytes.toByteArray();
    out.payload = detection.payload;
    out.container = detection.container;
    out.format = Format::Ob2Hosted;
    out.sourceUrl = detection.url.toString();
    if (!context.canFetch()) {
        if (detection.container == Container::Url) {
            return urlNotFetched(detection.url);
        }
        out.id = out.sourceUrl; // keep what the image carries: the link
        Detail::warn(out.warnings, QStringLiteral("credentials.not-fetched"),
                     QCoreApplication::translate("Credfolio::Credentials",
                                                 "The badge in this image is only a link (%1) and was not fetched")
                         .arg(out.sourceUrl));
        return out;
    }
    Net::FetchOptions options;
    options.maxBytes = Limits::kMaxInputBytes;
    Result<Net::RemoteDocument> document = context.fetch(detection.url, options);
    if (!document) {
        return document.error();
    }
    if (document->body.size() > 0 &&
        (document->body.startsWith("\x89PNG") || document->body.trimmed().startsWith('<'))) {
        return makeError(QStringLiteral("credentials.not-a-credential"),
                         QCoreApplication::translate("Credfolio::Credentials", "The link does not serve a credential"),
                         detection.url.toString());
    }
    Result<Detection> fetched = detect(document->body);
    if (!fetched) {
        return fetched.error();
    }
    if (!fetched->url.isEmpty()) {
        return makeError(
            QStringLiteral("credentials.not-a-credential"),
            QCoreApplication::translate("Credfolio::Credentials", "The link serves another link, not a credential"),
            detection.url.toString());
    }
    Detail::readDetected(fetched.value(), out, context, 0);
    out.container = detection.container;
    if (detection.container == Container::Url) {
        out.original = document->body;
        out.payload = fetched->payload;
    }
    return out;
}

void completeImages(Credential &out, Detail::ReadContext &context)
{
    if (out.image.isEmpty() && (out.container == Container::Png || out.container == Container::Svg)) {
        out.image.data = out.original;
        out.image.mimeType =
            out.container == Container::Png ? QStringLiteral("image/png") : QStringLiteral("image/svg+xml");
    }
    Detail::fetchImage(out.image, out.warnings, context);
    Detail::fetchImage(out.issuer.image, out.warnings, context);
}

} // namespace

Result<Credential> readCredential(QByteArrayView bytes, const ReadOptions &options)
{
    Result<Detection> detection = detect(bytes);
    if (!detection) {
        return detection.error();
    }
    Detail::ReadContext context(options);
    Credential out;
    if (!detection->url.isEmpty()) {
        Result<Credential> referenced = readReferenced(detection.value(), bytes, context);
        if (!referenced) {
            return referenced.error();
        }
        out = std::move(referenced).value();
    } else {
        out.original = bytes.toByteArray();
        out.payload = detection->payload;
        Detail::readDetected(detection.value(), out, context, 0);
    }
    completeImages(out, context);
    return out;
}

Result<Credential> readCredentialFromUrl(const QUrl &url, const ReadOptions &options)
{
    const QByteArray text = url.toString(QUrl::FullyEncoded).toUtf8();
    if (!options.documents) {
        return urlNotFetched(url);
    }
    return readCredential(text, options);
}

} // namespace Credfolio::Credentials
