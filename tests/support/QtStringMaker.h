// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>
#include <QVariant>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l)
    {
        return "{" + l.join(QStringLiteral(", ")).toStdString() + "}";
    }
};
template <>
struct StringMaker<QVariant>
{
    static std::string convert(const QVariant& v) { return v.toString().toStdString(); }
};
} // namespace Catch
