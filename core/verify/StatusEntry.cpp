// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/StatusEntry.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <optional>

namespace Credfolio::Verify {

namespace {

// Above 2^53 a JSON number no longer names one integer.
constexpr double kMaxExactInteger = 9007199254740992.0;

Error badEntry(const QString &detail)
{
    return makeError(QStringLiteral("verify.bad-status-entry"),
                     QCoreApplication::translate("Credfolio::Verify", "The credential's status entry is malformed."),
                     detail);
}

StatusEntryType typeOf(const QString &name)
{
    if (name == QLatin1StringView("BitstringStatusListEntry")) {
        return StatusEntryType::BitstringStatusList;
    }
    if (name == QLatin1StringView("StatusList2021Entry")) {
        return StatusEntryType::StatusList2021;
    }
    if (name == QLatin1StringView("1EdTechRevocationList")) {
        return StatusEntryType::OneEdTechRevocationList;
    }
    return StatusEntryType::Other;
}

// A non-negative integer written as a string of ASCII digits or as an integral JSON number.
std::optional<quint64> readIndex(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty() || text.size() > 16) {
            return std::nullopt;
        }
        quint64 result = 0;
        for (const QChar c : text) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                return std::nullopt;
            }
            result = result * 10 + quint64(c.unicode() - u'0');
        }
        if (result > quint64(kMaxExactInteger)) {
            return std::nullopt;
        }
        return result;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < 0 || number > kMaxExactInteger || std::floor(number) != number) {
            return std::nullopt;
        }
        return quint64(number);
    }
    return std::nullopt;
}

QString describe(const QJsonValue &value)
{
    if (value.isString()) {
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 17);
    }
    if (value.isUndefined()) {
        return QStringLiteral("missing");
    }
    return QStringLiteral("not a string or number");
}

Result<StatusEntry> readStatusListMembers(const QJsonObject &object, StatusEntry entry)
{
    entry.purpose = object.value(QLatin1StringView("statusPurpose")).toString();
    if (entry.purpose.isEmpty()) {
        return badEntry(QStringLiteral("%1 without a statusPurpose").arg(entry.typeName));
    }
    entry.listUrl = object.value(QLatin1StringView("statusListCredential")).toString();
    if (entry.listUrl.isEmpty()) {
        return badEntry(QStringLiteral("%1 without a statusListCredential").arg(entry.typeName));
    }
    const QJsonValue indexValue = object.value(QLatin1StringView("statusListIndex"));
    const std::optional<quint64> index = readIndex(indexValue);
    if (!index) {
        return badEntry(QStringLiteral("statusListIndex %1 is not a non-negative integer").arg(describe(indexValue)));
    }
    entry.index = *index;
    const QJsonValue sizeValue = object.value(QLatin1StringView("statusSize"));
    if (!sizeValue.isUndefined()) {
        const std::optional<quint64> size = readIndex(sizeValue);
        if (!size || *size < 1 || *size > quint64(kMaxStatusSize)) {
            return badEntry(QStringLiteral("statusSize %1 is not an integer from 1 to %2")
                                .arg(describe(sizeValue), QString::number(kMaxStatusSize)));
        }
        entry.statusSize = int(*size);
    }
    return entry;
}

} // namespace

Result<StatusEntry> readStatusEntry(const QJsonValue &value)
{
    if (!value.isObject()) {
        return badEntry(QStringLiteral("credentialStatus entry is not an object"));
    }
    const QJsonObject object = value.toObject();
    StatusEntry entry;
    entry.typeName = object.value(QLatin1StringView("type")).toString();
    if (entry.typeName.isEmpty()) {
        return badEntry(QStringLiteral("credentialStatus entry without a string type"));
    }
    entry.type = typeOf(entry.typeName);
    entry.id = object.value(QLatin1StringView("id")).toString();
    switch (entry.type) {
    case StatusEntryType::BitstringStatusList:
    case StatusEntryType::StatusList2021:
        return readStatusListMembers(object, entry);
    case StatusEntryType::OneEdTechRevocationList:
        if (entry.id.isEmpty()) {
            return badEntry(QStringLiteral("1EdTechRevocationList without an id (the list URL)"));
        }
        entry.purpose = QStringLiteral("revocation");
        entry.listUrl = entry.id;
        return entry;
    case StatusEntryType::Other:
        break;
    }
    entry.purpose = object.value(QLatin1StringView("statusPurpose")).toString();
    return entry;
}

Result<QList<StatusEntry>> readStatusEntries(const QJsonObject &credential)
{
    const QJsonValue status = credential.value(QLatin1StringView("credentialStatus"));
    QList<StatusEntry> entries;
    if (status.isUndefined() || status.isNull()) {
        return entries;
    }
    const QJsonArray items = status.isArray() ? status.toArray() : QJsonArray{status};
    for (qsizetype i = 0; i < items.size(); ++i) {
        Result<StatusEntry> entry = readStatusEntry(items.at(i));
        if (!entry) {
            Error error = entry.error();
            error.detail = QStringLiteral("credentialStatus[%1]: %2").arg(QString::number(i), error.detail);
            return error;
        }
        entries.append(std::move(entry).value());
    }
    return entries;
}

} // namespace Credfolio::Verify
