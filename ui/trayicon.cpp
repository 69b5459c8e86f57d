// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include "presencetext.h"

#include "domain/clock.h"
#include "models/slatext.h"
#include "presence/presencecontroller.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

constexpr int kSubjectLength = 40;

QString resourceName(TrayIcon::Look look)
{
    switch (look) {
    case TrayIcon::Look::Available:
        return u":/icons/tray-available.svg"_s;
    case TrayIcon::Look::Paused:
        return u":/icons/tray-paused.svg"_s;
    case TrayIcon::Look::Offline:
        return u":/icons/tray-offline.svg"_s;
    case TrayIcon::Look::Warning:
        return u":/icons/tray-warning.svg"_s;
    }
    return {};
}

// Shapes drawn by hand when the icon resources are not built in: each look has its own shape,
// so colour is never the only signal.
void drawFallback(QPainter &p, TrayIcon::Look look, qreal s)
{
    p.setRenderHint(QPainter::Antialiasing);
    const qreal w = std::max<qreal>(1.5, s / 12);
    switch (look) {
    case TrayIcon::Look::Available: // a green disc with a tick
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f9d4c));
        p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
        p.setPen(QPen(Qt::white, w * 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QList<QPointF>{{s * 0.28, s * 0.52}, {s * 0.44, s * 0.68}, {s * 0.72, s * 0.34}});
        break;
    case TrayIcon::Look::Paused: // an amber disc with two bars
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xf5a70b));
        p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
        p.setBrush(QColor(0x3a2403));
        p.drawRect(QRectF(s * 0.33, s * 0.28, s * 0.12, s * 0.44));
        p.drawRect(QRectF(s * 0.55, s * 0.28, s * 0.12, s * 0.44));
        break;
    case TrayIcon::Look::Offline: // a grey ring, struck through
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0x5f6b7a), w * 1.4));
        p.drawEllipse(QRectF(s * 0.12, s * 0.12, s * 0.76, s * 0.76));
        p.drawLine(QPointF(s * 0.2, s * 0.8), QPointF(s * 0.8, s * 0.2));
        break;
    case TrayIcon::Look::Warning: { // a red triangle with an exclamation mark
        QPainterPath path;
        path.moveTo(s * 0.5, s * 0.06);
        path.lineTo(s * 0.96, s * 0.9);
        path.lineTo(s * 0.04, s * 0.9);
        path.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xdc2626));
        p.drawPath(path);
        p.setPen(QPen(Qt::white, w * 1.4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.6));
        p.drawPoint(QPointF(s * 0.5, s * 0.76));
        break;
    }
    }
}

// The count of tickets needing an answer, top right, where the state badge of the resource
// icons (bottom right) does not cover it.
void drawBadge(QPainter &p, int count, qreal s)
{
    const QString text = count > 99 ? u"99+"_s : QString::number(count);
    QFont font;
    font.setBold(true);
    font.setPixelSize(std::max(6, int(s * (text.size() > 1 ? 0.36 : 0.44))));
    p.setFont(font);
    const qreal h = s * 0.52;
    const qreal textWidth = QFontMetricsF(font).horizontalAdvance(text);
    const qreal w = std::min(s, std::max(h, textWidth + s * 0.16));
    const QRectF r(s - w, 0, w, h);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, std::max<qreal>(1, s / 32)));
    p.setBrush(QColor(0xc62828));
    p.drawRoundedRect(r, h / 2, h / 2);
    p.setPen(Qt::white);
    p.drawText(r, Qt::AlignCenter, text);
}

QString elided(const QString &subject)
{
    QString simple = subject.simplified();
    if (simple.size() <= kSubjectLength)
        return simple;
    return simple.left(kSubjectLength - 1) + u'…';
}

} // namespace

TrayIcon::TrayIcon(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(std::make_unique<QMenu>())
{
    buildMenu();
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT toggleWindowRequested();
    });
    // The tray is no widget: it hears of a language switch through the application object.
    QCoreApplication::instance()->installEventFilter(this);
    m_tick.setInterval(30 * 1000); // the pause's elapsed time in the tooltip and the menu
    connect(&m_tick, &QTimer::timeout, this, &TrayIcon::refresh);
    m_tick.start();
    refresh();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isSystemTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_shown = true;
    refresh();
    m_tray->show();
}

void TrayIcon::hide()
{
    m_tray->hide();
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

QAction *TrayIcon::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

QIcon TrayIcon::icon() const
{
    return m_tray->icon();
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

void TrayIcon::buildMenu()
{
    auto add = [this](const QString &name) {
        auto *a = new QAction(m_menu.get());
        a->setObjectName(name);
        m_actions.insert(name, a);
        m_menu->addAction(a);
        return a;
    };
    add(u"presenceState"_s)->setEnabled(false);
    m_menu->addSeparator();
    connect(add(u"pauseToggle"_s), &QAction::triggered, this, [this] {
        if (m_presence && m_presence->intendedState() == PresenceState::Paused)
            Q_EMIT resumeRequested();
        else
            Q_EMIT pauseRequested(QString());
    });
    m_reasonMenu = new QMenu(m_menu.get());
    QAction *reasons = m_menu->addMenu(m_reasonMenu);
    reasons->setObjectName(u"pauseReasons"_s);
    m_actions.insert(reasons->objectName(), reasons);
    rebuildReasons();
    m_menu->addSeparator();
    connect(add(u"myTickets"_s), &QAction::triggered, this, &TrayIcon::myTicketsRequested);
    connect(add(u"nextDeadline"_s), &QAction::triggered, this, [this] {
        if (!m_summary.nextTicketId.isEmpty())
            Q_EMIT openTicketRequested(m_summary.nextTicketId);
    });
    m_menu->addSeparator();
    connect(add(u"syncNow"_s), &QAction::triggered, this, &TrayIcon::syncNowRequested);
    connect(add(u"openWindow"_s), &QAction::triggered, this, &TrayIcon::showWindowRequested);
    m_menu->addSeparator();
    QAction *quit = add(u"quit"_s);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
}

void TrayIcon::rebuildReasons()
{
    m_reasonMenu->clear();
    const bool paused = m_presence && m_presence->intendedState() == PresenceState::Paused;
    const QStringList reasons = PresenceText::reasonsToOffer(m_ownReasons);
    for (const QString &reason : reasons) {
        QAction *a = m_reasonMenu->addAction(reason);
        a->setCheckable(true);
        a->setChecked(paused && m_presence->reason() == reason);
        connect(a, &QAction::triggered, this, [this, reason] { Q_EMIT pauseRequested(reason); });
    }
}

void TrayIcon::setPresence(const PresenceController &presence)
{
    m_presence = &presence;
    rebuildReasons();
    refresh();
}

void TrayIcon::setSummary(const MyWorkSummary &summary)
{
    m_summary = summary;
    refresh();
}

void TrayIcon::setReasons(const QStringList &reasons)
{
    m_ownReasons = PresenceText::ownReasons(reasons);
    rebuildReasons();
}

void TrayIcon::setWorkTimeLine(const QString &line)
{
    m_workTime = line;
    refresh();
}

TrayIcon::Look TrayIcon::computeLook() const
{
    const PresenceState state = m_presence ? m_presence->state() : PresenceState::SignedOut;
    if (state == PresenceState::Offline || state == PresenceState::SignedOut)
        return Look::Offline;
    // A deadline of mine near or missed matters more than showing the pause: the agent on a
    // break should still see that something is burning.
    if (m_summary.warning > 0 || m_summary.breached > 0)
        return Look::Warning;
    return m_presence->intendedState() == PresenceState::Paused ? Look::Paused : Look::Available;
}

QString TrayIcon::stateText() const
{
    if (!m_presence)
        return PresenceText::stateName(PresenceState::SignedOut);
    return PresenceText::describe(*m_presence, m_clock.now());
}

QString TrayIcon::nextDeadlineText() const
{
    if (m_summary.nextTicketId.isEmpty())
        return {};
    const QString when = SlaText::reading(m_summary.nextReading, m_clock.now(), QLocale(), QTimeZone::systemTimeZone());
    //: The most urgent deadline of mine: "Refund request — 12 min"
    return tr("%1 — %2").arg(elided(m_summary.nextSubject), when);
}

void TrayIcon::refresh()
{
    const Look look = computeLook();
    // The icon is drawn (SVG, ~8 ms) once the tray shows it, not while the window starts.
    if (m_shown && (look != m_look || m_summary.needsAnswer != m_shownBadge || m_tray->icon().isNull())) {
        m_look = look;
        m_shownBadge = m_summary.needsAnswer;
        m_tray->setIcon(composeIcon(m_look, m_shownBadge));
    }

    const QString state = stateText();
    const bool paused = m_presence && m_presence->intendedState() == PresenceState::Paused;
    const bool signedIn = m_presence && m_presence->intendedState() != PresenceState::SignedOut;
    m_actions[u"presenceState"_s]->setText(state);
    QAction *toggle = m_actions[u"pauseToggle"_s];
    //: Tray menu (verb): end the break
    const QString resume = tr("Resume");
    //: Tray menu (verb): take a break
    const QString pause = tr("Pause");
    toggle->setText(paused ? resume : pause);
    toggle->setEnabled(signedIn);
    //: Tray submenu: pause and say why (Lunch, Coffee…)
    m_reasonMenu->setTitle(tr("Pause with reason"));
    m_reasonMenu->menuAction()->setEnabled(signedIn);
    //: Tray menu: my tickets, with how many need an answer
    m_actions[u"myTickets"_s]->setText(tr("My tickets (%1)").arg(QLocale().toString(m_summary.needsAnswer)));
    QAction *next = m_actions[u"nextDeadline"_s];
    const QString deadline = nextDeadlineText();
    next->setEnabled(!deadline.isEmpty());
    //: Tray menu: the most urgent running deadline of my tickets; click opens the ticket
    next->setText(deadline.isEmpty() ? tr("No running deadline") : tr("Next deadline: %1").arg(deadline));
    m_actions[u"syncNow"_s]->setText(tr("Sync now"));
    m_actions[u"openWindow"_s]->setText(tr("Open Frontline"));
    m_actions[u"quit"_s]->setText(tr("Quit"));

    //: Tray tooltip's first line: the product and the presence, "Frontline — Available"
    QStringList tip{tr("Frontline — %1").arg(state)};
    if (signedIn) {
        //: Tooltip: my tickets waiting for my answer
        QString work = tr("Need an answer: %1").arg(QLocale().toString(m_summary.needsAnswer));
        if (m_summary.breached > 0)
            //: Tooltip: my tickets past a deadline
            work += u" · "_s + tr("overdue: %1").arg(QLocale().toString(m_summary.breached));
        if (m_summary.warning > 0)
            //: Tooltip: my tickets whose deadline is near
            work += u" · "_s + tr("due soon: %1").arg(QLocale().toString(m_summary.warning));
        tip << work;
        if (!deadline.isEmpty())
            tip << tr("Next deadline: %1").arg(deadline);
    }
    if (!m_workTime.isEmpty())
        tip << m_workTime;
    m_tray->setToolTip(tip.join(u'\n'));
}

QIcon TrayIcon::composeIcon(Look look, int badge, bool drawnOnly)
{
    const QString name = resourceName(look);
    const QIcon base = !drawnOnly && QFile::exists(name) ? QIcon(name) : QIcon();
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        if (!base.isNull())
            p.drawPixmap(0, 0, base.pixmap(size, size));
        else
            drawFallback(p, look, size);
        if (badge > 0)
            drawBadge(p, badge, size);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        rebuildReasons(); // the standard reasons are translated anew
        refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Frontline
