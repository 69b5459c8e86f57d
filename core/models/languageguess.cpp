// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageguess.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

struct Profile
{
    QString code;
    QSet<QString> words;
    QString letters; // characters typical of the language
};

QSet<QString> words(std::initializer_list<const char16_t *> list)
{
    QSet<QString> out;
    for (const char16_t *w : list)
        out.insert(QString::fromUtf16(w));
    return out;
}

const std::array<Profile, 5> &profiles()
{
    // Function words and greetings that tell the languages apart; Danish and Norwegian
    // share many, so the list leans on the ones that differ (af/av, dig/deg, tak/takk…).
    static const std::array<Profile, 5> list{{
            {u"da"_s,
             words({u"af",      u"dig",      u"tak",        u"hej",    u"hvad",   u"noget", u"venlig", u"hilsen",
                    u"jeg",     u"ikke",     u"og",         u"det",    u"er",     u"vi",    u"din",    u"jer",
                    u"kære",    u"desværre", u"bestilling", u"billet", u"ønsker", u"gerne", u"mvh",    u"venlige",
                    u"hilsner", u"nu",       u"lige",       u"også",   u"være",   u"kan",   u"vil"}),
             u"æøå"_s},
            {u"nb"_s,
             words({u"av",       u"deg",       u"takk",       u"hei",     u"hva",    u"noe",    u"vennlig", u"hilsen",
                    u"jeg",      u"ikke",      u"og",         u"det",     u"er",     u"vi",     u"din",     u"dere",
                    u"kjære",    u"dessverre", u"bestilling", u"billett", u"ønsker", u"gjerne", u"mvh",     u"vennlige",
                    u"hilsener", u"nå",        u"bare",       u"også",    u"være",   u"kan",    u"vil",     u"enn",
                    u"hvis",     u"mye",       u"kjøp",       u"sak"}),
             u"æøå"_s},
            {u"es"_s, words({u"el",  u"la",    u"de",      u"que",    u"y",       u"en",       u"los",      u"las",
                             u"por", u"para",  u"con",     u"una",    u"un",      u"hola",     u"gracias",  u"su",
                             u"sus", u"usted", u"nuestro", u"pedido", u"saludos", u"estimado", u"estimada", u"muchas",
                             u"no",  u"es",    u"lo",      u"del",    u"al",      u"como",     u"pero",     u"cuenta"}),
             u"ñ¿¡áéíóú"_s},
            {u"sl"_s,
             words({u"in",     u"je",       u"da",         u"se",         u"na",    u"za",          u"ne",   u"z",
                    u"pri",    u"lep",      u"lp",         u"pozdrav",    u"hvala", u"vaš",         u"vaše", u"vam",
                    u"prosim", u"zahtevek", u"spoštovani", u"spoštovana", u"sem",   u"smo",         u"bo",   u"ali",
                    u"kot",    u"tudi",     u"naročilo",   u"račun",      u"lahko", u"pozdravljeni"}),
             u"čšž"_s},
            {u"en"_s,
             words({u"the",    u"and",   u"to", u"of",    u"is",   u"you",     u"your", u"we",  u"for",     u"please",
                    u"thanks", u"thank", u"hi", u"hello", u"dear", u"regards", u"best", u"our", u"order",   u"with",
                    u"this",   u"that",  u"it", u"be",    u"have", u"will",    u"can",  u"my",  u"account", u"kind"}),
             QString()},
    }};
    return list;
}

} // namespace

QString guessLanguage(const QString &text)
{
    static const QRegularExpression wordSplit(u"[^\\p{L}]+"_s);
    const QString lower = text.left(2000).toLower();
    const QStringList tokens = lower.split(wordSplit, Qt::SkipEmptyParts);

    QString best;
    int bestScore = 0;
    int secondScore = 0;
    for (const Profile &p : profiles()) {
        int score = 0;
        for (const QString &t : tokens) {
            if (p.words.contains(t))
                score += 2;
        }
        for (const QChar c : p.letters) {
            if (lower.contains(c))
                score += 3;
        }
        if (score > bestScore) {
            secondScore = bestScore;
            bestScore = score;
            best = p.code;
        } else if (score > secondScore) {
            secondScore = score;
        }
    }
    // Too little evidence, or a tie: do not pretend to know.
    if (bestScore < 4 || bestScore == secondScore)
        return {};
    return best;
}

} // namespace Frontline
