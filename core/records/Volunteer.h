// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace ff {

/// A volunteer of a station's roster (志愿者), as VolunteerRepository reads and writes it.
struct Volunteer
{
    QString id; ///< empty until saved
    QString station;
    QString name;
    QString phone;
    QString skills;    ///< free text, e.g. "理发、陪护"
    QString trainings; ///< the trainings attended, one a line
    QDate joinedOn;
    QString notes;
};

} // namespace ff
