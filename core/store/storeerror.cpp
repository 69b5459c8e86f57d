// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeerror.h"

#include <sqlite3.h>

namespace Frontline {

QString StoreError::humanMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::CannotOpen:
        return tr("Frontline cannot open its local cache. Check that your home folder is writable.");
    case Kind::TooNew:
        return tr("The local cache was written by a newer version of Frontline. Update Frontline to use this "
                  "account.");
    case Kind::Corrupt:
        return tr("The local cache was damaged. It has been set aside and is being rebuilt from the server; "
                  "your unsent actions were kept.");
    case Kind::DiskFull:
        return tr("The disk is full, so Frontline could not save this. Nothing was sent; free some space and "
                  "try again.");
    case Kind::ReadOnly:
        return tr("The local cache is read-only, so Frontline could not save this.");
    case Kind::Busy:
        return tr("The local cache is in use by another Frontline window. Close it and try again.");
    case Kind::Sql:
        return tr("Frontline could not save this in its local cache.");
    }
    return {};
}

StoreError StoreError::fromSqlite(int sqliteCode, const QString &detail)
{
    switch (sqliteCode & 0xff) { // primary result code
    case SQLITE_FULL:
        return {Kind::DiskFull, detail};
    case SQLITE_READONLY:
        return {Kind::ReadOnly, detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {Kind::Busy, detail};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {Kind::Corrupt, detail};
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return {Kind::CannotOpen, detail};
    default:
        return {Kind::Sql, detail};
    }
}

} // namespace Frontline
