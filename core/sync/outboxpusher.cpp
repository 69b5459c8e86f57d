// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxpusher.h"

#include "resumeoperation.h"
#include "ticketactions.h"

#include "api/liveagentclient.h"
#include "api/wire/wiretime.h"
#include "domain/clock.h"
#include "logging.h"
#include "store/store.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

constexpr std::chrono::milliseconds kMaxBackoff{5 * 60 * 1000};
constexpr qint64 kClockSkewSeconds = 300;

QString ticketKey(const OutboxEntry &e)
{
    // Presence actions have no ticket; they are ordered among themselves.
    return e.ticketId.isEmpty() ? u"#presence"_s : e.ticketId;
}

bool isText(const OutboxEntry &e)
{
    return e.kind == OutboxEntry::Kind::Reply || e.kind == OutboxEntry::Kind::Note;
}

QString comparable(QString text)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression space(u"\\s+"_s);
    text.replace(tags, u" "_s);
    text.replace(u"&nbsp;"_s, u" "_s);
    return text.replace(space, u" "_s).trimmed();
}

} // namespace

OutboxPusher::OutboxPusher(Store &store, LiveAgentClient &client, TicketActions &actions, const Clock &clock,
                           const Agent &me, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_actions(actions)
    , m_clock(clock)
    , m_me(me)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxPusher::pushNext);
    // Any committed change to the outbox (ticket actions, pause/resume, the agent's retry)
    // may have made something due.
    connect(&m_store, &Store::outboxChanged, this, &OutboxPusher::kick);
}

void OutboxPusher::kick()
{
    // Never inside the caller's stack: the action's transaction must be committed first.
    m_timer.start(0);
}

void OutboxPusher::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online)
        kick();
}

void OutboxPusher::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    if (!held)
        kick();
}

std::chrono::milliseconds OutboxPusher::backoff(int attempts) const
{
    const int exponent = std::clamp(attempts - 1, 0, 10);
    auto delay = m_retryBase * (1LL << exponent);
    delay = std::min<std::chrono::milliseconds>(delay, kMaxBackoff);
    // ±25 % jitter so that many clients coming back together do not retry in step.
    const double jitter = 0.75 + QRandomGenerator::global()->generateDouble() * 0.5;
    return std::chrono::milliseconds(qint64(double(delay.count()) * jitter));
}

std::optional<OutboxEntry> OutboxPusher::nextDue(QDateTime *nextWake) const
{
    const QDateTime now = m_clock.now();
    QSet<QString> blocked;
    for (const OutboxEntry &e : m_store.outbox().all()) {
        const QString key = ticketKey(e);
        if (blocked.contains(key))
            continue;
        if (e.state == OutboxEntry::State::Failed || e.state == OutboxEntry::State::Sending) {
            blocked.insert(key);
            continue;
        }
        if (e.nextAttemptAt.isValid() && e.nextAttemptAt > now) {
            blocked.insert(key);
            if (!nextWake->isValid() || e.nextAttemptAt < *nextWake)
                *nextWake = e.nextAttemptAt;
            continue;
        }
        return e;
    }
    return std::nullopt;
}

void OutboxPusher::pushNext()
{
    if (m_busy || !m_online || m_held)
        return;
    QDateTime wake;
    const std::optional<OutboxEntry> entry = nextDue(&wake);
    if (!entry) {
        if (wake.isValid())
            m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, m_clock.now().msecsTo(wake)) + 10));
        Q_EMIT idle();
        return;
    }
    m_busy = true;
    if (StoreError e = m_store.outbox().markSending(entry->id, m_clock.now()); e.isError()) {
        qCWarning(lcSync) << "cannot mark outbox entry as sending:" << e.detail;
        m_busy = false;
        m_timer.start(std::chrono::milliseconds(1000));
        return;
    }
    if (entry->state == OutboxEntry::State::Unknown && isText(*entry))
        verifyThenSend(*entry);
    else
        send(*entry);
}

void OutboxPusher::verifyThenSend(const OutboxEntry &entry)
{
    // Newest first: the reply, if it arrived, is among the last groups of a conversation
    // that may be longer than one page.
    auto *job = m_client.listTicketMessages(
            entry.ticketId, true,
            ListQuery::pageOf(1, 100).sortedBy(u"datecreated"_s, ListQuery::SortDirection::Descending));
    connect(job, &ApiJob::finished, this, [this, entry](ApiJob *j) {
        if (j->error()) {
            failed(entry, *j->error());
            return;
        }
        const QString wanted = comparable(entry.payload.value(u"body"_s).toString());
        const QDateTime earliest = entry.createdAt.addSecs(-kClockSkewSeconds);
        for (const MessageGroup &g : static_cast<ListTicketMessagesJob *>(j)->messageGroups()) {
            for (const Message &m : g.messages) {
                const bool mine = m.userId == m_me.id || g.userId == m_me.id;
                const bool recent = !m.dateCreated.isValid() || m.dateCreated >= earliest;
                if (mine && recent && !wanted.isEmpty() && comparable(m.body).contains(wanted)) {
                    qCInfo(lcSync) << "outbox" << entry.id << "was already delivered; not sending it again";
                    succeeded(entry);
                    return;
                }
            }
        }
        send(entry);
    });
}

void OutboxPusher::send(const OutboxEntry &entry)
{
    const QString id = entry.ticketId;
    const QJsonObject &p = entry.payload;
    ApiJob *job = nullptr;
    switch (entry.kind) {
    case OutboxEntry::Kind::Reply:
    case OutboxEntry::Kind::Note: {
        if (!m_client.hasV1ApiKey()) {
            // Not the server's refusal, but the agent must act (add the key), so it is kept as refused.
            ApiError e(ApiError::Kind::Forbidden);
            e.setServerMessage(tr("Replies and notes need the account's API v1 key. Add it in Settings, then "
                                  "retry."));
            failed(entry, e);
            return;
        }
        V1MessagePost post;
        post.message = p.value(u"body"_s).toString();
        post.type = entry.kind == OutboxEntry::Kind::Reply ? V1MessagePost::Type::Reply : V1MessagePost::Type::Note;
        post.userIdentifier = m_me.email;
        post.html = p.value(u"html"_s).toBool();
        job = m_client.addConversationMessage(id, post);
        break;
    }
    case OutboxEntry::Kind::SetStatus:
        job = m_client.updateTicket(id, TicketUpdate{{}, {}, p.value(u"status"_s).toString(), {}, {}});
        break;
    case OutboxEntry::Kind::Postpone:
        job = m_client.postponeTicket(id, WireTime::parseInstant(p.value(u"until"_s).toString()).value_or(QDateTime()));
        break;
    case OutboxEntry::Kind::Take:
    case OutboxEntry::Kind::Assign:
        job = m_client.updateTicket(id, TicketUpdate{p.value(u"agentId"_s).toString(), {}, {}, {}, {}});
        break;
    case OutboxEntry::Kind::Transfer:
        job = m_client.updateTicket(
                id, TicketUpdate{p.value(u"agentId"_s).toString(), p.value(u"departmentId"_s).toString(), {}, {}, {}});
        break;
    case OutboxEntry::Kind::Pause:
        job = m_client.pauseAgent(m_me.id);
        break;
    case OutboxEntry::Kind::Resume: {
        auto *op = new ResumeOperation(m_client, m_me.id, this);
        connect(op, &ResumeOperation::finished, this, [this, entry, op](const std::optional<ApiError> &error) {
            op->deleteLater();
            if (error)
                failed(entry, *error);
            else
                succeeded(entry);
        });
        op->start();
        return;
    }
    case OutboxEntry::Kind::Unknown: {
        ApiError e(ApiError::Kind::BadRequest);
        e.setServerMessage(tr("This action was saved by another version of Frontline and cannot be sent."));
        failed(entry, e);
        return;
    }
    }
    connect(job, &ApiJob::finished, this, [this, entry](ApiJob *j) {
        if (j->error())
            failed(entry, *j->error());
        else
            succeeded(entry);
    });
}

void OutboxPusher::succeeded(const OutboxEntry &entry)
{
    if (StoreError e = m_actions.complete(entry.id); e.isError())
        qCWarning(lcSync) << "cannot remove a confirmed action from the outbox:" << e.detail;
    qCInfo(lcSync) << "outbox" << entry.id << OutboxEntry::kindName(entry.kind) << "confirmed";
    m_busy = false;
    Q_EMIT reachability(true);
    Q_EMIT actionConfirmed(entry);
    kick();
}

void OutboxPusher::failed(const OutboxEntry &entry, const ApiError &error)
{
    const QDateTime now = m_clock.now();
    const QString kind = ApiError::kindName(error.kind());
    const QString message = error.serverMessage().isEmpty() ? error.humanMessage() : error.serverMessage();
    qCInfo(lcSync) << "outbox" << entry.id << OutboxEntry::kindName(entry.kind) << "failed:" << error.toLogString();
    StoreError stored;

    // A text whose delivery is in doubt stays "unknown" until the server's messages say.
    const bool doubtful = isText(entry)
            && (entry.state == OutboxEntry::State::Unknown || error.outcomeUnknown()
                || error.kind() == ApiError::Kind::Decode);
    const bool transient = error.isTransient() || error.kind() == ApiError::Kind::Aborted
            || error.kind() == ApiError::Kind::Unauthorized;
    if (doubtful && (transient || error.kind() == ApiError::Kind::Decode)) {
        stored = m_store.outbox().markUnknown(entry.id, now.addMSecs(backoff(entry.attempts + 1).count()), kind,
                                              message);
    } else if (transient) {
        auto delay = backoff(entry.attempts + 1);
        if (error.retryAfter())
            delay = std::max<std::chrono::milliseconds>(delay, *error.retryAfter());
        if (error.kind() == ApiError::Kind::Unauthorized)
            delay = std::max<std::chrono::milliseconds>(delay, std::chrono::seconds(60));
        stored = m_store.outbox().scheduleRetry(entry.id, now.addMSecs(delay.count()), kind, message);
    } else {
        stored = m_store.outbox().markFailed(entry.id, kind, message);
        Q_EMIT actionRefused(entry, error);
    }
    if (stored.isError())
        qCWarning(lcSync) << "cannot record the outcome of an action:" << stored.detail;

    m_busy = false;
    // Only a server that could not be reached at all (refused, no route, no answer in time) means
    // offline; a connection cut after the request went out did reach it, and saying "offline"
    // would hold every other action back until the next poll.
    if ((error.kind() == ApiError::Kind::Network && !error.outcomeUnknown())
        || error.kind() == ApiError::Kind::Timeout) {
        Q_EMIT reachability(false);
    }
    if (error.kind() == ApiError::Kind::Unauthorized && entry.kind != OutboxEntry::Kind::Reply
        && entry.kind != OutboxEntry::Kind::Note) {
        Q_EMIT unauthorized(error);
    }
    kick();
}

} // namespace Frontline
