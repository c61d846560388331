// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/NetworkThread.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Credfolio::Net {

/// One fetch on the network thread: follows redirects by hand so that every hop passes the policy,
/// enforces the timeouts and the size limit while reading, and reports exactly once. Internal.
class Transfer final : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(Result<RemoteDocument>)>;

    Transfer(QNetworkAccessManager *manager, TransferRequest request, QObject *parent);
    ~Transfer() override;

    /// Starts; done is called once, on the network thread, after which the Transfer deletes itself.
    void start(Done done);

private:
    void startHop(const QUrl &url);
    QNetworkRequest buildRequest(const QUrl &url) const;
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void handleResponse(int status);
    void followRedirect(const QString &location);
    Error networkError() const;
    void abortWith(Error error);
    void finish(Result<RemoteDocument> outcome);
    void dropReply();
    qint64 limit() const;

    QNetworkAccessManager *m_manager;
    TransferRequest m_request;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QUrl m_currentUrl;
    QSet<QString> m_visited;
    int m_redirects = 0;
    QByteArray m_body;
    QString m_sslErrors;
    std::optional<Error> m_abortReason;
    QTimer m_totalTimer;
    QTimer m_headerTimer;
    bool m_reported = false;
};

} // namespace Credfolio::Net
