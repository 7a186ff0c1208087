// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QObject>
#include <QString>

class QWidget;

namespace ff {

/// Generates demo households on a worker thread (with its own database connection) while a
/// progress dialog shows how far it is; the GUI stays responsive and the user may cancel.
class DemoDataTask : public QObject
{
    Q_OBJECT

public:
    /// Runs to the end, keeping the event loop turning; returns what the generator said.
    static Status run(const QString& databasePath, int households, QWidget* parent);
};

} // namespace ff
