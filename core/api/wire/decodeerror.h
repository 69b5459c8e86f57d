// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frontline {

/// Why a server answer could not be understood. `field` is a path such as
/// "[2].messages[0].datecreated"; `problem` is for logs and the technical details view.
struct DecodeError
{
    QString field;
    QString problem;

    QString toString() const { return field.isEmpty() ? problem : field + QStringLiteral(": ") + problem; }
    friend bool operator==(const DecodeError &, const DecodeError &) = default;
};

} // namespace Frontline
