#pragma once

#include "model/billing/Money.h"
#include "model/billing/YearMonth.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace ocp {

// How figures and catalog names appear to the user: in the default QLocale, which the
// application sets from the chosen language. Parsing accepts what a user types in either
// language, because spreadsheets and habits differ from the display language.
class Display {
    Q_DECLARE_TR_FUNCTIONS(ocp::Display)

public:
    // True when catalog names should be shown in Chinese (the locale's language is Chinese).
    static bool chineseNames();
    // The Chinese or English name of a catalog entry, following chineseNames().
    static QString name(const QString& chinese, const QString& english);

    static QString calls(qint64 calls);
    static QString money(Money amount);
    // Money with the unit: "15,000.00 元".
    static QString yuan(Money amount);
    // A unit price shown exactly, with at least two decimals: "0.006", "0.15".
    static QString unitPrice(Money price);
    // The price of one call of a pack, exact to 10^-6 元: "0.0055".
    static QString perCallPrice(Money packPrice, qint64 calls);
    // Parts per million as a percentage: 950000 -> "95%", 955000 -> "95.5%".
    static QString percent(qint64 ppm);

    // Parses a count of calls as typed: digits with optional group separators (",", " ",
    // the locale's), full-width digits, and an optional multiplier suffix (k, m, 万, 亿) that
    // allows decimals as long as the result is a whole number ("1.5万" = 15000). An empty
    // text is 0. Returns nullopt and a reason on refusal.
    static std::optional<qint64> parseCalls(const QString& text, QString* error = nullptr);
    // Parses a plain decimal (up to six decimals, optional trailing '%') into millionths:
    // "1.15" -> 1150000, "5%" -> 5000000. Used for factors and percentages.
    static std::optional<qint64> parseDecimalMillionths(const QString& text, QString* error = nullptr);
    // Parses a price in 元 as typed (group separators and a trailing 元 allowed); refuses negatives.
    static std::optional<Money> parsePrice(const QString& text, QString* error = nullptr);
};

} // namespace ocp
