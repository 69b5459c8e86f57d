// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seed.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>

namespace Frontline::Sandbox {

class ConversationStore;
class Database;
class SlaPlanner;
class TicketStore;

/// Customers, subjects and bodies made from a seed's phrases: used for `--tickets N` and by
/// the simulator, deterministic for a given random seed.
class PhraseBook
{
public:
    PhraseBook(QMap<QString, SeedPhrases> phrases, quint32 randomSeed);

    bool isEmpty() const { return m_languages.isEmpty(); }
    QString language();
    QString pick(const QStringList &list);
    /// The phrases of `language`; empty lists for a language the seed does not have.
    const SeedPhrases &phrases(const QString &language) const;
    /// "Mette Sørensen" -> "mette.sorensen@example.dk" (the language's country domain).
    static QString emailFor(const QString &name, const QString &language);
    /// The language emailFor() made an address for (by its domain); empty if unknown.
    static QString languageOf(const QString &email);
    QRandomGenerator &random() { return m_random; }

private:
    static const QHash<QString, QString> &domains();

    QMap<QString, SeedPhrases> m_phrases;
    QStringList m_languages;
    QRandomGenerator m_random;
};

/// `--tickets N`: N tickets of the past 90 days across the seed's departments and agents, in
/// the seed's languages, written in batches of prepared inserts inside the seeding transaction.
class TicketGenerator
{
public:
    TicketGenerator(Database &db, TicketStore &tickets, ConversationStore &conversations, const SlaPlanner &sla);

    bool generate(const Seed &seed, int count, quint32 randomSeed, const QDateTime &now);

private:
    Database &m_db;
    TicketStore &m_tickets;
    ConversationStore &m_conversations;
    const SlaPlanner &m_sla;
};

} // namespace Frontline::Sandbox
