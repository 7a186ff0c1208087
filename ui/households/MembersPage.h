// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/model/ValidationIssue.h"

#include <functional>
#include <QVariantMap>
#include <QWidget>

class QTableView;

namespace ff {

class MemberDialog;
class MemberTableModel;

/// The household file's "Members" page: the members as they will be saved with the file, and
/// adding, editing and removing them through the member dialog.
class MembersPage : public QWidget
{
    Q_OBJECT

public:
    explicit MembersPage(const Session& session, QWidget* parent = nullptr);

    MemberTableModel* model() const { return m_members; }
    QList<QVariantMap> members() const;
    void setMembers(const QList<QVariantMap>& members);
    /// Outlines the list when an issue is about a member (and clears it otherwise).
    void markInvalid(const QList<ValidationIssue>& issues);

    /// Member dialogs are opened through this hook, so tests can fill them in.
    static void setMemberDialogHook(std::function<void(MemberDialog&)> hook);

public slots:
    void addMember();
    void editMember();
    void removeMember();

signals:
    /// Members were added or removed, or set.
    void countChanged(int count);

private:
    bool run(MemberDialog& dialog);

    Session m_session;
    MemberTableModel* m_members;
    QTableView* m_view;
};

} // namespace ff
