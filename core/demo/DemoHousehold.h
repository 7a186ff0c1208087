// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace ff {

/// One invented household as the demo writes it: its fields and its members, each with its id.
struct DemoHousehold
{
    /// The kinds of household a township station mostly serves; the casework follows from it.
    enum class Shape
    {
        ElderlyAlone, ///< an elderly person living alone (特困 / 低保)
        Grandparents, ///< grandparents bringing up left-behind grandchildren
        WorkingFamily ///< a family of working age, often with illness or disability
    };

    QString id;
    Shape shape = Shape::WorkingFamily;
    QVariantMap fields;
    QList<QVariantMap> members;
};

} // namespace ff
