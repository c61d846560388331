// SPDX-License-Identifier: GPL-3.0-or-later
// Signature verification through Credfolio's wrapper with pre-parsed keys, to compare with
// `openssl speed ed25519 ecdsap256 rsa2048` (verify/s). Keys and signatures come from the RFC vectors
// in tests/data/crypto (RFC 7515 A.2 RSA-2048, A.3 P-256) and from a fixed Ed25519 seed.
#include "core/crypto/Ed25519SigningKey.h"
#include "core/crypto/Jws.h"
#include "core/crypto/Verifier.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace Credfolio;
using namespace Credfolio::Crypto;

namespace {

QByteArray readData(const char *relative)
{
    QFile file(QStringLiteral(CREDFOLIO_BENCH_DATA "/") + QLatin1String(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "missing %s\n", relative);
        std::abort();
    }
    return file.readAll().trimmed();
}

struct Vector {
    PublicKey key;
    SignatureAlgorithm alg;
    QByteArray data;
    QByteArray signature;
};

Vector jwsVector(const char *token, const char *jwk)
{
    const Result<JwsCompact> jws = parseJwsCompact(readData(token));
    const Result<PublicKey> key = PublicKey::fromJwk(QJsonDocument::fromJson(readData(jwk)).object());
    if (!jws || !key)
        std::abort();
    return {*key, jws->algorithm, jws->signingInput(), jws->signature};
}

void runVerify(benchmark::State &state, const Vector &v)
{
    if (verifySignature(v.key, v.alg, v.data, v.signature).value_or(false) != true)
        state.SkipWithError("the vector does not verify");
    for (auto _ : state)
        benchmark::DoNotOptimize(verifySignature(v.key, v.alg, v.data, v.signature));
    state.counters["verify/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_VerifyEd25519_64B(benchmark::State &state)
{
    // 64 bytes, like the hashData of the eddsa-* suites.
    static const Result<Ed25519SigningKey> signer = Ed25519SigningKey::fromSeed(QByteArray(32, '\x42'));
    static const QByteArray data(64, '\x5a');
    static const Vector v{signer->publicKey(), SignatureAlgorithm::EdDSA, data, signer->sign(data)};
    runVerify(state, v);
}

void BM_VerifyES256(benchmark::State &state)
{
    static const Vector v = jwsVector("crypto/rfc7515/a3-es256.jws", "crypto/rfc7515/a3-es256-public.jwk.json");
    runVerify(state, v);
}

void BM_VerifyRS256_2048(benchmark::State &state)
{
    static const Vector v = jwsVector("crypto/rfc7515/a2-rs256.jws", "crypto/rfc7515/a2-rs256-public.jwk.json");
    runVerify(state, v);
}

void BM_ParseAndVerifyJwsEdDSA(benchmark::State &state)
{
    static const QByteArray token = readData("crypto/rfc8037/a4-eddsa.jws");
    static const Result<PublicKey> key =
        PublicKey::fromJwk(QJsonDocument::fromJson(readData("crypto/rfc8037/a1-ed25519-public.jwk.json")).object());
    for (auto _ : state) {
        const Result<JwsCompact> jws = parseJwsCompact(token);
        benchmark::DoNotOptimize(verifyJws(*jws, *key));
    }
}

} // namespace

BENCHMARK(BM_VerifyEd25519_64B);
BENCHMARK(BM_VerifyES256);
BENCHMARK(BM_VerifyRS256_2048);
BENCHMARK(BM_ParseAndVerifyJwsEdDSA);

BENCHMARK_MAIN();
