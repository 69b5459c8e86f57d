// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

namespace Frontline {
class Database;
}

namespace Frontline::Schema {

/// The schema version this code writes (`PRAGMA user_version`).
constexpr int kCurrentVersion = 4;

/// Brings the database from its version to kCurrentVersion, one numbered migration at a
/// time, each in its own transaction that rolls back unless committed. Refuses a database
/// newer than the code (TooNew) without touching it.
StoreError migrate(Database &db);

int userVersion(Database &db);

} // namespace Frontline::Schema
