// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzymatcher.h"

namespace Frontline {

namespace {

bool isWordStart(QStringView text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar prev = text.at(i - 1);
    return !prev.isLetterOrNumber();
}

} // namespace

QString FuzzyMatcher::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x80) { // the common case, no decomposition needed
            out.append(c.toLower());
            continue;
        }
        const QString decomposed = c.decomposition();
        const bool nordicLetter = c == u'å' || c == u'Å';
        if (decomposed.isEmpty() || c.decompositionTag() != QChar::Canonical || nordicLetter) {
            out.append(c.toLower());
            continue;
        }
        for (const QChar d : decomposed) {
            if (d.category() != QChar::Mark_NonSpacing)
                out.append(d.toLower());
        }
    }
    return out;
}

int FuzzyMatcher::score(QStringView pattern, QStringView text, Mode mode)
{
    if (pattern.isEmpty())
        return 0;
    if (pattern.size() > text.size())
        return -1;

    // A whole-substring hit is the strongest signal: prefer it over scattered letters.
    const qsizetype exact = text.indexOf(pattern);
    if (exact >= 0) {
        int s = 100 + int(pattern.size()) * 10;
        if (isWordStart(text, exact))
            s += 50;
        s -= int(std::min<qsizetype>(exact, 40));
        return s;
    }
    if (mode == Mode::Substring)
        return -1;

    // Greedy left-to-right subsequence with bonuses.
    int s = 0;
    qsizetype ti = 0;
    qsizetype previous = -2;
    for (const QChar pc : pattern) {
        bool found = false;
        for (; ti < text.size(); ++ti) {
            if (text.at(ti) == pc) {
                found = true;
                break;
            }
        }
        if (!found)
            return -1;
        s += 1;
        if (ti == previous + 1)
            s += 5; // consecutive
        if (isWordStart(text, ti))
            s += 8;
        previous = ti;
        ++ti;
    }
    // Spread-out matches are weaker.
    s -= int(std::min<qsizetype>(previous / 8, 20));
    return std::max(s, 1);
}

} // namespace Frontline
