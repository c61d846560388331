// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace Credfolio::Verify {

/// The bytes an EdDSA Data Integrity proof signs: SHA-256(canonical proof configuration) ‖ SHA-256(canonical
/// document), the proof configuration's hash first (vc-di-eddsa §3.2.4, §3.3.4; Ed25519Signature2020 alike).

/// RDFC-1.0 form of both (eddsa-rdfc-2022, Ed25519Signature2020). `proofConfig` must already carry the
/// document's `@context`. `droppedTerms` receives the document's members no context defines (not signed).
/// Errors: jsonld.* (e.g. jsonld.unknown-context), rdf.too-complex.
Result<QByteArray> rdfcSignedBytes(const QJsonObject &proofConfig, const QJsonObject &unsecured,
                                   QStringList *droppedTerms);

/// Whether the document's JSON-LD means what its JSON says: every context bundled and valid (no protected term
/// redefined). An eddsa-jcs-2022 signature covers the bytes, not their meaning, so the JCS suite checks this too.
/// Errors: jsonld.* (e.g. jsonld.unknown-context, jsonld.protected-term-redefinition).
Result<void> checkJsonLdContexts(const QJsonObject &document);

/// JCS form of both (eddsa-jcs-2022): every byte of both objects is covered. Errors: json.* of the JCS writer.
Result<QByteArray> jcsSignedBytes(const QJsonObject &proofConfig, const QJsonObject &unsecured);

} // namespace Credfolio::Verify
