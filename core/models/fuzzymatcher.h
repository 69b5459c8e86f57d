// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Frontline {

/// Subsequence ("fuzzy") matching as in editors' quick-open: the typed characters must
/// appear in order; matches at word starts, in a row and early score higher.
/// Case-insensitive and accent-insensitive (é = e, č = c; æ, ø, å stay letters of their own,
/// as Danish and Norwegian agents expect).
class FuzzyMatcher
{
public:
    /// Lower-cases and strips combining accents; do it once per candidate, not per keystroke.
    static QString fold(QStringView text);

    enum class Mode {
        Fuzzy, // letters in order, gaps allowed (names, keywords)
        Substring, // the pattern as one piece (long texts, where scattered letters are noise)
    };

    /// Score of `foldedPattern` in `foldedText`, or -1 when it does not match. 0 for an
    /// empty pattern. Both must come from fold().
    static int score(QStringView foldedPattern, QStringView foldedText, Mode mode = Mode::Fuzzy);
};

} // namespace Frontline
