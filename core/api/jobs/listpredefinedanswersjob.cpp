// SPDX-License-Identifier: GPL-3.0-or-later
#include "listpredefinedanswersjob.h"

using namespace Qt::StringLiterals;

namespace Frontline {

ListPredefinedAnswersJob::ListPredefinedAnswersJob(const ListQuery &query)
    : ListJob<PredefinedAnswer>(u"/predefined_answers"_s, Wire::decodePredefinedAnswer, query)
{ }

} // namespace Frontline
