// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ff::test {

/// A JPEG that looks like a photo of a document a caseworker attaches, drawn here: "id_card" (an
/// invented ID card), "hukou" (a page of a household register) or "housing" (a house). Invented
/// names and numbers only.
QByteArray samplePhoto(const QString& kind, int width = 1200);
/// A one-page PDF that reads as a scan.
QByteArray sampleScan();

} // namespace ff::test
