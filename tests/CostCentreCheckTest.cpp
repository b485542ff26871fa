#include "model/billing/Catalog.h"
#include "model/billing/CostCentreCheck.h"
#include "model/billing/InputError.h"
#include "model/billing/Scenario.h"

#include <gtest/gtest.h>

using namespace ocp;

namespace {

// 3 months of ID-card calls, split 60 / 40 between two departments.
Scenario threeMonths() {
    Scenario s;
    s.months = 3;
    s.volumes.insert(QStringLiteral("IDCardOCR"), {1000, 2000, 3000});
    CostCentreSplit split;
    split.shares.insert(QStringLiteral("销售部"), {600'000});
    split.shares.insert(QStringLiteral("风控部"), {400'000});
    s.costCentres.insert(QStringLiteral("IDCardOCR"), split);
    return s;
}

QString refusal(const Scenario& s) {
    try {
        checkCostCentres(Catalog::defaultCatalog(), s);
    } catch (const InputError& e) {
        return e.message();
    }
    return QStringLiteral("(accepted)");
}

CostCentreSplit& idCard(Scenario& s) { return s.costCentres[QStringLiteral("IDCardOCR")]; }

} // namespace

TEST(CostCentreCheck, AcceptsSharesPerMonthAndVolumes) {
    Scenario s = threeMonths();
    EXPECT_EQ(refusal(s), QStringLiteral("(accepted)"));
    // One share per month, changing in the last month.
    idCard(s).shares[QStringLiteral("销售部")] = {600'000, 600'000, 1'000'000};
    idCard(s).shares[QStringLiteral("风控部")] = {400'000, 400'000, 0};
    EXPECT_EQ(refusal(s), QStringLiteral("(accepted)"));
    // Volumes adding up to the interface's calls; keyed by the Chinese name.
    Scenario v = threeMonths();
    v.costCentres.clear();
    CostCentreSplit byCalls;
    byCalls.volumes.insert(QStringLiteral("A"), {400, 0, 3000});
    byCalls.volumes.insert(QStringLiteral("B"), {600, 2000, 0});
    v.costCentres.insert(QStringLiteral("身份证识别"), byCalls);
    EXPECT_EQ(refusal(v), QStringLiteral("(accepted)"));
}

TEST(CostCentreCheck, RefusesAnUnknownInterface) {
    Scenario s = threeMonths();
    const CostCentreSplit split = idCard(s);
    s.costCentres.insert(QStringLiteral("NoSuchOCR"), split);
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.NoSuchOCR: not an interface of the catalog"));
}

// 身份证识别 is IDCardOCR: two splits for one interface. Keys are in QMap order, so the
// Chinese name (after "I" by code point) is the second one met.
TEST(CostCentreCheck, RefusesAnInterfaceNamedTwice) {
    Scenario s = threeMonths();
    const CostCentreSplit same = idCard(s);
    s.costCentres.insert(QStringLiteral("身份证识别"), same);
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.身份证识别: the same interface as costCentres.IDCardOCR; give it "
                                         "one split"));
}

TEST(CostCentreCheck, RefusesBadCentreNames) {
    Scenario s = threeMonths();
    idCard(s).shares.insert(QStringLiteral("  "), {0});
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR: a cost centre has an empty name"));

    s = threeMonths();
    idCard(s).shares.insert(QStringLiteral(" 法务部"), {0});
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR. 法务部: the cost centre's name starts or ends with spaces"));

    s = threeMonths();
    idCard(s).shares.insert(QString(201, QLatin1Char('x')), {0});
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR.xxxxxxxxxxxxxxxxxxxx…: the cost centre's name has 201 "
                                         "characters, at most 200"));
    // 200 characters are fine.
    s = threeMonths();
    idCard(s).shares.insert(QString(200, QLatin1Char('x')), {0});
    EXPECT_EQ(refusal(s), QStringLiteral("(accepted)"));

    for (const QString& reserved : {QStringLiteral("Unallocated"), QStringLiteral("未分配")}) {
        s = threeMonths();
        idCard(s).shares.insert(reserved, {0});
        EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR.%1: is the name of the line for calls without a "
                                             "split; leave those calls out of the split instead")
                                  .arg(reserved));
    }
}

TEST(CostCentreCheck, RefusesTooManyCentres) {
    Scenario s = threeMonths();
    idCard(s).shares.clear();
    for (int i = 0; i < 101; ++i)
        idCard(s).shares.insert(QStringLiteral("C%1").arg(i), {i == 0 ? 1'000'000 : 0});
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR: 101 cost centres, at most 100"));
    idCard(s).shares.remove(QStringLiteral("C100"));
    EXPECT_EQ(refusal(s), QStringLiteral("(accepted)"));
}

TEST(CostCentreCheck, RefusesSharesAndVolumesTogether) {
    Scenario s = threeMonths();
    idCard(s).volumes.insert(QStringLiteral("销售部"), {1000, 2000, 3000});
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR: has both shares and volumes; use one of them"));
}

TEST(CostCentreCheck, RefusesShareRowsOfTheWrongSize) {
    Scenario s = threeMonths();
    idCard(s).shares[QStringLiteral("销售部")] = {600'000, 600'000};
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR.销售部: has 2 shares, expected 1 or 3 (one per month)"));
}

TEST(CostCentreCheck, RefusesSharesNotAddingUpToOne) {
    Scenario s = threeMonths();
    idCard(s).shares[QStringLiteral("风控部")] = {300'000};
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR: the shares add up to 0.9, not 1 (100 %)"));
    // Per month: month 2 adds up to 1.05.
    idCard(s).shares[QStringLiteral("风控部")] = {400'000, 400'000, 450'000};
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR[2]: the shares add up to 1.05, not 1 (100 %)"));
}

TEST(CostCentreCheck, RefusesNegativeValues) {
    Scenario s = threeMonths();
    idCard(s).shares[QStringLiteral("销售部")] = {1'100'000};
    idCard(s).shares[QStringLiteral("风控部")] = {-100'000};
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR.风控部: share -0.1 is negative"));
    idCard(s).shares[QStringLiteral("风控部")] = {400'000, -100'000, 400'000};
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR.风控部[1]: share -0.1 is negative"));

    s = threeMonths();
    idCard(s).shares.clear();
    idCard(s).volumes.insert(QStringLiteral("销售部"), {1000, 2001, 3000});
    idCard(s).volumes.insert(QStringLiteral("风控部"), {0, -1, 0});
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR.风控部[1]: -1 calls is negative"));
    // Beyond the bound that keeps sums of calls inside 64 bits (10^12 a month).
    idCard(s).volumes[QStringLiteral("风控部")] = {0, 1'000'000'000'001, 0};
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR.风控部[1]: 1000000000001 calls is more than "
                                         "1000000000000 a month"));
}

TEST(CostCentreCheck, RefusesVolumeRowsOfTheWrongSize) {
    Scenario s = threeMonths();
    idCard(s).shares.clear();
    idCard(s).volumes.insert(QStringLiteral("销售部"), {1000, 2000, 3000});
    idCard(s).volumes.insert(QStringLiteral("风控部"), {0});
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR.风控部: has 1 months of calls, expected 3"));
}

TEST(CostCentreCheck, RefusesVolumesNotAddingUpToTheInterfaceCalls) {
    Scenario s = threeMonths();
    idCard(s).shares.clear();
    idCard(s).volumes.insert(QStringLiteral("销售部"), {500, 1000, 3000});
    idCard(s).volumes.insert(QStringLiteral("风控部"), {500, 999, 0});
    // Month 1: 1000 + 999 = 1999, the interface has 2000.
    EXPECT_EQ(refusal(s), QStringLiteral("costCentres.IDCardOCR[1]: the cost centres' calls add up to 1999, but the "
                                         "interface has 2000"));
    // An interface without volumes has 0 calls each month.
    Scenario none = threeMonths();
    none.costCentres.clear();
    CostCentreSplit bank;
    bank.volumes.insert(QStringLiteral("A"), {0, 5, 0});
    none.costCentres.insert(QStringLiteral("BankCardOCR"), bank);
    EXPECT_EQ(refusal(none), QStringLiteral("costCentres.BankCardOCR[1]: the cost centres' calls add up to 5, but the "
                                            "interface has 0"));
}
