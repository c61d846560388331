// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/Transfer.h"

#include "core/common/Version.h"
#include "core/net/DocumentCache.h"
#include "core/net/NetErrors.h"
#include "core/net/NetLogging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace Credfolio::Net {
namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int defaultPort(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ? 80 : 443;
}

} // namespace

Transfer::Transfer(QNetworkAccessManager *manager, TransferRequest request, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
{
    m_totalTimer.setSingleShot(true);
    m_headerTimer.setSingleShot(true);
    connect(&m_totalTimer, &QTimer::timeout, this,
            [this] { abortWith(Errors::timeout(m_request.url, m_request.policy.totalTimeoutMs)); });
    connect(&m_headerTimer, &QTimer::timeout, this,
            [this] { abortWith(Errors::timeout(m_request.url, m_headerTimer.interval())); });
}

Transfer::~Transfer()
{
    dropReply();
}

void Transfer::start(Done done)
{
    m_done = std::move(done);
    m_totalTimer.start(m_request.policy.totalTimeoutMs);
    m_visited.insert(cacheKey(m_request.url));
    startHop(m_request.url);
}

qint64 Transfer::limit() const
{
    return m_request.options.maxBytes > 0 ? m_request.options.maxBytes : m_request.policy.maxBytes;
}

QNetworkRequest Transfer::buildRequest(const QUrl &url) const
{
    QUrl target = url;
    const int port = url.port(defaultPort(url));
    const auto mapping = m_request.hostMappings.constFind(hostMappingKey(url.host(), port));
    QNetworkRequest request;
    if (mapping != m_request.hostMappings.constEnd()) {
        const QString address = mapping->address.toString();
        target.setHost(mapping->address.protocol() == QAbstractSocket::IPv6Protocol
                           ? QLatin1Char('[') + address + QLatin1Char(']')
                           : address);
        target.setPort(mapping->port);
        // TLS verifies the certificate against the name that was asked for, not the address.
        request.setPeerVerifyName(url.host());
        const QString host =
            port == defaultPort(url) ? url.host() : url.host() + QLatin1Char(':') + QString::number(port);
        request.setRawHeader("Host", host.toUtf8());
    }
    request.setUrl(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(QByteArray("Credfolio/") + QByteArray(kVersion)));
    const QStringList &accepted = m_request.options.acceptedContentTypes;
    request.setRawHeader("Accept",
                         accepted.isEmpty() ? QByteArray("*/*") : accepted.join(QLatin1String(", ")).toUtf8());
    if (!m_request.caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_request.caCertificates);
        request.setSslConfiguration(tls);
    }
    return request;
}

void Transfer::startHop(const QUrl &url)
{
    m_currentUrl = url;
    m_body.clear();
    m_sslErrors.clear();
    QNetworkReply *reply = m_manager->get(buildRequest(url));
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &Transfer::onMetaData);
    connect(reply, &QIODevice::readyRead, this, &Transfer::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &Transfer::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            m_sslErrors += (m_sslErrors.isEmpty() ? QString() : QStringLiteral("; ")) + error.errorString();
        }
    });
    m_headerTimer.start(qMin(m_request.policy.connectTimeoutMs, m_request.policy.totalTimeoutMs));
}

void Transfer::onMetaData()
{
    m_headerTimer.stop();
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (status.isValid() && !isRedirect(status.toInt()) && length.isValid() && length.toLongLong() > limit()) {
        abortWith(Errors::tooLarge(m_request.url, limit()));
    }
}

void Transfer::onReadyRead()
{
    if (!m_reply || m_abortReason) {
        return;
    }
    m_body += m_reply->readAll();
    if (m_body.size() > limit()) {
        abortWith(Errors::tooLarge(m_request.url, limit()));
    }
}

void Transfer::onFinished()
{
    if (m_reported) {
        return;
    }
    m_headerTimer.stop();
    if (m_abortReason) {
        finish(*m_abortReason);
        return;
    }
    onReadyRead();
    if (m_abortReason) {
        finish(*m_abortReason);
        return;
    }
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = m_reply->error();
    // 4xx/5xx answers come with an error code but are answers all the same; anything else that failed
    // (TLS, refused connection, a body cut short) is a network failure.
    if (!status.isValid() || (error != QNetworkReply::NoError && status.toInt() < 400)) {
        finish(networkError());
        return;
    }
    handleResponse(status.toInt());
}

void Transfer::handleResponse(int status)
{
    const QByteArray location = m_reply->rawHeader("Location");
    if (isRedirect(status) && !location.isEmpty()) {
        followRedirect(QString::fromUtf8(location));
        return;
    }
    if ((status < 200 || status >= 300) && !m_request.options.acceptErrorStatus) {
        finish(Errors::httpStatus(m_request.url, status,
                                  m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        return;
    }
    RemoteDocument document;
    document.url = m_request.url;
    document.finalUrl = m_currentUrl;
    document.body = m_body;
    document.contentType = mediaType(m_reply->header(QNetworkRequest::ContentTypeHeader).toString());
    document.httpStatus = status;
    document.fetchedAt = QDateTime::currentDateTimeUtc();
    const Result<void> acceptable = checkDocument(document, m_request.options, limit());
    if (!acceptable) {
        finish(acceptable.error());
        return;
    }
    finish(std::move(document));
}

void Transfer::followRedirect(const QString &location)
{
    const QUrl target = m_currentUrl.resolved(QUrl(location));
    const bool downgrade = m_currentUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
                           target.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0;
    if (downgrade || !checkUrlAllowed(target)) {
        finish(Errors::insecureRedirect(m_request.url, target));
        return;
    }
    if (m_visited.contains(cacheKey(target))) {
        finish(Errors::redirectLoop(m_request.url, target));
        return;
    }
    if (++m_redirects > m_request.policy.maxRedirects) {
        finish(Errors::tooManyRedirects(m_request.url, m_request.policy.maxRedirects));
        return;
    }
    m_visited.insert(cacheKey(target));
    qCDebug(lcNet) << "redirect" << m_currentUrl << "->" << target;
    dropReply();
    startHop(target);
}

Error Transfer::networkError() const
{
    const QString detail = m_sslErrors.isEmpty() ? m_reply->errorString() : m_sslErrors;
    switch (m_reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return Errors::tls(m_request.url, detail);
    case QNetworkReply::TimeoutError:
        return Errors::timeout(m_request.url, m_request.policy.connectTimeoutMs);
    default:
        return Errors::unreachable(m_request.url, detail);
    }
}

void Transfer::abortWith(Error error)
{
    if (m_reported || m_abortReason) {
        return;
    }
    m_abortReason = std::move(error);
    if (m_reply) {
        m_reply->abort(); // emits finished(), which reports m_abortReason
    }
    if (!m_reported) {
        finish(*m_abortReason);
    }
}

void Transfer::finish(Result<RemoteDocument> outcome)
{
    if (m_reported) {
        return;
    }
    m_reported = true;
    m_totalTimer.stop();
    m_headerTimer.stop();
    dropReply();
    m_done(std::move(outcome));
    deleteLater();
}

void Transfer::dropReply()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning()) {
            reply->abort();
        }
        reply->deleteLater();
    }
}

} // namespace Credfolio::Net
