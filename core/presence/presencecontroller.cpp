// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencecontroller.h"

#include "domain/clock.h"
#include "logging.h"
#include "store/sqltransaction.h"
#include "store/store.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

bool isPresenceAction(const OutboxEntry &e)
{
    return e.kind == OutboxEntry::Kind::Pause || e.kind == OutboxEntry::Kind::Resume;
}

} // namespace

PresenceController::PresenceController(Store &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    m_pending = isPending();
}

PresenceState PresenceController::state() const
{
    if (m_intent == PresenceState::SignedOut)
        return PresenceState::SignedOut;
    if (!m_connected)
        return PresenceState::Offline;
    return m_intent;
}

PresenceState PresenceController::intendedState() const
{
    return m_intent;
}

bool PresenceController::isPending() const
{
    const QList<OutboxEntry> entries = m_store.outbox().all();
    return std::any_of(entries.begin(), entries.end(), isPresenceAction);
}

void PresenceController::logEffective()
{
    // The log keeps what counts for working time: a pause stays a pause while offline;
    // offline while working is logged as offline (it still counts as work, see WorkTimeLedger).
    PresenceState logged = m_intent;
    if (m_intent == PresenceState::Available && !m_connected)
        logged = PresenceState::Offline;
    const StoreError e =
            m_store.presence().record(logged, logged == PresenceState::Paused ? m_reason : QString(), m_clock.now());
    if (e.isError())
        qCWarning(lcPresence) << "cannot record presence:" << e.detail;
}

void PresenceController::setIntent(PresenceState intent, const QString &reason, bool log)
{
    const bool same = intent == m_intent && reason == m_reason;
    if (!same) {
        m_intent = intent;
        m_reason = reason;
        m_since = m_clock.now();
    }
    if (log)
        logEffective();
    m_pending = isPending();
    if (!same)
        qCInfo(lcPresence) << "presence:" << presenceStateName(state()) << (m_pending ? "(pending)" : "");
    Q_EMIT changed();
}

StoreError PresenceController::enqueue(PresenceState intent, const QString &reason)
{
    const QDateTime now = m_clock.now();
    SqlTransaction tx(m_store.database());
    if (!tx.isActive())
        return tx.beginError();
    // A newer presence action replaces one the server has not received yet: only the last
    // press matters, and sending pause-then-resume would flap the agent's state for colleagues.
    for (const OutboxEntry &e : m_store.outbox().all()) {
        if (isPresenceAction(e) && e.state == OutboxEntry::State::Pending) {
            if (StoreError err = m_store.outbox().remove(e.id); err.isError())
                return err;
        }
    }
    const auto kind = intent == PresenceState::Paused ? OutboxEntry::Kind::Pause : OutboxEntry::Kind::Resume;
    QJsonObject payload;
    if (!reason.isEmpty())
        payload.insert(u"reason"_s, reason);
    auto id = m_store.outbox().enqueue(kind, QString(), payload, now);
    if (!id)
        return id.error();
    PresenceState logged = intent;
    if (intent == PresenceState::Available && !m_connected)
        logged = PresenceState::Offline;
    if (StoreError err = m_store.presence().record(logged, intent == PresenceState::Paused ? reason : QString(), now);
        err.isError()) {
        return err;
    }
    return tx.commit();
}

StoreError PresenceController::pause(const QString &reason)
{
    if (m_intent == PresenceState::Paused && reason == m_reason)
        return {};
    if (StoreError e = enqueue(PresenceState::Paused, reason); e.isError())
        return e;
    setIntent(PresenceState::Paused, reason, false);
    return {};
}

StoreError PresenceController::resume()
{
    if (m_intent == PresenceState::Available)
        return {};
    if (StoreError e = enqueue(PresenceState::Available, QString()); e.isError())
        return e;
    setIntent(PresenceState::Available, QString(), false);
    return {};
}

StoreError PresenceController::toggle(const QString &reason)
{
    return m_intent == PresenceState::Paused ? resume() : pause(reason);
}

void PresenceController::signedIn(PresenceState initial, const QString &reason)
{
    setIntent(initial == PresenceState::Offline ? PresenceState::Available : initial, reason, true);
}

void PresenceController::signedOut()
{
    setIntent(PresenceState::SignedOut, QString(), true);
}

void PresenceController::shutdown()
{
    const StoreError e = m_store.presence().closeOpen(m_clock.now());
    if (e.isError())
        qCWarning(lcPresence) << "cannot close the presence log:" << e.detail;
}

void PresenceController::serverStatusObserved(const QString &onlineStatus)
{
    if (m_intent == PresenceState::SignedOut || isPending())
        return;
    switch (onlineStatusFromCode(onlineStatus)) {
    case OnlineStatus::Paused:
        if (m_intent != PresenceState::Paused) // paused elsewhere; we do not know why
            setIntent(PresenceState::Paused, QString(), true);
        break;
    case OnlineStatus::Online:
    case OnlineStatus::Mobile:
        if (m_intent != PresenceState::Available)
            setIntent(PresenceState::Available, QString(), true);
        break;
    case OnlineStatus::Offline:
    case OnlineStatus::Unknown:
        // F: not reachable in LiveAgent (e.g. signed out of every panel). Frontline is
        // still signed in; the agent sees it as a pause-like state they can resume from.
        if (m_intent != PresenceState::Paused)
            setIntent(PresenceState::Paused, QString(), true);
        break;
    }
}

void PresenceController::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    if (m_intent != PresenceState::SignedOut)
        logEffective();
    Q_EMIT changed();
}

void PresenceController::outboxChanged()
{
    const bool pending = isPending();
    if (pending != m_pending) {
        m_pending = pending;
        Q_EMIT changed();
    }
}

} // namespace Frontline
