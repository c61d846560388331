// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/KeychainThread.h"

#include <QGlobalStatic>
#include <qt6keychain/keychain.h>

#include <future>
#include <memory>

namespace Credfolio::Store {
namespace {

Q_GLOBAL_STATIC(KeychainThread, keychainThread)

QKeychain::Job *createJob(const KeychainRequest &request, QObject *parent)
{
    QKeychain::Job *job = nullptr;
    switch (request.kind) {
    case KeychainRequest::Kind::Read:
        job = new QKeychain::ReadPasswordJob(request.service, parent);
        break;
    case KeychainRequest::Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(request.service, parent);
        write->setBinaryData(request.data);
        job = write;
        break;
    }
    case KeychainRequest::Kind::Remove:
        job = new QKeychain::DeletePasswordJob(request.service, parent);
        break;
    }
    job->setKey(request.key);
    // Never: with the fallback QtKeychain would write secrets into a plain-text QSettings file.
    job->setInsecureFallback(false);
    return job;
}

} // namespace

KeychainThread &KeychainThread::instance()
{
    return *keychainThread();
}

KeychainThread::KeychainThread()
{
    m_thread.setObjectName(QStringLiteral("credfolio-keychain"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

KeychainThread::~KeychainThread()
{
    QObject *context = m_context;
    QMetaObject::invokeMethod(
        context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

KeychainReply KeychainThread::run(const KeychainRequest &request, std::chrono::milliseconds timeout)
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    auto promise = std::make_shared<std::promise<KeychainReply>>();
    std::future<KeychainReply> future = promise->get_future();
    QMetaObject::invokeMethod(
        m_context,
        [context = m_context, request, promise] {
            QKeychain::Job *job = createJob(request, context);
            job->setAutoDelete(true);
            QObject::connect(job, &QKeychain::Job::finished, context, [promise](QKeychain::Job *finished) {
                KeychainReply reply;
                reply.error = finished->error();
                reply.errorString = finished->errorString();
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                    reply.data = read->binaryData();
                promise->set_value(std::move(reply));
            });
            job->start();
        },
        Qt::QueuedConnection);
    if (future.wait_for(timeout) != std::future_status::ready) {
        KeychainReply reply;
        reply.error = QKeychain::OtherError;
        reply.errorString = QStringLiteral("no answer within %1 ms").arg(timeout.count());
        reply.timedOut = true;
        return reply;
    }
    return future.get();
}

} // namespace Credfolio::Store
