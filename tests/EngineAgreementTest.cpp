// The engine against a second, independent reading of the rules (tests/support/ReferenceBilling)
// on random scenarios with holdings, purchases, billable shares and both tier bases: every
// pack's total, every month's total, the postpaid and expired calls, and what each holding
// served must agree to the micro-yuan and the call. The cases are drawn from seeds; set
// OCP_AGREEMENT_SEED to draw a different set.
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/Scenario.h"
#include "tests/support/Amounts.h"
#include "tests/support/ReferenceBilling.h"

#include <QStringList>
#include <gtest/gtest.h>
#include <random>

using namespace ocp;
using ocp::test::catalog;

namespace {

// Interfaces of five packs, two of which (driving and vehicle licence) share a postpaid group.
const QStringList kInterfaces{QStringLiteral("IDCardOCR"), QStringLiteral("BankCardOCR"),
                              QStringLiteral("DriverLicenseOCR"), QStringLiteral("VehicleLicenseOCR"),
                              QStringLiteral("GeneralBasicOCR")};

class Draw {
public:
    explicit Draw(unsigned seed) : m_rng(seed) {}
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    qint64 upTo(qint64 n) { return std::uniform_int_distribution<qint64>(0, n)(m_rng); }

private:
    std::mt19937 m_rng;
};

// Monthly calls that cross the free quota, pack sizes and every postpaid tier.
qint64 drawCalls(Draw& d) {
    switch (d.below(5)) {
    case 0: return 0;
    case 1: return d.upTo(3'000);
    case 2: return d.upTo(40'000);
    case 3: return d.upTo(250'000);
    default: return d.upTo(3'000'000);
    }
}

Purchase drawPurchase(Draw& d, const QString& packId, int months) {
    const ResourcePack& pack = catalog().packs().at(catalog().packIndex(packId));
    return Purchase{d.below(months), packId, pack.sizes.at(d.below(4)).calls, 1 + d.below(3)};
}

Holding drawHolding(Draw& d, const Scenario& s, const QString& packId) {
    const ResourcePack& pack = catalog().packs().at(catalog().packIndex(packId));
    const qint64 size = pack.sizes.at(d.below(4)).calls;
    // Bought before the start: usable at most through start + 10 months (R2).
    return Holding{packId, size, d.upTo(size), s.start.addMonths(d.below(11)), 1 + d.below(3)};
}

Scenario drawScenario(unsigned seed) {
    Draw d(seed);
    Scenario s;
    s.start = YearMonth(2026 + d.below(3), 1 + d.below(12));
    s.months = 1 + d.below(24);
    s.settings.tierBasis = d.below(2) == 0 ? TierBasis::AllCalls : TierBasis::PostpaidCalls;
    QStringList packIds;
    for (const QString& api : kInterfaces) {
        if (d.below(2) == 0)
            continue;
        QList<qint64> calls;
        for (int m = 0; m < s.months; ++m)
            calls.append(drawCalls(d));
        s.volumes.insert(api, calls);
        if (d.below(4) == 0)
            s.billableShare.insert(api, 600'000 + d.upTo(400'000)); // R7
        packIds.append(catalog().packs().at(catalog().interfaces().at(catalog().interfaceIndex(api)).pack).id);
    }
    if (packIds.isEmpty())
        packIds.append(QStringLiteral("id-card")); // packs held or bought for calls never made
    for (int i = d.below(4); i > 0; --i)
        s.holdings.append(drawHolding(d, s, packIds.at(d.below(static_cast<int>(packIds.size())))));
    for (int i = d.below(5); i > 0; --i)
        s.purchases.append(drawPurchase(d, packIds.at(d.below(static_cast<int>(packIds.size()))), s.months));
    return s;
}

unsigned firstSeed() {
    const QByteArray env = qgetenv("OCP_AGREEMENT_SEED");
    return env.isEmpty() ? 20270101u : env.toUInt();
}

} // namespace

TEST(EngineAgreement, RandomScenariosWithHoldingsBillTheSameAsAnIndependentReading) {
    const unsigned first = firstSeed();
    int withHoldings = 0;
    int withExpiredHoldings = 0;
    for (unsigned seed = first; seed < first + 600; ++seed) {
        const Scenario s = drawScenario(seed);
        SCOPED_TRACE(testing::Message() << "seed " << seed);
        const BillingResult engine = BillingEngine::run(catalog(), s);
        const reference::Bill ref = reference::bill(catalog(), s);
        ASSERT_EQ(engine.total(), ref.total);
        for (int pack = 0; pack < engine.packs.size(); ++pack) {
            EXPECT_EQ(engine.packs.at(pack).total(), ref.packTotals.at(pack)) << "pack " << pack;
            EXPECT_EQ(engine.packs.at(pack).postpaidCalls, ref.packPostpaid.at(pack)) << "pack " << pack;
            EXPECT_EQ(engine.packs.at(pack).expiredCalls, ref.packExpired.at(pack)) << "pack " << pack;
        }
        for (int m = 0; m < s.months; ++m)
            EXPECT_EQ(engine.monthTotal(m), ref.monthTotals.at(m)) << "month " << m;
        ASSERT_EQ(engine.holdings.size(), ref.holdings.size());
        for (int h = 0; h < ref.holdings.size(); ++h) {
            EXPECT_EQ(engine.holdings.at(h).atStart, ref.holdings.at(h).atStart);
            EXPECT_EQ(engine.holdings.at(h).used, ref.holdings.at(h).used);
            EXPECT_EQ(engine.holdings.at(h).expired, ref.holdings.at(h).expired);
            EXPECT_EQ(engine.holdings.at(h).unusedAtEnd, ref.holdings.at(h).unusedAtEnd);
            withExpiredHoldings += ref.holdings.at(h).expired > 0 ? 1 : 0;
        }
        withHoldings += s.holdings.isEmpty() ? 0 : 1;
        if (testing::Test::HasFailure())
            return;
    }
    // The draw must exercise what it is for: many scenarios with holdings, some of them expiring.
    EXPECT_GT(withHoldings, 300);
    EXPECT_GT(withExpiredHoldings, 50);
}
