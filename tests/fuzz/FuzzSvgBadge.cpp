// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the SVG reader: reading never crashes, and whatever bakes reads back unchanged.
#include "core/codec/SvgBadge.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Credfolio::Codec;
    const QByteArrayView svg(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)findSvgBadge(svg, SvgElement::OpenBadges2Assertion);
    const SvgBadge badge{QStringLiteral("a\"b&c"), QStringLiteral("{\"x\":\"]]>\"}\r\n")};
    const Credfolio::Result<QByteArray> baked = bakeSvgBadge(svg, SvgElement::OpenBadges3Credential, badge);
    if (baked) {
        const Credfolio::Result<std::optional<SvgBadge>> found =
            findSvgBadge(*baked, SvgElement::OpenBadges3Credential);
        if (!found || !found->has_value() || (*found)->verify != badge.verify || (*found)->content != badge.content) {
            std::abort();
        }
    }
    return 0;
}
