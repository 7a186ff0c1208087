// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ff {

/// The reference list of agencies a household can be referred to (township health centre, school,
/// women's federation …), read from JSON: built in (resources/reference/agencies.json) and the list
/// the county publishes through sync (PublishedDocument). Referrals keep the agency's stable code;
/// people see its name.
class AgencyList
{
    Q_DECLARE_TR_FUNCTIONS(AgencyList)

public:
    struct Agency
    {
        QString code;
        QString nameZh;
        QString nameEn;
        /// The name in the current language (zh_CN or en).
        QString name() const;
    };

    /// Reads a list; on any problem gives nothing and says what is wrong in `error`, and on which
    /// line of the text in `line` (0: the text as a whole).
    static std::optional<AgencyList> parse(const QByteArray& json, QString* error = nullptr,
                                           int* line = nullptr);
    /// The list compiled into the program (empty, with builtInError() set, if it cannot be read).
    static const AgencyList& builtIn();
    static QString builtInError();
    /// The list in force: the county's published list (setPublished) with, after it, every
    /// built-in agency it does not name (so a referral to one stays readable and valid); the
    /// built-in list when none is published.
    static AgencyList current();
    /// The county's published list (checked before); empty: none.
    static void setPublished(const QByteArray& json);

    const QList<Agency>& agencies() const { return m_agencies; }
    const Agency* find(const QString& code) const;
    /// The agency's name, or the code itself when the list does not know it (never loses data).
    QString label(const QString& code) const;

private:
    QList<Agency> m_agencies;
};

} // namespace ff
