// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/HouseholdSummary.h"

#include "core/db/Database.h"
#include "core/journal/Change.h"
#include "core/journal/ChangeApplier.h"
#include "core/records/PinyinTable.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ff {

namespace {
/// The keys a pass holds back before inserting them (about 10 MB).
constexpr size_t kHeldKeys = 200'000;

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
    : m_db(db), m_members(db, QStringLiteral("SELECT name, relation, special_groups, id_number FROM member"
                                             " WHERE household_id = ? AND deleted = 0 ORDER BY id")),
      m_household(db, QStringLiteral("SELECT deleted, household_no, phone, risk_markers, village, rowid"
                                     " FROM household WHERE id = ?")),
      m_risks(db, QStringLiteral(
                      "SELECT risk_type, flag_status FROM risk_flag WHERE household_id = ? AND deleted = 0")),
      m_update(db, QStringLiteral("UPDATE household SET head_name = ?, head_sort = ?, special_groups = ?,"
                                  " member_count = ?, open_risks = ?, village_sort = ? WHERE id = ?")),
      // A household's keys name it by its rowid (schema 23), which stays while its row does: a
      // change updates the row in place (ChangeApplier's upsert), and only a forget or a rebuild
      // from the journal removes it, each removing its keys first.
      m_clearKeys(db, QStringLiteral("DELETE FROM search_key WHERE household_rowid = ?")),
      // With the household's sort columns copied from its row, just updated (schema 23): the same
      // values, NULL or empty alike, so a search sorts its matches as the list does.
      m_addKey(db, QStringLiteral("INSERT OR IGNORE INTO search_key(key, household_rowid, village_sort,"
                                  " village, head_sort) SELECT ?, rowid, village_sort, village, head_sort"
                                  " FROM household WHERE rowid = ?")),
      m_addHeldKey(db, QStringLiteral("INSERT OR IGNORE INTO search_key(key, household_rowid, village_sort,"
                                      " village, head_sort) VALUES(?, ?, ?, ?, ?)"))
{}

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
    auto fail = [](const SqlStatement& q) {
        return Error{ChangeApplier::tr("The change could not be saved."), q.error()};
    };

    const QByteArray id = householdId.toUtf8();
    m_household.bindTextInPlace(1, id);
    if (!m_household.step()) {
        m_household.reset();
        return Status::ok(); // members arrived before their household; refreshed when it arrives
    }
    const bool deleted = m_household.columnInt(0) != 0;
    QStringList keys = {normalizeKey(m_household.columnText(1)), normalizeKey(m_household.columnText(2))};
    const QString riskMarkers = m_household.columnText(3);
    const QString village = m_household.columnText(4);
    // As stored (NULL or text), for the keys a pass holds back.
    const QVariant villageStored = m_inPass ? m_household.columnValue(4) : QVariant();
    const qint64 rowid = m_household.columnInt(5);
    m_household.reset();

    QStringList openTypes;
    bool hasFlags = false;
    m_risks.bindTextInPlace(1, id);
    while (m_risks.step()) {
        hasFlags = true;
        if (m_risks.columnText(1) == QLatin1String("open"))
            openTypes.append(m_risks.columnText(0));
    }
    m_risks.reset();

    QString headName;
    QSet<QString> groups;
    qint64 count = 0;
    m_members.bindTextInPlace(1, id);
    while (m_members.step()) {
        ++count;
        const QString name = m_members.columnText(0);
        if (headName.isEmpty() && m_members.columnText(1) == QLatin1String("head"))
            headName = name;
        for (const QString& g : m_members.columnText(2).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            groups.insert(g);
        keys += nameKeys(name);
        keys.append(normalizeKey(m_members.columnText(3)));
    }
    m_members.reset();
    QStringList groupList(groups.begin(), groups.end());
    std::sort(groupList.begin(), groupList.end());

    const QString risks = openRisks(openTypes, hasFlags, riskMarkers);
    const QString headSort = PinyinTable::sortKey(headName);
    // As the migration to schema 17 filled it (pinyin_sort_key(), the same function).
    const QString villageSort = PinyinTable::sortKey(village);
    m_update.bind(1, headName)
        .bind(2, headSort)
        .bind(3, groupList.join(QLatin1Char(';')))
        .bind(4, count)
        .bindValue(5, risks.isEmpty() ? QVariant() : QVariant(risks))
        .bind(6, villageSort)
        .bindTextInPlace(7, id);
    if (!m_update.run())
        return fail(m_update);

    // In a pass every key was removed at its start.
    if (!m_inPass) {
        m_clearKeys.bind(1, rowid);
        if (!m_clearKeys.run())
            return fail(m_clearKeys);
    }
    if (deleted)
        return Status::ok();
    keys.removeAll(QString());
    keys.removeDuplicates();
    if (m_inPass) {
        for (const QString& key : std::as_const(keys))
            m_heldKeys.emplace_back(key.toUtf8(), rowid);
        // The sort columns its keys copy, as the row now holds them (bound as the update above
        // bound them), so that inserting them need not read the row again.
        m_heldColumns.insert(rowid, {villageSort, villageStored, headSort});
        // Bounded, whatever the number of households (a county staff laptop holds every one).
        if (m_heldKeys.size() >= kHeldKeys)
            return insertHeldKeys();
        return Status::ok();
    }
    for (const QString& key : std::as_const(keys)) {
        m_addKey.bind(1, key).bind(2, rowid);
        if (!m_addKey.run())
            return fail(m_addKey);
    }
    return Status::ok();
}

Status HouseholdSummary::beginPass()
{
    const auto run = [this](const QString& sql) {
        SqlStatement statement(m_db, sql);
        return statement.run()
                   ? Status::ok()
                   : Status(Error{ChangeApplier::tr("The change could not be saved."), statement.error()});
    };
    m_setAside.clear();
    QList<std::pair<QString, QString>> indexes;
    if (!m_db.dialect().isPostgres()) {
        // The keys' index by household, and the household's indexes on a column this pass sets
        // (not a unique one: nothing this pass writes is checked by it).
        static const QRegularExpression setHere(QStringLiteral(
            "\\b(head_name|head_sort|special_groups|member_count|open_risks|village_sort)\\b"));
        SqlStatement index(m_db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index'"
                                                " AND sql IS NOT NULL AND ((tbl_name = 'search_key' AND"
                                                " name = 'search_key_household') OR (tbl_name = 'household'"
                                                " AND sql NOT LIKE 'CREATE UNIQUE%'))"));
        while (index.step()) {
            const QString sql = index.columnText(1);
            if (index.columnText(0) == QLatin1String("search_key_household") || setHere.match(sql).hasMatch())
                indexes.append({index.columnText(0), sql});
        }
        index.reset();
    }
    if (Status s = run(QStringLiteral("DELETE FROM search_key")); !s)
        return s;
    // One that cannot be dropped now (a statement of this connection still reading) is kept: the
    // pass is then only slower.
    for (const auto& [name, sql] : std::as_const(indexes)) {
        if (run(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            m_setAside.append(sql);
    }
    m_inPass = true;
    return Status::ok();
}

Status HouseholdSummary::endPass()
{
    m_inPass = false;
    if (Status s = insertHeldKeys(); !s)
        return s;
    const QStringList indexes = std::exchange(m_setAside, {});
    for (const QString& sql : indexes) {
        SqlStatement index(m_db, sql);
        if (!index.run())
            return Error{ChangeApplier::tr("The change could not be saved."), index.error()};
    }
    return Status::ok();
}

Status HouseholdSummary::insertHeldKeys()
{
    // In the table's own order (key, then rowid, as SQLite compares text: by its UTF-8 bytes).
    std::sort(m_heldKeys.begin(), m_heldKeys.end());
    for (const auto& [key, rowid] : m_heldKeys) {
        const auto columns = m_heldColumns.constFind(rowid);
        if (columns == m_heldColumns.cend())
            return Error{ChangeApplier::tr("The change could not be saved."), QStringLiteral("held key")};
        m_addHeldKey.bindTextInPlace(1, key)
            .bind(2, rowid)
            .bind(3, columns->villageSort)
            .bindValue(4, columns->village)
            .bind(5, columns->headSort);
        if (!m_addHeldKey.run())
            return Error{ChangeApplier::tr("The change could not be saved."), m_addHeldKey.error()};
    }
    m_heldKeys.clear();
    m_heldColumns.clear();
    return Status::ok();
}

} // namespace ff
