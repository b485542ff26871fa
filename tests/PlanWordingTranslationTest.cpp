#include "model/io/PlanWording.h"

#include "model/billing/Purchase.h"
#include "model/billing/Scenario.h"
#include "model/billing/YearMonth.h"
#include "model/optimizer/OptimizerRefusal.h"

#include <QCoreApplication>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace ocp;

namespace {

Scenario from2027() {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 12;
    return s;
}

} // namespace

// The optimizer's figures are worded in the user's language: the translation the app embeds
// (ui/Language.cpp loads it from :/i18n) applies to the refusals and the purchase lists.
TEST(PlanWordingTranslation, RefusalsAndPurchaseListsComeOutInChinese) {
    OptimizerRefusal::Figures figures;
    figures.scenarios = {QStringLiteral("W1")};
    const OptimizerRefusal refusal(OptimizerRefusal::Kind::NegativeWeight, figures);
    const QList<Purchase> purchases = {{0, QStringLiteral("id-card"), 100'000, 3},
                                       {0, QStringLiteral("id-card"), 10'000, 2},
                                       {6, QStringLiteral("id-card"), 10'000, 1}};
    ASSERT_EQ(PlanWording::refusal(refusal), QStringLiteral("scenario W1 has a negative weight"));
    ASSERT_EQ(PlanWording::purchases(from2027(), purchases),
              QStringLiteral("3 × 100,000 + 2 × 10,000 in 2027-01; 1 × 10,000 in 2027-07"));

    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(":/i18n/ocr-cost-planner_zh_CN.qm")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&chinese));
    // As in resources/translations/ocr-cost-planner_zh_CN.ts (RobustPlanner, PurchaseOptimizer);
    // the numbers follow the locale, English in these tests.
    const QString worded = PlanWording::refusal(refusal);
    const QString message = PlanWording::message(refusal);
    const QString list = PlanWording::purchases(from2027(), purchases);
    const QString none = PlanWording::purchases(from2027(), {});
    Scenario inProgress = from2027();
    inProgress.actualThrough = YearMonth(2027, 3);
    const QString made = PlanWording::purchasesMarkingMade(inProgress, purchases);
    const QString madeOnly = PlanWording::purchasesMarkingMade(inProgress, purchases.mid(0, 2));
    OptimizerRefusal::Figures outside;
    outside.starts = {YearMonth(2027, 5), YearMonth(2027, 1), YearMonth(2027, 2)};
    const QString outsideWorded =
        PlanWording::refusal(OptimizerRefusal(OptimizerRefusal::Kind::ActualMonthsOutsideHorizon, outside));
    QCoreApplication::removeTranslator(&chinese);

    EXPECT_EQ(worded, QStringLiteral("情景 W1 的权重为负数"));
    EXPECT_EQ(message, worded);
    EXPECT_EQ(list, QStringLiteral("2027-01 购买 3 × 100,000 + 2 × 10,000; 2027-07 购买 1 × 10,000"));
    EXPECT_EQ(none, QStringLiteral("仅后付费"));
    EXPECT_EQ(made, QStringLiteral("2027-01 购买 3 × 100,000 + 2 × 10,000（已购）；2027-07 购买 1 × 10,000"));
    EXPECT_EQ(madeOnly, QStringLiteral("2027-01 购买 3 × 100,000 + 2 × 10,000（已购）；不再购买"));
    EXPECT_EQ(outsideWorded, QStringLiteral("actualThrough：2027-05 不在情景范围内（2027-01 至 2027-02）；"
                                            "已发生的月份须在规划期内，才能规划其余月份"));
    EXPECT_EQ(PlanWording::refusal(refusal), QStringLiteral("scenario W1 has a negative weight"))
        << "English again without the translator";
}
