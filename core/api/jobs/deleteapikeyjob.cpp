// SPDX-License-Identifier: GPL-3.0-or-later
#include "deleteapikeyjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

DeleteApiKeyJob::DeleteApiKeyJob(const QString &apiKeyId)
    : ApiJob(Verb::Delete, u"/apikeys/"_s + encodeSegment(apiKeyId))
{ }

} // namespace Frontline
