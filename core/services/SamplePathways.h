// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/pathways/Pathway.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Credfolio::Services {

/// A pathway shipped with the application (resources/pathways, the resource ":/pathways/").
struct SamplePathway {
    QString resourcePath; ///< ":/pathways/<file>.json"
    QString id;
    QString name;
    QString institution; ///< the issuer's name, may be empty
    QByteArray bytes;    ///< the file as shipped
};

/// The shipped samples, sorted by name. Samples that do not read are left out (and logged).
QList<SamplePathway> samplePathways();

/// A pathway from the bytes of a `credfolio.pathway/1` file (docs/pathways.md); the reader's errors.
Result<Pathways::Pathway> pathwayFromBytes(const QByteArray &bytes);

/// A pathway from a file the learner chose. services.pathway-file-unreadable when it cannot be opened,
/// services.pathway-file-too-large above 8 MiB, else the reader's errors.
Result<Pathways::Pathway> pathwayFromFile(const QString &path);

} // namespace Credfolio::Services
