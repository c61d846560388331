// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/StatusChecker.h"

#include "core/credentials/CredentialReader.h"
#include "core/verify/EdTechRevocationList.h"
#include "core/verify/StatusChecks.h"
#include "core/verify/StatusEntry.h"
#include "core/verify/StatusList.h"

#include <QJsonArray>

namespace Credfolio::Verify {

namespace {

using Credentials::Credential;

const QStringList kListContentTypes{
    QStringLiteral("application/vc+ld+json"), QStringLiteral("application/ld+json"), QStringLiteral("application/json"),
    QStringLiteral("application/vc+jwt"),     QStringLiteral("application/vc"),      QStringLiteral("application/jwt"),
};

// A list credential may carry a credentialStatus of its own; verifyList then comes back here. Lists pointing
// at each other would recurse forever, so nesting stops after a few levels.
constexpr int kMaxNesting = 3;
thread_local int t_nesting = 0;

struct NestingGuard {
    NestingGuard() { ++t_nesting; }
    ~NestingGuard() { --t_nesting; }
    NestingGuard(const NestingGuard &) = delete;
    NestingGuard &operator=(const NestingGuard &) = delete;
};

EntryOutcome unchecked(const QString &code, const QString &detail)
{
    return EntryOutcome{EntryOutcome::Unchecked, {}, detail, code, {}};
}

QString entryName(const StatusEntry &entry)
{
    return QStringLiteral("%1 %2 index %3 of %4")
        .arg(entry.typeName, entry.purpose, QString::number(entry.index), entry.listUrl);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    if (value.isString()) {
        result.append(value.toString());
    }
    for (const QJsonValue &item : value.toArray()) {
        result.append(item.toString());
    }
    return result;
}

QJsonObject listSubject(const Credential &list)
{
    const QJsonValue subject = list.json.value(QLatin1StringView("credentialSubject"));
    if (subject.isArray()) {
        return subject.toArray().at(0).toObject(); // an empty array gives an empty object
    }
    return subject.toObject();
}

// Everything about the list credential except its bits; an error names why it cannot be relied on. `asOf`: the
// documents date of the list's own verification.
Result<QJsonObject> trustedListSubject(const StatusEntry &entry, const Credential &credential, const Credential &list,
                                       const ListCredentialVerifier &verifyList, QDateTime &asOf)
{
    const auto invalid = [&entry](const QString &why) {
        return makeError(QStringLiteral("verify.status-list-invalid"), {}, entry.listUrl + QStringLiteral(": ") + why);
    };
    const QString expectedType = entry.type == StatusEntryType::BitstringStatusList
                                     ? QStringLiteral("BitstringStatusListCredential")
                                     : QStringLiteral("StatusList2021Credential");
    if (!list.types.contains(expectedType)) {
        return invalid(QStringLiteral("not a %1 (type %2)").arg(expectedType, list.types.join(QLatin1Char(','))));
    }
    if (list.issuer.id.isEmpty() || list.issuer.id != credential.issuer.id) {
        return invalid(QStringLiteral("issued by \"%1\", not by the credential's issuer \"%2\"")
                           .arg(list.issuer.id, credential.issuer.id));
    }
    if (!verifyList) {
        return invalid(QStringLiteral("no verifier for the list credential"));
    }
    const VerificationReport report = verifyList(list);
    asOf = report.documentsAsOf;
    if (!report.isValid()) {
        const Check *failure = report.firstFailure();
        return invalid(failure ? QStringLiteral("the list credential does not verify: %1 %2 %3")
                                     .arg(failure->id, failure->code, failure->detail)
                                     .trimmed()
                               : QStringLiteral("the list credential does not verify"));
    }
    const QJsonObject subject = listSubject(list);
    const QStringList purposes = stringList(subject.value(QLatin1StringView("statusPurpose")));
    if (!purposes.contains(entry.purpose)) {
        return invalid(QStringLiteral("the list's statusPurpose (%1) does not include \"%2\"")
                           .arg(purposes.join(QLatin1Char(',')), entry.purpose));
    }
    return subject;
}

EntryOutcome checkListEntry(const StatusEntry &entry, const Credential &credential,
                            const Net::DocumentSource *documents, const ListCredentialVerifier &verifyList,
                            QDateTime &asOf)
{
    Result<Net::RemoteDocument> document = StatusChecks::fetchList(documents, entry.listUrl, kListContentTypes);
    if (!document) {
        return unchecked(document.error().code, document.error().detail);
    }
    Result<Credential> list = Credentials::readCredential(document->body);
    if (!list) {
        return unchecked(QStringLiteral("verify.status-list-invalid"),
                         QStringLiteral("%1: unreadable list credential: %2 %3")
                             .arg(entry.listUrl, list.error().code, list.error().detail));
    }
    QDateTime listAsOf;
    Result<QJsonObject> subject = trustedListSubject(entry, credential, *list, verifyList, listAsOf);
    if (!subject) {
        return unchecked(subject.error().code, subject.error().detail + StatusChecks::asOfSuffix(*document));
    }
    const StatusListFormat format = entry.type == StatusEntryType::BitstringStatusList
                                        ? StatusListFormat::Bitstring
                                        : StatusListFormat::StatusList2021;
    Result<StatusList> bits =
        StatusList::decode(subject->value(QLatin1StringView("encodedList")).toString().toLatin1(), format);
    Result<quint32> value = bits ? bits->value(entry.index, entry.statusSize) : Result<quint32>(bits.error());
    if (!value) {
        return unchecked(QStringLiteral("verify.status-list-invalid"),
                         QStringLiteral("%1: %2 %3").arg(entryName(entry), value.error().code, value.error().detail));
    }
    StatusChecks::noteAsOf(asOf, *document);
    if (listAsOf.isValid() && (!asOf.isValid() || listAsOf < asOf)) {
        asOf = listAsOf;
    }
    const QString detail = QStringLiteral("%1: status %2%3")
                               .arg(entryName(entry), QString::number(*value), StatusChecks::asOfSuffix(*document));
    return EntryOutcome{*value != 0 ? EntryOutcome::Set : EntryOutcome::NotSet, entry.purpose, detail, {}, {}};
}

EntryOutcome checkEntry(const StatusEntry &entry, const Credential &credential, const Net::DocumentSource *documents,
                        const ListCredentialVerifier &verifyList, QDateTime &asOf)
{
    if (entry.type == StatusEntryType::Other) {
        return unchecked(QStringLiteral("verify.status-unsupported"),
                         QStringLiteral("credentialStatus type \"%1\" is not supported").arg(entry.typeName));
    }
    if (entry.type == StatusEntryType::OneEdTechRevocationList) {
        return checkEdTechRevocationList(entry.listUrl, credential, documents, asOf);
    }
    if (entry.purpose == QLatin1StringView("refresh") || entry.purpose == QLatin1StringView("message")) {
        return EntryOutcome{EntryOutcome::Ignored,
                            entry.purpose,
                            QStringLiteral("%1 entry (statusPurpose %2) ignored").arg(entry.typeName, entry.purpose),
                            {},
                            {}};
    }
    if (entry.purpose != QLatin1StringView("revocation") && entry.purpose != QLatin1StringView("suspension")) {
        return unchecked(QStringLiteral("verify.status-unsupported"),
                         QStringLiteral("statusPurpose \"%1\" is not supported").arg(entry.purpose));
    }
    return checkListEntry(entry, credential, documents, verifyList, asOf);
}

QString joinDetails(const QList<EntryOutcome> &outcomes, EntryOutcome::Kind kind)
{
    QStringList details;
    for (const EntryOutcome &outcome : outcomes) {
        if (outcome.kind == kind) {
            details.append(outcome.detail);
        }
    }
    return details.join(QStringLiteral("; "));
}

Check combine(const QList<EntryOutcome> &outcomes)
{
    for (const EntryOutcome &outcome : outcomes) {
        if (outcome.kind == EntryOutcome::Set && outcome.purpose == QLatin1StringView("revocation")) {
            return StatusChecks::revoked(outcome.reason, outcome.detail);
        }
    }
    for (const EntryOutcome &outcome : outcomes) {
        if (outcome.kind == EntryOutcome::Set) {
            return StatusChecks::suspended(outcome.detail);
        }
    }
    for (const EntryOutcome &outcome : outcomes) {
        if (outcome.kind == EntryOutcome::Unchecked) {
            return StatusChecks::unchecked(outcome.code, joinDetails(outcomes, EntryOutcome::Unchecked));
        }
    }
    bool revocation = false;
    bool suspension = false;
    for (const EntryOutcome &outcome : outcomes) {
        if (outcome.kind == EntryOutcome::NotSet) {
            (outcome.purpose == QLatin1StringView("suspension") ? suspension : revocation) = true;
        }
    }
    QString detail = joinDetails(outcomes, EntryOutcome::NotSet);
    const QString ignored = joinDetails(outcomes, EntryOutcome::Ignored);
    if (!ignored.isEmpty()) {
        detail += (detail.isEmpty() ? QString() : QStringLiteral("; ")) + ignored;
    }
    if (!revocation && !suspension) {
        return StatusChecks::nothingToCheck(detail);
    }
    return StatusChecks::passed(revocation, suspension, detail);
}

} // namespace

StatusOutcome checkStatus(const Credential &credential, const Net::DocumentSource *documents,
                          const ListCredentialVerifier &verifyList)
{
    Result<QList<StatusEntry>> entries = readStatusEntries(credential.json);
    if (!entries) {
        return {StatusChecks::unchecked(entries.error().code, entries.error().detail), {}};
    }
    if (entries->isEmpty()) {
        return {StatusChecks::nothingToCheck(), {}};
    }
    if (t_nesting >= kMaxNesting) {
        return {StatusChecks::unchecked(
                    QStringLiteral("verify.status-list-invalid"),
                    QStringLiteral("status list credentials nested more than %1 deep").arg(kMaxNesting)),
                {}};
    }
    const NestingGuard guard;
    StatusOutcome result;
    QList<EntryOutcome> outcomes;
    for (const StatusEntry &entry : std::as_const(*entries)) {
        outcomes.append(checkEntry(entry, credential, documents, verifyList, result.documentsAsOf));
    }
    result.check = combine(outcomes);
    return result;
}

} // namespace Credfolio::Verify
