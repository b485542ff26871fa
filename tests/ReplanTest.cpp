// Re-planning a year in progress (docs/optimizer.md §2.1): the optimizer keeps the packs held
// at the start and the purchases of the months up to actualThrough, and buys only from the
// month after. Each case is checked against an exhaustive search scored by BillingEngine::run
// alone (tests/support/EngineBruteForce.h), which also keeps the fixed packs and searches only
// the open months, on both policies and both tier bases (R4).
//
// Sizes: the calls left to the open months cost less than 5,000 元 postpaid in every search
// below, so a plan with a 100,000 pack (5,000 元) or larger costs more than buying nothing
// more: only the 1,000 and 10,000 packs are searched.
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/io/PlanWording.h"
#include "model/optimizer/OptimizerRefusal.h"
#include "model/optimizer/PurchaseOptimizer.h"

#include "tests/support/Amounts.h"
#include "tests/support/EngineBruteForce.h"

#include <gtest/gtest.h>
#include <random>

using namespace ocp;
using ocp::test::catalog;
using ocp::test::yuan;

namespace {

using bruteforce::Checked;
using bruteforce::checkOnRealCatalog;
using bruteforce::idCards;
using bruteforce::kIdCard;
using bruteforce::kLicences;

Holding idCardHolding(qint64 size, qint64 remaining, YearMonth expires, qint64 count = 1) {
    return Holding{QStringLiteral("id-card"), size, remaining, expires, count};
}

// Every case on both tier bases and both policies; the plan keeps what was fixed.
void checkAll(Scenario s, const QStringList& packs, const QList<qint64>& sizes = {1000, 10'000}) {
    QList<Purchase> fixed;
    const int open = s.actualThrough ? s.start.monthsTo(*s.actualThrough) + 1 : 0;
    for (const Purchase& p : std::as_const(s.purchases)) {
        if (p.month < open)
            fixed.append(p);
    }
    for (TierBasis basis : {TierBasis::AllCalls, TierBasis::PostpaidCalls}) {
        s.settings.tierBasis = basis;
        for (PurchasePolicy policy : {PurchasePolicy::Start, PurchasePolicy::Any}) {
            SCOPED_TRACE(testing::Message() << "basis " << static_cast<int>(basis) << ", policy "
                                            << static_cast<int>(policy));
            checkOnRealCatalog(s, policy, packs, sizes);
            const OptimizedPlan plan = PurchaseOptimizer::optimize(catalog(), s, {policy, 3});
            EXPECT_EQ(plan.firstOpenMonth, open);
            EXPECT_EQ(plan.scenario.purchases.mid(0, fixed.size()), fixed) << "the fixed purchases come first, as made";
            EXPECT_EQ(plan.scenario.holdings, s.holdings);
            for (qsizetype i = fixed.size(); i < plan.scenario.purchases.size(); ++i) {
                const Purchase& p = plan.scenario.purchases.at(i);
                EXPECT_GE(p.month, open) << "bought in a month that has happened";
                if (policy == PurchasePolicy::Start) {
                    EXPECT_EQ(p.month, open) << "policy start buys in the first open month";
                }
            }
            // Every alternative is a whole-horizon plan: it bills as it says.
            for (const PackPlan& pp : plan.packs) {
                for (const PackAlternative& a : pp.alternatives) {
                    if (a.rank < 0)
                        continue;
                    Scenario t = s;
                    t.purchases.clear();
                    for (const PackPlan& other : plan.packs) {
                        if (other.pack != pp.pack)
                            t.purchases += other.purchases;
                    }
                    t.purchases += a.purchases;
                    const BillingResult r = BillingEngine::run(catalog(), t);
                    if (basis == TierBasis::AllCalls) { // on the other basis a pack's bill depends on its group
                        EXPECT_EQ(r.packs.at(pp.pack).total(), a.total()) << "alternative " << a.rank;
                    }
                }
            }
        }
    }
}

} // namespace

// A holding of 5,000 calls (a 10,000 pack) that covers January to March and then expires.
// Beyond the free quota (R1): 1,500, 2,000, 1,000, 3,000, 500, 2,500, 1,800, 900. The holding
// serves the first three months (4,500 calls) and loses 500 at the end of March (R2); the
// other 8,700 calls cost 1,305 元 postpaid at 0.15.
TEST(Replan, HoldingCoversTheFirstMonthsThenExpires) {
    Scenario s = idCards({2500, 3000, 2000, 4000, 1500, 3500, 2800, 1900});
    s.holdings.append(idCardHolding(10'000, 5000, YearMonth(2027, 3)));
    EXPECT_EQ(BillingEngine::run(catalog(), s).total(), yuan("1305"));
    checkAll(s, kIdCard);
}

// A holding expiring at start + 10 months (2027-11), the latest a pack bought before the start
// can be usable (R2), over 11 months. Beyond the free quota: 400, 600, 300, 800, 200, 900, 500,
// 700, 300, 800, 600 (6,100 calls). With 2,500 calls left it runs out in June; with 5,000 in
// October, so a pack bought earlier is drawn only after it (R3).
TEST(Replan, HoldingExpiringTenMonthsAfterTheStart) {
    Scenario s = idCards({1400, 1600, 1300, 1800, 1200, 1900, 1500, 1700, 1300, 1800, 1600});
    s.holdings.append(idCardHolding(10'000, 2500, YearMonth(2027, 11)));
    checkAll(s, kIdCard);
    s.holdings[0].remaining = 5000;
    checkAll(s, kIdCard);
}

// actualThrough 2027-03 with a 10,000 pack made in February and a holding: the optimizer keeps
// both and buys from April on. Beyond the free quota: 1,500, 2,000, 1,000, then 3,000, 500,
// 2,500, 1,800, 900. The holding serves 800 of January; the pack 2,000 + 1,000 in February and
// March, and its 7,000 left serve April to June and 1,000 of July: 800 + 900 calls are left
// to plan.
TEST(Replan, ActualMonthsWithAPurchaseAlreadyMade) {
    Scenario s = idCards({2500, 3000, 2000, 4000, 1500, 3500, 2800, 1900});
    s.holdings.append(idCardHolding(1000, 800, YearMonth(2027, 1)));
    s.actualThrough = YearMonth(2027, 3);
    s.purchases.append({1, QStringLiteral("id-card"), 10'000, 1});
    // A purchase of an open month is a forecast: the optimizer replaces it.
    s.purchases.append({5, QStringLiteral("id-card"), 10'000, 1});
    checkAll(s, kIdCard);
}

// Every month has happened: nothing can be bought, the plan is the fixed purchases and holdings.
// Beyond the free quota: 1,500, 2,000, 1,000, 3,000. The holding (800 calls, through January)
// serves 800 of January, the 1,000 pack made in January serves the other 700 and 300 of
// February; postpaid 1,700 + 1,000 + 3,000 = 5,700 calls at 0.15 = 855 元, plus 120 元 for the
// pack: 975 元.
TEST(Replan, ActualThroughTheLastMonthKeepsThePlanAsMade) {
    Scenario s = idCards({2500, 3000, 2000, 4000});
    s.holdings.append(idCardHolding(1000, 800, YearMonth(2027, 1)));
    s.actualThrough = YearMonth(2027, 4);
    s.purchases.append({0, QStringLiteral("id-card"), 1000, 1});
    for (PurchasePolicy policy : {PurchasePolicy::Start, PurchasePolicy::Any}) {
        const OptimizedPlan plan = PurchaseOptimizer::optimize(catalog(), s, {policy, 3});
        EXPECT_EQ(plan.total(), yuan("975"));
        EXPECT_EQ(plan.scenario.purchases, s.purchases);
        const PackPlan& pp = plan.packs.at(catalog().packIndex(QStringLiteral("id-card")));
        EXPECT_EQ(pp.purchases, s.purchases);
        ASSERT_EQ(pp.alternatives.size(), 1);
        EXPECT_EQ(pp.alternatives.at(0).total(), yuan("975"));
        EXPECT_TRUE(plan.isFixed(pp.purchases.at(0)));
    }
    checkAll(s, kIdCard);
}

// The driver's and vehicle licence packs share one postpaid group (R4). In March the two
// leave 6,000 + 5,000 = 11,000 calls beyond the free quotas and the held pack, above tier 1:
// on the postpaid-calls basis the packs are planned jointly (docs/optimizer.md §7).
// January has happened, with a 1,000 driver's licence pack bought in it; a vehicle licence
// pack with 2,000 calls left is held through February.
TEST(Replan, TwoPacksOfOneGroupPlannedJointly) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 3;
    s.volumes.insert(QStringLiteral("DriverLicenseOCR"), {3000, 1500, 7000});
    s.volumes.insert(QStringLiteral("VehicleLicenseOCR"), {2000, 3500, 6000});
    s.holdings.append(Holding{QStringLiteral("vehicle-license"), 10'000, 2000, YearMonth(2027, 2), 1});
    s.actualThrough = YearMonth(2027, 1);
    s.purchases.append({0, QStringLiteral("driver-license"), 1000, 1});
    checkAll(s, kLicences);
}

// Worked by hand: 25,000 ID-card calls a month in 2027 (24,000 beyond the free quota, R1),
// three months have happened, and a 100,000 pack was bought in January (5,000 元). It serves
// 24,000 a month from January, so 28,000 are left in April: all of April and 4,000 of May.
// Calls left: May 20,000, June to December 7 x 24,000 = 168,000; 188,000 in all, all within
// the validity of a pack bought in April (usable through 2028-03, R2). The tier is chosen by all 25,000 calls: 0.10 a postpaid call.
// Cheapest way to serve 188,000 calls: each covered call costs at least 0.05 (the 100,000 pack;
// the 1,000,000 pack alone costs 30,000 元) and each postpaid call 0.10. Two 100,000 packs
// (10,000 元) cover them all. With one, the other 88,000 calls cost at least 0.08 each (10,000
// packs) = 7,040 元: 12,040 in all; with none, 188,000 x 0.08 = 15,040. So 10,000 元 is the
// optimum under both policies, and the year costs 5,000 + 10,000 = 15,000 元 with nothing
// postpaid; 200,000 - 188,000 = 12,000 calls are left unused at the end.
TEST(Replan, WorkedByHandTwoMorePacksInApril) {
    Scenario s = idCards(QList<qint64>(12, 25'000));
    s.actualThrough = YearMonth(2027, 3);
    s.purchases.append({0, QStringLiteral("id-card"), 100'000, 1});
    for (PurchasePolicy policy : {PurchasePolicy::Start, PurchasePolicy::Any}) {
        const OptimizedPlan plan = PurchaseOptimizer::optimize(catalog(), s, {policy, 3});
        EXPECT_EQ(plan.total(), yuan("15000"));
        const PackPlan& pp = plan.packs.at(catalog().packIndex(QStringLiteral("id-card")));
        EXPECT_EQ(pp.packCost, yuan("15000"));
        EXPECT_EQ(pp.postpaidCost, Money());
        EXPECT_EQ(pp.expiredCalls, 12'000);
        ASSERT_GE(pp.purchases.size(), 2);
        EXPECT_EQ(pp.purchases.at(0), s.purchases.at(0));
        EXPECT_TRUE(plan.isFixed(pp.purchases.at(0)));
        qint64 bought = 0;
        for (qsizetype i = 1; i < pp.purchases.size(); ++i) {
            EXPECT_FALSE(plan.isFixed(pp.purchases.at(i)));
            bought += pp.purchases.at(i).size * pp.purchases.at(i).count;
        }
        EXPECT_EQ(bought, 200'000);
        if (policy == PurchasePolicy::Start) {
            EXPECT_EQ(pp.purchases.mid(1), (QList<Purchase>{{3, QStringLiteral("id-card"), 100'000, 2}}));
        }
    }
}

// With no holdings and no actualThrough nothing is fixed: the purchases in the scenario are
// replaced, as they always were.
TEST(Replan, NothingFixedWithoutAYearInProgress) {
    Scenario s = idCards(QList<qint64>(12, 25'000));
    s.purchases.append({0, QStringLiteral("id-card"), 1000, 1});
    const OptimizedPlan plan = PurchaseOptimizer::optimize(catalog(), s, {PurchasePolicy::Start, 0});
    EXPECT_EQ(plan.firstOpenMonth, 0);
    EXPECT_EQ(plan.total(), yuan("15000")); // W1: 3 x 100,000 in January
    EXPECT_EQ(plan.scenario.purchases, (QList<Purchase>{{0, QStringLiteral("id-card"), 100'000, 3}}));
}

// An actualThrough outside the horizon cannot be re-planned: refused in the user's terms.
TEST(Replan, ActualThroughOutsideTheHorizonIsRefusedInWords) {
    Scenario s = idCards({2500, 3000});
    s.actualThrough = YearMonth(2027, 5);
    try {
        PurchaseOptimizer::optimize(catalog(), s);
        FAIL() << "not refused";
    } catch (const OptimizerRefusal& e) {
        EXPECT_EQ(e.kind(), OptimizerRefusal::Kind::ActualMonthsOutsideHorizon);
        EXPECT_EQ(PlanWording::refusal(e),
                  QStringLiteral("actualThrough: 2027-05 is outside the scenario (2027-01 to 2027-02); the months "
                                 "that have happened must lie within the horizon for the rest to be planned"));
    }
}

// Cases nobody chose: random ID-card volumes (at most 4,000 calls a month over 6 months, so
// at most 18,000 calls beyond the free quota and 2,700 元 postpaid only: the 100,000 pack and
// larger never pay), a random holding, a random actualThrough and a pack bought in an actual
// month. Fixed seed, so a failure can be replayed.
TEST(Replan, RandomYearsInProgressAgainstExhaustiveSearch) {
    std::mt19937 random(20271203);
    auto between = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(random); };
    for (int round = 0; round < 60; ++round) {
        QList<qint64> volumes;
        for (int m = 0; m < 6; ++m)
            volumes.append(between(0, 40) * 100);
        Scenario s = idCards(volumes);
        if (between(0, 3) > 0) {
            const qint64 size = between(0, 1) ? 1000 : 10'000;
            s.holdings.append(idCardHolding(size, between(1, size / 100) * 100,
                                            YearMonth(2027, static_cast<int>(between(1, 11)))));
        }
        const auto through = static_cast<int>(between(-1, 5)); // -1: no month has happened
        if (through >= 0) {
            s.actualThrough = s.monthAt(through);
            if (between(0, 1))
                s.purchases.append({static_cast<int>(between(0, through)), QStringLiteral("id-card"),
                                    between(0, 1) ? 1000 : 10'000, between(1, 2)});
        }
        SCOPED_TRACE(testing::Message() << "round " << round);
        checkAll(s, kIdCard);
    }
}

// The licence pair (one postpaid group, two packs) with random volumes over 3 months, often
// above tier 1 together, a random held pack and a random actualThrough: on the postpaid-calls
// basis these go through the joint solvers (docs/optimizer.md §7) on the calls left.
// At most 7,000 calls a pack and month: 18,000 beyond the free quota per pack, 2,700 元
// postpaid only at most, so the 100,000 pack (5,000 元) and larger never pay.
TEST(Replan, RandomLicencePairsAgainstExhaustiveSearch) {
    std::mt19937 random(1203);
    auto between = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(random); };
    for (int round = 0; round < 8; ++round) {
        Scenario s;
        s.start = YearMonth(2027, 1);
        s.months = 3;
        for (const char* id : {"DriverLicenseOCR", "VehicleLicenseOCR"}) {
            QList<qint64> volumes;
            for (int m = 0; m < 3; ++m)
                volumes.append(between(5, 70) * 100);
            s.volumes.insert(QString::fromLatin1(id), volumes);
        }
        const QString held = between(0, 1) ? QStringLiteral("driver-license") : QStringLiteral("vehicle-license");
        s.holdings.append(Holding{held, 10'000, between(1, 50) * 100, YearMonth(2027, static_cast<int>(between(1, 3))), 1});
        const auto through = static_cast<int>(between(-1, 1));
        if (through >= 0) {
            s.actualThrough = s.monthAt(through);
            s.purchases.append({0, QStringLiteral("driver-license"), 1000, between(1, 3)});
        }
        SCOPED_TRACE(testing::Message() << "round " << round);
        checkAll(s, kLicences);
    }
}
