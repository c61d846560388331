// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Workspace.h"

#include "core/net/Fetcher.h"
#include "core/net/LocalDocuments.h"
#include "core/net/SqliteDocumentCache.h"
#include "core/store/Library.h"
#include "core/verify/IssuerRegistry.h"
#include "core/verify/Verifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

namespace Credfolio::Services {

namespace {

const QString kOfflineSetting = QStringLiteral("network.offline");
const QString kFetchingSetting = QStringLiteral("network.fetch-documents");
const QString kRegistriesSetting = QStringLiteral("trust.registries");

struct WorkspaceText {
    Q_DECLARE_TR_FUNCTIONS(Credfolio::Services)
};

// A verifier together with the trust snapshot it points at.
struct VerifierBundle {
    VerifierBundle(std::shared_ptr<const Verify::IssuerRegistrySet> snapshot, const Net::DocumentSource *documents,
                   const Clock *clock)
        : trust(std::move(snapshot))
        , verifier(Verify::VerifierOptions{documents, clock, trust.get()})
    {
    }
    std::shared_ptr<const Verify::IssuerRegistrySet> trust;
    Verify::Verifier verifier;
};

Result<QJsonArray> storedRegistries(const Store::Library &library)
{
    const Result<std::optional<QString>> text = library.setting(kRegistriesSetting);
    if (!text)
        return text.error();
    if (!text->has_value())
        return QJsonArray();
    return QJsonDocument::fromJson(text->value().toUtf8()).array();
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &libraryPath, const Clock *clock)
{
    Result<std::unique_ptr<Store::Library>> library = Store::Library::open(libraryPath);
    if (!library)
        return library.error();
    std::unique_ptr<Workspace> workspace(new Workspace());
    workspace->m_library = std::move(library).value();
    workspace->m_clock = clock;
    workspace->m_cache = std::make_shared<Net::SqliteDocumentCache>(workspace->m_library->path());
    workspace->m_fetcher = std::make_unique<Net::Fetcher>(Net::FetcherPolicy{}, workspace->m_cache);
    const Result<std::optional<QString>> offline = workspace->m_library->setting(kOfflineSetting);
    workspace->m_fetcher->setOffline(offline && offline->value_or(QString()) == QLatin1String("1"));
    workspace->m_localDocuments = std::make_unique<Net::LocalDocuments>(*workspace->m_fetcher);
    const Result<std::optional<QString>> fetching = workspace->m_library->setting(kFetchingSetting);
    workspace->m_fetchingDocuments.store(!fetching || fetching->value_or(QString()) != QLatin1String("0"));
    if (const Result<void> trust = workspace->loadTrust(); !trust)
        return trust.error();
    return workspace;
}

Workspace::~Workspace()
{
    // The fetcher uses the cache, which uses the library's file: tear down in that order.
    m_localDocuments.reset();
    m_fetcher.reset();
    m_cache.reset();
    m_library.reset();
}

Result<void> Workspace::setOffline(bool offline)
{
    m_fetcher->setOffline(offline);
    return m_library->setSetting(kOfflineSetting, offline ? QStringLiteral("1") : QStringLiteral("0"));
}

bool Workspace::isOffline() const
{
    return m_fetcher->isOffline();
}

Result<void> Workspace::setFetchingDocuments(bool fetching)
{
    m_fetchingDocuments.store(fetching);
    return m_library->setSetting(kFetchingSetting, fetching ? QStringLiteral("1") : QStringLiteral("0"));
}

bool Workspace::isFetchingDocuments() const
{
    return m_fetchingDocuments.load();
}

Result<void> Workspace::loadTrust()
{
    auto trust = std::make_shared<Verify::IssuerRegistrySet>();
    const Result<QJsonArray> registries = storedRegistries(*m_library);
    if (!registries)
        return registries.error();
    for (const QJsonValue &value : *registries) {
        const QJsonObject entry = value.toObject();
        const Result<Verify::IssuerRegistry> registry =
            Verify::IssuerRegistry::fromJson(entry.value(QLatin1StringView("text")).toString().toUtf8(),
                                             entry.value(QLatin1StringView("source")).toString());
        if (registry)
            trust->addRegistry(*registry);
    }
    const Result<QList<Store::IssuerInfo>> issuers = m_library->issuers();
    if (!issuers)
        return issuers.error();
    for (const Store::IssuerInfo &issuer : *issuers) {
        if (issuer.trusted)
            trust->trust(issuer.id, issuer.name);
    }
    const QWriteLocker lock(&m_trustLock);
    m_trust = std::move(trust);
    return {};
}

Result<void> Workspace::addRegistry(const Verify::IssuerRegistry &registry, const QByteArray &text)
{
    Result<QJsonArray> registries = storedRegistries(*m_library);
    if (!registries)
        return registries.error();
    QJsonArray kept;
    for (const QJsonValue &value : *registries) {
        if (value.toObject().value(QLatin1StringView("source")).toString() != registry.source)
            kept.append(value);
    }
    kept.append(
        QJsonObject{{QStringLiteral("source"), registry.source}, {QStringLiteral("text"), QString::fromUtf8(text)}});
    if (const Result<void> saved = m_library->setSetting(
            kRegistriesSetting, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
        !saved)
        return saved;
    return loadTrust();
}

Result<void> Workspace::removeRegistry(const QString &source)
{
    Result<QJsonArray> registries = storedRegistries(*m_library);
    if (!registries)
        return registries.error();
    QJsonArray kept;
    for (const QJsonValue &value : *registries) {
        if (value.toObject().value(QLatin1StringView("source")).toString() != source)
            kept.append(value);
    }
    if (const Result<void> saved = m_library->setSetting(
            kRegistriesSetting, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
        !saved)
        return saved;
    return loadTrust();
}

Result<void> Workspace::setIssuerTrusted(const QString &issuerId, const QString &name, bool trusted)
{
    Q_UNUSED(name) // the library names issuers from their credentials
    if (const Result<void> saved = m_library->setIssuerTrusted(issuerId, trusted); !saved)
        return saved;
    return loadTrust();
}

std::shared_ptr<const Verify::IssuerRegistrySet> Workspace::trust() const
{
    const QReadLocker lock(&m_trustLock);
    return m_trust;
}

std::shared_ptr<const Verify::Verifier> Workspace::makeVerifier() const
{
    const Net::DocumentSource *documents =
        m_fetchingDocuments.load() ? static_cast<const Net::DocumentSource *>(m_fetcher.get()) : m_localDocuments.get();
    auto bundle = std::make_shared<VerifierBundle>(trust(), documents, m_clock);
    return std::shared_ptr<const Verify::Verifier>(bundle, &bundle->verifier);
}

Result<ImportSummary> Workspace::importBatch(const ImportRequest &request, QThreadPool &pool,
                                             const ImportProgress &progress, const std::atomic<bool> &cancel)
{
    const std::shared_ptr<const Verify::Verifier> verifier = makeVerifier();
    PreparedBatch prepared = prepareImport(request, *verifier, m_fetcher.get(), pool, progress, cancel);
    ImportSummary summary;
    summary.problems = prepared.problems;
    if (prepared.cancelled || cancel.load()) {
        summary.cancelled = true;
        return summary;
    }
    QList<Store::NewCredential> batch;
    batch.reserve(prepared.credentials.size());
    for (PreparedCredential &item : prepared.credentials)
        batch.append(Store::NewCredential{std::move(item.credential), std::move(item.report), item.source});
    const Result<Store::BatchResult> stored = m_library->addBatch(batch);
    if (!stored)
        return stored.error();
    for (qsizetype i = 0; i < stored->outcomes.size(); ++i) {
        const Store::ImportOutcome &outcome = stored->outcomes.at(i);
        const Store::NewCredential &item = batch.at(i);
        if (outcome.kind == Store::ImportOutcome::Kind::Duplicate) {
            summary.duplicates.append(ImportDuplicate{item.source, item.credential.name, outcome.id, outcome.inTrash});
            continue;
        }
        summary.storedIds.append(outcome.id);
        if (!item.report.isValid())
            ++summary.storedInvalid;
    }
    return summary;
}

Result<int> Workspace::reverify(const QList<qint64> &ids, QThreadPool &pool, const ImportProgress &progress,
                                const std::atomic<bool> &cancel)
{
    const std::shared_ptr<const Verify::Verifier> verifier = makeVerifier();
    std::atomic<int> done{0};
    const int total = int(ids.size());
    const QList<std::optional<Error>> errors =
        QtConcurrent::blockingMapped(&pool, ids, [&](qint64 id) -> std::optional<Error> {
            if (cancel.load())
                return std::nullopt;
            const Result<Store::StoredCredential> stored = m_library->credential(id);
            if (!stored)
                return stored.error();
            const Verify::VerificationReport report = verifier->verify(stored->credential);
            if (const Result<void> saved = m_library->setReport(id, report); !saved)
                return saved.error();
            for (qsizetype i = 0; i < stored->children.size() && i < report.embedded.size(); ++i) {
                if (const Result<void> saved = m_library->setReport(stored->children.at(i), report.embedded.at(i));
                    !saved)
                    return saved.error();
            }
            const int finished = ++done;
            if (progress)
                progress(finished, total, stored->row.name);
            return std::nullopt;
        });
    for (const std::optional<Error> &error : errors) {
        if (error)
            return *error;
    }
    return done.load();
}

} // namespace Credfolio::Services
