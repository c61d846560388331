// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/NetworkThread.h"

#include "core/net/Transfer.h"

#include <QNetworkAccessManager>

#include <future>

namespace Credfolio::Net {

QString hostMappingKey(const QString &host, int port)
{
    return host.toLower() + QLatin1Char(':') + QString::number(port);
}

NetworkThread::NetworkThread()
{
    m_thread.setObjectName(QStringLiteral("credfolio-network"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

NetworkThread::~NetworkThread()
{
    QObject *context = m_context;
    QMetaObject::invokeMethod(
        context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Result<RemoteDocument> NetworkThread::perform(const TransferRequest &request)
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    auto promise = std::make_shared<std::promise<Result<RemoteDocument>>>();
    std::future<Result<RemoteDocument>> future = promise->get_future();
    QMetaObject::invokeMethod(
        m_context,
        [this, request, promise] {
            if (!m_manager) {
                m_manager = new QNetworkAccessManager(m_context);
                m_manager->setAutoDeleteReplies(false);
            }
            auto *transfer = new Transfer(m_manager, request, m_context);
            transfer->start([promise](Result<RemoteDocument> outcome) { promise->set_value(std::move(outcome)); });
        },
        Qt::QueuedConnection);
    return future.get();
}

} // namespace Credfolio::Net
