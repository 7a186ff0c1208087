// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forms/MemberContext.h"

namespace ff {

QVariantMap MemberContext::of(const QVariantMap& member, QDate on)
{
    QVariantMap context;
    const QDate born = QDate::fromString(member.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    if (born.isValid() && on.isValid() && born <= on) {
        int age = on.year() - born.year();
        if (on.month() < born.month() || (on.month() == born.month() && on.day() < born.day()))
            --age;
        context.insert(QStringLiteral("member_age"), age);
    }
    const QString sex = member.value(QStringLiteral("sex")).toString();
    if (!sex.isEmpty())
        context.insert(QStringLiteral("member_sex"), sex);
    const QVariant groups = member.value(QStringLiteral("special_groups"));
    context.insert(QStringLiteral("member_groups"),
                   groups.typeId() == QMetaType::QStringList
                       ? groups.toStringList()
                       : groups.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts));
    return context;
}

} // namespace ff
