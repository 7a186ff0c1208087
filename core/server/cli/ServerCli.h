// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace ff {

/// The translation context of fieldfile-server's messages: every command's words are found under
/// "ServerCli" in translations/fieldfile_zh_CN.ts, whichever class says them.
class ServerCli
{
    Q_DECLARE_TR_FUNCTIONS(ServerCli)
};

} // namespace ff
