// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frontline {

/// Guesses which of Frontline's languages a short text is written in: "da", "es", "nb",
/// "sl" or "en", or empty when unsure. LiveAgent's canned messages carry no language, so
/// the picker offers the agent's language first by reading the text itself.
QString guessLanguage(const QString &text);

} // namespace Frontline
