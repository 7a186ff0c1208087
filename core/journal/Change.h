// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/ChangeId.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

namespace ff {

/// One immutable edit of one record, as kept in the journal and carried by sync.
struct Change
{
    enum class Op
    {
        Create,
        Update,
        Delete,
        Resolve
    };

    ChangeId id;
    quint64 hlc = 0;
    QString author;
    QString entity;
    QString recordId;
    QString householdId;
    Op op = Op::Update;
    /// New values of the fields this change sets. A delete sets the pseudo-field "_deleted".
    QVariantMap fields;
    /// For each field set: the changes (heads) the editor saw and this change supersedes.
    QMap<QString, QList<ChangeId>> bases;

    static QString opName(Op op);
    static bool opFromName(const QString& name, Op* op);
};

inline QString Change::opName(Op op)
{
    switch (op) {
    case Op::Create:
        return QStringLiteral("create");
    case Op::Update:
        return QStringLiteral("update");
    case Op::Delete:
        return QStringLiteral("delete");
    case Op::Resolve:
        return QStringLiteral("resolve");
    }
    return {};
}

inline bool Change::opFromName(const QString& name, Op* op)
{
    for (Op candidate : {Op::Create, Op::Update, Op::Delete, Op::Resolve}) {
        if (opName(candidate) == name) {
            *op = candidate;
            return true;
        }
    }
    return false;
}

} // namespace ff
