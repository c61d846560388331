// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLdSuite.h"

#include "core/json/JsonReader.h"
#include "core/jsonld/JsonLdError.h"
#include "tests/support/TestData.h"

#include <QDirIterator>
#include <QJsonArray>

namespace Credfolio::Test {

namespace {

const QString SuiteBase = QStringLiteral("https://w3c.github.io/json-ld-api/tests/");

} // namespace

QList<JsonLdSuiteTest> loadJsonLdManifest(const QString &manifest)
{
    const Result<QJsonValue> parsed = Json::parse(readData(QStringLiteral("jsonld-api/") + manifest));
    QList<JsonLdSuiteTest> tests;
    if (!parsed)
        return tests;
    const QJsonArray sequence = parsed->toObject().value(QLatin1String("sequence")).toArray();
    for (const QJsonValue &entry : sequence) {
        const QJsonObject o = entry.toObject();
        JsonLdSuiteTest test;
        test.id = o.value(QLatin1String("@id")).toString();
        test.name = o.value(QLatin1String("name")).toString();
        const QJsonArray types = o.value(QLatin1String("@type")).toArray();
        for (const QJsonValue &t : types)
            test.types.append(t.toString());
        test.input = o.value(QLatin1String("input")).toString();
        test.expect = o.value(QLatin1String("expect")).toString();
        test.expectErrorCode = o.value(QLatin1String("expectErrorCode")).toString();
        test.option = o.value(QLatin1String("option")).toObject();
        tests.append(test);
    }
    return tests;
}

QString jsonLdSkipReason(const JsonLdSuiteTest &test)
{
    if (test.option.value(QLatin1String("specVersion")) == QLatin1String("json-ld-1.0"))
        return QStringLiteral("specVersion json-ld-1.0 only");
    return {};
}

std::shared_ptr<const JsonLd::DocumentLoader> jsonLdSuiteLoader()
{
    static const std::shared_ptr<const JsonLd::DocumentLoader> loader = [] {
        auto l = std::make_shared<JsonLd::DocumentLoader>();
        const QString root = dataPath(QStringLiteral("jsonld-api"));
        QDirIterator it(root, {QStringLiteral("*.jsonld"), QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                l->addDocument(SuiteBase + path.mid(root.size() + 1), file.readAll());
        }
        return std::shared_ptr<const JsonLd::DocumentLoader>(l);
    }();
    return loader;
}

JsonLd::ExpandOptions jsonLdSuiteOptions(const JsonLdSuiteTest &test)
{
    JsonLd::ExpandOptions options;
    options.loader = jsonLdSuiteLoader();
    options.base = test.option.contains(QLatin1String("base")) ? test.option.value(QLatin1String("base")).toString()
                                                               : SuiteBase + test.input;
    if (test.option.contains(QLatin1String("expandContext"))) {
        const Result<QJsonValue> context = Json::parse(
            readData(QStringLiteral("jsonld-api/") + test.option.value(QLatin1String("expandContext")).toString()));
        if (context)
            options.expandContext = context.value();
    }
    if (test.option.contains(QLatin1String("processingMode")))
        options.processingMode = test.option.value(QLatin1String("processingMode")).toString();
    return options;
}

bool jsonLdErrorMatches(const Error &error, const QString &expected)
{
    QString code = QStringLiteral("jsonld.") + expected;
    code.replace(QLatin1Char(' '), QLatin1Char('-'));
    code.remove(QLatin1Char('@'));
    code = code.toLower();
    if (error.code == code)
        return true;
    // The bundled-context loader names the precise cause; the spec calls it "loading remote context failed".
    return expected == QLatin1String("loading remote context failed") &&
           error.code == QLatin1String("jsonld.unknown-context");
}

bool jsonLdEqual(const QJsonValue &a, const QJsonValue &b, bool ordered)
{
    if (a.type() != b.type())
        return false;
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            const QJsonValue other = y.value(it.key());
            if (it.key() == QLatin1String("@language") && it.value().isString() && other.isString()) {
                if (it.value().toString().compare(other.toString(), Qt::CaseInsensitive) != 0)
                    return false;
            } else if (!jsonLdEqual(it.value(), other, it.key() == QLatin1String("@list"))) {
                return false;
            }
        }
        return true;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        if (ordered) {
            for (qsizetype i = 0; i < x.size(); ++i) {
                if (!jsonLdEqual(x.at(i), y.at(i)))
                    return false;
            }
            return true;
        }
        QList<bool> used(y.size(), false);
        for (const QJsonValue &item : x) {
            bool found = false;
            for (qsizetype j = 0; j < y.size() && !found; ++j) {
                if (!used[j] && jsonLdEqual(item, y.at(j))) {
                    used[j] = true;
                    found = true;
                }
            }
            if (!found)
                return false;
        }
        return true;
    }
    return a == b;
}

} // namespace Credfolio::Test
