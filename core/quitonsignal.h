// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QObject;

namespace Frontline {

/// SIGTERM and SIGINT (a session logging out, Ctrl+C, `kill`) call `quit` from the event
/// loop instead of ending the process on the spot, so databases are closed and children
/// stopped. The handler itself only writes a byte to a socket pair (async-signal-safe).
/// Call once per process; `context` owns the notifier.
void quitOnTerminationSignals(QObject *context, std::function<void()> quit);

} // namespace Frontline
