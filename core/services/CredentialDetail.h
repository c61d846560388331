// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/Credential.h"
#include "core/verify/VerificationReport.h"

#include <QString>
#include <QStringList>

namespace Credfolio::Services {

/// Everything the credential detail view shows about one credential of the library: the credential as read,
/// its last verification report, and what the learner added (tags, a note) or what it counts toward (the names
/// of the pathways it is used by). A plain copyable value.
struct CredentialDetail {
    Credentials::Credential credential;
    Verify::VerificationReport report;
    QStringList tags;
    QString note;
    QStringList pathways;
};

} // namespace Credfolio::Services
