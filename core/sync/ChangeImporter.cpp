// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ChangeImporter.h"

#include "core/schema/Authority.h"
#include "core/sync/ImportSession.h"

namespace ff {

QString ChangeImporter::reasonText(const QString& code)
{
    if (code == kWaitingForHousehold)
        return tr("Waiting for its household, which has not arrived yet.");
    if (code == kUnknownEntity)
        return tr("A kind of record this version of Fieldfile does not know.");
    if (code == kUnknownField)
        return tr("A field this version of Fieldfile does not know.");
    if (code == kOutOfScope)
        return tr("A household the sender's user does not hold (not in their caseload or station).");
    if (code == kNotStationCaseworker)
        return tr("A household assigned to someone who is not a caseworker of the assigning supervisor's "
                  "station.");
    if (code == kWrongHousehold)
        return tr("The change names another household than the one its record belongs to.");
    if (code == kNotFromSender)
        return tr("A change made on another device than the one that sent the package.");
    if (code == kMalformed || code.isEmpty())
        return tr("The change is incomplete or damaged.");
    return Authority::reasonText(code);
}

Status ChangeImporter::apply(Database& database, const QList<Change>& changes, Report* reportOut)
{
    return apply(database, changes, Options{}, reportOut);
}

Status ChangeImporter::apply(Database& database, const QList<Change>& changes, const Options& options,
                             Report* reportOut)
{
    QList<EncodedChange> encoded;
    encoded.reserve(changes.size());
    for (const Change& c : changes)
        encoded.append(EncodedChange::fromChange(c));
    return apply(database, encoded, options, reportOut);
}

Status ChangeImporter::apply(Database& database, const QList<EncodedChange>& changes, const Options& options,
                             Report* reportOut)
{
    ImportSession session(database, options);
    if (Status s = session.begin(); !s)
        return s;
    if (Status s = session.add(changes); !s)
        return s;
    return session.finish(reportOut);
}

} // namespace ff
