// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "frontline.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "frontline.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "frontline.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSla, "frontline.sla", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPresence, "frontline.presence", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccount, "frontline.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "frontline.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "frontline.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "frontline.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "frontline.sandbox", QtInfoMsg)
