#include "model/billing/CallApportion.h"
#include "model/billing/Catalog.h"
#include "model/billing/CostCentreCheck.h"
#include "model/billing/InputError.h"
#include "model/io/UsageImport.h"
#include "tests/support/Amounts.h"

#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::catalog;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(OCP_TEST_DATA "/usage/") + QLatin1String(name);
}

Scenario idCards(int months, qint64 calls) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = months;
    s.volumes.insert(QStringLiteral("IDCardOCR"), QList<qint64>(months, calls));
    return s;
}

} // namespace

TEST(CallApportion, LargestRemainderOnWholeCalls) {
    // 10,000 in 2:3:1 = 3333.33 / 5000 / 1666.67: floors 3333 + 5000 + 1666 = 9999, the
    // call left goes to the largest remainder (.67, the third part).
    EXPECT_EQ(apportionCalls(10'000, {1'000, 1'500, 500}), (QList<qint64>{3'333, 5'000, 1'667}));
    // A tie (.5 and .5) goes to the earlier part.
    EXPECT_EQ(apportionCalls(9'001, {3'000, 3'000}), (QList<qint64>{4'501, 4'500}));
    // No weight at all: evenly, the odd call to the first.
    EXPECT_EQ(apportionCalls(7, {0, 0}), (QList<qint64>{4, 3}));
    EXPECT_EQ(apportionCalls(5, {}), QList<qint64>{});
}

TEST(CostCentreImport, EnglishHeaderReadsCentresAndSkipsRowsWithoutOne) {
    const UsageHistory h = UsageImport::parseFile(fixture("cost-centres-en.csv"), catalog());
    EXPECT_EQ(h.rowsRead, 7);
    EXPECT_EQ(h.rowsUsed, 5);
    ASSERT_EQ(h.skipped.size(), 2);
    EXPECT_EQ(h.skipped.at(0).line, 7);
    EXPECT_EQ(h.skipped.at(0).reason, QStringLiteral("the cost centre cell is empty"));
    EXPECT_EQ(h.skipped.at(1).reason,
              QStringLiteral("\"Unallocated\" is the name of the line for calls without a cost centre"));
    // February: 1,000 + 1,500 + 500 = 3,000 (the two skipped rows are not counted).
    EXPECT_EQ(h.calls.value(QStringLiteral("IDCardOCR")).value(YearMonth(2027, 2)), 3'000);
    const auto feb = h.centreCalls.value(QStringLiteral("IDCardOCR")).value(YearMonth(2027, 2));
    EXPECT_EQ(feb, (QMap<QString, qint64>{{QStringLiteral("Legal"), 500},
                                          {QStringLiteral("Risk"), 1'500},
                                          {QStringLiteral("Sales"), 1'000}}));
}

TEST(CostCentreImport, ImportedMonthsExactOtherMonthsInTheLatestProportions) {
    UsageHistory h = UsageImport::parseFile(fixture("cost-centres-en.csv"), catalog());
    Scenario s = idCards(4, 10'000);
    EXPECT_EQ(UsageImport::applyTo(h, s), 2);
    // January and February as imported; March and April keep 10,000 calls, split 1000:1500:500
    // (February) = 3333.33 / 5000 / 1666.67 -> Sales 3,333, Risk 5,000, Legal 1,667 (largest remainder).
    EXPECT_EQ(s.volumes.value(QStringLiteral("IDCardOCR")), (QList<qint64>{10'000, 3'000, 10'000, 10'000}));
    const CostCentreSplit split = s.costCentres.value(QStringLiteral("IDCardOCR"));
    EXPECT_EQ(split.volumes.value(QStringLiteral("Sales")), (QList<qint64>{3'000, 1'000, 3'333, 3'333}));
    EXPECT_EQ(split.volumes.value(QStringLiteral("Risk")), (QList<qint64>{7'000, 1'500, 5'000, 5'000}));
    EXPECT_EQ(split.volumes.value(QStringLiteral("Legal")), (QList<qint64>{0, 500, 1'667, 1'667}));
    EXPECT_NO_THROW(checkCostCentres(catalog(), s));
}

TEST(CostCentreImport, ChineseHeaderDailyRowsAndTheTieRule) {
    UsageHistory h = UsageImport::parseFile(fixture("cost-centres-zh.csv"), catalog());
    EXPECT_TRUE(h.skipped.isEmpty());
    Scenario s = idCards(3, 9'001);
    EXPECT_EQ(UsageImport::applyTo(h, s), 1);
    // January: 销售部 2,000 + 1,000, 风控部 3,000. February and March: 9,001 in 1:1 = 4,500.5 each;
    // the tie goes to the earlier centre in name order (销 U+9500 before 风 U+98CE).
    const CostCentreSplit split = s.costCentres.value(QStringLiteral("IDCardOCR"));
    EXPECT_EQ(split.volumes.value(QStringLiteral("销售部")), (QList<qint64>{3'000, 4'501, 4'501}));
    EXPECT_EQ(split.volumes.value(QStringLiteral("风控部")), (QList<qint64>{3'000, 4'500, 4'500}));
    EXPECT_EQ(s.volumes.value(QStringLiteral("IDCardOCR")), (QList<qint64>{6'000, 9'001, 9'001}));
    EXPECT_NO_THROW(checkCostCentres(catalog(), s));
}

TEST(CostCentreImport, AFileWithoutCentresKeepsAVolumeSplitAddingUp) {
    // The scenario's split is 1:3 in January; the file sets January to 1,001 calls without
    // centres: 250.25 / 750.75 -> floors 250 + 750, the call left to the larger remainder (B).
    Scenario s = idCards(2, 1'000);
    s.costCentres[QStringLiteral("IDCardOCR")].volumes = {{QStringLiteral("A"), {250, 500}},
                                                          {QStringLiteral("B"), {750, 500}}};
    UsageHistory h = UsageImport::parse(QByteArray("month,interface,calls\n2027-01,IDCardOCR,1001\n"), catalog());
    EXPECT_FALSE(h.hasCostCentres());
    EXPECT_EQ(UsageImport::applyTo(h, s), 1);
    EXPECT_EQ(s.costCentres.value(QStringLiteral("IDCardOCR")).volumes.value(QStringLiteral("A")), (QList<qint64>{250, 500}));
    EXPECT_EQ(s.costCentres.value(QStringLiteral("IDCardOCR")).volumes.value(QStringLiteral("B")), (QList<qint64>{751, 500}));
    EXPECT_NO_THROW(checkCostCentres(catalog(), s));
}

TEST(CostCentreImport, OtherHeaderNamesAreFound) {
    for (const char* header : {"cost center", "department", "project", "成本中心", "项目"}) {
        const UsageHistory h = UsageImport::parse(
            QByteArray("month,interface,calls,") + header + "\n2027-01,IDCardOCR,5,X\n", catalog());
        EXPECT_EQ(h.centreCalls.value(QStringLiteral("IDCardOCR")).value(YearMonth(2027, 1)).value(QStringLiteral("X")), 5)
            << header;
    }
}
