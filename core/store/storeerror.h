// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Frontline {

/// Why the local cache could not do what was asked. `detail` is for logs (SQLite's own
/// text); `humanMessage()` is the sentence shown to the agent.
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::StoreError)

public:
    enum class Kind {
        None,
        CannotOpen, // permissions, missing folder
        TooNew, // written by a newer Frontline
        Corrupt, // failed the integrity check
        DiskFull,
        ReadOnly,
        Busy,
        Sql, // anything else SQLite reports
    };

    Kind kind = Kind::None;
    QString detail;

    bool isError() const { return kind != Kind::None; }
    QString humanMessage() const;

    static StoreError fromSqlite(int sqliteCode, const QString &detail);
};

} // namespace Frontline
