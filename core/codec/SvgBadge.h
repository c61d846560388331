// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

/// Reading and baking badges in SVG images (Open Badges 2.0/3.0, CLR 2.0). Pure functions, thread-safe.
///
/// Elements are matched on namespace URI + local name, never on the prefix text. Documents with a DTD are
/// refused (`codec.svg-dtd-refused`, also for any entity reference): no entity is ever declared, resolved or
/// expanded. Other errors:
/// `codec.svg-malformed` (not well-formed XML; line and column in the detail), `codec.svg-not-svg` (the
/// root element is not `svg`), `codec.svg-bad-badge` (the badge element has child elements),
/// `codec.svg-unsupported-encoding` (baking a document not in UTF-8), `codec.svg-bad-payload` (text that
/// XML cannot carry), `codec.too-large` (file over Limits::kMaxImageBytes or nesting over kMaxSvgDepth).
namespace Credfolio::Codec {

/// Which element holds the badge.
struct SvgBadgeElement {
    QStringView namespaceUri;
    QStringView localName;
};

namespace SvgElement {
inline constexpr SvgBadgeElement OpenBadges2Assertion{u"http://openbadges.org", u"assertion"};
inline constexpr SvgBadgeElement OpenBadges3Credential{u"https://purl.imsglobal.org/ob/v3p0", u"credential"};
inline constexpr SvgBadgeElement ClrCredential{u"https://purl.imsglobal.org/clr/v2p0", u"credential"};
} // namespace SvgElement

/// What a badge element carries.
struct SvgBadge {
    /// The `verify` attribute (OB 2.0: a JWS or the hosted assertion URL; OB 3.0: a compact JWS), if present.
    std::optional<QString> verify;
    /// The element's text and CDATA content, concatenated exactly as written (whitespace included).
    QString content;

    /// True when content is empty or only XML whitespace (the badge is then only the `verify` value).
    bool isContentBlank() const;
};

/// The first `element` in the document, or nullopt when the SVG carries none. The whole document is
/// checked for well-formedness first.
Result<std::optional<SvgBadge>> findSvgBadge(QByteArrayView svg, SvgBadgeElement element);

/// `svg` with `badge` baked in as the first child of the root `<svg>`: `<prefix:local verify="...">` with
/// the content as CDATA (a "]]>" inside is split across sections). Every existing `element` is removed;
/// the namespace is declared on the root (prefix `openbadges`, or the one already bound to the URI there)
/// when missing; every other byte of the document is kept. findSvgBadge() on the result gives `badge` back.
/// Only UTF-8 documents can be baked.
Result<QByteArray> bakeSvgBadge(QByteArrayView svg, SvgBadgeElement element, const SvgBadge &badge);

} // namespace Credfolio::Codec
