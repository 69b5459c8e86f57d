// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <Qt>

#include <functional>

class QMessageBox;
class QObject;
class QWidget;

namespace Frontline::Test {

/// Checks every dialog must pass: unique mnemonics, accessible names on inputs, and every
/// text reached by a runtime language switch. Each returns the offenders, empty when all is well.
class DialogChecks
{
public:
    /// Texts sharing a mnemonic letter. Standard dialog buttons ("Cancel", "Close") count with
    /// their first letter, as the GNOME and KDE themes give them one.
    static QStringList duplicateMnemonics(const QWidget *root);
    /// Line edits, combo boxes, spin boxes, text edits and item views without an accessible name.
    static QStringList inputsWithoutAccessibleName(const QWidget *root);
    /// Installs a PseudoTranslator, lets the LanguageChange arrive, lists every window title,
    /// label, button, placeholder, tooltip, accessible name and header left unmarked, and
    /// removes the translator again (the widget goes back to English).
    static QStringList textsMissedByLanguageSwitch(QWidget *root);
    /// Saves the widget as /tmp/frontline-<name>.png and returns the path (empty on failure).
    static QString screenshot(QWidget *root, const QString &name);
    /// The widgets that have the focus after each of `presses` Tab key presses.
    static QList<QWidget *> tabChain(QWidget *root, int presses);
    /// Presses Alt+key where the focus is, as a person would, and waits until the button it
    /// may have triggered was released again (Qt clicks a mnemonic's button on a short timer).
    static void pressAlt(QWidget *root, Qt::Key key);
    /// Calls `act` with the next message box that becomes the active modal window (from inside
    /// its exec()); gives up after 10 s or when `context` goes.
    static void whenMessageBoxAppears(QObject *context, std::function<void(QMessageBox *)> act);
    /// Gives the window the activation back after a message box closed (offscreen there is no
    /// window manager to do it), so its shortcuts work again.
    static bool reactivate(QWidget *window);

private:
    static QStringList unmarkedTexts(const QWidget *root);
};

} // namespace Frontline::Test
