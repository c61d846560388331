// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/LibraryPathwaySource.h"

#include "core/pathways/PathwayReader.h"
#include "core/pathways/PathwayWriter.h"
#include "core/services/LibraryCredentials.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Credfolio::Services {

LibraryPathwaySource::LibraryPathwaySource(Workspace &workspace, QObject *parent)
    : PathwaySource(parent)
    , m_workspace(workspace)
{
}

LibraryPathwaySource::~LibraryPathwaySource()
{
    // The read uses the library: let it end before whoever owns the Workspace may close it.
    if (m_loading)
        m_loading->waitForFinished();
}

QList<Pathways::Pathway> LibraryPathwaySource::pathways() const
{
    QList<Pathways::Pathway> pathways;
    const Result<QList<Store::PathwayEntry>> saved = m_workspace.library().pathways();
    if (!saved)
        return pathways;
    for (const Store::PathwayEntry &entry : *saved) {
        const Result<Pathways::ReadPathway> read = Pathways::readPathway(entry.document);
        if (read)
            pathways.append(read->pathway);
    }
    return pathways;
}

QList<LearnerCredential> LibraryPathwaySource::credentials() const
{
    if (m_credentials)
        return *m_credentials;
    startLoading();
    return {};
}

bool LibraryPathwaySource::isLoadingCredentials() const
{
    return !m_credentials.has_value();
}

void LibraryPathwaySource::waitForCredentials()
{
    if (m_credentials)
        return;
    startLoading();
    while (m_loading) {
        m_loading->waitForFinished();
        loaded();
    }
}

void LibraryPathwaySource::startLoading() const
{
    if (m_loading)
        return;
    m_loading = new QFutureWatcher<QList<LearnerCredential>>(const_cast<LibraryPathwaySource *>(this));
    connect(m_loading, &QFutureWatcherBase::finished, this, &LibraryPathwaySource::loaded);
    const Store::Library *library = &m_workspace.library();
    m_loading->setFuture(QtConcurrent::run([library] {
        const Result<QList<LearnerCredential>> read = learnerCredentials(*library);
        return read ? *read : QList<LearnerCredential>();
    }));
}

void LibraryPathwaySource::loaded()
{
    if (!m_loading || !m_loading->future().isFinished())
        return;
    QFutureWatcher<QList<LearnerCredential>> *watcher = std::exchange(m_loading, nullptr);
    const QList<LearnerCredential> read = watcher->result();
    watcher->deleteLater();
    if (std::exchange(m_reloadAfterLoading, false)) {
        // The library changed while it was being read: read it again.
        startLoading();
        return;
    }
    m_credentials = read;
    emit credentialsChanged();
}

Result<void> LibraryPathwaySource::addPathway(const Pathways::Pathway &pathway, int position)
{
    Q_UNUSED(position) // the library lists pathways by name
    if (indexOf(pathway.id) >= 0) {
        return makeError(QStringLiteral("services.pathway-exists"),
                         QCoreApplication::translate("Credfolio::Services", "This pathway is already in your list."),
                         pathway.id);
    }
    const QByteArray document = QJsonDocument(Pathways::writePathway(pathway)).toJson(QJsonDocument::Indented);
    if (const Result<void> saved = m_workspace.library().savePathway(pathway.id, pathway.name, document); !saved)
        return saved;
    emit pathwaysChanged();
    return {};
}

Result<void> LibraryPathwaySource::removePathway(const QString &pathwayId)
{
    if (indexOf(pathwayId) < 0) {
        return makeError(QStringLiteral("services.unknown-pathway"),
                         QCoreApplication::translate("Credfolio::Services", "This pathway is not in your list."),
                         pathwayId);
    }
    if (const Result<void> removed = m_workspace.library().removePathway(pathwayId); !removed)
        return removed;
    emit pathwaysChanged();
    return {};
}

void LibraryPathwaySource::refresh()
{
    m_credentials.reset();
    if (m_loading)
        m_reloadAfterLoading = true;
    else
        startLoading();
    emit credentialsChanged();
}

} // namespace Credfolio::Services
