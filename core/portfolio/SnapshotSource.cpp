// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/portfolio/SnapshotSource.h"

#include "core/net/FetcherPolicy.h"

#include <QCoreApplication>

namespace Credfolio::Portfolio {

namespace {

QString keyOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment).toString();
}

} // namespace

SnapshotSource::SnapshotSource(const QList<Net::RemoteDocument> &documents)
{
    for (const Net::RemoteDocument &document : documents)
        m_documents.insert(keyOf(document.url), document);
}

Result<Net::RemoteDocument> SnapshotSource::fetch(const QUrl &url, const Net::FetchOptions &options) const
{
    const auto found = m_documents.constFind(keyOf(url));
    if (found == m_documents.cend()) {
        return makeError(
            QStringLiteral("net.offline"),
            QCoreApplication::translate("Credfolio::Portfolio", "The package does not carry this document."),
            url.toString());
    }
    if (const Result<void> fits = Net::checkDocument(*found, options, 16 * 1024 * 1024); !fits)
        return fits.error();
    return *found;
}

RecordingSource::RecordingSource(const Net::DocumentSource *inner)
    : m_inner(inner)
{
}

Result<Net::RemoteDocument> RecordingSource::fetch(const QUrl &url, const Net::FetchOptions &options) const
{
    if (!m_inner)
        return makeError(QStringLiteral("net.offline"), QString(), url.toString());
    Result<Net::RemoteDocument> document = m_inner->fetch(url, options);
    if (document) {
        const QMutexLocker lock(&m_mutex);
        const bool known = std::any_of(m_recorded.cbegin(), m_recorded.cend(), [&url](const Net::RemoteDocument &each) {
            return keyOf(each.url) == keyOf(url);
        });
        if (!known) {
            Net::RemoteDocument copy = *document;
            copy.url = url;
            m_recorded.append(copy);
        }
    }
    return document;
}

QList<Net::RemoteDocument> RecordingSource::recorded() const
{
    const QMutexLocker lock(&m_mutex);
    return m_recorded;
}

} // namespace Credfolio::Portfolio
