// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/InMemoryPathwaySource.h"

#include <QCoreApplication>

namespace Credfolio::Services {

QList<Pathways::Pathway> InMemoryPathwaySource::pathways() const
{
    return m_pathways;
}

QList<LearnerCredential> InMemoryPathwaySource::credentials() const
{
    return m_credentials;
}

Result<void> InMemoryPathwaySource::addPathway(const Pathways::Pathway &pathway, int position)
{
    if (indexOf(pathway.id) >= 0) {
        return makeError(
            QStringLiteral("services.pathway-exists"),
            QCoreApplication::translate("Credfolio::Services", "“%1” is already in your pathways.").arg(pathway.name),
            pathway.id);
    }
    if (position < 0 || position > m_pathways.size()) {
        position = int(m_pathways.size());
    }
    m_pathways.insert(position, pathway);
    emit pathwaysChanged();
    return {};
}

Result<void> InMemoryPathwaySource::removePathway(const QString &pathwayId)
{
    const int index = indexOf(pathwayId);
    if (index < 0) {
        return makeError(QStringLiteral("services.unknown-pathway"),
                         QCoreApplication::translate("Credfolio::Services", "This pathway is not in your list."),
                         pathwayId);
    }
    m_pathways.removeAt(index);
    emit pathwaysChanged();
    return {};
}

void InMemoryPathwaySource::setCredentials(const QList<LearnerCredential> &credentials)
{
    m_credentials = credentials;
    emit credentialsChanged();
}

} // namespace Credfolio::Services
