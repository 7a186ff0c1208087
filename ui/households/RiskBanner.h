// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace ff {

class Database;

/// The red banner at the top of a household file while it has open risk flags (or, for a
/// household that never had a flag, risk markers from before flags existed); hidden otherwise.
class RiskBanner : public QLabel
{
    Q_OBJECT

public:
    RiskBanner(Database& db, QWidget* parent = nullptr);

    void refresh(const QString& householdId);

private:
    Database& m_db;
};

} // namespace ff
