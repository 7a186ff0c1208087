// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/HouseholdSummary.h"

#include "core/journal/Change.h"
#include "core/journal/ChangeApplier.h"
#include "core/records/PinyinTable.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ff {

namespace {
template <typename Sets>
bool affects(QStringView entity, Change::Op op, const Sets& sets)
{
    if (entity != QLatin1String("household"))
        return entity == QLatin1String("member") || entity == QLatin1String("risk_flag");
    if (op == Change::Op::Create || op == Change::Op::Delete)
        return true;
    for (QStringView field : {u"household_no", u"phone", u"village", u"risk_markers", u"_deleted"}) {
        if (sets(field))
            return true;
    }
    return false;
}
} // namespace

bool HouseholdSummary::affectedBy(const EncodedChange& change)
{
    return affects(change.entity, change.op, [&](QStringView field) { return change.sets(field); });
}

HouseholdSummary::HouseholdSummary(Database& db)
    : m_db(db), m_members(db), m_household(db), m_risks(db), m_update(db), m_clearKeys(db), m_addKey(db)
{
    m_members.prepare(QStringLiteral("SELECT id, name, relation, special_groups, id_number FROM member"
                                     " WHERE household_id = ? AND deleted = 0 ORDER BY id"));
    m_household.prepare(QStringLiteral(
        "SELECT deleted, household_no, phone, risk_markers, village, rowid FROM household WHERE id = ?"));
    m_risks.prepare(QStringLiteral(
        "SELECT risk_type, flag_status FROM risk_flag WHERE household_id = ? AND deleted = 0"));
    m_update.prepare(QStringLiteral("UPDATE household SET head_name = ?, head_sort = ?, special_groups = ?,"
                                    " member_count = ?, open_risks = ?, village_sort = ? WHERE id = ?"));
    // A household's keys name it by its rowid (schema 23), which stays while its row does: a change
    // updates the row in place (ChangeApplier's upsert), and only a forget or a rebuild from the
    // journal removes it, each removing its keys first.
    m_clearKeys.prepare(QStringLiteral("DELETE FROM search_key WHERE household_rowid = ?"));
    m_addKey.prepare(QStringLiteral("INSERT OR IGNORE INTO search_key(key, household_rowid) VALUES(?, ?)"));
}

QString HouseholdSummary::normalizeKey(const QString& text)
{
    // NFKC folds full-width digits and letters (３７１３, ｚｗ) typed with a Chinese input method.
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (!c.isSpace())
            out.append(c.toLower());
    }
    return out;
}

QStringList HouseholdSummary::nameKeys(const QString& name)
{
    QStringList keys;
    const QString normal = normalizeKey(name);
    if (normal.isEmpty())
        return keys;
    const QList<uint> ucs = normal.toUcs4();
    for (qsizetype i = 0; i < ucs.size(); ++i)
        keys.append(
            QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs.constData() + i), ucs.size() - i));
    for (const QString& initials : PinyinTable::initialsVariants(name))
        keys.append(initials);
    return keys;
}

QString HouseholdSummary::openRisks(const QStringList& openFlagTypes, bool hasFlags,
                                    const QString& riskMarkers)
{
    QStringList codes = openFlagTypes;
    if (!hasFlags) {
        codes = riskMarkers.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        codes.replaceInStrings(QRegularExpression(QStringLiteral("^violence$")),
                               QStringLiteral("domestic_violence"));
    }
    codes.removeAll(QString());
    std::sort(codes.begin(), codes.end());
    codes.removeDuplicates();
    return codes.join(QLatin1Char(';'));
}

Status HouseholdSummary::refresh(const QString& householdId)
{
    auto fail = [](const Query& q) {
        return Error{ChangeApplier::tr("The change could not be saved."), q.lastErrorText()};
    };

    m_household.addBindValue(householdId);
    if (!m_household.exec())
        return fail(m_household);
    if (!m_household.next()) {
        m_household.finish();
        return Status::ok(); // members arrived before their household; refreshed when it arrives
    }
    const bool deleted = m_household.value(0).toInt() != 0;
    QStringList keys = {normalizeKey(m_household.value(1).toString()),
                        normalizeKey(m_household.value(2).toString())};
    const QString riskMarkers = m_household.value(3).toString();
    const QString village = m_household.value(4).toString();
    const qint64 rowid = m_household.value(5).toLongLong();
    m_household.finish();

    QStringList openTypes;
    bool hasFlags = false;
    m_risks.addBindValue(householdId);
    if (!m_risks.exec())
        return fail(m_risks);
    while (m_risks.next()) {
        hasFlags = true;
        if (m_risks.value(1).toString() == QStringLiteral("open"))
            openTypes.append(m_risks.value(0).toString());
    }

    QString headName;
    QSet<QString> groups;
    int count = 0;
    m_members.addBindValue(householdId);
    if (!m_members.exec())
        return fail(m_members);
    while (m_members.next()) {
        ++count;
        const QString name = m_members.value(1).toString();
        if (headName.isEmpty() && m_members.value(2).toString() == QStringLiteral("head"))
            headName = name;
        for (const QString& g : m_members.value(3).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            groups.insert(g);
        keys += nameKeys(name);
        keys.append(normalizeKey(m_members.value(4).toString()));
    }
    QStringList groupList(groups.begin(), groups.end());
    std::sort(groupList.begin(), groupList.end());

    m_update.addBindValue(headName);
    m_update.addBindValue(PinyinTable::sortKey(headName));
    m_update.addBindValue(groupList.join(QLatin1Char(';')));
    m_update.addBindValue(count);
    const QString risks = openRisks(openTypes, hasFlags, riskMarkers);
    m_update.addBindValue(risks.isEmpty() ? QVariant() : QVariant(risks));
    // As the migration to schema 17 filled it (pinyin_sort_key(), the same function).
    m_update.addBindValue(PinyinTable::sortKey(village));
    m_update.addBindValue(householdId);
    if (!m_update.exec())
        return fail(m_update);

    m_clearKeys.addBindValue(rowid);
    if (!m_clearKeys.exec())
        return fail(m_clearKeys);
    if (deleted)
        return Status::ok();
    keys.removeAll(QString());
    keys.removeDuplicates();
    for (const QString& key : std::as_const(keys)) {
        m_addKey.addBindValue(key);
        m_addKey.addBindValue(rowid);
        if (!m_addKey.exec())
            return fail(m_addKey);
    }
    return Status::ok();
}

} // namespace ff
