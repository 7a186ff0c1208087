// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"

#include "core/model/ResidentId.h"

using ff::ResidentId;
using P = ResidentId::Problem;

namespace {
const QDate kToday(2026, 11, 22);
}

TEST_CASE("check digits of real-format ID numbers", "[validation][id]")
{
    // The two examples printed in GB 11643-1999 itself.
    CHECK(ResidentId::checkDigit(u"11010519491231002") == QLatin1Char('X'));
    CHECK(ResidentId::checkDigit(u"44052418800101001") == QLatin1Char('4'));
    CHECK(ResidentId::check(QStringLiteral("11010519491231002X"), kToday) == P::None);
    CHECK(ResidentId::check(QStringLiteral("11010519491231002x"), kToday) == P::None);
    CHECK(ResidentId::check(QStringLiteral("440524188001010014"), kToday) == P::None);
    CHECK(ResidentId::check(QStringLiteral("371321198503150017"), kToday) ==
          (ResidentId::checkDigit(u"37132119850315001") == QLatin1Char('7') ? P::None : P::CheckDigit));
}

TEST_CASE("wrong check digits are caught, with the expected digit in the message", "[validation][id]")
{
    CHECK(ResidentId::check(QStringLiteral("110105194912310021"), kToday) == P::CheckDigit);
    CHECK(ResidentId::check(QStringLiteral("440524188001010015"), kToday) == P::CheckDigit);
    // A single swapped pair of digits changes the check digit.
    CHECK(ResidentId::check(QStringLiteral("110105194912130024"), kToday) != P::None);
    const QString message = ResidentId::describe(P::CheckDigit, QStringLiteral("110105194912310021"));
    CHECK(message.contains(QLatin1Char('X')));
}

TEST_CASE("malformed ID numbers get a specific problem", "[validation][id]")
{
    CHECK(ResidentId::check(QString(), kToday) == P::Empty);
    CHECK(ResidentId::check(QStringLiteral("11010519491231002"), kToday) == P::Length);
    CHECK(ResidentId::check(QStringLiteral("1101051949123100212"), kToday) == P::Length);
    CHECK(ResidentId::check(QStringLiteral("11010519491231A02X"), kToday) == P::Characters);
    CHECK(ResidentId::check(QStringLiteral("11010519491231002Y"), kToday) == P::Characters);
    CHECK(ResidentId::check(QStringLiteral("990105194912310021"), kToday) == P::Region);
    CHECK(ResidentId::check(QStringLiteral("110105194902300021"), kToday) == P::BirthDate);
    // Birth date in the future of "today": 2030-01-01.
    const QString future17 = QStringLiteral("11010520300101002");
    CHECK(ResidentId::check(future17 + ResidentId::checkDigit(future17), kToday) == P::FutureBirthDate);
    for (P p :
         {P::Empty, P::Length, P::Characters, P::Region, P::BirthDate, P::FutureBirthDate, P::CheckDigit})
        CHECK_FALSE(ResidentId::describe(p, QStringLiteral("123")).isEmpty());
}

TEST_CASE("birth date and sex are read from the number", "[validation][id]")
{
    CHECK(ResidentId::birthDate(QStringLiteral("11010519491231002X")) == QDate(1949, 12, 31));
    CHECK(ResidentId::sex(QStringLiteral("11010519491231002X")) == QLatin1Char('F'));
    CHECK(ResidentId::sex(QStringLiteral("440524188001010014")) == QLatin1Char('M'));
    CHECK(ResidentId::normalize(QStringLiteral(" 1101 0519491231002x ")) ==
          QStringLiteral("11010519491231002X"));
}

TEST_CASE("full-width digits and X typed by a Chinese input method are folded to ASCII", "[validation][id]")
{
    const QString fullWidth = QStringLiteral("１１０１０５１９４９１２３１００２Ｘ");
    CHECK(ResidentId::normalize(fullWidth) == QStringLiteral("11010519491231002X"));
    CHECK(ResidentId::check(fullWidth, kToday) == P::None);
    CHECK(ResidentId::check(QStringLiteral("４４０５２４１８８００１０１００１４"), kToday) == P::None);
    // Mixed widths, a full-width lower-case x and an ideographic space.
    CHECK(ResidentId::check(QStringLiteral("110105\u3000１９４９1231002ｘ"), kToday) == P::None);
    CHECK(ResidentId::check(QStringLiteral("１１０１０５１９４９１２３１００２１"), kToday) == P::CheckDigit);
}

TEST_CASE("lists show a masked number: region and last four", "[validation][id]")
{
    CHECK(ResidentId::masked(QStringLiteral("11010519491231002X")) == QStringLiteral("110105********002X"));
    CHECK(ResidentId::masked(QStringLiteral(" 110105491231002 ")) == QStringLiteral("110105*****1002"));
    CHECK(ResidentId::masked(QStringLiteral("A1234567")) == QStringLiteral("****4567"));
    CHECK(ResidentId::masked(QStringLiteral("1234")) == QStringLiteral("****"));
    CHECK(ResidentId::masked(QString()).isEmpty());
}
