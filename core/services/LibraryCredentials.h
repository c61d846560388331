// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/services/PathwaySource.h"

namespace Credfolio::Store {
class Library;
}

namespace Credfolio::Services {

/// Every credential in the library (a CLR's contents included, the trash excluded), read again from its original
/// bytes, with the standing of its last verification: what pathways are evaluated over. Blocking; in the order
/// the library lists them (by name).
Result<QList<LearnerCredential>> learnerCredentials(const Store::Library &library);

} // namespace Credfolio::Services
