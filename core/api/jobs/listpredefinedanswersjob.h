// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/listjob.h"

namespace Frontline {

/// `GET /predefined_answers` (section 6.7).
class ListPredefinedAnswersJob final : public ListJob<PredefinedAnswer>
{
public:
    explicit ListPredefinedAnswersJob(const ListQuery &query = {});
    const QList<PredefinedAnswer> &predefinedAnswers() const { return items(); }
};

} // namespace Frontline
