// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seed.h"

#include "api/wire/decodeerror.h"
#include "domain/expected.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace Frontline::Sandbox {

/// Reads and validates a seed (the JSON format of docs/sandbox.md). Every problem is
/// reported with the path of the field ("tickets[3].messages[1].from"), so that a broken
/// seed is refused with a message that says where to look.
class SeedLoader
{
public:
    /// `now` is the sandbox clock at seeding time; relative times ("-2h30m") count from it.
    static Expected<Seed, DecodeError> load(const QByteArray &json, const QDateTime &now);

    /// "-3d4h", "+45m" relative to `now`, or an absolute instant ("2026-11-20 15:00:00", ISO-8601).
    static std::optional<QDateTime> parseTime(const QString &text, const QDateTime &now);
};

} // namespace Frontline::Sandbox
