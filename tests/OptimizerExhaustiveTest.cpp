// The longer exhaustive searches of tests/OptimizerRealCatalogTest.cpp (minutes, not
// seconds): ctest label "exhaustive", run with `ctest --test-dir build/ci -L exhaustive`.
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/optimizer/PurchaseOptimizer.h"

#include "tests/support/EngineBruteForce.h"

#include <gtest/gtest.h>

using namespace ocp;

namespace {

using bruteforce::Checked;
using bruteforce::checkOnRealCatalog;
using bruteforce::idCards;
using bruteforce::kIdCard;
using bruteforce::kLicences;

} // namespace


// Purchases in any month over 13-18 months, so a pack bought early expires mid-horizon (R2:
// usable in its month and the 11 after it), on both tier bases (R4).
//
// Sizes: the monthly volumes are a few hundred to a few thousand calls, so the postpaid-only
// bill of each case is below 5,000 元 and a plan with a 100,000 pack (5,000 元) or larger
// costs more than buying nothing: only the 1,000 and 10,000 packs are searched. The count per
// month is bounded by tests/support/EngineBruteForce.h (a pack that can never be drawn is never optimal).
namespace {

QList<qint64> calls(std::initializer_list<qint64> list) {
    return QList<qint64>(list);
}

} // namespace

TEST(OptimizerRealCatalogExhaustive, AnyMonthIdCardsOverEighteenMonthsWithAQuietYear) {
    // Busy first months, a quiet stretch, busy again after the first year: packs bought in
    // the first months expire in month 12 whatever is left (R2).
    Scenario s = idCards(calls({3000, 900, 700, 800, 600, 2500, 900, 700, 800, 1000, 600, 900, 2800, 700, 900,
                                1600, 800, 2100}));
    for (TierBasis basis : {TierBasis::AllCalls, TierBasis::PostpaidCalls}) {
        s.settings.tierBasis = basis;
        checkOnRealCatalog(s, PurchasePolicy::Any, kIdCard, {1000, 10'000});
    }
}

// The driver's and vehicle licence packs are bought separately but billed postpaid in one
// group (R4): on the postpaid-calls basis each pack's purchases change the other's tier.
// In 2027-06 the two bring 10,300 calls, above tier 1 on the all-calls basis.
//
// At most six 1,000 packs of one pack per month are searched: seven of them (840 元) are
// dearer than one 10,000 pack (800 元) of the same month, which expires with them and holds
// more. More balance in a batch never leaves more calls postpaid in any month (the earliest-
// expiry-first deduction, R3, only draws later batches less), and here no month has more than
// 8,300 calls beyond the free quotas, so every postpaid call stays in tier 1 on the postpaid-
// calls basis and is priced by the month's total on the all-calls basis: fewer postpaid calls
// never cost more, and the swap never makes a plan dearer.
// Disabled: it did not finish within 12 CPU-minutes on a two-core machine; the search needs a
// tighter bound before it can run in CI. Run it by hand with
// exhaustive_tests --gtest_also_run_disabled_tests --gtest_filter='*TierTwoMonth'.
TEST(OptimizerRealCatalogExhaustive, DISABLED_AnyMonthLicencePairWithATierTwoMonth) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 13;
    s.volumes.insert(QStringLiteral("DriverLicenseOCR"),
                     calls({1800, 600, 900, 700, 900, 5600, 700, 800, 2500, 800, 900, 1000, 2200}));
    s.volumes.insert(QStringLiteral("VehicleLicenseOCR"),
                     calls({900, 1700, 500, 800, 600, 4700, 900, 600, 1200, 1000, 700, 1000, 1800}));
    Money previous;
    for (TierBasis basis : {TierBasis::AllCalls, TierBasis::PostpaidCalls}) {
        s.settings.tierBasis = basis;
        const Checked c = checkOnRealCatalog(s, PurchasePolicy::Any, kLicences, {1000, 10'000}, 6);
        EXPECT_NE(c.exhaustive, previous) << "the two bases price 2027-06 differently";
        previous = c.exhaustive;
    }
}

// The licence pair with volumes that keep the group in tier 1 (at most 4,400 calls a month).
TEST(OptimizerRealCatalogExhaustive, AnyMonthLicencePairOverThirteenMonths) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 13;
    s.volumes.insert(QStringLiteral("DriverLicenseOCR"),
                     calls({1800, 600, 900, 700, 2400, 900, 700, 800, 900, 800, 900, 1000, 2200}));
    s.volumes.insert(QStringLiteral("VehicleLicenseOCR"),
                     calls({900, 1700, 500, 800, 2000, 600, 900, 600, 1000, 1000, 700, 1000, 1800}));
    for (TierBasis basis : {TierBasis::AllCalls, TierBasis::PostpaidCalls}) {
        s.settings.tierBasis = basis;
        checkOnRealCatalog(s, PurchasePolicy::Any, kLicences, {1000, 10'000});
    }
}
