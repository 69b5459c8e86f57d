// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Frontline::Test {

namespace {

// Names that are the same in every language: the product, the help desk, technologies,
// companies, key names. A source made of these (and placeholders, codes, addresses) may be
// left as it is.
const QStringList kProperNames{u"Frontline"_s, u"LiveAgent"_s, u"LiveAgent's"_s, u"Qt"_s,      u"SLA"_s,  u"FIFO"_s,
                               u"VIP"_s,       u"PEM"_s,       u"CSV"_s,         u"PNG"_s,     u"API"_s,  u"HTTP"_s,
                               u"HTTPS"_s,     u"TLS"_s,       u"SHA"_s,         u"CA"_s,      u"GNU"_s,  u"GNOME"_s,
                               u"Keyring"_s,   u"KWallet"_s,   u"Facebook"_s,    u"Twitter"_s, u"Ctrl"_s, u"Esc"_s,
                               u"OK"_s,        u"localhost"_s};

const QRegularExpression kPlaceholder(u"%L?(\\d{1,2}|n)"_s);
const QRegularExpression kTag(u"</?(\\p{L}[\\p{L}\\p{N}]*)(?:\\s[^<>]*)?/?>"_s);

QString normalized(const QString &text)
{
    return Catalogues::withoutMnemonic(text).simplified();
}

} // namespace

QString TsMessage::where() const
{
    QString s = context + u": \""_s + source + u'"';
    if (!comment.isEmpty())
        s += u" ("_s + comment + u')';
    return s;
}

TsFile TsFile::read(const QString &path)
{
    TsFile file;
    file.path = path;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        file.error = u"cannot open "_s + path;
        return file;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                file.language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
                inMessage = true;
            } else if (inMessage && name == u"source") {
                message.source = xml.readElementText();
            } else if (inMessage && name == u"comment") {
                message.comment = xml.readElementText();
            } else if (inMessage && name == u"extracomment") {
                message.extraComment = xml.readElementText();
            } else if (inMessage && name == u"translation") {
                message.type = xml.attributes().value(u"type"_s).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (inMessage && name == u"numerusform") {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            file.messages.append(message);
            inMessage = false;
        }
    }
    if (xml.hasError())
        file.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return file;
}

const TsMessage *TsFile::find(const QString &context, const QString &source) const
{
    for (const TsMessage &m : messages) {
        if (m.context == context && m.source == source)
            return &m;
    }
    return nullptr;
}

QStringList Catalogues::languages()
{
    return {u"da"_s, u"es"_s, u"nb"_s, u"sl"_s};
}

QString Catalogues::sourceDir()
{
    const QString dir = qEnvironmentVariable("FRONTLINE_SOURCE_DIR");
    return dir.isEmpty() ? QDir::currentPath() : dir;
}

QString Catalogues::tsPath(const QString &language)
{
    return sourceDir() + u"/translations/frontline_"_s + language + u".ts"_s;
}

const TsFile &Catalogues::ts(const QString &language)
{
    static QHash<QString, TsFile> cache;
    auto it = cache.find(language);
    if (it == cache.end())
        it = cache.insert(language, TsFile::read(tsPath(language)));
    return *it;
}

QString Catalogues::translation(const QString &language, const QString &context, const QString &source)
{
    const TsMessage *m = ts(language).find(context, source);
    return m && !m->translations.isEmpty() ? m->translations.first() : QString();
}

QString Catalogues::withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&') {
                out += u'&';
                ++i;
            }
            continue;
        }
        out += text.at(i);
    }
    return out;
}

int Catalogues::mnemonicCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QStringList Catalogues::placeholders(const QString &text)
{
    QStringList out;
    for (auto it = kPlaceholder.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

QStringList Catalogues::tags(const QString &text)
{
    QStringList out;
    for (auto it = kTag.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out << (m.captured(0).startsWith(u"</"_s) ? u"</"_s : u"<"_s) + m.captured(1).toLower() + u'>';
    }
    out.sort();
    return out;
}

QString Catalogues::wordsOf(const QString &source)
{
    QString s = withoutMnemonic(source);
    static const QList<QRegularExpression> codes{
            QRegularExpression(u"https?://\\S+"_s), // addresses
            QRegularExpression(u"\\S+@\\S+"_s), // e-mail addresses
            QRegularExpression(u"\\S*\\.[a-z]{2,3}\\b"_s), // host and file names
            QRegularExpression(u"\\*\\.\\w+"_s), // file patterns
            QRegularExpression(u"--\\S+"_s), // command-line options
            QRegularExpression(u"\\bv\\d\\b"_s), // API v1, v3
            kPlaceholder,
    };
    for (const QRegularExpression &re : codes)
        s.remove(re);
    for (const QString &name : kProperNames)
        s.remove(QRegularExpression(u"(?<![\\w-])"_s + QRegularExpression::escape(name) + u"(?![\\w])"_s));
    static const QRegularExpression letters(u"\\p{L}+"_s);
    QStringList words;
    for (auto it = letters.globalMatch(s); it.hasNext();)
        words << it.next().captured(0);
    return words.join(u' ');
}

QStringList Catalogues::sameAsEnglishList(const QString &language)
{
    static QHash<QString, QStringList> lists;
    if (lists.isEmpty()) {
        QFile f(sourceDir() + u"/tests/i18n/same-as-english.txt"_s);
        if (f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
            for (const QString &line : lines) {
                if (line.isEmpty() || line.startsWith(u'#'))
                    continue;
                const qsizetype tab = line.indexOf(u'\t');
                if (tab < 0)
                    continue;
                QString source = line.mid(tab + 1);
                source.replace(u"\\n"_s, u"\n"_s);
                lists[line.left(tab)].append(source);
            }
        }
        lists.insert(QString(), {}); // read once, even when empty
    }
    return lists.value(language);
}

bool Catalogues::maySameAsEnglish(const QString &language, const QString &source)
{
    return wordsOf(source).isEmpty() || sameAsEnglishList(language).contains(source);
}

EnglishDetector::EnglishDetector(const QString &language)
{
    for (const TsMessage &m : Catalogues::ts(language).messages) {
        if (Catalogues::maySameAsEnglish(language, m.source))
            continue;
        // Qt's standard buttons under GNOME have their own mnemonics; the text is the same.
        m_exact.insert(normalized(m.source), m.where());
        if (Catalogues::placeholders(m.source).isEmpty())
            continue;
        // "Synced at %1" → ^Synced at .+$ : the sentence with anything in its holes.
        QString pattern;
        qsizetype last = 0;
        const QString text = normalized(m.source);
        for (auto it = kPlaceholder.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            pattern += QRegularExpression::escape(text.mid(last, match.capturedStart() - last)) + u"(.+?)"_s;
            last = match.capturedEnd();
        }
        pattern += QRegularExpression::escape(text.mid(last));
        m_patterns.append(
                {QRegularExpression(u"^"_s + pattern + u"$"_s, QRegularExpression::DotMatchesEverythingOption),
                 m.where()});
    }
}

QString EnglishDetector::englishSource(const QString &shown, bool patterns) const
{
    const QString text = normalized(shown);
    if (text.isEmpty())
        return {};
    if (const auto it = m_exact.constFind(text); it != m_exact.cend())
        return *it;
    if (!patterns)
        return {};
    for (const auto &[re, where] : m_patterns) {
        if (re.match(text).hasMatch())
            return where;
    }
    return {};
}

} // namespace Frontline::Test
