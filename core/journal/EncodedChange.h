// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Change.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace ff {

/// A change in the form the journal stores it: its text columns as UTF-8 and its fields and bases
/// as their CBOR bytes (ChangeCodec), with what the merge reads of them beside: the names of the
/// fields it sets and each field's bases. Import carries a package's changes to the journal in
/// this form without decoding the values into QVariants and encoding them again; the values are
/// decoded only where the merge or the record rows need them (values()).
///
/// Invariant: `edits` lists exactly the keys of `fields`, in the order `fields` holds them (by
/// name, as a QMap orders them), and each edit's bases are the entry of `bases` for that field.
struct EncodedChange
{
    /// One field the change sets, with the changes (heads) this edit supersedes.
    struct Edit
    {
        QString field;
        QList<ChangeId> bases;
    };

    ChangeId id;
    QByteArray device; ///< id.device as UTF-8
    quint64 hlc = 0;
    QByteArray author;
    QString entity;
    QByteArray recordId;
    QByteArray householdId;
    Change::Op op = Change::Op::Update;
    QByteArray fields; ///< the journal's `fields` column: a CBOR map of field → value
    QByteArray bases;  ///< the journal's `bases` column: a CBOR map of field → [change id text]
    QList<Edit> edits;
    /// `bases` names a field that `fields` does not set (such a change is malformed).
    bool basesOutsideFields = false;

    bool sets(QStringView field) const;
    /// The new values, decoded from `fields`.
    QVariantMap values() const;
    /// The operation's name as the journal's `op` column holds it.
    static QByteArray opText(Change::Op op);

    static EncodedChange fromChange(const Change& change);
    Change toChange() const;
};

} // namespace ff
