// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/codes.h"

#include <QCoreApplication>
#include <QString>

namespace Frontline {

/// Ticket letters in words, in the UI language. Unknown letters are shown neutrally with
/// the letter itself, never hidden or guessed.
class TicketText
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::TicketText)

public:
    static QString status(const QString &letter);
    static QString channel(const QString &letter);
    /// Who wrote a message group, by its type letter (contract 8.4): "Customer", "Internal note"…
    static QString groupKind(const QString &typeLetter);
};

} // namespace Frontline
