// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketnumbers.h"

#include <QCryptographicHash>

#include <array>

namespace Frontline::Sandbox {

QString TicketNumbers::id(quint64 n)
{
    // Two affine maps mod 36^8 around a reversal of the base-36 digits: each step is a
    // bijection (the multipliers are coprime to 36^8 and small enough not to overflow 64 bits),
    // and the reversal spreads consecutive numbers over the whole id.
    constexpr quint64 space = 2821109907456ULL; // 36^8
    auto digits = [](quint64 x) {
        std::array<int, 8> d{};
        for (int i = 7; i >= 0; --i) {
            d[std::size_t(i)] = int(x % 36);
            x /= 36;
        }
        return d;
    };
    const auto first = digits(((n % space) * 5000011ULL + 1234567ULL) % space);
    quint64 reversed = 0;
    for (int i = 7; i >= 0; --i)
        reversed = reversed * 36 + quint64(first[std::size_t(i)]);
    const auto second = digits((reversed * 4000037ULL + 7654321ULL) % space);
    QString out(8, u'0');
    for (int i = 0; i < 8; ++i) {
        const int digit = second[std::size_t(i)];
        out[i] = QChar(digit < 10 ? u'0' + digit : u'a' + digit - 10);
    }
    return out;
}

QString TicketNumbers::code(quint64 n)
{
    // Six letters and three digits: 26^6 * 1000 codes. An affine map (48271 and 1103 are coprime
    // to that space), the letters and the digits each reversed among themselves, and a second
    // affine map: a bijection that spreads consecutive numbers over all codes.
    constexpr quint64 space = 308915776ULL * 1000ULL;
    auto split = [](quint64 y) {
        std::array<int, 9> d{}; // six letters, then three digits
        for (int i = 8; i >= 6; --i) {
            d[std::size_t(i)] = int(y % 10);
            y /= 10;
        }
        for (int i = 5; i >= 0; --i) {
            d[std::size_t(i)] = int(y % 26);
            y /= 26;
        }
        return d;
    };
    const auto first = split(((n % space) * 48271ULL + 7919ULL) % space);
    quint64 mixed = 0;
    for (int i = 5; i >= 0; --i)
        mixed = mixed * 26 + quint64(first[std::size_t(i)]);
    for (int i = 8; i >= 6; --i)
        mixed = mixed * 10 + quint64(first[std::size_t(i)]);
    const auto d = split((mixed * 1103ULL + 104729ULL) % space);
    QString out;
    for (int i = 0; i < 9; ++i) {
        if (i == 3 || i == 6)
            out += u'-';
        out += i < 6 ? QChar(u'A' + d[std::size_t(i)]) : QChar(u'0' + d[std::size_t(i)]);
    }
    return out;
}

QString TicketNumbers::publicAccessUrlCode(const QString &id)
{
    return QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

} // namespace Frontline::Sandbox
