#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <iosfwd>
#include <QtGlobal>
#include <optional>

class QLocale;

namespace ocp {

// 128-bit so that 10^12 calls a month at a 6-decimal price, summed over 60 months and
// 46 interfaces, cannot overflow.
__extension__ using Int128 = __int128;

// An exact amount of money in 元, held as an integer count of micro-yuan (10^-6 元).
// The catalog's smallest price is 0.006 元, so six decimals represent every published and
// negotiated price exactly; only display rounds (to the fen, 0.01 元).
class Money {
public:
    static constexpr int kDecimals = 6;
    static constexpr qint64 kMicrosPerYuan = 1'000'000;

    constexpr Money() = default;

    static constexpr Money fromMicros(Int128 micros) { return Money(micros); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(Int128(yuan) * kMicrosPerYuan); }

    // Parses a plain decimal such as "120", "0.006", "-3.5". Refuses exponents, separators,
    // more than six decimals and values beyond 10^12 元; on failure returns nullopt and, when
    // given, sets *error to a reason a user can act on.
    static std::optional<Money> parse(QStringView text, QString* error = nullptr);

    constexpr Int128 micros() const { return m_micros; }
    constexpr bool isZero() const { return m_micros == 0; }
    constexpr bool isNegative() const { return m_micros < 0; }

    constexpr Money operator+(Money other) const { return Money(m_micros + other.m_micros); }
    constexpr Money operator-(Money other) const { return Money(m_micros - other.m_micros); }
    constexpr Money operator-() const { return Money(-m_micros); }
    constexpr Money& operator+=(Money other) {
        m_micros += other.m_micros;
        return *this;
    }
    constexpr Money& operator-=(Money other) {
        m_micros -= other.m_micros;
        return *this;
    }
    // Price times a count of calls or packs: exact.
    constexpr Money operator*(qint64 count) const { return Money(m_micros * count); }

    constexpr auto operator<=>(const Money&) const = default;

    // Lets GoogleTest print amounts as decimals in failure messages (found by ADL).
    friend void PrintTo(const Money& money, std::ostream* os);

    // Exact decimal in 元 with at least two decimals: "15000.00", "1000.10", "0.006".
    // This is the form written to JSON and CSV.
    QString toDecimalString() const;
    // Rounded half away from zero to the fen, two decimals, no separators: "1234.57".
    QString toFenString() const;
    // Rounded to the fen with the locale's group and decimal separators: "15,000.00".
    QString toDisplayString(const QLocale& locale) const;
    // Rounded to the fen, in fen: the unit a display or chart works in.
    qint64 roundedFen() const;
    // Approximate value for charts only; never used in any computation.
    double toDoubleForDisplay() const;

private:
    constexpr explicit Money(Int128 micros) : m_micros(micros) {}
    Int128 m_micros = 0;
};

} // namespace ocp
