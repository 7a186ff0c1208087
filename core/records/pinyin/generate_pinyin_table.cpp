// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Build-time tool: reads Unihan_Readings.txt (decompressed, on stdin) and writes a C++ source file
// with every toneless pinyin reading of every Han character. See README.md beside this file.
//
//   bzip2 -dc Unihan_Readings.txt.bz2 | ff_generate_pinyin_table PinyinTableData.cpp

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::u32string decodeUtf8(const std::string& s)
{
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        char32_t cp = 0;
        int extra = 0;
        if (c < 0x80) {
            cp = c;
        } else if ((c >> 5) == 0x6) {
            cp = c & 0x1f;
            extra = 1;
        } else if ((c >> 4) == 0xe) {
            cp = c & 0x0f;
            extra = 2;
        } else {
            cp = c & 0x07;
            extra = 3;
        }
        ++i;
        for (int k = 0; k < extra && i < s.size(); ++k, ++i)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3f);
        out.push_back(cp);
    }
    return out;
}

/// One pinyin syllable with tone marks (e.g. "zēng", "lǘ") to plain lower-case ASCII ("zeng", "lv").
std::string toneless(const std::string& syllable)
{
    std::string out;
    for (char32_t cp : decodeUtf8(syllable)) {
        if (cp >= 0x300 && cp <= 0x36f) // combining marks (ê̄ is ê + U+0304)
            continue;
        char c = 0;
        switch (cp) {
        case U'ā':
        case U'á':
        case U'ǎ':
        case U'à':
            c = 'a';
            break;
        case U'ē':
        case U'é':
        case U'ě':
        case U'è':
        case U'ê':
        case U'ế':
        case U'ề':
            c = 'e';
            break;
        case U'ī':
        case U'í':
        case U'ǐ':
        case U'ì':
            c = 'i';
            break;
        case U'ō':
        case U'ó':
        case U'ǒ':
        case U'ò':
            c = 'o';
            break;
        case U'ū':
        case U'ú':
        case U'ǔ':
        case U'ù':
            c = 'u';
            break;
        case U'ǖ':
        case U'ǘ':
        case U'ǚ':
        case U'ǜ':
        case U'ü':
            c = 'v';
            break;
        case U'ń':
        case U'ň':
        case U'ǹ':
            c = 'n';
            break;
        case U'ḿ':
            c = 'm';
            break;
        default:
            if (cp >= U'a' && cp <= U'z')
                c = char(cp);
            else if (cp >= U'A' && cp <= U'Z')
                c = char(cp - U'A' + U'a');
            else
                return {}; // something unexpected: drop this reading rather than guess
        }
        out.push_back(c);
    }
    return out;
}

std::vector<std::string> split(const std::string& s, char sep)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(s);
    while (std::getline(in, part, sep)) {
        if (!part.empty())
            parts.push_back(part);
    }
    return parts;
}

/// Readings of one Unihan field value, most common first as the field lists them.
std::vector<std::string> readingsOf(const std::string& field, const std::string& value)
{
    std::vector<std::string> syllables;
    for (const std::string& entry : split(value, ' ')) {
        std::string text = entry;
        if (field == "kHanyuPinyin" || field == "kXHC1983" || field == "kTGHZ2013") {
            const size_t colon = text.find(':');
            if (colon == std::string::npos)
                continue;
            text = text.substr(colon + 1); // "21521.030:zēng,céng" → "zēng,céng"
        } else if (field == "kHanyuPinlu") {
            text = text.substr(0, text.find('(')); // "dān(603)" → "dān"
        }
        for (const std::string& s : split(text, ','))
            syllables.push_back(s);
    }
    std::vector<std::string> out;
    for (const std::string& s : syllables) {
        const std::string plain = toneless(s);
        if (!plain.empty())
            out.push_back(plain);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: ff_generate_pinyin_table OUTPUT.cpp < Unihan_Readings.txt\n";
        return 2;
    }
    // The order fields are consulted in: kMandarin holds the most common reading.
    const std::vector<std::string> fields = {"kMandarin", "kHanyuPinlu", "kXHC1983", "kTGHZ2013",
                                             "kHanyuPinyin"};
    std::map<uint32_t, std::map<std::string, std::vector<std::string>>> byChar;

    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.empty() || line[0] != 'U')
            continue;
        const std::vector<std::string> cols = split(line, '\t');
        if (cols.size() < 3 || std::find(fields.begin(), fields.end(), cols[1]) == fields.end())
            continue;
        const uint32_t cp = uint32_t(std::stoul(cols[0].substr(2), nullptr, 16));
        byChar[cp][cols[1]] = readingsOf(cols[1], cols[2]);
    }
    if (byChar.empty()) {
        std::cerr << "ff_generate_pinyin_table: no readings found on standard input\n";
        return 1;
    }

    std::string pool;
    std::vector<std::pair<uint32_t, uint32_t>> index;
    for (const auto& [cp, perField] : byChar) {
        std::vector<std::string> readings;
        for (const std::string& f : fields) {
            const auto it = perField.find(f);
            if (it == perField.end())
                continue;
            for (const std::string& r : it->second) {
                if (std::find(readings.begin(), readings.end(), r) == readings.end())
                    readings.push_back(r);
            }
        }
        if (readings.empty())
            continue;
        index.emplace_back(cp, uint32_t(pool.size()));
        for (size_t i = 0; i < readings.size(); ++i) {
            pool += readings[i];
            pool += i + 1 < readings.size() ? ',' : ';';
        }
    }

    std::ofstream out(argv[1], std::ios::binary);
    out << "// Generated by ff_generate_pinyin_table from Unihan_Readings.txt. Do not edit.\n"
        << "#include <cstdint>\n\nnamespace ff::pinyin_data {\n\n"
        << "extern const uint32_t kCount = " << index.size() << ";\n"
        << "// Code point and offset into kPool of its readings (',' between, ';' after the last).\n"
        << "extern const uint32_t kIndex[][2] = {\n";
    for (size_t i = 0; i < index.size(); ++i)
        out << "{0x" << std::hex << index[i].first << std::dec << ',' << index[i].second << "},"
            << ((i % 8 == 7) ? "\n" : "");
    out << "};\n\nextern const char kPool[] =\n";
    for (size_t i = 0; i < pool.size(); i += 100)
        out << '"' << pool.substr(i, 100) << "\"\n";
    out << ";\n\n} // namespace ff::pinyin_data\n";
    std::cerr << "pinyin table: " << index.size() << " characters, " << pool.size() << " bytes of readings\n";
    return out ? 0 : 1;
}
