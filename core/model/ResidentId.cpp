// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ResidentId.h"

namespace ff {

namespace {
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheck[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

bool validProvince(int code)
{
    // Province-level codes of GB/T 2260, plus 71 Taiwan, 81 Hong Kong, 82 Macao, 83 (residence
    // permits for Taiwan residents), which appear on mainland documents too.
    static const int codes[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
                                44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    for (int c : codes) {
        if (c == code)
            return true;
    }
    return false;
}
} // namespace

QString ResidentId::normalize(const QString& id)
{
    // A Chinese input method in full-width mode types ０-９ and Ｘ (U+FF10-FF19, U+FF38/FF58);
    // search folds them, so entry does too rather than refuse a number that looks right.
    constexpr char16_t fullWidthZero = 0xFF10;
    constexpr char16_t fullWidthNine = 0xFF19;
    constexpr char16_t fullWidthUpperX = 0xFF38;
    constexpr char16_t fullWidthLowerX = 0xFF58;
    QString out;
    for (QChar c : id) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        if (u >= fullWidthZero && u <= fullWidthNine)
            out.append(QLatin1Char(char('0' + (u - fullWidthZero))));
        else if (c == QLatin1Char('x') || u == fullWidthUpperX || u == fullWidthLowerX)
            out.append(QLatin1Char('X'));
        else
            out.append(c);
    }
    return out;
}

QChar ResidentId::checkDigit(QStringView first17)
{
    if (first17.size() != 17)
        return QLatin1Char('?');
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QLatin1Char('?');
        sum += (c.unicode() - '0') * kWeights[i];
    }
    return QLatin1Char(kCheck[sum % 11]);
}

QDate ResidentId::birthDate(const QString& id)
{
    if (id.size() != 18)
        return {};
    return QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

QChar ResidentId::sex(const QString& id)
{
    if (id.size() != 18 || !id.at(16).isDigit())
        return {};
    return (id.at(16).unicode() - '0') % 2 == 1 ? QLatin1Char('M') : QLatin1Char('F');
}

ResidentId::Problem ResidentId::check(const QString& raw, QDate today)
{
    const QString id = normalize(raw);
    if (id.isEmpty())
        return Problem::Empty;
    if (id.size() != 18)
        return Problem::Length;
    for (int i = 0; i < 17; ++i) {
        if (!id.at(i).isDigit() || id.at(i).unicode() > '9')
            return Problem::Characters;
    }
    if (!(id.at(17).isDigit() && id.at(17).unicode() <= '9') && id.at(17) != QLatin1Char('X'))
        return Problem::Characters;
    if (!validProvince(id.left(2).toInt()))
        return Problem::Region;
    const QDate birth = birthDate(id);
    if (!birth.isValid() || birth.year() < 1880)
        return Problem::BirthDate;
    if (birth > today)
        return Problem::FutureBirthDate;
    if (checkDigit(QStringView(id).left(17)) != id.at(17))
        return Problem::CheckDigit;
    return Problem::None;
}

QString ResidentId::describe(Problem problem, const QString& id)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("The ID number is missing.");
    case Problem::Length:
        return tr("An ID number has 18 characters; this one has %1.").arg(normalize(id).size());
    case Problem::Characters:
        return tr("An ID number is 17 digits followed by a digit or X.");
    case Problem::Region:
        return tr("The ID number does not start with a valid region code.");
    case Problem::BirthDate:
        return tr("The birth date inside the ID number (digits 7 to 14) is not a real date.");
    case Problem::FutureBirthDate:
        return tr("The birth date inside the ID number is in the future.");
    case Problem::CheckDigit: {
        const QString n = normalize(id);
        return tr("The ID number does not add up: for these first 17 digits its last character would be %1, "
                  "not %2. Usually another digit is mistyped: compare all 18 with the ID card.")
            .arg(checkDigit(QStringView(n).left(17)))
            .arg(n.right(1));
    }
    }
    return {};
}

QString ResidentId::masked(const QString& id)
{
    const QString s = id.trimmed();
    if (s.size() <= 4)
        return QString(s.size(), QLatin1Char('*'));
    const qsizetype keepFront = s.size() >= 15 ? 6 : 0;
    QString out = s;
    for (qsizetype i = keepFront; i < s.size() - 4; ++i)
        out[i] = QLatin1Char('*');
    return out;
}

} // namespace ff
