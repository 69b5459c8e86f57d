// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedresponsemodel.h"

#include "fuzzymatcher.h"
#include "languageguess.h"

#include "store/store.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

constexpr int kMatchedTextLength = 400; // the picker matches the start of long answers only

QString plain(const QString &text, bool html)
{
    if (!html)
        return text;
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString t = text;
    t.replace(tags, u" "_s);
    return t.simplified();
}

QString shortName(const QString &keywords, const QString &text)
{
    if (!keywords.trimmed().isEmpty())
        return keywords.trimmed();
    const QString first = text.simplified();
    return first.size() <= 48 ? first : first.left(47) + u'…';
}

} // namespace

CannedResponseModel::CannedResponseModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (m_store) {
        connect(m_store, &Store::referenceDataChanged, this, &CannedResponseModel::reload);
        reload();
    }
}

void CannedResponseModel::reload()
{
    setResponses(m_store->reference().cannedMessages(), m_store->reference().predefinedAnswers());
}

void CannedResponseModel::setResponses(const QList<CannedMessage> &canned, const QList<PredefinedAnswer> &answers)
{
    QList<Entry> entries;
    entries.reserve(canned.size() + answers.size());
    auto add = [&entries](CannedResponse r) {
        const QString plainText = plain(r.text, r.html);
        r.language = guessLanguage(r.subject + u' ' + plainText);
        Entry e{std::move(r), {}, {}, {}};
        e.foldedName = FuzzyMatcher::fold(e.response.name);
        e.foldedKeywords = FuzzyMatcher::fold(e.response.keywords);
        e.foldedText = FuzzyMatcher::fold(QStringView(plainText).left(kMatchedTextLength));
        entries.append(std::move(e));
    };
    for (const PredefinedAnswer &p : answers) {
        add(CannedResponse{CannedResponse::Kind::PredefinedAnswer, p.id, p.name, QString(), p.subject, p.body,
                           p.format == u"H", p.departmentId, p.userId, QString()});
    }
    for (const CannedMessage &c : canned) {
        add(CannedResponse{CannedResponse::Kind::CannedMessage, c.id, shortName(c.keywords, c.text), c.keywords,
                           QString(), c.text, false, c.departmentId, c.userId, QString()});
    }
    beginResetModel();
    m_entries = std::move(entries);
    m_visible.clear();
    endResetModel();
    refilter(false);
}

void CannedResponseModel::setContext(const QString &departmentId, const QString &meId,
                                     const QStringList &preferredLanguages)
{
    m_departmentId = departmentId;
    m_meId = meId;
    m_languages = preferredLanguages;
    refilter(false);
}

void CannedResponseModel::setFilter(const QString &typed)
{
    const QString previous = m_filter;
    m_filter = typed;
    // Typing one more letter can only remove matches: re-rank the current ones only.
    refilter(!previous.isEmpty() && typed.startsWith(previous));
}

bool CannedResponseModel::isOffered(const Entry &e) const
{
    if (!e.response.departmentId.isEmpty() && !m_departmentId.isEmpty() && e.response.departmentId != m_departmentId)
        return false;
    if (!e.response.userId.isEmpty() && !m_meId.isEmpty() && e.response.userId != m_meId)
        return false;
    return true;
}

int CannedResponseModel::rank(const Entry &e, const QString &pattern) const
{
    int score = 0;
    if (!pattern.isEmpty()) {
        const int byName = FuzzyMatcher::score(pattern, e.foldedName);
        const int byKeywords = FuzzyMatcher::score(pattern, e.foldedKeywords);
        const int byText = FuzzyMatcher::score(pattern, e.foldedText, FuzzyMatcher::Mode::Substring);
        score = std::max({byName >= 0 ? byName * 3 : -1, byKeywords >= 0 ? byKeywords * 2 : -1, byText});
        if (score < 0)
            return -1;
    }
    const qsizetype language = m_languages.indexOf(e.response.language);
    if (language >= 0)
        score += 60 / int(language + 1);
    if (!e.response.departmentId.isEmpty())
        score += 10; // written for this department
    return score;
}

void CannedResponseModel::refilter(bool narrowing)
{
    const QString pattern = FuzzyMatcher::fold(m_filter.trimmed());
    QList<std::pair<int, int>> scored; // (score, entry index)
    auto consider = [&](int i) {
        const Entry &e = m_entries.at(i);
        if (!isOffered(e))
            return;
        const int s = rank(e, pattern);
        if (s >= 0)
            scored.append({s, i});
    };
    if (narrowing) {
        scored.reserve(m_visible.size());
        for (int i : std::as_const(m_visible))
            consider(i);
    } else {
        scored.reserve(m_entries.size());
        for (int i = 0; i < m_entries.size(); ++i)
            consider(i);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });

    beginResetModel();
    m_visible.clear();
    m_visible.reserve(scored.size());
    for (const auto &[score, index] : std::as_const(scored))
        m_visible.append(index);
    endResetModel();
}

int CannedResponseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

const CannedResponse &CannedResponseModel::response(int row) const
{
    return m_entries.at(m_visible.at(row)).response;
}

QVariant CannedResponseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CannedResponse &r = response(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case Qt::ToolTipRole:
    case PreviewRole:
        return plain(r.text, r.html).left(600);
    case TextRole:
        return r.text;
    case KeywordsRole:
        return r.keywords;
    case KindRole:
        return int(r.kind);
    case LanguageRole:
        return r.language;
    case HtmlRole:
        return r.html;
    case SubjectRole:
        return r.subject;
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> CannedResponseModel::roleNames() const
{
    return {{NameRole, "name"},         {TextRole, "text"},       {PreviewRole, "preview"},
            {KeywordsRole, "keywords"}, {KindRole, "kind"},       {LanguageRole, "language"},
            {HtmlRole, "html"},         {SubjectRole, "subject"}, {IdRole, "responseId"}};
}

} // namespace Frontline
