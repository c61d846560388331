// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestWebServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace Credfolio::Test {
namespace {

constexpr qint64 kStreamChunk = 64 * 1024;
constexpr qint64 kStreamBuffered = 256 * 1024;
constexpr qsizetype kMaxRequestHead = 64 * 1024;

QString routeKey(const QUrl &url)
{
    QString target =
        url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment | QUrl::FullyEncoded);
    if (target.isEmpty() || !target.startsWith(QLatin1Char('/'))) {
        target.prepend(QLatin1Char('/'));
    }
    return url.host().toLower() + target;
}

QByteArray reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases{{200, "OK"},
                                                {204, "No Content"},
                                                {301, "Moved Permanently"},
                                                {302, "Found"},
                                                {303, "See Other"},
                                                {307, "Temporary Redirect"},
                                                {308, "Permanent Redirect"},
                                                {400, "Bad Request"},
                                                {403, "Forbidden"},
                                                {404, "Not Found"},
                                                {410, "Gone"},
                                                {500, "Internal Server Error"},
                                                {503, "Service Unavailable"}};
    return phrases.value(status, "Status");
}

} // namespace

TestResponse TestResponse::ok(const QByteArray &body, const QByteArray &contentType)
{
    TestResponse response;
    response.body = body;
    response.contentType = contentType;
    return response;
}

TestResponse TestResponse::redirect(const QByteArray &location, int status)
{
    TestResponse response;
    response.status = status;
    response.location = location;
    response.contentType = "text/plain";
    return response;
}

TestResponse TestResponse::error(int status)
{
    TestResponse response;
    response.status = status;
    response.contentType = "text/plain";
    response.body = reasonPhrase(status);
    return response;
}

struct TestWebServerState {
    mutable QMutex mutex;
    std::optional<TlsIdentity> identity;
    QHash<QString, TestResponse> routes;
    QHash<QString, int> requests;
    QHash<QString, qint64> bodyBytes;
    int totalRequests = 0;
    int connections = 0;
    int delayedNow = 0;
    int delayedAtOnce = 0;
    bool keepAlive = false;
    quint16 port = 0;

    void addBodyBytes(const QString &key, qint64 count)
    {
        const QMutexLocker locker(&mutex);
        bodyBytes[key] += count;
    }
};

namespace {

// One accepted connection: reads one request head, answers it, closes.
class Connection final : public QObject {
public:
    Connection(QSslSocket *socket, std::shared_ptr<TestWebServerState> state, QObject *parent)
        : QObject(parent)
        , m_socket(socket)
        , m_state(std::move(state))
    {
        m_socket->setParent(this);
        connect(m_socket, &QIODevice::readyRead, this, [this] { onReadyRead(); });
        connect(m_socket, &QAbstractSocket::disconnected, this, [this] { deleteLater(); });
        connect(m_socket, &QIODevice::bytesWritten, this, [this] { pump(); });
        connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this] { pump(); });
    }
    ~Connection() override { setDelayed(false); }

private:
    void setDelayed(bool delayed);
    void onReadyRead();
    void respond(const TestResponse &response);
    void pump();

    QSslSocket *m_socket;
    std::shared_ptr<TestWebServerState> m_state;
    QByteArray m_head;
    QString m_key;
    bool m_delayed = false;
    bool m_answered = false;
    bool m_keepAlive = false;
    qint64 m_remaining = 0;
};

// Counts the requests waiting for a delayed answer (TestWebServer::delayedRequestsAtOnce).
void Connection::setDelayed(bool delayed)
{
    if (delayed == m_delayed) {
        return;
    }
    m_delayed = delayed;
    const QMutexLocker locker(&m_state->mutex);
    m_state->delayedNow += delayed ? 1 : -1;
    m_state->delayedAtOnce = std::max(m_state->delayedAtOnce, m_state->delayedNow);
}

void Connection::onReadyRead()
{
    if (m_answered) {
        m_socket->readAll();
        return;
    }
    m_head += m_socket->readAll();
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > kMaxRequestHead) {
            m_socket->abort();
        }
        return;
    }
    m_answered = true;
    const QList<QByteArray> lines = m_head.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QByteArray host;
    bool clientCloses = false;
    for (const QByteArray &line : lines) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("host:")) {
            host = lower.mid(5).trimmed();
        } else if (lower == "connection: close") {
            clientCloses = true;
        }
    }
    if (const qsizetype colon = host.lastIndexOf(':'); colon > 0 && !host.endsWith(']')) {
        host.truncate(colon);
    }
    m_key = QString::fromUtf8(host + requestLine.value(1));
    TestResponse response = TestResponse::error(404);
    {
        const QMutexLocker locker(&m_state->mutex);
        ++m_state->totalRequests;
        ++m_state->requests[m_key];
        response = m_state->routes.value(m_key, response);
        m_keepAlive = m_state->keepAlive && !clientCloses && response.streamBytes <= 0;
    }
    if (response.delayMs > 0) {
        setDelayed(true);
        QTimer::singleShot(response.delayMs, this, [this, response] {
            setDelayed(false);
            respond(response);
        });
    } else {
        respond(response);
    }
}

void Connection::respond(const TestResponse &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty()) {
        head += "Content-Type: " + response.contentType + "\r\n";
    }
    if (!response.location.isEmpty()) {
        head += "Location: " + response.location + "\r\n";
    }
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
    }
    if (response.streamBytes <= 0) {
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    head += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    m_socket->write(head);
    if (response.streamBytes > 0) {
        m_remaining = response.streamBytes;
        pump();
        return;
    }
    m_socket->write(response.body);
    m_state->addBodyBytes(m_key, response.body.size());
    if (!m_keepAlive) {
        m_socket->disconnectFromHost();
        return;
    }
    // Ready for the next request on this connection (it may already be buffered).
    m_answered = false;
    m_head = m_head.mid(m_head.indexOf("\r\n\r\n") + 4);
    if (!m_head.isEmpty() || m_socket->bytesAvailable() > 0) {
        QMetaObject::invokeMethod(
            this, [this] { onReadyRead(); }, Qt::QueuedConnection);
    }
}

void Connection::pump()
{
    if (m_remaining <= 0 || m_socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    // Encrypted bytes wait in the TCP socket's buffer: count both, so that filler is made only as it leaves.
    while (m_remaining > 0 && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < kStreamBuffered) {
        const qint64 chunk = qMin(kStreamChunk, m_remaining);
        m_socket->write(QByteArray(qsizetype(chunk), 'x'));
        m_remaining -= chunk;
        m_state->addBodyBytes(m_key, chunk);
    }
    if (m_remaining == 0) {
        m_socket->disconnectFromHost();
    }
}

} // namespace

class TestWebServerWorker final : public QTcpServer {
public:
    explicit TestWebServerWorker(std::shared_ptr<TestWebServerState> state)
        : m_state(std::move(state))
    {
        m_connections.setParent(this);
    }

    void dropConnections() { qDeleteAll(m_connections.children()); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        new Connection(socket, m_state, &m_connections);
        {
            const QMutexLocker locker(&m_state->mutex);
            ++m_state->connections;
        }
        if (m_state->identity) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setLocalCertificate(m_state->identity->certificate);
            tls.setPrivateKey(m_state->identity->privateKey);
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
            socket->setSslConfiguration(tls);
            socket->startServerEncryption();
        }
    }

private:
    std::shared_ptr<TestWebServerState> m_state;
    QObject m_connections;
};

TestWebServer::TestWebServer()
    : m_state(std::make_shared<TestWebServerState>())
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("test-web-server"));
    m_worker = new TestWebServerWorker(m_state);
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
}

TestWebServer::TestWebServer(const TlsIdentity &identity)
    : TestWebServer()
{
    m_state->identity = identity;
}

TestWebServer::~TestWebServer()
{
    stop();
    TestWebServerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool TestWebServer::start()
{
    quint16 port = 0;
    TestWebServerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, &port] {
            if (worker->isListening() || worker->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
                port = worker->serverPort();
            }
        },
        Qt::BlockingQueuedConnection);
    const QMutexLocker locker(&m_state->mutex);
    m_state->port = port;
    return port != 0;
}

void TestWebServer::stop()
{
    TestWebServerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->close();
            worker->dropConnections();
        },
        Qt::BlockingQueuedConnection);
}

bool TestWebServer::isListening() const
{
    bool listening = false;
    TestWebServerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, &listening] { listening = worker->isListening(); }, Qt::BlockingQueuedConnection);
    return listening;
}

quint16 TestWebServer::port() const
{
    const QMutexLocker locker(&m_state->mutex);
    return m_state->port;
}

bool TestWebServer::isHttps() const
{
    return m_state->identity.has_value();
}

void TestWebServer::setResponse(const QUrl &url, const TestResponse &response)
{
    const QMutexLocker locker(&m_state->mutex);
    m_state->routes.insert(routeKey(url), response);
}

bool TestWebServer::serveManifest(const QString &manifestPath)
{
    QFile manifest(manifestPath);
    if (!manifest.open(QIODevice::ReadOnly)) {
        qWarning("TestWebServer: cannot read %s", qPrintable(manifestPath));
        return false;
    }
    const QDir folder = QFileInfo(manifestPath).absoluteDir();
    const QJsonArray resources =
        QJsonDocument::fromJson(manifest.readAll()).object().value(QLatin1String("resources")).toArray();
    for (const QJsonValue &value : resources) {
        const QJsonObject resource = value.toObject();
        QFile file(folder.filePath(resource.value(QLatin1String("file")).toString()));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("TestWebServer: cannot read %s", qPrintable(file.fileName()));
            return false;
        }
        setResponse(QUrl(resource.value(QLatin1String("url")).toString()),
                    TestResponse::ok(file.readAll(), resource.value(QLatin1String("contentType")).toString().toUtf8()));
    }
    return !resources.isEmpty();
}

QStringList TestWebServer::hosts() const
{
    const QMutexLocker locker(&m_state->mutex);
    QStringList hosts;
    for (auto it = m_state->routes.cbegin(); it != m_state->routes.cend(); ++it) {
        const QString host = it.key().left(it.key().indexOf(QLatin1Char('/')));
        if (!hosts.contains(host)) {
            hosts.append(host);
        }
    }
    hosts.sort();
    return hosts;
}

int TestWebServer::requestCount(const QUrl &url) const
{
    const QMutexLocker locker(&m_state->mutex);
    return m_state->requests.value(routeKey(url));
}

int TestWebServer::delayedRequestsAtOnce() const
{
    const QMutexLocker locker(&m_state->mutex);
    return m_state->delayedAtOnce;
}

int TestWebServer::requestCount() const
{
    const QMutexLocker locker(&m_state->mutex);
    return m_state->totalRequests;
}

int TestWebServer::connectionCount() const
{
    const QMutexLocker locker(&m_state->mutex);
    return m_state->connections;
}

void TestWebServer::setKeepAlive(bool keepAlive)
{
    const QMutexLocker locker(&m_state->mutex);
    m_state->keepAlive = keepAlive;
}

qint64 TestWebServer::bodyBytesSent(const QUrl &url) const
{
    const QMutexLocker locker(&m_state->mutex);
    return m_state->bodyBytes.value(routeKey(url));
}

} // namespace Credfolio::Test
