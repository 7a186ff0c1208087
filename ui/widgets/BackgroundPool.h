// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace ff {

/// The threads the app's long work runs on: gathering My tasks, the list's export, the dashboard's
/// figures and the printed report, the demo's generation, a provisioning's list data, a profile's
/// key derived from its password. Every QtConcurrent::run of the app names this pool.
///
/// Not Qt's global pool: Qt 6.4's raster engine hands the pieces of a fill of more than 96 spans
/// (a line longer than 96 pixels drawn with a translucent pen, as a table header's) to the global
/// pool and waits for them. Work of the app's holding every thread of that pool made a paint wait
/// for the work to end: 1.95 s for one such line while two jobs of 2 s ran, on a 2-CPU laptop,
/// where the pool has two threads. Qt's pool is left to Qt.
class BackgroundPool
{
public:
    /// The app's pool, made at the first call. Each job's owner waits for its job before it goes
    /// (the pages', the window's and the dialogs' watchers); the pool itself waits for what is
    /// left only when the program ends, after main() has returned (Qt's global pool waits in
    /// QCoreApplication's destructor).
    static QThreadPool* instance();
};

} // namespace ff
