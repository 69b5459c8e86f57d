// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"

#include <QString>

namespace Frontline::Sandbox {

/// Why a request was refused: the HTTP status and the `message` of the error body, which
/// names the field or parameter at fault.
struct ApiError
{
    int status = 400;
    QString message;
};

template<typename T>
using Result = Expected<T, ApiError>;

} // namespace Frontline::Sandbox
