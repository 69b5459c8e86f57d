// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

namespace Frontline {

class Database;

/// A transaction that rolls back unless committed (Trojitá's SqlTransactionAutoAborter):
/// an early return or an error can never leave half a change behind. Nested use becomes a
/// SAVEPOINT, so a repository method that opens its own transaction can run inside a
/// composed user action (outbox entry + optimistic change) and commit with it.
class SqlTransaction
{
public:
    explicit SqlTransaction(Database &db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    const StoreError &beginError() const { return m_beginError; }
    /// Commits (or releases the savepoint); on failure rolls back and returns the error.
    StoreError commit();

private:
    Database &m_db;
    bool m_active = false;
    StoreError m_beginError;
};

} // namespace Frontline
