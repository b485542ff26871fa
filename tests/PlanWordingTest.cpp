#include "model/io/PlanWording.h"

#include "model/billing/Catalog.h"
#include "model/billing/Plan.h"
#include "model/billing/Scenario.h"
#include "model/optimizer/OptimizerRefusal.h"
#include "model/optimizer/PurchaseOptimizer.h"
#include "model/optimizer/RobustPlanner.h"

#include <QLocale>
#include <gtest/gtest.h>

using namespace ocp;

namespace {

// The figures as an English-speaking user reads them, whatever the machine's locale.
class PlanWordingTest : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(m_previous); }

    static Scenario from2027() {
        Scenario s;
        s.start = YearMonth(2027, 1);
        s.months = 12;
        return s;
    }

private:
    QLocale m_previous;
};

Money yuan(const char* amount) {
    return *Money::parse(QString::fromLatin1(amount));
}

} // namespace

TEST_F(PlanWordingTest, PurchasesAreGroupedByMonthAsOrdersArePlaced) {
    const QList<Purchase> purchases{{0, QStringLiteral("id-card"), 100'000, 3},
                                    {0, QStringLiteral("id-card"), 10'000, 2},
                                    {6, QStringLiteral("id-card"), 10'000, 1}};
    EXPECT_EQ(PlanWording::purchases(from2027(), purchases),
              QStringLiteral("3 × 100,000 + 2 × 10,000 in 2027-01; 1 × 10,000 in 2027-07"));
    EXPECT_EQ(PlanWording::purchases(from2027(), {}), QStringLiteral("postpaid only"));
}

// A year in progress: the purchases of the months up to actualThrough come first, marked.
TEST_F(PlanWordingTest, PurchasesMadeAreMarkedWhenThereAreAny) {
    Scenario s = from2027();
    const QList<Purchase> purchases{{0, QStringLiteral("id-card"), 100'000, 1},
                                    {3, QStringLiteral("id-card"), 100'000, 2}};
    EXPECT_EQ(PlanWording::purchasesMarkingMade(s, purchases), PlanWording::purchases(s, purchases))
        << "no month has happened";
    s.actualThrough = YearMonth(2027, 3);
    EXPECT_EQ(PlanWording::purchasesMarkingMade(s, purchases),
              QStringLiteral("1 × 100,000 in 2027-01 (made); 2 × 100,000 in 2027-04"));
    EXPECT_EQ(PlanWording::purchasesMarkingMade(s, purchases.mid(0, 1)),
              QStringLiteral("1 × 100,000 in 2027-01 (made); nothing more"));
    EXPECT_EQ(PlanWording::purchasesMarkingMade(s, purchases.mid(1)), QStringLiteral("2 × 100,000 in 2027-04"));
}

TEST_F(PlanWordingTest, PackPurchasesListOnlyThatPack) {
    const QList<Purchase> purchases{{0, QStringLiteral("id-card"), 100'000, 3},
                                    {0, QStringLiteral("bank-card"), 10'000, 1},
                                    {6, QStringLiteral("id-card"), 10'000, 1}};
    EXPECT_EQ(PlanWording::packPurchases(from2027(), purchases, QStringLiteral("id-card")),
              QStringLiteral("3 × 100,000 in 2027-01; 1 × 10,000 in 2027-07"));
    EXPECT_EQ(PlanWording::packPurchases(from2027(), purchases, QStringLiteral("driver-license")),
              QStringLiteral("postpaid only"));
}

TEST_F(PlanWordingTest, EnglishPurchasesByPackNameThePacksAndTheMonth) {
    const Catalog& catalog = Catalog::defaultCatalog();
    const QList<Purchase> purchases{{0, QStringLiteral("id-card"), 100'000, 3},
                                    {0, QStringLiteral("id-card"), 10'000, 2}};
    const QString name = catalog.packs().at(catalog.packIndex(QStringLiteral("id-card"))).name;
    EXPECT_EQ(PlanWording::purchasesByPackInEnglish(catalog, YearMonth(2027, 1), purchases),
              name + QStringLiteral(" 3 × 100,000 + 2 × 10,000 in 2027-01"));
    EXPECT_EQ(PlanWording::purchasesByPackInEnglish(catalog, YearMonth(2027, 1), {}),
              QStringLiteral("postpaid only"));
}

TEST_F(PlanWordingTest, OrderSumsEachSizeWithPlainNumbers) {
    const Catalog& catalog = Catalog::defaultCatalog();
    Scenario s = from2027();
    s.purchases = {{0, QStringLiteral("id-card"), 100'000, 3},
                   {3, QStringLiteral("id-card"), 10'000, 2},
                   {6, QStringLiteral("id-card"), 100'000, 1}};
    const int pack = catalog.packIndex(QStringLiteral("id-card"));
    EXPECT_EQ(PlanWording::order(catalog, s, pack, -1), QStringLiteral("4 × 100000 + 2 × 10000"));
    EXPECT_EQ(PlanWording::order(catalog, s, pack, 3), QStringLiteral("2 × 10000"));
    EXPECT_EQ(PlanWording::order(catalog, s, pack, 1), QString());
}

// W1: three 100,000 packs in January cover a year of 25,000 ID-card calls a month.
TEST_F(PlanWordingTest, ExplanationTellsWhatThePacksCoverAndSave) {
    PackPlan plan;
    plan.purchases = {{0, QStringLiteral("id-card"), 100'000, 3}};
    plan.packCost = yuan("15000");
    plan.postpaidOnlyCost = yuan("28800");
    plan.expiredCalls = 12'000;
    plan.billableCalls = 288'000;
    plan.packCalls = 288'000;
    EXPECT_EQ(PlanWording::explanation(from2027(), plan),
              QStringLiteral("3 × 100,000 in 2027-01 covers 288,000 billable calls; 12,000 expire unused; "
                             "postpaid only would cost 28,800.00 元, this plan 15,000.00 元, saving "
                             "13,800.00 元."));

    plan.proven = false;
    EXPECT_TRUE(PlanWording::explanation(from2027(), plan).endsWith(QStringLiteral("not a proven optimum.)")));
}

TEST_F(PlanWordingTest, ExplanationOfPostpaidOnlyNamesTheCheapestPackPlan) {
    PackPlan plan;
    plan.billableCalls = 9'000;
    plan.postpaidCalls = 8'000;
    plan.postpaidCost = yuan("1200");
    plan.postpaidOnlyCost = yuan("1200");
    PackAlternative packs;
    packs.purchases = {{0, QStringLiteral("id-card"), 10'000, 1}};
    packs.packCost = yuan("1500");
    PackAlternative postpaid;
    postpaid.postpaidCost = yuan("1200");
    postpaid.postpaidOnly = true;
    plan.alternatives = {postpaid, packs};
    EXPECT_EQ(PlanWording::explanation(from2027(), plan),
              QStringLiteral("Postpaid only is cheapest: 8,000 billable calls beyond the free quota cost "
                             "1,200.00 元. The cheapest pack plan (1 × 10,000 in 2027-01) would cost 1,500.00 元."));
    plan.billableCalls = 0;
    EXPECT_EQ(PlanWording::explanation(from2027(), plan), QString()) << "a pack with no calls needs no reason";
}

TEST_F(PlanWordingTest, RefusalsTellTheFiguresAndWhatToDo) {
    OptimizerRefusal::Figures calls;
    calls.calls = 72'000'000;
    calls.limit = 60'000'000;
    const OptimizerRefusal tooMany(OptimizerRefusal::Kind::TooManyCallsInValidity, calls);
    EXPECT_EQ(PlanWording::refusal(tooMany),
              QStringLiteral("too many calls to find the cheapest packs exactly: about 72,000,000 calls fall "
                             "within a pack's validity, the planner weighs up to 60,000,000 for these pack "
                             "sizes. Check the volumes for a typo (an extra zero?) or plan fewer months"));
    OptimizerRefusal::Figures scenarios;
    scenarios.scenarios = {QStringLiteral("Base"), QStringLiteral("Late")};
    scenarios.starts = {YearMonth(2027, 1), YearMonth(2027, 4)};
    const OptimizerRefusal starts(OptimizerRefusal::Kind::DifferentStartMonths, scenarios);
    EXPECT_EQ(PlanWording::refusal(starts),
              QStringLiteral("scenario Base starts in 2027-01 and scenario Late in 2027-04; the plan for all "
                             "scenarios buys once, in the first month, so give every scenario the same start "
                             "month"));
    // Combination limits stay plain numbers, as they always were.
    OptimizerRefusal::Figures group;
    group.limit = 4'000'000;
    group.packs = {QStringLiteral("A"), QStringLiteral("B")};
    const OptimizerRefusal combinations(OptimizerRefusal::Kind::TooManyCombinations, group);
    EXPECT_TRUE(PlanWording::refusal(combinations).contains(QStringLiteral("A, B share one postpaid group and have "
                                                                           "more than 4000000 combinations")));
}

TEST_F(PlanWordingTest, MessageWordsRefusalsAndPassesOtherInputErrorsThrough) {
    Plan empty;
    try {
        RobustPlanner::plan(Catalog::defaultCatalog(), empty);
        FAIL() << "a plan without scenarios is refused";
    } catch (const InputError& e) {
        EXPECT_EQ(PlanWording::message(e), QStringLiteral("the plan has no scenario"));
    }
    EXPECT_EQ(PlanWording::message(InputError(QStringLiteral("months: 0 is out of range"))),
              QStringLiteral("months: 0 is out of range"));
}

TEST_F(PlanWordingTest, RobustGapIsSaidOnlyWhenTheSearchStoppedAtItsLimit) {
    RobustPlan plan;
    plan.method = RobustMethod::MinMaxRegret;
    RobustCandidate robust;
    robust.maxRegret = yuan("9000");
    plan.candidates.append(robust);
    plan.regretLowerBound = yuan("8750.5");
    plan.proven = true;
    EXPECT_TRUE(PlanWording::robustGap(plan).isEmpty());
    plan.proven = false;
    // 9,000.00 - 8,750.50 = 249.50 above the best possible.
    EXPECT_EQ(PlanWording::robustGap(plan),
              QStringLiteral("The search stopped at its effort limit before proving this plan the best: no "
                             "plan has a largest regret below 8,750.50 元, so this one is at most 249.50 元 "
                             "above the best possible."));
}
