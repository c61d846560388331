// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/Credential.h"

#include <QJsonArray>
#include <QJsonValue>

// Lenient accessors used by the readers: credentials in the wild give single values where arrays are
// expected (and the reverse), numbers as strings, objects where URLs are expected. Internal to
// core/credentials. Wrong types never fail: they read as absent, and the caller decides on a warning.
namespace Credfolio::Credentials::Detail {

/// Adds a warning to `warnings` unless one with the same code and message is already there.
void warn(QList<ReadWarning> &warnings, const QString &code, const QString &message);

/// A string member; numbers are not strings and read as empty.
QString text(const QJsonObject &object, QLatin1StringView key);
/// A string, or the first string of an array ("type": "X" or ["X", ...]).
QString firstText(const QJsonValue &value);
/// Strings of a single value or of an array (non-strings skipped).
QStringList texts(const QJsonValue &value);
/// The elements of an array, or the value itself when it is not an array (nothing for null/undefined).
/// At most `limit` elements; `truncated` is set when there were more.
QList<QJsonValue> elements(const QJsonValue &value, int limit, bool *truncated = nullptr);
/// A string as is, or an object's "id".
QString idOf(const QJsonValue &value);
/// A JSON number, or a string holding a decimal number ("3", "2.5"); nullopt otherwise or if not finite.
std::optional<double> number(const QJsonValue &value);

/// An XML Schema dateTime (fractional seconds allowed; a missing offset is read as UTC and sets
/// `assumedUtc`), also a plain date (midnight UTC, `assumedUtc` set). Invalid QDateTime when malformed.
QDateTime parseDateTime(const QString &text, bool *assumedUtc);
/// Reads `object[key]` as a date into `out` (UTC); adds warnings for malformed dates and missing offsets.
/// OB 1.x allowed Unix timestamps (numbers or digit strings) when `allowTimestamp` is set.
void readDate(const QJsonObject &object, QLatin1StringView key, QDateTime &out, QList<ReadWarning> &warnings,
              bool allowTimestamp = false);
/// A JWT NumericDate claim (seconds since the epoch, possibly fractional) as UTC; invalid when absent.
QDateTime numericDate(const QJsonValue &value);

/// An Image from a URL string, a data: URI, or an object {id, caption}. data: URIs are decoded, up to
/// Limits::kMaxImageDataBytes (bigger or undecodable: a warning, the bytes are not kept).
Image readImage(const QJsonValue &value, QList<ReadWarning> &warnings);
/// A Profile from a URL/DID string or an object; anything else reads as an empty Profile (the caller warns).
Profile readProfile(const QJsonValue &value, QList<ReadWarning> &warnings);
/// Alignment from an OB 3.0 Alignment or OB 2.0 AlignmentObject.
Alignment readAlignment(const QJsonObject &object);
/// Evidence entries from a single value or an array (URL strings or objects).
QList<Evidence> readEvidence(const QJsonValue &value, QList<ReadWarning> &warnings);

} // namespace Credfolio::Credentials::Detail
