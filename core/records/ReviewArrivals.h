// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/ReviewSnapshot.h"

#include <QCoreApplication>
#include <QStringList>

namespace ff {

/// What a sync brought from the station supervisor and the county, counted from two snapshots
/// (ReviewSnapshot) taken before and after it: notes returned or approved, status reviews
/// recommended or returned by the station, confirmed or refused by the county. Only what changed
/// between the two counts, so a note returned again after its resubmission counts again; a status
/// review that went through both steps between two syncs counts once, by the county's decision.
class ReviewArrivals
{
    Q_DECLARE_TR_FUNCTIONS(ReviewArrivals)

public:
    int notesReturned = 0;
    int notesApproved = 0;
    int reviewsRecommended = 0;
    int reviewsReturned = 0; ///< returned to the caseworker by the station
    int reviewsConfirmed = 0;
    int reviewsRefused = 0;

    static ReviewArrivals between(const ReviewSnapshot& before, const ReviewSnapshot& after);

    bool isEmpty() const;
    /// Adds what a later sync brought to what is not read yet.
    ReviewArrivals& operator+=(const ReviewArrivals& later);
    /// One line per kind of news, in the current language ("3 notes returned"), most pressing first.
    QStringList lines() const;
    /// The lines in one sentence for a notice.
    QString text() const;
};

} // namespace ff
