// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ReviewNotes.h"

#include "core/json/JsonReader.h"
#include "core/store/Library.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace Credfolio::Services {

namespace {

void setOrRemove(QHash<QString, QString> &notes, const QString &key, const QString &text)
{
    if (text.trimmed().isEmpty())
        notes.remove(key);
    else
        notes.insert(key, text);
}

QJsonObject toObject(const QHash<QString, QString> &notes)
{
    QJsonObject object;
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

Error invalid(const QString &detail)
{
    return makeError(QStringLiteral("review.notes-invalid"),
                     QCoreApplication::translate("Credfolio::Services",
                                                 "Your notes on this package could not be read from the library."),
                     detail);
}

Result<QHash<QString, QString>> fromObject(const QJsonValue &value, const QString &member)
{
    QHash<QString, QString> notes;
    if (value.isUndefined())
        return notes;
    if (!value.isObject())
        return invalid(member + QStringLiteral(" is not an object"));
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return invalid(member + QStringLiteral(".") + it.key() + QStringLiteral(" is not a string"));
        notes.insert(it.key(), it.value().toString());
    }
    return notes;
}

} // namespace

bool ReviewNotes::isEmpty() const
{
    return overall.trimmed().isEmpty() && credentials.isEmpty() && requirements.isEmpty();
}

void ReviewNotes::setCredentialNote(const QString &hash, const QString &text)
{
    setOrRemove(credentials, hash, text);
}

void ReviewNotes::setRequirementNote(const QString &key, const QString &text)
{
    setOrRemove(requirements, key, text);
}

Portfolio::ReviewAnnotations ReviewNotes::toAnnotations() const
{
    return Portfolio::ReviewAnnotations{overall, credentials, requirements};
}

QByteArray ReviewNotes::toJson() const
{
    const QJsonObject object{{QStringLiteral("overall"), overall},
                             {QStringLiteral("credentials"), toObject(credentials)},
                             {QStringLiteral("requirements"), toObject(requirements)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<ReviewNotes> ReviewNotes::fromJson(const QByteArray &json)
{
    const Result<QJsonObject> object = Json::parseObject(json);
    if (!object)
        return invalid(object.error().detail);
    ReviewNotes notes;
    const QJsonValue overall = object->value(QStringLiteral("overall"));
    if (!overall.isUndefined() && !overall.isString())
        return invalid(QStringLiteral("overall is not a string"));
    notes.overall = overall.toString();
    auto credentials = fromObject(object->value(QStringLiteral("credentials")), QStringLiteral("credentials"));
    if (!credentials)
        return credentials.error();
    auto requirements = fromObject(object->value(QStringLiteral("requirements")), QStringLiteral("requirements"));
    if (!requirements)
        return requirements.error();
    notes.credentials = *credentials;
    notes.requirements = *requirements;
    return notes;
}

QString reviewNotesSetting(const QString &packageId)
{
    // Hashed: the id comes from a file anyone could have written; the key stays short and plain.
    return QStringLiteral("review.notes.") +
           QString::fromLatin1(QCryptographicHash::hash(packageId.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<ReviewNotes> loadReviewNotes(const Store::Library &library, const QString &packageId)
{
    const Result<std::optional<QString>> stored = library.setting(reviewNotesSetting(packageId));
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return ReviewNotes{};
    return ReviewNotes::fromJson((*stored)->toUtf8());
}

Result<void> saveReviewNotes(Store::Library &library, const QString &packageId, const ReviewNotes &notes)
{
    if (notes.isEmpty())
        return library.removeSetting(reviewNotesSetting(packageId));
    return library.setSetting(reviewNotesSetting(packageId), QString::fromUtf8(notes.toJson()));
}

} // namespace Credfolio::Services
