// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonld/Expander.h"
#include "core/jsonld/ToRdf.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Credfolio::Test {

/// One entry of a W3C JSON-LD API test manifest (tests/data/jsonld-api/).
struct JsonLdSuiteTest {
    QString id;
    QString name;
    QStringList types;
    QString input;
    QString expect;
    QString expectErrorCode;
    QJsonObject option;

    bool isNegative() const { return types.contains(QStringLiteral("jld:NegativeEvaluationTest")); }
    bool isSyntax() const { return types.contains(QStringLiteral("jld:PositiveSyntaxTest")); }
};

/// The entries of a manifest ("expand-manifest.jsonld").
QList<JsonLdSuiteTest> loadJsonLdManifest(const QString &manifest);

/// Why a test does not apply to a JSON-LD 1.1 processor, or an empty string.
QString jsonLdSkipReason(const JsonLdSuiteTest &test);

/// A loader serving every file of the suite under https://w3c.github.io/json-ld-api/tests/ (no network).
std::shared_ptr<const JsonLd::DocumentLoader> jsonLdSuiteLoader();

/// The expand options the test asks for (document URL, base, expandContext, processingMode).
JsonLd::ExpandOptions jsonLdSuiteOptions(const JsonLdSuiteTest &test);

/// Whether an Error matches the spec error string the test expects.
bool jsonLdErrorMatches(const Error &error, const QString &expected);

/// JSON-LD object comparison: arrays unordered except @list values, language tags case-insensitively.
bool jsonLdEqual(const QJsonValue &a, const QJsonValue &b, bool ordered = false);

/// Counts of one manifest run, printed at the end.
struct SuiteTotals {
    int passed = 0;
    int failed = 0;
    int skipped = 0;
};

} // namespace Credfolio::Test
