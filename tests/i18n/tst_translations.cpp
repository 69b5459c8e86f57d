// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues in translations/, read as files: complete, in step with the sources, and
// faithful to what the English says (placeholders, markup, mnemonics, plural forms, the
// glossary). Every failure lists all offending messages at once, so after new strings land a
// translator sees the whole to-do list.
#include "catalogue.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline::Test;
using namespace Qt::StringLiterals;

namespace {

const QString kUpdateCommand = u"cmake --build --preset dev --target update_translations"_s;

QString report(const QString &what, const QStringList &offenders)
{
    return u"%1 (%2):\n  %3"_s.arg(what).arg(offenders.size()).arg(offenders.join(u"\n  "_s));
}

int formsFor(const QString &language)
{
    // Slovenian: one (1, 101…), two (2, 102…), few (3, 4, 103, 104…), other; the rest: one, other.
    return language == u"sl" ? 4 : 2;
}

/// A key term of the glossary (/work/shared/GLOSSARY.md, the seeds): where the English uses
/// it, the translation uses the language's word for it.
struct Term
{
    QString english; // as the report names it
    QRegularExpression inSource;
    QHash<QString, QRegularExpression> inTranslation;
    QStringList exceptContexts;
};

QList<Term> glossary()
{
    const auto re = [](QStringView pattern) {
        return QRegularExpression(pattern.toString(), QRegularExpression::CaseInsensitiveOption);
    };
    return {
            {u"ticket"_s,
             re(u"\\bticket"_s),
             {{u"da"_s, re(u"billet")}, {u"es"_s, re(u"ticket")}, {u"nb"_s, re(u"billett")}, {u"sl"_s, re(u"zahtev")}},
             {}},
            {u"department"_s,
             re(u"\\bdepartment"_s),
             {{u"da"_s, re(u"afdeling")},
              {u"es"_s, re(u"departamento")},
              {u"nb"_s, re(u"avdeling")},
              {u"sl"_s, re(u"oddel")}},
             {}},
            {u"customer"_s,
             re(u"\\bcustomer"_s),
             {{u"da"_s, re(u"kunde")}, {u"es"_s, re(u"client")}, {u"nb"_s, re(u"kunde")}, {u"sl"_s, re(u"strank")}},
             {}},
            // Seed 001 (Spanish) writes "acuerdos de nivel de servicio (ANS)".
            {u"SLA"_s,
             QRegularExpression(u"\\bSLA\\b"_s),
             {{u"da"_s, re(u"SLA")}, {u"es"_s, re(u"\\bANS\\b")}, {u"nb"_s, re(u"SLA")}, {u"sl"_s, re(u"SLA")}},
             {}},
            {u"deadline"_s,
             re(u"\\bdeadline"_s),
             {{u"da"_s, re(u"frist")}, {u"es"_s, re(u"plazo")}, {u"nb"_s, re(u"frist")}, {u"sl"_s, re(u"\\brok")}},
             {}},
            {u"canned response"_s,
             re(u"\\bcanned"_s),
             {{u"da"_s, re(u"dåsebesked")},
              {u"es"_s, re(u"predefinid")},
              {u"nb"_s, re(u"ferdigsvar")},
              {u"sl"_s, re(u"pripravljen")}},
             {}},
            // The agent's pause; the SLA clock standing still outside business hours is not one.
            {u"pause"_s,
             re(u"\\bpause"_s),
             {{u"da"_s, re(u"pause")}, {u"es"_s, re(u"paus")}, {u"nb"_s, re(u"pause")}, {u"sl"_s, re(u"premor")}},
             {u"Frontline::SlaText"_s}},
            {u"resume"_s,
             re(u"\\bresume"_s),
             {{u"da"_s, re(u"genoptag")},
              {u"es"_s, re(u"reanud")},
              {u"nb"_s, re(u"gjenoppta")},
              {u"sl"_s, re(u"nadalj")}},
             {}},
            {u"agent"_s,
             re(u"\\bagents?\\b"_s),
             {{u"da"_s, re(u"agent")}, {u"es"_s, re(u"agente")}, {u"nb"_s, re(u"agent")}, {u"sl"_s, re(u"agent")}},
             {}},
            {u"notification"_s,
             re(u"\\bnotification"_s),
             {{u"da"_s, re(u"meddelelse")},
              {u"es"_s, re(u"notificaci")},
              {u"nb"_s, re(u"varsel|varsl")},
              {u"sl"_s, re(u"obvestil")}},
             {}},
            {u"queue"_s,
             re(u"\\bqueue"_s),
             {{u"da"_s, re(u"kø")}, {u"es"_s, re(u"cola")}, {u"nb"_s, re(u"kø")}, {u"sl"_s, re(u"vrst")}},
             {}},
            {u"postpone"_s,
             re(u"\\bpostpone"_s),
             {{u"da"_s, re(u"udsæt|udsat")},
              {u"es"_s, re(u"pospon|pospuest")},
              {u"nb"_s, re(u"utsett|utsatt")},
              {u"sl"_s, re(u"prelož")}},
             {}},
            {u"transfer"_s,
             re(u"\\btransfer"_s),
             {{u"da"_s, re(u"overfør")},
              {u"es"_s, re(u"transfer")},
              {u"nb"_s, re(u"overfør")},
              {u"sl"_s, re(u"prene|prenos")}},
             {}},
            {u"assign"_s,
             re(u"\\bassign"_s),
             {{u"da"_s, re(u"tildel")}, {u"es"_s, re(u"asign")}, {u"nb"_s, re(u"tildel")}, {u"sl"_s, re(u"dodel")}},
             {}},
            {u"business time"_s,
             re(u"\\bbusiness (time|hours)"_s),
             {{u"da"_s, re(u"åbningstid")},
              {u"es"_s, re(u"horario comercial")},
              {u"nb"_s, re(u"åpningstid")},
              {u"sl"_s, re(u"delovn")}},
             {}},
            {u"working time"_s,
             re(u"\\bworking time"_s),
             {{u"da"_s, re(u"arbejdstid")},
              {u"es"_s, re(u"horas de trabajo")},
              {u"nb"_s, re(u"arbeidstid")},
              {u"sl"_s, re(u"delovn")}},
             {}},
    };
}

QString lupdatePath()
{
    const QString fromBuild = qEnvironmentVariable("FRONTLINE_LUPDATE");
    if (!fromBuild.isEmpty())
        return fromBuild;
    return QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lupdate"_s;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Catalogues::languages())
            QTest::newRow(qPrintable(language)) << language;
    }

    static const TsFile &file()
    {
        QFETCH(QString, language);
        return Catalogues::ts(language);
    }

private slots:
    void parses_data() { languages(); }
    void parses()
    {
        QFETCH(QString, language);
        const TsFile &ts = file();
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, language);
        QVERIFY2(ts.messages.size() > 400, qPrintable(u"only %1 messages"_s.arg(ts.messages.size())));
    }

    void nothingUnfinished_data() { languages(); }
    void nothingUnfinished()
    {
        QStringList unfinished;
        for (const TsMessage &m : file().messages) {
            const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString &t) { return t.isEmpty(); });
            if (m.type == u"unfinished" || (m.type.isEmpty() && empty))
                unfinished << m.where();
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(report(u"Untranslated or unfinished in %1 (translate them, then remove "
                                   "type=\"unfinished\")"_s.arg(file().path),
                                   unfinished)));
    }

    void nothingObsolete_data() { languages(); }
    void nothingObsolete()
    {
        QStringList gone;
        for (const TsMessage &m : file().messages) {
            if (m.type == u"obsolete" || m.type == u"vanished")
                gone << m.where();
        }
        QVERIFY2(gone.isEmpty(),
                 qPrintable(report(u"Obsolete or vanished in %1 (run %2)"_s.arg(file().path, kUpdateCommand), gone)));
    }

    // lupdate over app/, ui/ and core/ into copies: the catalogues hold every tr() of the
    // sources, and nothing else. Fails after new strings land until update_translations runs.
    void inStepWithTheSources()
    {
        const QString lupdate = lupdatePath();
        if (!QFile::exists(lupdate))
            QSKIP("lupdate is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList copies;
        for (const QString &language : Catalogues::languages()) {
            const QString copy = dir.filePath(u"frontline_"_s + language + u".ts"_s);
            QVERIFY(QFile::copy(Catalogues::tsPath(language), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            copies << copy;
        }
        const QString src = Catalogues::sourceDir();
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lupdate,
                      QStringList{u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s, u"-extensions"_s,
                                  u"cpp,h"_s, u"-I"_s, src + u"/app"_s, u"-I"_s, src + u"/ui"_s, u"-I"_s,
                                  src + u"/core"_s, src + u"/app"_s, src + u"/ui"_s, src + u"/core"_s, u"-ts"_s}
                              + copies);
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAll().constData());
        QStringList newer;
        QStringList gone;
        for (const QString &language : Catalogues::languages()) {
            const TsFile now = TsFile::read(dir.filePath(u"frontline_"_s + language + u".ts"_s));
            const TsFile &checkedIn = Catalogues::ts(language);
            for (const TsMessage &m : now.messages) {
                if (!checkedIn.find(m.context, m.source))
                    newer << language + u": "_s + m.where();
            }
            for (const TsMessage &m : checkedIn.messages) {
                if (!now.find(m.context, m.source))
                    gone << language + u": "_s + m.where();
            }
        }
        QVERIFY2(newer.isEmpty() && gone.isEmpty(),
                 qPrintable(u"The catalogues are behind the sources; run %1 and translate.\n"_s.arg(kUpdateCommand)
                            + report(u"In the sources, not in the catalogues"_s, newer) + u'\n'
                            + report(u"In the catalogues, no longer in the sources"_s, gone)));
    }

    void placeholdersKept_data() { languages(); }
    void placeholdersKept()
    {
        QStringList lost;
        for (const TsMessage &m : file().messages) {
            const QStringList expected = Catalogues::placeholders(m.source);
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    continue;
                QStringList got = Catalogues::placeholders(t);
                // A plural form may write "%Ln" for "%n" (the number in the locale's digits).
                got.replaceInStrings(u"%Ln"_s, u"%n"_s);
                QStringList want = expected;
                want.replaceInStrings(u"%Ln"_s, u"%n"_s);
                if (got != want)
                    lost << u"%1 → \"%2\" has %3, wants %4"_s.arg(m.where(), t, got.join(u' '), want.join(u' '));
            }
        }
        QVERIFY2(lost.isEmpty(), qPrintable(report(u"Placeholders lost or added"_s, lost)));
    }

    void markupKept_data() { languages(); }
    void markupKept()
    {
        QFETCH(QString, language);
        QStringList lost;
        for (const TsMessage &m : file().messages) {
            QStringList want = Catalogues::tags(m.source);
            if (m.context == u"Options") {
                // Command-line help is plain text: "<dir>" names the option's value, which is
                // translated in its own message ("dir"); the help must use that word.
                want.clear();
                for (const QString &tag : Catalogues::tags(m.source)) {
                    const QString value = tag.mid(1, tag.size() - 2);
                    const QString translated = Catalogues::translation(language, m.context, value);
                    want << u"<"_s + (translated.isEmpty() ? value : translated).toLower() + u">"_s;
                }
                want.sort();
            }
            for (const QString &t : m.translations) {
                if (!t.isEmpty() && Catalogues::tags(t) != want)
                    lost << u"%1 → \"%2\""_s.arg(m.where(), t);
            }
        }
        QVERIFY2(lost.isEmpty(), qPrintable(report(u"Markup lost, added or not matching"_s, lost)));
    }

    void mnemonicsKept_data() { languages(); }
    void mnemonicsKept()
    {
        QStringList wrong;
        for (const TsMessage &m : file().messages) {
            const int want = Catalogues::mnemonicCount(m.source);
            for (const QString &t : m.translations) {
                if (!t.isEmpty() && Catalogues::mnemonicCount(t) != want)
                    wrong << u"%1 → \"%2\""_s.arg(m.where(), t);
            }
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(report(u"A mnemonic (&) where the English has none, or none where it "
                                   "has one"_s,
                                   wrong)));
    }

    void punctuationKept_data() { languages(); }
    void punctuationKept()
    {
        QStringList wrong;
        for (const TsMessage &m : file().messages) {
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    continue;
                QStringList why;
                // "…" says a dialog follows; ":" that a field follows.
                if (m.source.endsWith(u'…') != t.endsWith(u'…'))
                    why << u"ellipsis"_s;
                if (m.source.endsWith(u':') != t.endsWith(u':'))
                    why << u"colon"_s;
                if (m.source.size() > 0 && t.size() > 0
                    && (m.source.front().isSpace() != t.front().isSpace()
                        || m.source.back().isSpace() != t.back().isSpace()))
                    why << u"leading or trailing space"_s;
                if (m.source.count(u'\n') != t.count(u'\n'))
                    why << u"line breaks"_s;
                if (!why.isEmpty())
                    wrong << u"%1 → \"%2\": %3"_s.arg(m.where(), t, why.join(u", "_s));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(report(u"Punctuation that means something, changed"_s, wrong)));
    }

    void pluralForms_data() { languages(); }
    void pluralForms()
    {
        QFETCH(QString, language);
        QStringList wrong;
        int plurals = 0;
        for (const TsMessage &m : file().messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            if (m.translations.size() != formsFor(language))
                wrong << u"%1: %2 forms, wants %3"_s.arg(m.where()).arg(m.translations.size()).arg(formsFor(language));
            if (!m.source.contains(u"%n"_s))
                wrong << m.where() + u": a plural without %n"_s;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(report(u"Plural forms"_s, wrong)));
        QVERIFY(plurals > 0);
    }

    // A translation that reads like the English (mnemonics aside) is fine for names and for
    // words the language shares (tests/i18n/same-as-english.txt); anything else is a string nobody
    // translated.
    void sameAsEnglishOnlyWhereTheWordIsTheSame_data() { languages(); }
    void sameAsEnglishOnlyWhereTheWordIsTheSame()
    {
        QFETCH(QString, language);
        QStringList copied;
        QStringList identical;
        for (const TsMessage &m : file().messages) {
            for (const QString &t : m.translations) {
                // "Sen&d" for "&Send" reads the same: only the mnemonic moved.
                if (Catalogues::withoutMnemonic(t) != Catalogues::withoutMnemonic(m.source))
                    continue;
                identical << m.source;
                if (!Catalogues::maySameAsEnglish(language, m.source))
                    copied << m.where();
            }
        }
        QVERIFY2(copied.isEmpty(),
                 qPrintable(report(u"Left in English (translate, or add the line \"%1<TAB>source\" to "
                                   "tests/i18n/same-as-english.txt if the word really is the same)"_s.arg(language),
                                   copied)));
        QStringList stale;
        for (const QString &source : Catalogues::sameAsEnglishList(language)) {
            if (!identical.contains(source))
                stale << source;
        }
        QVERIFY2(stale.isEmpty(),
                 qPrintable(report(u"same-as-english.txt lists these for %1, but they are translated or gone: "
                                   "remove the lines"_s.arg(language),
                                   stale)));
    }

    void glossary_data() { languages(); }
    void glossary()
    {
        QFETCH(QString, language);
        QStringList wrong;
        for (const Term &term : ::glossary()) {
            for (const TsMessage &m : file().messages) {
                if (term.exceptContexts.contains(m.context) || !term.inSource.match(m.source).hasMatch())
                    continue;
                for (const QString &t : m.translations) {
                    if (!t.isEmpty()
                        && !term.inTranslation.value(language).match(Catalogues::withoutMnemonic(t)).hasMatch())
                        wrong << u"%1 → \"%2\" (%3: %4)"_s.arg(m.where(), t, term.english,
                                                               term.inTranslation.value(language).pattern());
                }
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(report(u"Not the glossary's word"_s, wrong)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
