#include "model/billing/BillingResult.h"

namespace ocp {

void PackMonth::add(const PackMonth& other) {
    calls += other.calls;
    freeCalls += other.freeCalls;
    packCalls += other.packCalls;
    postpaidCalls += other.postpaidCalls;
    purchasedCalls += other.purchasedCalls;
    expiredCalls += other.expiredCalls;
    purchaseCost += other.purchaseCost;
    postpaidCost += other.postpaidCost;
    estimate = estimate || other.estimate;
}

void PackSummary::add(const PackSummary& part) {
    calls += part.calls;
    freeCalls += part.freeCalls;
    packCalls += part.packCalls;
    postpaidCalls += part.postpaidCalls;
    purchasedCalls += part.purchasedCalls;
    expiredCalls += part.expiredCalls;
    unusedAtEnd += part.unusedAtEnd;
    packCost += part.packCost;
    postpaidCost += part.postpaidCost;
    postpaidOnlyCost += part.postpaidOnlyCost;
    estimate = estimate || part.estimate;
}

void PackSummary::add(const PackMonth& month) {
    // A month counts as a summary of its own.
    add(PackSummary{.calls = month.calls,
                    .freeCalls = month.freeCalls,
                    .packCalls = month.packCalls,
                    .postpaidCalls = month.postpaidCalls,
                    .purchasedCalls = month.purchasedCalls,
                    .expiredCalls = month.expiredCalls,
                    .unusedAtEnd = 0, // the horizon's end is only known to the whole plan
                    .packCost = month.purchaseCost,
                    .postpaidCost = month.postpaidCost,
                    .postpaidOnlyCost = Money(), // compared once for the whole horizon
                    .estimate = month.estimate});
}

Money BillingResult::monthTotal(int month) const {
    Money sum;
    for (const QList<PackMonth>& pack : packMonths)
        sum += pack.at(month).total();
    return sum;
}

} // namespace ocp
