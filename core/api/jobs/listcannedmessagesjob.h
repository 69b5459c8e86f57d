// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/listjob.h"

namespace Frontline {

/// `GET /canned_messages` (section 6.7).
class ListCannedMessagesJob final : public ListJob<CannedMessage>
{
public:
    explicit ListCannedMessagesJob(const ListQuery &query = {});
    const QList<CannedMessage> &cannedMessages() const { return items(); }
};

} // namespace Frontline
