// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ImportPreparation.h"

#include "core/credentials/CredentialReader.h"
#include "core/credentials/Limits.h"
#include "core/verify/Verifier.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Credfolio::Services {

namespace {

struct ServicesText {
    Q_DECLARE_TR_FUNCTIONS(Credfolio::Services)
};

// The largest input read: a baked image may be big; the credential inside is limited by the readers.
constexpr qint64 kMaxInputFileBytes = Credentials::Limits::kMaxImageFileBytes;

struct Input {
    enum Kind { File, Url, Text } kind = File;
    QString source;
    QByteArray text;
};

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("import.unreadable"),
                         ServicesText::tr("The file could not be opened: %1").arg(file.errorString()), path);
    }
    if (file.size() > kMaxInputFileBytes) {
        return makeError(QStringLiteral("import.too-large"),
                         ServicesText::tr("The file is too large to be a credential (over %1 MiB).")
                             .arg(kMaxInputFileBytes / (1024 * 1024)),
                         QStringLiteral("%1: %2 bytes").arg(path).arg(file.size()));
    }
    return file.readAll();
}

struct Outcome {
    std::optional<PreparedCredential> credential;
    std::optional<ImportProblem> problem;
};

Outcome handle(const Input &input, const Verify::Verifier &verifier, const Net::DocumentSource *documents)
{
    const Credentials::ReadOptions options{documents, true};
    Result<Credentials::Credential> credential = makeError(QString(), QString());
    switch (input.kind) {
    case Input::File: {
        const Result<QByteArray> bytes = readFile(input.source);
        credential =
            bytes ? Credentials::readCredential(*bytes, options) : Result<Credentials::Credential>(bytes.error());
        break;
    }
    case Input::Url:
        credential = Credentials::readCredentialFromUrl(QUrl(input.source), options);
        break;
    case Input::Text:
        credential = Credentials::readCredential(input.text.trimmed(), options);
        break;
    }
    if (!credential)
        return Outcome{std::nullopt, ImportProblem{input.source, credential.error()}};
    Verify::VerificationReport report = verifier.verify(*credential);
    return Outcome{PreparedCredential{input.source, std::move(credential).value(), std::move(report)}, std::nullopt};
}

} // namespace

QStringList expandPaths(const QStringList &paths, QList<ImportProblem> *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files.append(path);
            continue;
        }
        if (!info.isDir()) {
            if (problems) {
                problems->append(ImportProblem{
                    path, makeError(QStringLiteral("import.no-such-path"),
                                    ServicesText::tr("There is no file or folder here any more."), path)});
            }
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!it.fileInfo().fileName().startsWith(QLatin1Char('.')))
                found.append(file);
        }
        std::sort(found.begin(), found.end());
        files.append(found);
    }
    return files;
}

PreparedBatch prepareImport(const ImportRequest &request, const Verify::Verifier &verifier,
                            const Net::DocumentSource *documents, QThreadPool &pool, const ImportProgress &progress,
                            const std::atomic<bool> &cancel)
{
    PreparedBatch batch;
    QList<Input> inputs;
    for (const QString &file : expandPaths(request.paths, &batch.problems))
        inputs.append(Input{Input::File, file, {}});
    for (const QUrl &url : request.urls)
        inputs.append(Input{Input::Url, url.toString(), {}});
    for (const QByteArray &text : request.texts)
        inputs.append(Input{Input::Text, ServicesText::tr("pasted text"), text});

    const int total = int(inputs.size());
    std::atomic<int> done{0};
    const QList<Outcome> outcomes = QtConcurrent::blockingMapped(&pool, inputs, [&](const Input &input) -> Outcome {
        if (cancel.load())
            return Outcome{};
        Outcome outcome = handle(input, verifier, documents);
        const int finished = ++done;
        if (progress)
            progress(finished, total, input.source);
        return outcome;
    });
    batch.cancelled = cancel.load();
    if (batch.cancelled)
        return batch;
    for (const Outcome &outcome : outcomes) {
        if (outcome.credential)
            batch.credentials.append(*outcome.credential);
        if (outcome.problem)
            batch.problems.append(*outcome.problem);
    }
    return batch;
}

} // namespace Credfolio::Services
