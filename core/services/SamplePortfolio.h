// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QStringList>

#include <memory>

namespace Credfolio::Services {

class Workspace;

/// The sample portfolio a newcomer can open on first start: a library of its own, filled with the shipped sample
/// credentials (resources/samples, the resource ":/samples/credentials/") and the sample pathways, and marked as a
/// sample so the GUI can say so. It never touches the learner's own library.

/// <AppDataLocation>/sample-library.sqlite
QString samplePortfolioPath();

/// The shipped sample credential files (":/samples/credentials/…"), sorted.
QStringList sampleCredentialFiles();

/// The library setting ("library.sample" = "1") that marks a library as the sample portfolio.
QString sampleLibrarySettingKey();

/// True when the workspace's library is the sample portfolio (filled, or being filled).
bool isSampleLibrary(const Workspace &workspace);

/// Opens the sample library at `path`, creating and filling it the first time: offline (the samples verify without
/// the network), every sample credential imported and verified, every sample pathway saved, then marked as a
/// sample. A library already marked is opened as it is (the learner may have tagged or removed samples). Blocks
/// while filling (a second or so): call it from a worker thread in the GUI. Errors: those of Workspace::open and
/// of storing; services.sample-not-a-sample when `path` holds a library with credentials that is not the sample
/// (it is never filled with samples).
Result<std::unique_ptr<Workspace>> openSamplePortfolio(const QString &path = samplePortfolioPath(),
                                                       const Clock *clock = nullptr);

} // namespace Credfolio::Services
