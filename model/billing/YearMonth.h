#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace ocp {

// A calendar month. The planner works in whole months: packs are bought on the 1st and
// bills settle monthly, so days never matter.
class YearMonth {
public:
    constexpr YearMonth() = default;
    constexpr YearMonth(int year, int month) : m_year(year), m_month(month) {}

    // "2027-03" only; returns nullopt for anything else.
    static std::optional<YearMonth> parse(QStringView text);

    constexpr int year() const { return m_year; }
    constexpr int month() const { return m_month; }
    constexpr bool isValid() const { return m_month >= 1 && m_month <= 12 && m_year >= 1900 && m_year <= 9999; }

    constexpr YearMonth addMonths(int months) const {
        const int index = m_year * 12 + (m_month - 1) + months;
        return YearMonth(index / 12, index % 12 + 1);
    }
    // Whole months from this month to other (other - this).
    constexpr int monthsTo(YearMonth other) const {
        return (other.m_year * 12 + other.m_month) - (m_year * 12 + m_month);
    }
    int daysInMonth() const;

    QString toString() const; // "2027-03"

    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads defaulted <=>
    constexpr auto operator<=>(const YearMonth&) const = default;

private:
    int m_year = 2000;
    int m_month = 1;
};

} // namespace ocp
