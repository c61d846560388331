// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rdf/Quad.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Credfolio::Test {

/// Reads the N-Quads of a test's expected output (test-only reader: the suite's files are well formed).
std::optional<Rdf::Dataset> readTestNQuads(const QByteArray &text);

/// One N-Quads line for messages (not canonical escaping).
QString quadToText(const Rdf::Quad &quad);

/// Whether two datasets are equal up to blank node renaming (duplicates ignored).
bool isomorphic(const Rdf::Dataset &a, const Rdf::Dataset &b);

} // namespace Credfolio::Test
