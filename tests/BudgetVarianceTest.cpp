// The approved budget (Plan::budget) in the plan file and its variance against a scenario
// (BudgetVariance). Every expected figure is worked out by hand in the comments, and the
// totals of other cases are checked against a separate simple simulation of R1-R4.
#include "model/billing/BudgetVariance.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/io/AutosaveStore.h"
#include "model/io/PlanFile.h"
#include "model/io/ScenarioFile.h"
#include "tests/support/Amounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::catalog;
using ocp::test::yuan;

namespace {

const QString kIdCard = QStringLiteral("id-card");

// ID card OCR from 2027-01, one volume per month.
Scenario idCards(const QList<qint64>& calls, YearMonth start = YearMonth(2027, 1)) {
    Scenario s;
    s.name = QStringLiteral("基准");
    s.start = start;
    s.months = static_cast<int>(calls.size());
    s.volumes.insert(QStringLiteral("IDCardOCR"), calls);
    return s;
}

Budget approved(const Scenario& s, bool withFigures = true) {
    Budget b;
    b.approvedOn = QDate(2026, 12, 15);
    b.scenario = s;
    if (withFigures)
        b.figures = BudgetFigures::of(catalog(), s);
    return b;
}

QString refusal(const QByteArray& json) {
    try {
        PlanFile::fromJson(json, catalog());
    } catch (const InputError& e) {
        return e.message();
    }
    return QStringLiteral("(accepted)");
}

// A plan file around `budget`, a JSON object text.
QByteArray planWithBudget(const char* budget) {
    return QByteArray(R"({"format": "ocr-cost-planner/plan", "version": 2, "scenarios": [)"
                      R"({"format": "ocr-cost-planner/scenario", "version": 1, "start": "2027-01", "months": 2,)"
                      R"( "volumes": {"IDCardOCR": 5000}}], "budget": )") +
           budget + "}";
}

const char* kBudgetScenario =
    R"({"format": "ocr-cost-planner/scenario", "version": 1, "start": "2027-01", "months": 2, "volumes": {"IDCardOCR": 5000}})";

} // namespace

// 25,000 calls a month with one 100,000 pack bought in January: January costs the pack
// (5,000 元), February to April nothing (24,000 calls a month come out of the pack).
TEST(BudgetFigures, ArePerMonthAndPackFromTheEngine) {
    Scenario s = idCards({25'000, 25'000, 25'000, 25'000});
    s.purchases.append({0, kIdCard, 100'000, 1});
    const BudgetFigures f = BudgetFigures::of(catalog(), s);
    EXPECT_EQ(f.total, yuan("5000"));
    ASSERT_EQ(f.months.size(), 4);
    EXPECT_EQ(f.months.at(0).month, YearMonth(2027, 1));
    EXPECT_EQ(f.months.at(0).total, yuan("5000"));
    EXPECT_EQ(f.months.at(0).packs.value(kIdCard), yuan("5000"));
    EXPECT_EQ(f.months.at(3).month, YearMonth(2027, 4));
    EXPECT_TRUE(f.months.at(3).packs.isEmpty());
}

TEST(BudgetPlanFile, RoundTripsAndIsVersion2) {
    Plan plan = Plan::single(idCards({25'000, 30'000}));
    const QByteArray v1 = PlanFile::toJson(plan);
    EXPECT_EQ(QJsonDocument::fromJson(v1).object().value(QStringLiteral("version")).toInt(), 1);
    EXPECT_FALSE(v1.contains("budget"));
    plan.budget = approved(idCards({25'000, 25'000}));
    const QByteArray v2 = PlanFile::toJson(plan);
    const QJsonObject root = QJsonDocument::fromJson(v2).object();
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 2);
    const QJsonObject budget = root.value(QStringLiteral("budget")).toObject();
    EXPECT_EQ(budget.value(QStringLiteral("approvedOn")).toString(), QStringLiteral("2026-12-15"));
    // 24,000 postpaid calls in a month of 25,000 (tier 2, 0.10 元): 2,400 元 a month.
    const QJsonObject figures = budget.value(QStringLiteral("figures")).toObject();
    EXPECT_EQ(figures.value(QStringLiteral("total")).toString(), QStringLiteral("4800.00"));
    const QJsonObject first = figures.value(QStringLiteral("months")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("month")).toString(), QStringLiteral("2027-01"));
    EXPECT_EQ(first.value(QStringLiteral("total")).toString(), QStringLiteral("2400.00"));
    EXPECT_EQ(first.value(QStringLiteral("packs")).toObject().value(kIdCard).toString(), QStringLiteral("2400.00"));
    EXPECT_EQ(PlanFile::fromJson(v2, catalog()), plan);
}

TEST(BudgetPlanFile, HoldingsOrActualThroughAlsoMakeVersion2) {
    Plan plan = Plan::single(idCards({25'000, 30'000}));
    plan.scenarios[0].actualThrough = YearMonth(2027, 1);
    EXPECT_EQ(PlanFile::versionFor(plan), 2);
    const Plan again = PlanFile::fromJson(PlanFile::toJson(plan), catalog());
    EXPECT_EQ(again, plan);
    plan.scenarios[0].actualThrough.reset();
    EXPECT_EQ(PlanFile::versionFor(plan), 1);
    plan.scenarios[0].holdings.append(Holding{kIdCard, 100'000, 50'000, YearMonth(2027, 6), 1});
    EXPECT_EQ(PlanFile::versionFor(plan), 2);
}

TEST(BudgetPlanFile, RefusesVersion3AsNewer) {
    const QString message = refusal(
        R"({"format": "ocr-cost-planner/plan", "version": 3, "scenarios": [{"format": "ocr-cost-planner/scenario", "version": 1, "start": "2027-01", "months": 1}]})");
    EXPECT_EQ(message, QStringLiteral("version: 3 is newer than this planner reads (2); update the planner"));
}

TEST(BudgetPlanFile, AScenarioOnlyBudgetGetsItsFiguresComputed) {
    const QByteArray json = planWithBudget(
        (QByteArray(R"({"approvedOn": "2026-12-01", "scenario": )") + kBudgetScenario + "}").constData());
    const Plan plan = PlanFile::fromJson(json, catalog());
    ASSERT_TRUE(plan.budget);
    EXPECT_FALSE(plan.budget->figures);
    // 5,000 calls: 4,000 postpaid at tier 1 (0.15 元) = 600 元 a month, 1,200 元 in all.
    EXPECT_EQ(plan.budget->figuresOr(catalog()).total, yuan("1200"));
    // Written back as it was read: no figures appear that the file did not have.
    EXPECT_FALSE(PlanFile::toJson(plan).contains("figures"));
}

TEST(BudgetPlanFile, StoredFiguresWinOverTheScenario) {
    // The scenario prices at 600 元 a month today; the approved figures said 500 and 550.
    const QByteArray json = planWithBudget(
        (QByteArray(R"({"approvedOn": "2026-12-01", "scenario": )") + kBudgetScenario +
         R"(, "figures": {"total": "1050.00", "months": [{"month": "2027-01", "total": "500", "packs": {"身份证识别": "500"}},
             {"month": "2027-02", "total": "550.00", "packs": {"id-card": "550.00"}}]}})")
            .constData());
    const Plan plan = PlanFile::fromJson(json, catalog());
    const BudgetVariance v = BudgetVariance::compute(catalog(), *plan.budget, plan.scenarios.at(0));
    EXPECT_EQ(v.budgetTotal, yuan("1050"));
    EXPECT_EQ(v.forecastTotal, yuan("1200"));
    EXPECT_EQ(v.variance(), yuan("150"));
    // The 150 元 is all restated prices: the same calls cost 100 + 50 元 more than approved.
    EXPECT_EQ(v.split.restatedPrices, yuan("150"));
    EXPECT_EQ(v.split.sum(), v.variance());
}

TEST(BudgetPlanFile, RefusalsNameTheField) {
    auto budget = [](const char* rest) {
        return planWithBudget((QByteArray(R"({"scenario": )") + kBudgetScenario + rest + "}").constData());
    };
    EXPECT_EQ(refusal(budget(R"(, "approvedOn": "2026-13-01")")),
              QStringLiteral("budget.approvedOn: \"2026-13-01\" is not a date in the form YYYY-MM-DD"));
    EXPECT_EQ(refusal(budget("")), QStringLiteral("budget.approvedOn: is required"));
    EXPECT_EQ(refusal(budget(R"(, "approvedOn": "2026-12-01", "figures": {"total": "10", "months": [
                  {"month": "2027-01", "total": "5", "packs": {"id-card": "5"}},
                  {"month": "2027-02", "total": "5", "packs": {"id-card": "5"}},
                  {"month": "2027-03", "total": "1", "packs": {"id-card": "0.5"}}]})")),
              QStringLiteral("budget.figures.months[2].total: 1.00 is not the sum of the month's packs (0.50)"));
    EXPECT_EQ(refusal(budget(R"(, "approvedOn": "2026-12-01", "figures": {"total": "11", "months": [
                  {"month": "2027-01", "total": "5", "packs": {"id-card": "5"}}]})")),
              QStringLiteral("budget.figures.total: 11.00 is not the sum of the months (5.00)"));
    EXPECT_EQ(refusal(budget(R"(, "approvedOn": "2026-12-01", "figures": {"total": "5", "months": [
                  {"month": "2027-01", "total": "5", "packs": {"passport": "5"}}]})")),
              QStringLiteral("budget.figures.months[0].packs.passport: \"passport\" is not a resource pack of the catalog"));
    EXPECT_EQ(refusal(budget(R"(, "approvedOn": "2026-12-01", "figures": {"total": "0", "months": [
                  {"month": "2027-02", "total": "0"}, {"month": "2027-01", "total": "0"}]})")),
              QStringLiteral("budget.figures.months[1].month: 2027-01 does not come after 2027-02: list the months once "
                             "each, in order"));
    EXPECT_EQ(refusal(budget(R"(, "approvedOn": "2026-12-01", "figures": {"total": "-1", "months": []})")).left(22),
              QStringLiteral("budget.figures.total: "));
    EXPECT_EQ(refusal(planWithBudget(R"({"approvedOn": "2026-12-01", "scenario": {"format": "ocr-cost-planner/scenario",
                  "version": 1, "start": "2027-01", "months": 0}})")),
              QStringLiteral("budget.scenario.months: 0 is out of range (1 to 60)"));
}

TEST(BudgetAutosave, KeepsTheBudgetAndWritesVersion2) {
    Plan plan = Plan::single(idCards({25'000, 30'000}));
    const QByteArray plain = AutosaveStore::toJson(plan, QString(), QStringLiteral("p"), QDateTime());
    EXPECT_EQ(QJsonDocument::fromJson(plain).object().value(QStringLiteral("version")).toInt(), 1);
    plan.budget = approved(idCards({25'000, 25'000}));
    const QByteArray json = AutosaveStore::toJson(plan, QString(), QStringLiteral("p"), QDateTime());
    EXPECT_EQ(QJsonDocument::fromJson(json).object().value(QStringLiteral("version")).toInt(), 2);
    EXPECT_EQ(AutosaveStore::fromJson(json, catalog()).plan, plan);
}

// Budget: 25,000 calls a month, one 100,000 pack in January (figures 5,000, 0, 0, 0).
// The year so far (actual through February): 25,000 and 40,000 calls; forecast 30,000 in March
// and April, with the same pack. The pack serves 24,000 + 39,000 + 29,000 calls, leaving 8,000
// for April: April has 30,000 − 1,000 free − 8,000 = 21,000 postpaid calls at tier 2 (30,000
// calls, 0.10 元) = 2,100 元.
TEST(BudgetVariance, ActualAndForecastAgainstTheBudgetWorkedByHand) {
    Scenario budgetScenario = idCards({25'000, 25'000, 25'000, 25'000});
    budgetScenario.purchases.append({0, kIdCard, 100'000, 1});
    Scenario now = idCards({25'000, 40'000, 30'000, 30'000});
    now.purchases.append({0, kIdCard, 100'000, 1});
    now.actualThrough = YearMonth(2027, 2);
    const BudgetVariance v = BudgetVariance::compute(catalog(), approved(budgetScenario), now);
    EXPECT_EQ(v.budgetTotal, yuan("5000"));
    EXPECT_EQ(v.actualTotal, yuan("5000"));
    EXPECT_EQ(v.forecastTotal, yuan("2100"));
    EXPECT_EQ(v.projectedTotal(), yuan("7100"));
    EXPECT_EQ(v.variance(), yuan("2100"));
    EXPECT_EQ(BudgetVariance::percentText(v.variance(), v.budgetTotal), QStringLiteral("42.0"));
    ASSERT_EQ(v.months.size(), 4);
    EXPECT_TRUE(v.months.at(1).actual);
    EXPECT_FALSE(v.months.at(2).actual);
    EXPECT_EQ(v.months.at(3).all.budget, Money());
    EXPECT_EQ(v.months.at(3).all.cost, yuan("2100"));
    EXPECT_EQ(BudgetVariance::percentText(v.months.at(3).all.variance(), Money()), QString());
    ASSERT_EQ(v.packs.size(), 1);
    EXPECT_EQ(v.packs.at(0).packId, kIdCard);
    EXPECT_EQ(v.packs.at(0).forecast, yuan("2100"));
    // April, at April's unit price 0.10 (the budget had no postpaid calls then):
    // volume 0.10 × (30,000 − 25,000) = 500; coverage −0.10 × ((1,000 + 8,000) − (1,000 +
    // 24,000)) = 1,600; tier price 0. February and March: the extra calls came out of the
    // pack, with no postpaid price on either side: 0.
    EXPECT_EQ(v.split.volume, yuan("500"));
    EXPECT_EQ(v.split.coverage, yuan("1600"));
    EXPECT_EQ(v.split.tierPrice, Money());
    EXPECT_EQ(v.split.packsBought, Money());
    EXPECT_EQ(v.split.restatedPrices, Money());
    EXPECT_EQ(v.split.sum(), v.variance());
}

// One month, no packs. Budget: 50,000 calls, 49,000 postpaid at tier 2 (0.10) = 4,900 元.
// Scenario: 150,000 calls, 149,000 postpaid at tier 3 (0.06) = 8,940 元; variance 4,040 元.
// volume = 0.10 × 100,000 = 10,000; tier price = (0.06 − 0.10) × 149,000 = −5,960.
TEST(BudgetVariance, SplitsVolumeFromTheTierPrice) {
    const BudgetVariance v = BudgetVariance::compute(catalog(), approved(idCards({50'000})), idCards({150'000}));
    EXPECT_EQ(v.variance(), yuan("4040"));
    EXPECT_EQ(v.split.volume, yuan("10000"));
    EXPECT_EQ(v.split.tierPrice, yuan("-5960"));
    EXPECT_EQ(v.split.coverage, Money());
    EXPECT_EQ(v.split.sum(), v.variance());
}

// 14 months with one 100,000 pack in January 2027 (5,000 元, 0.05 元 a call), usable through
// December. Budget: 5,000 calls a month, 4,000 a month from the pack: 48,000 used, 52,000
// expire in December (2,600 元). Scenario: 3,000 calls, 2,000 from the pack: 24,000 used,
// 76,000 expire (3,800 元). Calls expiring unused: +1,200 in December, packs bought −1,200.
// January and February 2028: 4,000 against 2,000 postpaid calls at 0.15 (tier 1):
// 600 against 300 a month, volume 0.15 × −2,000 = −300 each.
TEST(BudgetVariance, ShowsTheCostOfCallsExpiringUnused) {
    Scenario budgetScenario = idCards(QList<qint64>(14, 5'000));
    budgetScenario.purchases.append({0, kIdCard, 100'000, 1});
    Scenario now = idCards(QList<qint64>(14, 3'000));
    now.purchases.append({0, kIdCard, 100'000, 1});
    const BudgetVariance v = BudgetVariance::compute(catalog(), approved(budgetScenario), now);
    EXPECT_EQ(v.budgetTotal, yuan("6200"));
    EXPECT_EQ(v.forecastTotal, yuan("5600"));
    EXPECT_EQ(v.variance(), yuan("-600"));
    EXPECT_EQ(v.months.at(11).all.split.expiringUnused, yuan("1200"));
    EXPECT_EQ(v.months.at(11).all.split.packsBought, yuan("-1200"));
    EXPECT_EQ(v.split.expiringUnused, yuan("1200"));
    EXPECT_EQ(v.split.packsBought, yuan("-1200"));
    EXPECT_EQ(v.split.volume, yuan("-600"));
    EXPECT_EQ(v.split.sum(), v.variance());
}

// The budget runs 2027-01 to 2027-03, the scenario 2027-02 to 2027-05: months in one only count
// 0 on the other side. Budget: 600 元 a month (5,000 calls). Scenario: 600 元 a month too.
// January: budget 600, actual 0. April and May: budget 0, forecast 600.
TEST(BudgetVariance, AlignsHorizonsByCalendarMonth) {
    Scenario now = idCards({5'000, 5'000, 5'000, 5'000}, YearMonth(2027, 2));
    now.actualThrough = YearMonth(2027, 2);
    const BudgetVariance v = BudgetVariance::compute(catalog(), approved(idCards({5'000, 5'000, 5'000})), now);
    ASSERT_EQ(v.months.size(), 5);
    EXPECT_EQ(v.months.at(0).month, YearMonth(2027, 1));
    EXPECT_TRUE(v.months.at(0).actual);
    EXPECT_EQ(v.months.at(0).all.budget, yuan("600"));
    EXPECT_EQ(v.months.at(0).all.cost, Money());
    EXPECT_EQ(v.months.at(4).month, YearMonth(2027, 5));
    EXPECT_EQ(v.months.at(4).all.budget, Money());
    EXPECT_EQ(v.budgetTotal, yuan("1800"));
    EXPECT_EQ(v.actualTotal, yuan("600"));
    EXPECT_EQ(v.forecastTotal, yuan("1800"));
    EXPECT_EQ(v.variance(), yuan("600"));
    EXPECT_EQ(v.split.sum(), v.variance());
}

TEST(BudgetVariance, PercentRoundsHalfAwayFromZero) {
    EXPECT_EQ(BudgetVariance::percentText(yuan("1"), yuan("3")), QStringLiteral("33.3"));
    EXPECT_EQ(BudgetVariance::percentText(yuan("-1"), yuan("3")), QStringLiteral("-33.3"));
    EXPECT_EQ(BudgetVariance::percentText(yuan("0.0005"), yuan("1")), QStringLiteral("0.1"));
    EXPECT_EQ(BudgetVariance::percentText(yuan("-0.0005"), yuan("1")), QStringLiteral("-0.1"));
    EXPECT_EQ(BudgetVariance::percentText(yuan("2"), yuan("1")), QStringLiteral("200.0"));
}

namespace {

// An independent simulation of one ID-card pack family (R1-R4 only, written apart from the
// engine): 1,000 free calls a month, packs used earliest expiry first, lost after 12 months,
// the rest postpaid at the all-units tier of the month's calls (0.15 / 0.10 / 0.06 元).
// Returns the cost per calendar month in micro-yuan.
QMap<YearMonth, qint64> simulate(YearMonth start, const QList<qint64>& calls,
                                 const QList<std::pair<int, qint64>>& packs /* month, calls */) {
    struct Lot {
        int last;
        qint64 left;
    };
    QList<Lot> lots;
    QMap<YearMonth, qint64> cost;
    for (int m = 0; m < calls.size(); ++m) {
        qint64 micros = 0;
        for (const auto& [month, size] : packs) {
            if (month == m) {
                lots.append({m + 11, size});
                micros += size / 100'000 * 5'000'000'000LL; // 5,000 元 per 100,000 calls
            }
        }
        std::sort(lots.begin(), lots.end(), [](const Lot& a, const Lot& b) { return a.last < b.last; });
        qint64 need = std::max<qint64>(0, calls.at(m) - 1'000);
        for (Lot& lot : lots) {
            const qint64 take = std::min(need, lot.left);
            lot.left -= take;
            need -= take;
        }
        const qint64 price = calls.at(m) <= 10'000 ? 150'000 : calls.at(m) <= 100'000 ? 100'000 : 60'000;
        micros += need * price;
        lots.removeIf([m](const Lot& lot) { return lot.last == m; });
        cost.insert(start.addMonths(m), micros);
    }
    return cost;
}

} // namespace

// Cases not worked by hand: pseudo-random volumes and pack purchases, budget and scenario over
// different horizons, actual months; the totals must agree with the simulation to the fen.
TEST(BudgetVariance, TotalsAgreeWithAnIndependentSimulation) {
    quint64 seed = 20'270'101;
    auto next = [&seed](qint64 bound) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<qint64>((seed >> 33) % static_cast<quint64>(bound));
    };
    for (int round = 0; round < 40; ++round) {
        auto makeCase = [&](YearMonth start, int months, Scenario& s, QList<std::pair<int, qint64>>& packs) {
            QList<qint64> calls;
            for (int m = 0; m < months; ++m)
                calls.append(next(4) == 0 ? next(3'000) : next(160'000));
            s = idCards(calls, start);
            const int count = static_cast<int>(next(3));
            for (int i = 0; i < count; ++i) {
                const int month = static_cast<int>(next(months));
                const qint64 size = 100'000 * (1 + next(3));
                packs.append({month, size});
                s.purchases.append({month, kIdCard, 100'000, size / 100'000});
            }
        };
        Scenario budgetScenario;
        Scenario now;
        QList<std::pair<int, qint64>> budgetPacks;
        QList<std::pair<int, qint64>> nowPacks;
        makeCase(YearMonth(2027, 1), 1 + static_cast<int>(next(14)), budgetScenario, budgetPacks);
        makeCase(YearMonth(2027, 1).addMonths(static_cast<int>(next(4))), 1 + static_cast<int>(next(14)), now,
                 nowPacks);
        const int through = static_cast<int>(next(now.months + 1)) - 1;
        if (through >= 0)
            now.actualThrough = now.start.addMonths(through);

        const QMap<YearMonth, qint64> budgetCost =
            simulate(budgetScenario.start, budgetScenario.volumes.first(), budgetPacks);
        const QMap<YearMonth, qint64> nowCost = simulate(now.start, now.volumes.first(), nowPacks);
        qint64 budgetTotal = 0;
        qint64 actual = 0;
        qint64 forecast = 0;
        for (auto it = budgetCost.constBegin(); it != budgetCost.constEnd(); ++it)
            budgetTotal += it.value();
        for (auto it = nowCost.constBegin(); it != nowCost.constEnd(); ++it)
            (now.actualThrough && it.key() <= *now.actualThrough ? actual : forecast) += it.value();

        const BudgetVariance v = BudgetVariance::compute(catalog(), approved(budgetScenario, round % 2 == 0), now);
        SCOPED_TRACE(round);
        EXPECT_EQ(v.budgetTotal.toFenString(), Money::fromMicros(budgetTotal).toFenString());
        EXPECT_EQ(v.actualTotal.toFenString(), Money::fromMicros(actual).toFenString());
        EXPECT_EQ(v.forecastTotal.toFenString(), Money::fromMicros(forecast).toFenString());
        EXPECT_EQ(v.variance().toFenString(), Money::fromMicros(actual + forecast - budgetTotal).toFenString());
        EXPECT_EQ(v.split.sum(), v.variance());
        Money months;
        for (const VarianceMonth& m : v.months) {
            EXPECT_EQ(m.all.split.sum(), m.all.variance());
            months += m.all.variance();
        }
        EXPECT_EQ(months, v.variance());
    }
}
