// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ImportDropTarget.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QWidget>

namespace Credfolio::Ui {

namespace {

bool isHttps(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

} // namespace

ImportDropTarget::ImportDropTarget(QWidget *widget)
    : QObject(widget)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
}

Services::ImportRequest ImportDropTarget::requestFromMimeData(const QMimeData *mime)
{
    Services::ImportRequest request;
    if (!mime)
        return request;
    const QList<QUrl> urls = mime->hasUrls() ? mime->urls() : QList<QUrl>();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            request.paths.append(url.toLocalFile());
    }
    if (!request.paths.isEmpty())
        return request;
    for (const QString &format : {QStringLiteral("image/png"), QStringLiteral("image/svg+xml")}) {
        if (mime->hasFormat(format)) {
            const QByteArray bytes = mime->data(format);
            if (!bytes.isEmpty()) {
                request.texts.append(bytes);
                return request;
            }
        }
    }
    for (const QUrl &url : urls) {
        if (isHttps(url))
            request.urls.append(url);
    }
    if (!urls.isEmpty() || !mime->hasText())
        return request;
    const QString text = mime->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (isHttps(url) && !text.contains(QLatin1Char(' ')) && !text.contains(QLatin1Char('\n')))
        request.urls.append(url);
    else if (!text.isEmpty())
        request.texts.append(text.toUtf8());
    return request;
}

bool ImportDropTarget::canImport(const QMimeData *mime)
{
    return !requestFromMimeData(mime).isEmpty();
}

bool ImportDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!canImport(drag->mimeData()))
            return false;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        setDragActive(true);
        return true;
    }
    case QEvent::DragLeave:
        setDragActive(false);
        return false;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        setDragActive(false);
        const Services::ImportRequest request = requestFromMimeData(drop->mimeData());
        if (request.isEmpty())
            return false;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        emit importRequested(request);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

void ImportDropTarget::setDragActive(bool active)
{
    if (m_dragActive == active)
        return;
    m_dragActive = active;
    emit dragActiveChanged(active);
}

} // namespace Credfolio::Ui
