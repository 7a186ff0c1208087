// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/profile/LockDialog.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;
class QWidget;

namespace ff {

/// Auto-lock: after the county's idle time without a key press or mouse use, every window of the
/// app is covered (its contents hidden, its title replaced) and the profile's password is asked
/// for. Nothing is closed: a half-typed note is still in its dialog after unlocking, and the
/// person is where they were.
class LockController : public QObject
{
    Q_OBJECT

public:
    /// folder: the profile whose password unlocks; idleMinutes: the county's policy;
    /// keyFingerprint: of the open profile's data key (SecretBytes::fingerprint()).
    LockController(const QString& folder, const QString& personName, int idleMinutes,
                   const QByteArray& keyFingerprint, QObject* parent = nullptr);
    ~LockController() override;

    bool isLocked() const { return m_locked; }
    int idleMinutes() const { return m_idleMinutes; }
    /// The idle time in milliseconds instead of the county's minutes (for tests).
    void setIdleInterval(int ms);
    /// The open lock dialog, while locked (for tests).
    LockDialog* dialog() const { return m_dialog; }

public slots:
    void lockNow();

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void cover();
    void uncover();

    QString m_folder;
    QString m_personName;
    QByteArray m_keyFingerprint;
    int m_idleMinutes;
    QTimer* m_idle;
    bool m_locked = false;
    QPointer<LockDialog> m_dialog;
    struct Covered
    {
        QPointer<QWidget> window;
        QPointer<QWidget> curtain;
        QString title;
    };
    QList<Covered> m_covered;
};

} // namespace ff
