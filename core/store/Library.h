// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/sqlite/ThreadConnections.h"
#include "core/store/LibraryTypes.h"

#include <QStringList>

#include <memory>

class QSqlDatabase;

namespace Credfolio::Store {

/// The learner's library: one SQLite file (WAL journal, foreign keys on, owner-only permissions) holding
/// the imported credentials (original bytes kept exactly), their verification history, issuers, tags,
/// collections, notes, pathways, library settings and the fetched-documents cache (table
/// fetched_documents, shared with Net::SqliteDocumentCache on the same file). Schema: docs/library-schema.md.
///
/// Threads: every method may be called from any thread, also at the same time; each thread gets its own
/// connection (closed when the Library is destroyed, which must happen when no other thread uses it).
/// Writers wait for each other (SQLite lock, 10 s busy timeout); readers never wait for a writer (WAL).
/// Import batches belong on a worker thread; small reads are fine on the GUI thread.
///
/// Errors: store.open-failed, store.schema-too-new, store.migration-failed (open); store.query-failed
/// (any read or write); store.not-found (an id that is not there); store.not-a-library, store.backup-failed.
class Library {
public:
    /// Opens the library at `path`, creating it (and its folder) when missing, and upgrades its schema.
    /// A library written by a newer Credfolio is refused (store.schema-too-new) and left unchanged.
    static Result<std::unique_ptr<Library>> open(const QString &path);

    /// $CREDFOLIO_LIBRARY when set, else <AppDataLocation>/library.sqlite.
    static QString defaultPath();

    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;

    // --- import -----------------------------------------------------------------------------------

    /// Stores a batch in ONE transaction: all of it or (on any error) nothing. An item whose bytes
    /// (SHA-256 of `original`) or whose non-empty credential id with the same issuer id is already in the
    /// library (or earlier in the batch) is a Duplicate of that row and is not stored again; duplicates are
    /// looked for among top-level credentials only (a CLR's contents are part of it). A CLR is stored with
    /// each of its `embedded` credentials as a row of its own (parent = the CLR, report = the CLR report's
    /// `embedded[i]`). An invalid credential is stored like any other, with its verdict.
    Result<BatchResult> addBatch(const QList<NewCredential> &batch);

    /// Records a new verification: appended to the history, and the credential's verdict updated.
    Result<void> setReport(qint64 id, const Verify::VerificationReport &report);

    // --- reads ------------------------------------------------------------------------------------

    Result<QList<CredentialRow>> list(const Query &query = {}) const;
    /// How many rows list(query) would return without limit/offset.
    Result<int> count(const Query &query = {}) const;
    Result<StoredCredential> credential(qint64 id) const;
    /// Oldest first.
    Result<QList<VerificationRecord>> verificationHistory(qint64 id) const;

    // --- organize ---------------------------------------------------------------------------------

    Result<QList<TagCount>> tags() const; ///< by name
    Result<void> addTag(const QList<qint64> &ids, const QString &tag);
    Result<void> removeTag(const QList<qint64> &ids, const QString &tag);
    /// Renames a tag; into an existing tag's name, the two merge.
    Result<void> renameTag(const QString &from, const QString &to);
    Result<void> deleteTag(const QString &tag);

    Result<QList<CollectionInfo>> collections() const; ///< in the learner's order
    Result<qint64> createCollection(const QString &name);
    Result<void> renameCollection(qint64 collection, const QString &name);
    Result<void> deleteCollection(qint64 collection); ///< the credentials stay in the library
    /// Appends (those already in it keep their place).
    Result<void> addToCollection(qint64 collection, const QList<qint64> &ids);
    Result<void> removeFromCollection(qint64 collection, const QList<qint64> &ids);
    /// Puts the collection's credentials in this order (ids not named keep their order, after these).
    Result<void> reorderCollection(qint64 collection, const QList<qint64> &ids);
    Result<QList<qint64>> collectionItems(qint64 collection) const; ///< in order, trash excluded

    /// An empty text removes the note.
    Result<void> setNote(qint64 id, const QString &text);
    Result<std::optional<Note>> note(qint64 id) const;

    Result<std::optional<QString>> setting(const QString &key) const;
    Result<void> setSetting(const QString &key, const QString &value);
    Result<void> removeSetting(const QString &key);

    Result<QList<PathwayEntry>> pathways() const; ///< by name
    Result<std::optional<PathwayEntry>> pathway(const QString &id) const;
    /// Adds or replaces the pathway with this id.
    Result<void> savePathway(const QString &id, const QString &name, const QByteArray &document);
    Result<void> removePathway(const QString &id);

    Result<QList<IssuerInfo>> issuers() const; ///< by name
    /// The learner's own trust in an issuer (an entry is made for an issuer not seen yet).
    Result<void> setIssuerTrusted(const QString &issuerId, bool trusted);

    // --- delete with undo -------------------------------------------------------------------------

    /// Moves these credentials (and a CLR's contents) to the trash: hidden from list() unless
    /// Query::trash, still counted as duplicates. Returns how many rows moved.
    Result<int> removeCredentials(const QList<qint64> &ids);
    /// Takes them (and a CLR's contents) out of the trash.
    Result<int> restoreCredentials(const QList<qint64> &ids);
    /// Deletes everything in the trash for good (history, notes, tags links with it). Returns the count.
    Result<int> purgeRemoved();

    // --- backup -----------------------------------------------------------------------------------

    /// Writes a consistent copy of the whole library to `file` (one SQLite file, owner-only), replacing
    /// it only once complete. Safe while other threads write.
    Result<void> backupTo(const QString &file) const;
    /// Replaces the library at `libraryPath` with `backupFile` after checking that it is a Credfolio
    /// library (application id, schema version this build can open, PRAGMA integrity_check). The new file is
    /// written next to the old one and renamed over it, so a crash leaves one or the other, never a mix.
    /// The library must not be open (close every Library on it first).
    static Result<void> restore(const QString &backupFile, const QString &libraryPath);

private:
    explicit Library(QString path);
    Result<QSqlDatabase> connection() const;

    QString m_path;
    Sqlite::ThreadConnections m_connections;
};

} // namespace Credfolio::Store
