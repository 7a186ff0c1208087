// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <catch2/catch.hpp>

namespace ff::test {

/// The widget named `name` under `parent`, as the screens name them (objectName); the test stops
/// when there is none.
template <typename T>
T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

} // namespace ff::test
