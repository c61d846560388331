// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonld/ActiveContext.h"

#include <atomic>

namespace Credfolio::JsonLd {

bool TermDefinition::sameAs(const TermDefinition &o) const
{
    return iri == o.iri && nullMapping == o.nullMapping && reverse == o.reverse && prefix == o.prefix &&
           typeMapping == o.typeMapping && hasLanguage == o.hasLanguage && language == o.language &&
           hasDirection == o.hasDirection && direction == o.direction && hasContext == o.hasContext &&
           context == o.context && container == o.container && index == o.index && nest == o.nest;
}

bool ActiveContext::hasProtectedTerms() const
{
    for (const TermDefinition &definition : terms) {
        if (definition.isProtected)
            return true;
    }
    return false;
}

quint64 ActiveContext::nextUid()
{
    static std::atomic<quint64> counter{1};
    return counter.fetch_add(1, std::memory_order_relaxed);
}

} // namespace Credfolio::JsonLd
