// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/JsonFields.h"

#include "core/credentials/Limits.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Credfolio::Credentials::Detail {

void warn(QList<ReadWarning> &warnings, const QString &code, const QString &message)
{
    for (const ReadWarning &existing : warnings) {
        if (existing.code == code && existing.message == message) {
            return;
        }
    }
    warnings.append(ReadWarning{code, message});
}

QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

QString firstText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString()) {
                return item.toString();
            }
        }
    }
    return {};
}

QStringList texts(const QJsonValue &value)
{
    QStringList out;
    if (value.isString()) {
        out.append(value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (item.isString() && out.size() < Limits::kMaxListEntries) {
                out.append(item.toString());
            }
        }
    }
    return out;
}

QList<QJsonValue> elements(const QJsonValue &value, int limit, bool *truncated)
{
    QList<QJsonValue> out;
    if (truncated) {
        *truncated = false;
    }
    if (value.isNull() || value.isUndefined()) {
        return out;
    }
    if (!value.isArray()) {
        out.append(value);
        return out;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (out.size() >= limit) {
            if (truncated) {
                *truncated = true;
            }
            break;
        }
        out.append(item);
    }
    return out;
}

QString idOf(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isObject()) {
        return value.toObject().value(QLatin1StringView("id")).toString();
    }
    return {};
}

std::optional<double> number(const QJsonValue &value)
{
    double result = 0;
    if (value.isDouble()) {
        result = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        result = value.toString().trimmed().toDouble(&ok);
        if (!ok) {
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(result)) {
        return std::nullopt;
    }
    return result;
}

namespace {

/// Reads exactly `count` ASCII digits at `pos` (advancing it); -1 when they are not there.
int digits(QStringView text, qsizetype &pos, int count)
{
    if (pos + count > text.size()) {
        return -1;
    }
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return -1;
        }
        value = value * 10 + (c.unicode() - '0');
    }
    pos += count;
    return value;
}

bool expect(QStringView text, qsizetype &pos, char c)
{
    if (pos < text.size() && text.at(pos) == QLatin1Char(c)) {
        ++pos;
        return true;
    }
    return false;
}

/// The fraction of a second after '.', as milliseconds (extra digits truncated); -1 when there is no digit.
int fractionMilliseconds(QStringView text, qsizetype &pos)
{
    int milliseconds = 0;
    int count = 0;
    while (pos < text.size() && text.at(pos) >= QLatin1Char('0') && text.at(pos) <= QLatin1Char('9')) {
        if (count < 3) {
            milliseconds = milliseconds * 10 + (text.at(pos).unicode() - '0');
        }
        ++count;
        ++pos;
    }
    for (int i = count; i < 3; ++i) {
        milliseconds *= 10;
    }
    return count == 0 ? -1 : milliseconds;
}

/// The zone designator at `pos` ("Z", "+hh:mm", "-hh:mm") as seconds ahead of UTC; nullopt when malformed.
std::optional<int> zoneOffset(QStringView text, qsizetype &pos)
{
    if (expect(text, pos, 'Z') || expect(text, pos, 'z')) {
        return 0;
    }
    const int sign = expect(text, pos, '+') ? 1 : (expect(text, pos, '-') ? -1 : 0);
    if (sign == 0) {
        return std::nullopt;
    }
    const int hours = digits(text, pos, 2);
    const bool colon = expect(text, pos, ':');
    const int minutes = digits(text, pos, 2);
    if (!colon || hours < 0 || minutes < 0 || hours > 14 || minutes > 59) {
        return std::nullopt;
    }
    return sign * (hours * 3600 + minutes * 60);
}

bool isAllDigits(const QString &text)
{
    if (text.isEmpty() || text.size() > 12) {
        return false;
    }
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

} // namespace

QDateTime parseDateTime(const QString &input, bool *assumedUtc)
{
    // XML Schema dateTime: YYYY-MM-DD'T'hh:mm:ss('.'s+)?(zone)?; a plain date is accepted too (OB 1.x).
    *assumedUtc = false;
    const QStringView text = QStringView(input).trimmed();
    qsizetype pos = 0;
    const int year = digits(text, pos, 4);
    const bool dash1 = expect(text, pos, '-');
    const int month = digits(text, pos, 2);
    const bool dash2 = expect(text, pos, '-');
    const int day = digits(text, pos, 2);
    const QDate date(year, month, day);
    if (year < 0 || !dash1 || !dash2 || month < 0 || day < 0 || !date.isValid()) {
        return {};
    }
    if (pos == text.size()) {
        *assumedUtc = true;
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (!expect(text, pos, 'T') && !expect(text, pos, 't')) {
        return {};
    }
    int hour = digits(text, pos, 2);
    const bool colon1 = expect(text, pos, ':');
    const int minute = digits(text, pos, 2);
    const bool colon2 = expect(text, pos, ':');
    const int second = digits(text, pos, 2);
    if (hour < 0 || minute < 0 || second < 0 || !colon1 || !colon2) {
        return {};
    }
    const int millisecond = expect(text, pos, '.') ? fractionMilliseconds(text, pos) : 0;
    if (millisecond < 0) {
        return {};
    }
    std::optional<int> offset = 0;
    if (pos == text.size()) {
        *assumedUtc = true;
    } else {
        offset = zoneOffset(text, pos);
    }
    if (!offset || pos != text.size()) {
        return {};
    }
    const bool endOfDay = hour == 24 && minute == 0 && second == 0 && millisecond == 0;
    if (endOfDay) {
        hour = 0; // XML Schema: 24:00:00 is the first instant of the next day
    }
    const QTime time(hour, minute, second, millisecond);
    if (!time.isValid()) {
        return {};
    }
    QDateTime result =
        *offset == 0 ? QDateTime(date, time, Qt::UTC) : QDateTime(date, time, Qt::OffsetFromUTC, *offset);
    if (endOfDay) {
        result = result.addDays(1);
    }
    return result.toUTC();
}

void readDate(const QJsonObject &object, QLatin1StringView key, QDateTime &out, QList<ReadWarning> &warnings,
              bool allowTimestamp)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return;
    }
    if (allowTimestamp) {
        const QString timestamp = value.isString() ? value.toString().trimmed() : QString();
        if (value.isDouble() || isAllDigits(timestamp)) {
            out = numericDate(value.isDouble() ? value : QJsonValue(timestamp.toDouble()));
            if (out.isValid()) {
                return;
            }
        }
    }
    bool assumedUtc = false;
    out = value.isString() ? parseDateTime(value.toString(), &assumedUtc) : QDateTime();
    if (!out.isValid()) {
        warn(warnings, QStringLiteral("credentials.bad-date"),
             QCoreApplication::translate("Credfolio::Credentials", "The date \"%1\" cannot be read; it is ignored")
                 .arg(key));
    } else if (assumedUtc) {
        warn(warnings, QStringLiteral("credentials.date-without-offset"),
             QCoreApplication::translate("Credfolio::Credentials",
                                         "The date \"%1\" has no time zone; it was read as UTC")
                 .arg(key));
    }
}

QDateTime numericDate(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return {};
    }
    const double seconds = value.toDouble();
    // Years 0..9999 only: anything else is not a date a credential can mean.
    if (!std::isfinite(seconds) || seconds < -62135596800.0 || seconds > 253402300799.0) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::floor(seconds * 1000.0)), Qt::UTC);
}

namespace {

void decodeDataUri(const QString &uri, Image &image, QList<ReadWarning> &warnings)
{
    // data:[<media type>][;base64],<data>
    const qsizetype comma = uri.indexOf(QLatin1Char(','));
    if (comma < 0) {
        warn(warnings, QStringLiteral("credentials.image-unreadable"),
             QCoreApplication::translate("Credfolio::Credentials", "An embedded image (data: URI) cannot be decoded"));
        return;
    }
    const QStringList parameters = uri.mid(5, comma - 5).split(QLatin1Char(';'));
    const bool isBase64 = parameters.size() > 1 && parameters.last().trimmed() == QLatin1StringView("base64");
    image.mimeType = parameters.first().trimmed().toLower();
    const qsizetype encodedLength = uri.size() - comma - 1;
    const qsizetype estimated = isBase64 ? encodedLength / 4 * 3 : encodedLength / 3;
    if (estimated > Limits::kMaxImageDataBytes) {
        warn(warnings, QStringLiteral("credentials.image-too-large"),
             QCoreApplication::translate("Credfolio::Credentials",
                                         "An embedded image is larger than %1 MiB; it was not kept")
                 .arg(Limits::kMaxImageDataBytes / (1024 * 1024)));
        return;
    }
    const QByteArray encoded = uri.mid(comma + 1).toLatin1();
    QByteArray decoded;
    if (isBase64) {
        auto result = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!result) {
            warn(warnings, QStringLiteral("credentials.image-unreadable"),
                 QCoreApplication::translate("Credfolio::Credentials",
                                             "An embedded image (data: URI) cannot be decoded"));
            return;
        }
        decoded = result.decoded;
    } else {
        decoded = QByteArray::fromPercentEncoding(encoded);
    }
    if (decoded.size() > Limits::kMaxImageDataBytes) {
        warn(warnings, QStringLiteral("credentials.image-too-large"),
             QCoreApplication::translate("Credfolio::Credentials",
                                         "An embedded image is larger than %1 MiB; it was not kept")
                 .arg(Limits::kMaxImageDataBytes / (1024 * 1024)));
        return;
    }
    image.data = decoded;
}

void readImageReference(const QString &reference, Image &image, QList<ReadWarning> &warnings)
{
    if (reference.startsWith(QLatin1StringView("data:"), Qt::CaseInsensitive)) {
        decodeDataUri(reference, image, warnings);
    } else {
        image.url = reference;
    }
}

} // namespace

Image readImage(const QJsonValue &value, QList<ReadWarning> &warnings)
{
    Image image;
    if (value.isString()) {
        readImageReference(value.toString(), image, warnings);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        readImageReference(text(object, QLatin1StringView("id")), image, warnings);
        image.caption = text(object, QLatin1StringView("caption"));
    }
    return image;
}

Profile readProfile(const QJsonValue &value, QList<ReadWarning> &warnings)
{
    Profile profile;
    if (value.isString()) {
        profile.id = value.toString();
        return profile;
    }
    if (!value.isObject()) {
        return profile;
    }
    const QJsonObject object = value.toObject();
    profile.id = text(object, QLatin1StringView("id"));
    profile.name = firstText(object.value(QLatin1StringView("name")));
    profile.url = idOf(object.value(QLatin1StringView("url")));
    profile.email = text(object, QLatin1StringView("email"));
    profile.description = text(object, QLatin1StringView("description"));
    profile.image = readImage(object.value(QLatin1StringView("image")), warnings);
    profile.types = texts(object.value(QLatin1StringView("type")));
    return profile;
}

Alignment readAlignment(const QJsonObject &object)
{
    Alignment alignment;
    alignment.targetName = text(object, QLatin1StringView("targetName"));
    alignment.targetUrl = text(object, QLatin1StringView("targetUrl"));
    alignment.targetDescription = text(object, QLatin1StringView("targetDescription"));
    alignment.targetFramework = text(object, QLatin1StringView("targetFramework"));
    alignment.targetCode = text(object, QLatin1StringView("targetCode"));
    alignment.targetType = text(object, QLatin1StringView("targetType"));
    return alignment;
}

QList<Evidence> readEvidence(const QJsonValue &value, QList<ReadWarning> &warnings)
{
    QList<Evidence> out;
    bool truncated = false;
    const QList<QJsonValue> items = elements(value, Limits::kMaxListEntries, &truncated);
    for (const QJsonValue &item : items) {
        Evidence evidence;
        if (item.isString()) {
            evidence.id = item.toString();
        } else if (item.isObject()) {
            const QJsonObject object = item.toObject();
            evidence.id = text(object, QLatin1StringView("id"));
            evidence.name = text(object, QLatin1StringView("name"));
            evidence.description = text(object, QLatin1StringView("description"));
            evidence.narrative = text(object, QLatin1StringView("narrative"));
            evidence.genre = text(object, QLatin1StringView("genre"));
            evidence.audience = text(object, QLatin1StringView("audience"));
        } else {
            continue;
        }
        out.append(evidence);
    }
    if (truncated) {
        warn(warnings, QStringLiteral("credentials.too-many-entries"),
             QCoreApplication::translate("Credfolio::Credentials", "Only the first %1 evidence entries were read")
                 .arg(Limits::kMaxListEntries));
    }
    return out;
}

} // namespace Credfolio::Credentials::Detail
