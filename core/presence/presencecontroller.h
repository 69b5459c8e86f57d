// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/presence.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QObject>

namespace Frontline {

class Clock;
class Store;

/// The agent's presence, shown the same everywhere: Available, Paused (reason, since),
/// Offline (no connection) or Signed out. Pause and Resume are actions like any other:
/// each goes into the outbox together with its presence-log entry in one transaction and
/// is "pending" until the server has it, so a break taken offline is still recorded and
/// sent later. A pause set elsewhere (another device, a supervisor, LiveAgent's auto-pause)
/// arrives through serverStatusObserved().
class PresenceController : public QObject
{
    Q_OBJECT

public:
    PresenceController(Store &store, const Clock &clock, QObject *parent = nullptr);

    PresenceState state() const; // what the agent sees
    PresenceState intendedState() const; // Available / Paused / SignedOut, regardless of connection
    QString reason() const { return m_reason; }
    QDateTime since() const { return m_since; }
    /// A pause or resume is waiting for the server.
    bool isPending() const;
    bool isConnected() const { return m_connected; }

    /// The agent pressed Pause (optionally with a reason) or Resume. Returns the error when
    /// the action could not be saved (disk full…): then nothing changed.
    StoreError pause(const QString &reason = QString());
    StoreError resume();
    StoreError toggle(const QString &reason = QString());

    /// Start of a session: the agent is signed in and the last known server state applies.
    void signedIn(PresenceState initial, const QString &reason = QString());
    void signedOut();
    /// Quitting: close the open interval of the presence log.
    void shutdown();

    /// The server's `online_status` letter from GET /agents/{me}: N, P, F (or unknown).
    /// Ignored while a pause or resume of ours is pending (the server has not seen it yet).
    void serverStatusObserved(const QString &onlineStatus);
    void setConnected(bool connected);
    /// The outbox confirmed or dropped our pause/resume (re-reads the pending state).
    void outboxChanged();

Q_SIGNALS:
    void changed();

private:
    StoreError enqueue(PresenceState intent, const QString &reason);
    void setIntent(PresenceState intent, const QString &reason, bool log);
    void logEffective();

    Store &m_store;
    const Clock &m_clock;
    PresenceState m_intent = PresenceState::SignedOut;
    QString m_reason;
    QDateTime m_since;
    bool m_connected = true;
    bool m_pending = false;
};

} // namespace Frontline
