// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apijob.h"

#include <QDateTime>

namespace Frontline {

/// `PUT /tickets/{id}/postpone` with `{"date_time":"YYYY-MM-DD HH:MM:SS"}` in UTC
/// (sections 6.4 and 11.1).
class PostponeTicketJob final : public ApiJob
{
public:
    PostponeTicketJob(const QString &ticketId, const QDateTime &until);
};

} // namespace Frontline
