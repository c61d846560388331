// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/credentials/Credential.h"
#include "core/verify/VerificationReport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Credfolio::Services {

/// What the learner handed over in one go: dropped or chosen files and folders, URLs, pasted texts.
struct ImportRequest {
    QStringList paths;       ///< files, or folders searched recursively
    QList<QUrl> urls;        ///< hosted credentials to fetch
    QList<QByteArray> texts; ///< pasted JSON, a JWT, or a URL

    bool isEmpty() const { return paths.isEmpty() && urls.isEmpty() && texts.isEmpty(); }
};

/// One credential read and verified, ready to be stored.
struct PreparedCredential {
    QString source; ///< file path, URL, or "pasted text"
    Credentials::Credential credential;
    Verify::VerificationReport report;
};

/// An input that did not yield a credential, with the reason people read.
struct ImportProblem {
    QString source;
    Error error;
};

/// Everything one import batch produced, before storing.
struct PreparedBatch {
    QList<PreparedCredential> credentials; ///< in input order
    QList<ImportProblem> problems;         ///< in input order
    bool cancelled = false;                ///< true: stopped early; nothing of it is to be stored
};

} // namespace Credfolio::Services
