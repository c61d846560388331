// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "tests/support/TestData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace Credfolio::Test {

/// A fixture under tests/data/ as a JSON object (fixtures are trusted: Qt's reader is enough).
inline QJsonObject readJsonObject(const QString &relative)
{
    return QJsonDocument::fromJson(readData(relative)).object();
}

/// The error code of a Result, or "ok" when it holds a value: QCOMPARE then shows what came back.
template <typename T>
QString codeOf(const Result<T> &result)
{
    return result.has_value() ? QStringLiteral("ok") : result.error().code;
}

/// For QVERIFY2 on a Result that should hold a value.
template <typename T>
QByteArray errorText(const Result<T> &result)
{
    return result.has_value() ? QByteArray() : result.error().toString().toUtf8();
}

} // namespace Credfolio::Test
