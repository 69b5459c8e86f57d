// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Frontline::Test {

/// One message of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // disambiguation
    QString extraComment; // the //: translator comment
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete" or "vanished"
    QStringList translations; // one, or the numerus forms

    /// "Context: source" for failure messages.
    QString where() const;
};

/// A .ts file as the tests read it (QXmlStreamReader, no Linguist code).
struct TsFile
{
    QString path;
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when it parsed

    static TsFile read(const QString &path);
    const TsMessage *find(const QString &context, const QString &source) const;
};

/// The translations in translations/, and what the tests agree about them.
class Catalogues
{
public:
    /// da, es, nb, sl (English is the source).
    static QStringList languages();
    static QString sourceDir(); // $FRONTLINE_SOURCE_DIR
    static QString tsPath(const QString &language);
    /// Parsed once per process.
    static const TsFile &ts(const QString &language);
    /// The translation of a message (the first form of a plural), or empty.
    static QString translation(const QString &language, const QString &context, const QString &source);

    /// "&Save key" → "Save key" ("&&" stays one "&").
    static QString withoutMnemonic(const QString &text);
    static int mnemonicCount(const QString &text);
    /// %1…%99, %L1…, %n and %Ln, sorted (a multiset).
    static QStringList placeholders(const QString &text);
    /// HTML-like tags, <a href=…> as "<a>", sorted.
    static QStringList tags(const QString &text);

    /// Whether a translation may read exactly like the English source: nothing but proper
    /// names, product and key names, codes and placeholders is left once those are removed,
    /// or tests/i18n/same-as-english.txt says the word is the same in that language.
    static bool maySameAsEnglish(const QString &language, const QString &source);
    /// The entries of same-as-english.txt for a language (to check they are still needed).
    static QStringList sameAsEnglishList(const QString &language);
    /// The words left of a text once placeholders, mnemonics, proper names and codes are gone.
    static QString wordsOf(const QString &source);
};

/// Tells whether a text a window shows is an English source text left untranslated.
class EnglishDetector
{
public:
    explicit EnglishDetector(const QString &language);
    /// The English source `shown` is (exactly, or with its placeholders filled in when
    /// `patterns`), among those that must read differently in the language; empty if none.
    QString englishSource(const QString &shown, bool patterns = true) const;

private:
    QHash<QString, QString> m_exact; // normalized text → source
    QList<std::pair<QRegularExpression, QString>> m_patterns;
};

} // namespace Frontline::Test
