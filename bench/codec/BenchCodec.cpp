// SPDX-License-Identifier: GPL-3.0-or-later
// Baked-badge extraction (credentials per second) from PNG and SVG, baking, and the text encodings of keys and
// signatures; and the cost of the hostile inputs of TestBase58 and TestSvgBadge (Base58 text at and far over
// the length cap, a 10^15-character billion laughs), which those tests check for results only.
// Run: bench_codec --benchmark_min_time=0.2
#include "core/codec/Base58.h"
#include "core/codec/Base64Url.h"
#include "core/codec/Limits.h"
#include "core/codec/Multibase.h"
#include "core/codec/PngChunks.h"
#include "core/codec/SvgBadge.h"

#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace Credfolio::Codec;

QByteArray readFixture(const char *relative)
{
    QFile file(QString::fromUtf8(CREDFOLIO_BENCH_DATA) + QLatin1Char('/') + QString::fromUtf8(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", relative);
        std::abort();
    }
    return file.readAll();
}

void BM_ExtractPng(benchmark::State &state, const char *relative, const char *keyword)
{
    const QByteArray png = readFixture(relative);
    for (auto _ : state) {
        Credfolio::Result<std::optional<PngText>> text = findPngText(png, keyword);
        if (!text || !text->has_value()) {
            state.SkipWithError("no badge");
            break;
        }
        benchmark::DoNotOptimize(text);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * png.size());
}
BENCHMARK_CAPTURE(BM_ExtractPng, ob3_json, "corpus/baked/ob3-di-rdfc.png", PngKeyword::OpenBadgeCredential);
BENCHMARK_CAPTURE(BM_ExtractPng, ob3_jwt, "corpus/baked/ob3-jwt.png", PngKeyword::OpenBadgeCredential);

// The credential baked compressed into a 10 KB photo-like PNG: inflate on the path.
void BM_ExtractPngCompressed(benchmark::State &state)
{
    PngBakeOptions options;
    options.compress = true;
    const QByteArray png =
        bakePngText(readFixture("openbadges2-baking/mozilla/unbaked.png"), PngKeyword::OpenBadgeCredential,
                    readFixture("corpus/ob3/di-rdfc-valid.json"), options)
            .value();
    for (auto _ : state) {
        Credfolio::Result<std::optional<PngText>> text = findPngText(png, PngKeyword::OpenBadgeCredential);
        benchmark::DoNotOptimize(text);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ExtractPngCompressed);

void BM_ExtractSvg(benchmark::State &state)
{
    const QByteArray svg = readFixture("corpus/baked/ob3-di-rdfc.svg");
    for (auto _ : state) {
        Credfolio::Result<std::optional<SvgBadge>> badge = findSvgBadge(svg, SvgElement::OpenBadges3Credential);
        if (!badge || !badge->has_value()) {
            state.SkipWithError("no badge");
            break;
        }
        benchmark::DoNotOptimize(badge);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * svg.size());
}
BENCHMARK(BM_ExtractSvg);

// TestSvgBadge::deepBillionLaughsIsRefused: 15 levels of ten references each, codec.svg-dtd-refused.
void BM_ExtractSvgBillionLaughs(benchmark::State &state)
{
    QByteArray laughs = "<!DOCTYPE svg [<!ENTITY a0 \"ha\">";
    for (int i = 1; i <= 15; ++i) {
        QByteArray line = "<!ENTITY a" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j) {
            line += "&a" + QByteArray::number(i - 1) + ";";
        }
        laughs += line + "\">";
    }
    laughs += "]><svg><x>&a15;</x></svg>";
    for (auto _ : state) {
        Credfolio::Result<std::optional<SvgBadge>> badge = findSvgBadge(laughs, SvgElement::OpenBadges2Assertion);
        if (badge) {
            state.SkipWithError("not refused");
            break;
        }
        benchmark::DoNotOptimize(badge);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ExtractSvgBillionLaughs);

void BM_BakePng(benchmark::State &state)
{
    const QByteArray png = readFixture("openbadges2-baking/concentricsky/public_domain_heart.png");
    const QByteArray credential = readFixture("corpus/ob3/di-rdfc-valid.json");
    for (auto _ : state) {
        Credfolio::Result<QByteArray> baked = bakePngText(png, PngKeyword::OpenBadgeCredential, credential);
        benchmark::DoNotOptimize(baked);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BakePng);

QByteArray signatureBytes()
{
    QByteArray bytes(64, '\0');
    for (int i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>((i * 73 + 41) & 0xff);
    }
    return bytes;
}

void BM_Base58DecodeSignature(benchmark::State &state)
{
    const QByteArray text = base58btcEncode(signatureBytes()); // ~88 characters, like a proofValue
    for (auto _ : state) {
        Credfolio::Result<QByteArray> bytes = base58btcDecode(text);
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Base58DecodeSignature);

void BM_Base58EncodeSignature(benchmark::State &state)
{
    const QByteArray bytes = signatureBytes();
    for (auto _ : state) {
        QByteArray text = base58btcEncode(bytes);
        benchmark::DoNotOptimize(text);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Base58EncodeSignature);

// TestBase58::lengthCap: the longest text accepted (the decoder is quadratic in the length) ...
void BM_Base58DecodeAtLimit(benchmark::State &state)
{
    const QByteArray text(Limits::kMaxBase58Text, 'z');
    for (auto _ : state) {
        Credfolio::Result<QByteArray> bytes = base58btcDecode(text);
        if (!bytes) {
            state.SkipWithError("refused");
            break;
        }
        benchmark::DoNotOptimize(bytes);
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_Base58DecodeAtLimit)->Unit(benchmark::kMicrosecond);

// ... and 1 MiB of it, refused for its length.
void BM_Base58DecodeOverLimit(benchmark::State &state)
{
    const QByteArray text(1024 * 1024, 'z');
    for (auto _ : state) {
        Credfolio::Result<QByteArray> bytes = base58btcDecode(text);
        if (bytes) {
            state.SkipWithError("not refused");
            break;
        }
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Base58DecodeOverLimit);

void BM_MultibaseDecodeDidKey(benchmark::State &state)
{
    const QByteArray key("z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp");
    for (auto _ : state) {
        Credfolio::Result<QByteArray> bytes = multibaseDecode(key);
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MultibaseDecodeDidKey);

void BM_Base64UrlDecodeJwt(benchmark::State &state)
{
    const QByteArray jwt = readFixture("corpus/ob3-jwt/jwt-eddsa-valid.jwt").trimmed();
    const QByteArray payload = jwt.split('.').at(1);
    for (auto _ : state) {
        Credfolio::Result<QByteArray> bytes = base64UrlDecode(payload);
        benchmark::DoNotOptimize(bytes);
    }
    state.SetBytesProcessed(state.iterations() * payload.size());
}
BENCHMARK(BM_Base64UrlDecodeJwt);

} // namespace

BENCHMARK_MAIN();
