// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the whole verification pipeline, offline (no document source): detection, reading, every
// proof suite, did:key / did:jwk resolution, validity and status checks. Whatever the bytes, a report comes back
// whose checks are in order and which never calls something valid without a passing proof.
#include "core/common/Clock.h"
#include "core/verify/Verifier.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Credfolio;
    static const FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(0, 0), Qt::UTC));
    static const Verify::Verifier verifier(Verify::VerifierOptions{nullptr, &clock, nullptr});
    const Verify::VerificationReport report =
        verifier.verifyBytes(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (report.checks.isEmpty() || report.checks.first().id != QLatin1String(Verify::CheckId::Format))
        std::abort();
    const Verify::Check *proof = report.check(QString::fromLatin1(Verify::CheckId::Proof));
    if (report.isValid() &&
        (!proof || proof->status == Verify::CheckStatus::Fail || proof->status == Verify::CheckStatus::Skip))
        std::abort();
    return 0;
}
