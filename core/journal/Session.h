// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schema/Role.h"
#include "core/util/Clock.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ff {

/// The person acting: the user the county knows (id, name shown to people, role, station).
struct Actor
{
    QString userId;
    QString displayName;
    Role role = Role::Caseworker;
    QString station;
};

/// Who is acting, and by which clock: passed to everything that writes (the journal writer, the
/// repositories, the tabs), so no code types an author's name or asks the machine for today.
///
/// A session without an actor (none()) may read but not write: the journal writer refuses it.
class Session
{
public:
    explicit Session(Actor actor, const Clock& clock = Clock::system())
        : m_actor(std::move(actor)), m_clock(&clock)
    {}
    /// Nobody: for reading only.
    static Session none(const Clock& clock = Clock::system()) { return Session(Actor{}, clock); }
    /// Someone known only by name (tools, tests, the demo): id and name alike.
    static Session of(const QString& name, Role role = Role::Caseworker, const Clock& clock = Clock::system())
    {
        return Session(Actor{name, name, role, {}}, clock);
    }

    const Actor& actor() const { return m_actor; }
    Role role() const { return m_actor.role; }
    bool hasActor() const { return !m_actor.userId.isEmpty() || !m_actor.displayName.isEmpty(); }
    /// What a change records as its author, and the history shows: the name people know them by.
    QString author() const { return m_actor.displayName.isEmpty() ? m_actor.userId : m_actor.displayName; }

    const Clock& clock() const { return *m_clock; }
    qint64 nowMs() const { return m_clock->nowMs(); }
    /// Now, in local time.
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()); }
    /// Today, by the local calendar.
    QDate today() const { return now().date(); }

private:
    Actor m_actor;
    const Clock* m_clock;
};

} // namespace ff
