// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/ReviewSnapshot.h"

#include "core/db/Query.h"

namespace ff {

ReviewSnapshot ReviewSnapshot::take(Database& db)
{
    ReviewSnapshot s;
    Query notes(db);
    notes.setForwardOnly(true);
    if (notes.exec(QStringLiteral("SELECT id, state, reviewed_at FROM note_review"
                                  " WHERE state IN ('returned', 'approved') AND deleted = 0"))) {
        while (notes.next())
            s.notes.insert(notes.value(0).toString(),
                           notes.value(1).toString() + QLatin1Char('|') + notes.value(2).toString());
    }
    Query reviews(db);
    reviews.setForwardOnly(true);
    if (reviews.exec(
            QStringLiteral("SELECT id, coalesce(recommendation, ''), coalesce(decision, '')"
                           " FROM status_review WHERE deleted = 0 AND"
                           " (coalesce(recommendation, '') <> '' OR coalesce(decision, '') <> '')"))) {
        while (reviews.next())
            s.statusReviews.insert(reviews.value(0).toString(), reviews.value(1).toString() +
                                                                    QLatin1Char('|') +
                                                                    reviews.value(2).toString());
    }
    return s;
}

} // namespace ff
