// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"

#include "core/records/PinyinTable.h"

using ff::PinyinTable;

TEST_CASE("every reading of a character is kept, the common one first", "[pinyin]")
{
    const QStringList zeng = PinyinTable::readings(U'曾');
    CHECK(zeng.first() == QStringLiteral("ceng"));
    CHECK(zeng.contains(QStringLiteral("zeng")));
    const QStringList shan = PinyinTable::readings(U'单');
    CHECK(shan.first() == QStringLiteral("dan"));
    CHECK(shan.contains(QStringLiteral("shan")));
    CHECK(shan.contains(QStringLiteral("chan")));
    CHECK(PinyinTable::readings(U'张') == QStringList{QStringLiteral("zhang")});
    CHECK(PinyinTable::readings(U'绿').contains(QStringLiteral("lv")));
    CHECK(PinyinTable::readings(U'a').isEmpty());
    CHECK(PinyinTable::readings(U'，').isEmpty());
}

TEST_CASE("characters outside the Basic Multilingual Plane", "[pinyin]")
{
    // U+20000 𠀀 (CJK Extension B) has the reading hē in Unihan.
    CHECK(PinyinTable::readings(char32_t(0x20000)).contains(QStringLiteral("he")));
    const QString name = QStringLiteral("王") + QString::fromUcs4(U"\U00020000", 1);
    CHECK(PinyinTable::initialsVariants(name).first() == QStringLiteral("wh"));
}

TEST_CASE("initials of names over every reading", "[pinyin]")
{
    CHECK(PinyinTable::initialsVariants(QStringLiteral("张伟")) == QStringList{QStringLiteral("zw")});
    const QStringList zengxiang = PinyinTable::initialsVariants(QStringLiteral("曾祥"));
    CHECK(zengxiang.first() == QStringLiteral("cx"));
    CHECK(zengxiang.contains(QStringLiteral("zx")));
    const QStringList shanlei = PinyinTable::initialsVariants(QStringLiteral("单雷"));
    CHECK(shanlei.contains(QStringLiteral("sl")));
    CHECK(shanlei.contains(QStringLiteral("dl")));
    CHECK(PinyinTable::initialsVariants(QStringLiteral("Li Na")) == QStringList{QStringLiteral("lina")});
    CHECK(PinyinTable::initialsVariants(QStringLiteral("")).isEmpty());
    CHECK(PinyinTable::initialsVariants(QStringLiteral("单单单单单单"), 10).size() == 10);
}

TEST_CASE("sort keys follow the most common reading", "[pinyin]")
{
    CHECK(PinyinTable::sortKey(QStringLiteral("张伟")) == QStringLiteral("zhang wei"));
    CHECK(PinyinTable::sortKey(QStringLiteral("安")) < PinyinTable::sortKey(QStringLiteral("白")));
    CHECK(PinyinTable::sortKey(QStringLiteral("Li 3")) == QStringLiteral("l i 3"));
}
