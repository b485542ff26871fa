#pragma once

#include "model/billing/CostCentreSplit.h"
#include "model/billing/Holding.h"
#include "model/billing/PriceOverrides.h"
#include "model/billing/Purchase.h"
#include "model/billing/ScenarioSettings.h"
#include "model/billing/YearMonth.h"

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

#include <QtGlobal>

namespace ocp {

// What the user expects to happen: monthly calls per interface over a horizon, with the
// settings and the purchases to evaluate. Plain data keyed by catalog ids; ScenarioFile
// reads and writes it, and validates it against a catalog.
struct Scenario {
    static constexpr int kMaxMonths = 60;
    static constexpr qint64 kMaxMonthlyCalls = 1'000'000'000'000LL; // 10^12
    static constexpr qint64 kFullShare = 1'000'000; // billable share in parts per million
    // Bounds that keep every sum of calls inside 64 bits: 10,000 purchases of at most
    // 10^14 calls each.
    static constexpr qint64 kMaxPackCount = 1'000'000;
    static constexpr qint64 kMaxPurchaseCalls = 100'000'000'000'000LL; // 10^14
    static constexpr qsizetype kMaxPurchases = 10'000;
    // Packs held at the start, all holdings together: each is simulated on its own (R6).
    static constexpr qint64 kMaxHeldPacks = 1'000;
    // Cost centres one interface's calls may be split between.
    static constexpr qsizetype kMaxCostCentres = 100;

    QString name;
    YearMonth start{2027, 1};
    int months = 12;
    QMap<QString, QList<qint64>> volumes;  // interface id -> calls per month (size == months)
    QMap<QString, qint64> billableShare;   // interface id -> ppm; absent = 100% (R7)
    PriceOverrides overrides;
    ScenarioSettings settings;
    QList<Purchase> purchases;
    // Packs held at the start (bought before it): they serve calls first when they expire
    // first, and cost nothing here.
    QList<Holding> holdings;
    // The months up to and including this one have happened: their volumes are actual calls
    // and their purchases were made. Empty: every month is a forecast.
    std::optional<YearMonth> actualThrough;
    // Who uses the calls: interface id -> its split between cost centres. An interface not
    // listed goes to the Unallocated line (CostAllocation). Billing ignores it.
    QMap<QString, CostCentreSplit> costCentres;

    qint64 callsIn(const QString& interfaceId, int month) const {
        const auto it = volumes.constFind(interfaceId);
        return it == volumes.constEnd() ? 0 : it->value(month, 0);
    }
    qint64 shareOf(const QString& interfaceId) const { return billableShare.value(interfaceId, kFullShare); }
    YearMonth monthAt(int index) const { return start.addMonths(index); }

    friend bool operator==(const Scenario&, const Scenario&) = default;
};

} // namespace ocp
