// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/presence.h"
#include "sync/slawatcher.h"

#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Frontline {

class Clock;
class PresenceController;

/// The system-tray icon, a small class fed by signals (libQuotient's systemtrayicon.cpp): its
/// icon shows the presence (available / paused / offline, or the warning variant when a
/// deadline of mine is near or missed) with a badge counting my tickets that need an answer;
/// its menu pauses, resumes and reaches my work; every choice is a signal the application
/// connects.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    enum class Look { Available, Paused, Offline, Warning };

    explicit TrayIcon(const Clock &clock, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isSystemTrayAvailable();
    void show();
    void hide();
    bool isVisible() const;

    /// The QSystemTrayIcon, e.g. as DesktopNotifier's fallback for showMessage().
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu.get(); }
    /// Menu actions by objectName: "presenceState", "pauseToggle", "pauseReasons",
    /// "myTickets", "nextDeadline", "syncNow", "openWindow", "quit".
    QAction *action(const QString &objectName) const;

    Look look() const { return m_look; }
    int badge() const { return m_summary.needsAnswer; }
    QIcon icon() const;
    QString toolTip() const;
    /// The icon of a look with a count badge (0: none), at the sizes trays ask for. `drawnOnly`
    /// skips the icon resources (the fallback used when they are not built in).
    static QIcon composeIcon(Look look, int badge, bool drawnOnly = false);

    /// The presence changed (connect PresenceController::changed). The controller is read
    /// again on the tray's own tick so the pause's elapsed time stays current.
    void setPresence(const Frontline::PresenceController &presence);
    /// My tickets changed (connect SlaWatcher::summaryChanged).
    void setSummary(const Frontline::MyWorkSummary &summary);
    /// The pause reasons offered in the menu (UiSettings::pauseReasons). Empty, or the
    /// standard reasons in the current language, means the standard reasons: they follow a
    /// language switch; the agent's own reasons stay as written.
    void setReasons(const QStringList &reasons);
    /// Today's working time in one line (WorkTimePanel::summaryLineChanged), for the tooltip.
    void setWorkTimeLine(const QString &line);

Q_SIGNALS:
    /// Left click: show the window if hidden, hide it if shown.
    void toggleWindowRequested();
    void showWindowRequested();
    void pauseRequested(const QString &reason);
    void resumeRequested();
    void myTicketsRequested();
    void openTicketRequested(const QString &ticketId);
    void syncNowRequested();
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenu();
    void rebuildReasons();
    void refresh();
    Look computeLook() const;
    QString stateText() const;
    QString nextDeadlineText() const;

    const Clock &m_clock;
    QSystemTrayIcon *m_tray;
    std::unique_ptr<QMenu> m_menu; // a top-level widget: owned here, not by a QObject parent
    QMenu *m_reasonMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    QPointer<const PresenceController> m_presence;
    MyWorkSummary m_summary;
    QStringList m_ownReasons; // empty: PresenceText::defaultReasons() in the current language
    QString m_workTime;
    Look m_look = Look::Offline;
    int m_shownBadge = -1;
    bool m_shown = false; // show() was called: the icon is drawn from then on
    QTimer m_tick;
};

} // namespace Frontline
