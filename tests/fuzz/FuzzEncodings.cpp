// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the text encodings: a strict decoder accepts only the one text its encoder writes.
#include "core/codec/Base58.h"
#include "core/codec/Base64Url.h"
#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Credfolio::Codec;
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (const Credfolio::Result<QByteArray> bytes = base64UrlDecode(input); bytes && base64UrlEncode(*bytes) != input) {
        std::abort();
    }
    (void)base64DecodeLenient(input);
    if (const Credfolio::Result<QByteArray> bytes = base58btcDecode(input); bytes && base58btcEncode(*bytes) != input) {
        std::abort();
    }
    (void)multibaseDecode(input);
    if (const Credfolio::Result<MulticodecValue> value = multicodecDecode(input);
        value && multicodecEncode(value->code, value->payload) != input) {
        std::abort();
    }
    return 0;
}
