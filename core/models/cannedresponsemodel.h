// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/cannedresponse.h"

#include <QAbstractListModel>
#include <QStringList>

namespace Frontline {

class Store;

/// One entry of the canned-response picker: a canned message or a predefined answer.
struct CannedResponse
{
    enum class Kind { CannedMessage, PredefinedAnswer };
    Kind kind = Kind::CannedMessage;
    QString id;
    QString name; // the predefined answer's name; a canned message's keywords or first words
    QString keywords;
    QString subject;
    QString text;
    bool html = false;
    QString departmentId;
    QString userId;
    QString language; // guessed from the text: da, es, nb, sl, en or empty
};

/// The canned messages and predefined answers the agent can insert into the current
/// ticket, filtered by fuzzy search over name, keywords and text, and ranked so that the
/// agent's language and the ticket's department come first. Entries of other departments
/// or other agents are not offered.
class CannedResponseModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        TextRole,
        PreviewRole,
        KeywordsRole,
        KindRole,
        LanguageRole,
        HtmlRole,
        SubjectRole,
        IdRole,
    };

    explicit CannedResponseModel(Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The ticket being answered and who answers it; languages in order of preference
    /// (the UI language first, then the customer's).
    void setContext(const QString &departmentId, const QString &meId, const QStringList &preferredLanguages);
    void setFilter(const QString &typed);
    const QString &filter() const { return m_filter; }

    const CannedResponse &response(int row) const;
    int totalCount() const { return int(m_entries.size()); }

    /// Replaces the entries (normally read from the store; public for benchmarks and tests).
    void setResponses(const QList<CannedMessage> &canned, const QList<PredefinedAnswer> &answers);

private:
    struct Entry
    {
        CannedResponse response;
        QString foldedName;
        QString foldedKeywords;
        QString foldedText;
    };
    void reload();
    void refilter(bool narrowing);
    bool isOffered(const Entry &e) const;
    int rank(const Entry &e, const QString &foldedPattern) const;

    Store *m_store = nullptr;
    QList<Entry> m_entries;
    QList<int> m_visible; // indexes into m_entries, best first
    QString m_filter;
    QString m_departmentId;
    QString m_meId;
    QStringList m_languages;
};

} // namespace Frontline
