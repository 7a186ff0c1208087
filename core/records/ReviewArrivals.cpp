// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/ReviewArrivals.h"

namespace ff {

ReviewArrivals ReviewArrivals::between(const ReviewSnapshot& before, const ReviewSnapshot& after)
{
    ReviewArrivals a;
    for (auto it = after.notes.cbegin(); it != after.notes.cend(); ++it) {
        if (before.notes.value(it.key()) == it.value())
            continue;
        const QString state = it.value().section(QLatin1Char('|'), 0, 0);
        if (state == QLatin1String("returned"))
            ++a.notesReturned;
        else if (state == QLatin1String("approved"))
            ++a.notesApproved;
    }
    for (auto it = after.statusReviews.cbegin(); it != after.statusReviews.cend(); ++it) {
        const QString was = before.statusReviews.value(it.key(), QStringLiteral("|"));
        if (was == it.value())
            continue;
        const QString recommendation = it.value().section(QLatin1Char('|'), 0, 0);
        const QString decision = it.value().section(QLatin1Char('|'), 1, 1);
        if (decision != was.section(QLatin1Char('|'), 1, 1) && !decision.isEmpty()) {
            ++(decision == QLatin1String("approved") ? a.reviewsConfirmed : a.reviewsRefused);
        } else if (recommendation != was.section(QLatin1Char('|'), 0, 0)) {
            if (recommendation == QLatin1String("recommended"))
                ++a.reviewsRecommended;
            else if (recommendation == QLatin1String("returned"))
                ++a.reviewsReturned;
        }
    }
    return a;
}

bool ReviewArrivals::isEmpty() const
{
    return notesReturned + notesApproved + reviewsRecommended + reviewsReturned + reviewsConfirmed +
               reviewsRefused ==
           0;
}

ReviewArrivals& ReviewArrivals::operator+=(const ReviewArrivals& later)
{
    notesReturned += later.notesReturned;
    notesApproved += later.notesApproved;
    reviewsRecommended += later.reviewsRecommended;
    reviewsReturned += later.reviewsReturned;
    reviewsConfirmed += later.reviewsConfirmed;
    reviewsRefused += later.reviewsRefused;
    return *this;
}

QStringList ReviewArrivals::lines() const
{
    QStringList out;
    if (notesReturned > 0)
        out << tr("%n note(s) returned", nullptr, notesReturned);
    if (reviewsReturned > 0)
        out << tr("%n status review(s) returned by the station", nullptr, reviewsReturned);
    if (reviewsRefused > 0)
        out << tr("%n status review(s) refused by the county", nullptr, reviewsRefused);
    if (reviewsConfirmed > 0)
        out << tr("%n status review(s) confirmed", nullptr, reviewsConfirmed);
    if (reviewsRecommended > 0)
        out << tr("%n status review(s) recommended to the county", nullptr, reviewsRecommended);
    if (notesApproved > 0)
        out << tr("%n note(s) approved", nullptr, notesApproved);
    return out;
}

QString ReviewArrivals::text() const { return lines().join(tr(", ")); }

} // namespace ff
