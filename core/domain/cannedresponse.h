// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frontline {

/// A short snippet with keywords (`CannedMessage`); optionally per department or agent.
struct CannedMessage
{
    QString id;
    QString userId;
    QString departmentId;
    QString text;
    QString keywords;
    friend bool operator==(const CannedMessage &, const CannedMessage &) = default;
};

/// A named answer with subject and body (`PredefinedAnswer`); format T text or H HTML.
struct PredefinedAnswer
{
    QString id;
    QString userId;
    QString departmentId;
    QString name;
    QString subject;
    QString body;
    QString format = QStringLiteral("T");
    friend bool operator==(const PredefinedAnswer &, const PredefinedAnswer &) = default;
};

} // namespace Frontline
