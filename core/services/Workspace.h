// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/services/ImportPreparation.h"
#include "core/services/ImportSummary.h"

#include <QReadWriteLock>
#include <QString>

#include <atomic>
#include <memory>

class QThreadPool;

namespace Credfolio::Net {
class Fetcher;
class LocalDocuments;
class SqliteDocumentCache;
} // namespace Credfolio::Net
namespace Credfolio::Store {
class Library;
}
namespace Credfolio::Verify {
class IssuerRegistrySet;
class Verifier;
struct IssuerRegistry;
} // namespace Credfolio::Verify

namespace Credfolio::Services {

/// One open library and everything that works on it: the fetcher (its cache lives in the library file), the
/// learner's trust (issuers marked trusted, imported issuer registries, both kept in the library) and the
/// verifier built on them. The facade the GUI and the CLI share for importing and re-verifying.
///
/// Threads: importBatch() and reverify() block and belong on worker threads; the trust and offline setters may
/// be called from any thread while they run (each operation verifies against the trust of the moment it began).
class Workspace {
public:
    /// Opens (creating when missing) the library at `libraryPath` and loads the learner's trust from it.
    static Result<std::unique_ptr<Workspace>> open(const QString &libraryPath, const Clock *clock = nullptr);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    Store::Library &library() const { return *m_library; }
    Net::Fetcher &fetcher() const { return *m_fetcher; }

    /// Offline: no network at all (importing from a URL included); only the cache and pre-fetched documents
    /// answer. Remembered in the library.
    Result<void> setOffline(bool offline);
    bool isOffline() const;
    /// Whether verification may fetch documents from the internet (DID documents, keys, status lists, hosted
    /// badges; on by default). Off: verifiers made from then on use only bundled and cached documents, while
    /// importing from a URL still connects (unless offline). Remembered in the library.
    Result<void> setFetchingDocuments(bool fetching);
    bool isFetchingDocuments() const;

    /// Reads, verifies and stores one batch (one transaction; nothing stored when cancelled or when storing
    /// fails). `progress` is called from worker threads.
    Result<ImportSummary> importBatch(const ImportRequest &request, QThreadPool &pool, const ImportProgress &progress,
                                      const std::atomic<bool> &cancel);

    /// Verifies these credentials again (all of a CLR's contents with it) and records each new report. Returns
    /// how many were verified before `cancel` (reports already recorded stay).
    Result<int> reverify(const QList<qint64> &ids, QThreadPool &pool, const ImportProgress &progress,
                         const std::atomic<bool> &cancel);

    /// The learner's trust. Registries are kept in the library (their text), so the library stays whole when the
    /// file they came from moves.
    Result<void> addRegistry(const Verify::IssuerRegistry &registry, const QByteArray &text);
    Result<void> removeRegistry(const QString &source);
    Result<void> setIssuerTrusted(const QString &issuerId, const QString &name, bool trusted);
    std::shared_ptr<const Verify::IssuerRegistrySet> trust() const;

    /// A verifier over the trust of this moment and the fetcher; it keeps that trust alive and is not affected by
    /// later changes. Must not outlive the Workspace (it uses its fetcher).
    std::shared_ptr<const Verify::Verifier> makeVerifier() const;

private:
    Workspace() = default;
    Result<void> loadTrust();

    std::unique_ptr<Store::Library> m_library;
    std::shared_ptr<Net::SqliteDocumentCache> m_cache;
    std::unique_ptr<Net::Fetcher> m_fetcher;
    std::unique_ptr<Net::LocalDocuments> m_localDocuments; // m_fetcher without its network
    std::atomic<bool> m_fetchingDocuments{true};
    const Clock *m_clock = nullptr;
    mutable QReadWriteLock m_trustLock;
    std::shared_ptr<const Verify::IssuerRegistrySet> m_trust;
};

} // namespace Credfolio::Services
