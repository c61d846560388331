// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Credfolio {

/// Why something could not be done. `code` is a stable, untranslated identifier ("json.duplicate-key")
/// that tests and scripts match on; `message` is for people (already translated); `detail` is for logs
/// and the "details" disclosure (untranslated technical facts: offsets, URLs, OpenSSL reasons).
struct Error {
    QString code;
    QString message;
    QString detail;

    /// "message (detail)" when there is a detail, else the message.
    QString toString() const;
};

/// Shorthand used by every module: Error{code, message, detail}.
Error makeError(const QString &code, const QString &message, const QString &detail = {});

} // namespace Credfolio
