// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "logging.h"

#include "sqltransaction.h"

#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Frontline {

Store::Store(const QString &path, QObject *parent)
    : QObject(parent)
    , m_db(path)
    , m_tickets(m_db, *this)
    , m_reference(m_db, *this)
    , m_outbox(m_db, *this)
    , m_presence(m_db, *this)
    , m_drafts(m_db)
{ }

Store::~Store()
{
    close(); // waits for a background check, which reports to this object
}

QString Store::defaultPath(const QString &accountKey)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(u"accounts/"_s + accountKey + u"/cache.sqlite"_s);
}

StoreError Store::open()
{
    StoreError e = m_db.open();
    if (e.isError())
        return e;
    return m_outbox.markInterruptedAsUnknown();
}

StoreError Store::openCheckingInBackground(std::chrono::milliseconds after)
{
    StoreError e = m_db.open(Database::IntegrityCheck::Later);
    if (e.isError())
        return e;
    if (e = m_outbox.markInterruptedAsUnknown(); e.isError())
        return e;
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(after);
    m_checkTimer.callOnTimeout(this, &Store::checkInBackground, Qt::UniqueConnection);
    m_checkTimer.start();
    return {};
}

void Store::checkInBackground()
{
    if (!m_db.isOpen())
        return;
    m_db.checkInBackground(this, [this](const QString &problems) {
        if (problems.isEmpty() || !m_db.isOpen())
            return;
        if (StoreError r = m_db.recover(problems); r.isError()) {
            qCWarning(lcStore) << "cannot rebuild the damaged cache:" << r.detail;
            return;
        }
        m_outbox.markInterruptedAsUnknown();
        Q_EMIT rebuilt();
        Q_EMIT ticketsChanged({});
        Q_EMIT referenceDataChanged();
        Q_EMIT outboxChanged();
        Q_EMIT presenceLogChanged();
    });
}

void Store::close()
{
    m_checkTimer.stop();
    m_db.close();
}

QString Store::meta(const QString &key) const
{
    QSqlQuery &q = const_cast<Database &>(m_db).prepared(u"SELECT value FROM meta WHERE key = ?"_s);
    q.bindValue(0, key);
    QString value;
    if (q.exec() && q.next())
        value = q.value(0).toString();
    q.finish();
    return value;
}

StoreError Store::setMeta(const QString &key, const QString &value)
{
    QSqlQuery &q = m_db.prepared(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    q.bindValue(0, key);
    q.bindValue(1, value);
    return m_db.exec(q);
}

StoreError Store::clearServerData()
{
    SqlTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    for (const char *table :
         {"tickets", "agents", "departments", "sla_levels", "tags", "canned_messages", "predefined_answers", "meta"}) {
        if (StoreError e = m_db.exec(u"DELETE FROM "_s + QLatin1StringView(table)); e.isError())
            return e;
    }
    m_tickets.forgetSearchMatches();
    if (StoreError e = tx.commit(); e.isError())
        return e;
    Q_EMIT ticketsChanged({});
    Q_EMIT referenceDataChanged();
    return {};
}

void Store::notifyTicketsChanged(const QStringList &ids)
{
    m_db.onCommit([this, ids] { Q_EMIT ticketsChanged(ids); });
}

void Store::notifyConversationChanged(const QString &ticketId)
{
    m_db.onCommit([this, ticketId] { Q_EMIT conversationChanged(ticketId); });
}

void Store::notifyReferenceChanged()
{
    m_db.onCommit([this] { Q_EMIT referenceDataChanged(); });
}

void Store::notifyOutboxChanged()
{
    m_db.onCommit([this] { Q_EMIT outboxChanged(); });
}

void Store::notifyPresenceChanged()
{
    m_db.onCommit([this] { Q_EMIT presenceLogChanged(); });
}

} // namespace Frontline
