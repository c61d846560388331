// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Library.h"

#include <QByteArray>
#include <QString>

namespace Credfolio::Test {

/// A credential from tests/data/corpus/<relative>, read with Credentials::readCredential (fails the test
/// through qFatal when it cannot be read).
Credentials::Credential corpusCredential(const QString &relative);

/// Reads these bytes as a credential (qFatal when they cannot be read).
Credentials::Credential credentialFrom(const QByteArray &bytes);

/// A report as the verifier would make it: every check passing, or `failing` failing (with a skip after it).
Verify::VerificationReport passingReport(const QDateTime &checkedAt);
Verify::VerificationReport failingReport(const QDateTime &checkedAt, const QString &failing);

/// An import item with a passing report (for a CLR: one passing embedded report per contained credential).
Store::NewCredential newCredential(const Credentials::Credential &credential, const QString &source = {});

/// The JSON credential text with its first "urn:uuid:..." id replaced by a fresh one, so that it is a new
/// credential for the library (new bytes, new id). The signature no longer verifies; reading still works.
QByteArray withFreshId(const QByteArray &json);

/// The error text of a failed result, empty on success (for QVERIFY2 messages).
template <typename T>
QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.error().toString();
}

/// PRAGMA integrity_check of the file, on a private connection ("ok" when healthy).
QString integrityCheck(const QString &path);

/// One value of `sql` run on a private read-only-intent connection to `path` (invalid on error).
QVariant scalar(const QString &path, const QString &sql);

/// The files of a corpus folder (tests/data/corpus/<folder>), sorted, as paths relative to corpus/.
QStringList corpusFiles(const QString &folder);

} // namespace Credfolio::Test
