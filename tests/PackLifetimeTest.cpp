// The run-out and expiry forecast (PackLifetime) of every line of packs held or bought,
// worked out by hand from the deduction rules (R1 free quota, R2 validity, R3 order).
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/PackLifetime.h"
#include "model/billing/Scenario.h"
#include "tests/support/Amounts.h"

#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::catalog;

namespace {

// 2027-01 .. 2027-12. ID card: 11,000 calls a month, 10,000 beyond the free 1,000 (R1).
// Bank card: 1,500 a month, 500 beyond the free 1,000.
//  - held: 2 ID card packs of 100,000 with 12,500 left each, usable through 2027-06;
//  - bought 2027-01: 1 bank card pack of 10,000, usable through 2027-12 (12 months, R2);
//  - bought 2027-07: 1 ID card pack of 100,000, usable through 2028-06.
Scenario threeLines() {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 12;
    s.volumes.insert(QStringLiteral("IDCardOCR"), QList<qint64>(12, 11'000));
    s.volumes.insert(QStringLiteral("BankCardOCR"), QList<qint64>(12, 1'500));
    s.holdings.append(Holding{QStringLiteral("id-card"), 100'000, 12'500, YearMonth(2027, 6), 2});
    s.purchases.append({0, QStringLiteral("bank-card"), 10'000, 1});
    s.purchases.append({6, QStringLiteral("id-card"), 100'000, 1});
    return s;
}

} // namespace

TEST(PackLifetime, RunsOutExpiresUnusedAndUnusedAtEnd) {
    const Scenario s = threeLines();
    const BillingResult r = BillingEngine::run(catalog(), s);
    const QList<PackLifetime> lines = PackLifetime::forecast(catalog(), s, r);
    ASSERT_EQ(lines.size(), 3);

    // Held: 2 x 12,500 = 25,000 calls. January 10,000 (first pack 12,500 -> 2,500), February
    // 10,000 (2,500 from the first, 7,500 from the second -> 5,000), March the last 5,000:
    // runs out in 2027-03.
    const PackLifetime& held = lines.at(0);
    EXPECT_EQ(held.holding, 0);
    EXPECT_EQ(held.purchase, -1);
    EXPECT_EQ(held.pack, catalog().packIndex(QStringLiteral("id-card")));
    EXPECT_EQ(held.calls, 25'000);
    EXPECT_EQ(held.used, 25'000);
    EXPECT_EQ(held.outcome, PackLifetime::Outcome::RunsOut);
    EXPECT_EQ(held.runsOut, YearMonth(2027, 3));
    EXPECT_EQ(held.expires, YearMonth(2027, 6));
    EXPECT_EQ(held.unused, 0);

    // Bank card bought 2027-01: 12 x 500 = 6,000 used, 10,000 - 6,000 = 4,000 lost at the
    // end of 2027-12, the last month of its year and of the plan.
    const PackLifetime& bank = lines.at(1);
    EXPECT_EQ(bank.purchase, 0);
    EXPECT_EQ(bank.bought, YearMonth(2027, 1));
    EXPECT_EQ(bank.calls, 10'000);
    EXPECT_EQ(bank.used, 6'000);
    EXPECT_EQ(bank.outcome, PackLifetime::Outcome::ExpiresUnused);
    EXPECT_EQ(bank.expires, YearMonth(2027, 12));
    EXPECT_EQ(bank.unused, 4'000);
    EXPECT_EQ(bank.eventMonth(s), YearMonth(2027, 12));
    EXPECT_EQ(r.packs.at(bank.pack).expiredCalls, 4'000);

    // ID card bought 2027-07: July .. December, 6 x 10,000 = 60,000 used; 40,000 are still
    // valid when the plan ends, usable through 2028-06.
    const PackLifetime& later = lines.at(2);
    EXPECT_EQ(later.purchase, 1);
    EXPECT_EQ(later.bought, YearMonth(2027, 7));
    EXPECT_EQ(later.calls, 100'000);
    EXPECT_EQ(later.used, 60'000);
    EXPECT_EQ(later.outcome, PackLifetime::Outcome::UnusedAtEnd);
    EXPECT_EQ(later.expires, YearMonth(2028, 6));
    EXPECT_EQ(later.unused, 40'000);
    EXPECT_EQ(r.packs.at(later.pack).unusedAtEnd, 40'000);
}

// A purchase of several packs is one line: 3 x 10,000 bank card calls bought 2027-02 serve
// 500 a month from February; 30,000 - 11 x 500 = 24,500 are unused when the 12-month plan
// ends (the packs are usable through 2028-01).
TEST(PackLifetime, PurchaseOfSeveralPacksIsOneLine) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 12;
    s.volumes.insert(QStringLiteral("BankCardOCR"), QList<qint64>(12, 1'500));
    s.purchases.append({1, QStringLiteral("bank-card"), 10'000, 3});
    const QList<PackLifetime> lines = PackLifetime::forecast(catalog(), s, BillingEngine::run(catalog(), s));
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.at(0).calls, 30'000);
    EXPECT_EQ(lines.at(0).used, 5'500);
    EXPECT_EQ(lines.at(0).outcome, PackLifetime::Outcome::UnusedAtEnd);
    EXPECT_EQ(lines.at(0).unused, 24'500);
    EXPECT_EQ(lines.at(0).expires, YearMonth(2028, 1));
}

// A held pack that expires with calls left: 50,000 left through 2027-02, 10,000 used in
// January and February each: 30,000 expire unused at the end of 2027-02 (R2). A second
// holding with nothing left "runs out" at the start.
TEST(PackLifetime, HeldPackExpiresUnusedAndAnEmptyOneRunsOutAtTheStart) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 6;
    s.volumes.insert(QStringLiteral("IDCardOCR"), QList<qint64>(6, 11'000));
    s.holdings.append(Holding{QStringLiteral("id-card"), 100'000, 50'000, YearMonth(2027, 2), 1});
    s.holdings.append(Holding{QStringLiteral("id-card"), 100'000, 0, YearMonth(2027, 5), 1});
    const QList<PackLifetime> lines = PackLifetime::forecast(catalog(), s, BillingEngine::run(catalog(), s));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0).outcome, PackLifetime::Outcome::ExpiresUnused);
    EXPECT_EQ(lines.at(0).used, 20'000);
    EXPECT_EQ(lines.at(0).unused, 30'000);
    EXPECT_EQ(lines.at(0).expires, YearMonth(2027, 2));
    EXPECT_EQ(lines.at(1).calls, 0);
    EXPECT_EQ(lines.at(1).outcome, PackLifetime::Outcome::RunsOut);
    EXPECT_EQ(lines.at(1).runsOut, YearMonth(2027, 1));
}

// Consistency with the engine's own totals on many generated scenarios: per pack, the lines'
// used calls are the calls served by packs, the calls expiring unused are the expired calls,
// and the calls unused at the end are the engine's unusedAtEnd (R2, R3). A line that runs out
// has used exactly its calls.
TEST(PackLifetime, AgreesWithTheEngineTotalsOnGeneratedScenarios) {
    quint32 seed = 12345;
    auto next = [&seed](quint32 bound) {
        seed = seed * 1664525u + 1013904223u; // a fixed sequence: the test is repeatable
        return (seed >> 8) % bound;
    };
    const QStringList apis = {QStringLiteral("IDCardOCR"), QStringLiteral("BankCardOCR")};
    const QStringList packs = {QStringLiteral("id-card"), QStringLiteral("bank-card")};
    const QList<qint64> sizes = {1'000, 10'000, 100'000};
    for (int round = 0; round < 200; ++round) {
        Scenario s;
        s.start = YearMonth(2027, 1);
        s.months = 1 + static_cast<int>(next(18));
        for (const QString& api : apis) {
            QList<qint64> v;
            for (int m = 0; m < s.months; ++m)
                v.append(next(30'000));
            s.volumes.insert(api, v);
        }
        for (quint32 h = next(3); h > 0; --h) {
            const qint64 size = sizes.at(next(3));
            s.holdings.append(Holding{packs.at(next(2)), size, static_cast<qint64>(next(static_cast<quint32>(size) + 1)),
                                      s.start.addMonths(static_cast<int>(next(11))), 1 + next(3)});
        }
        for (quint32 p = next(4); p > 0; --p)
            s.purchases.append({static_cast<int>(next(static_cast<quint32>(s.months))), packs.at(next(2)),
                                sizes.at(next(3)), 1 + next(3)});
        const BillingResult r = BillingEngine::run(catalog(), s);
        const QList<PackLifetime> lines = PackLifetime::forecast(catalog(), s, r);
        ASSERT_EQ(lines.size(), s.holdings.size() + s.purchases.size());
        for (const QString& id : packs) {
            const int pack = catalog().packIndex(id);
            qint64 used = 0;
            qint64 expired = 0;
            qint64 atEnd = 0;
            for (const PackLifetime& line : lines) {
                if (line.pack != pack)
                    continue;
                used += line.used;
                if (line.outcome == PackLifetime::Outcome::ExpiresUnused)
                    expired += line.unused;
                if (line.outcome == PackLifetime::Outcome::UnusedAtEnd)
                    atEnd += line.unused;
                if (line.outcome == PackLifetime::Outcome::RunsOut)
                    EXPECT_EQ(line.used, line.calls);
                else
                    EXPECT_EQ(line.used + line.unused, line.calls);
            }
            EXPECT_EQ(used, r.packs.at(pack).packCalls) << "round " << round;
            EXPECT_EQ(expired, r.packs.at(pack).expiredCalls) << "round " << round;
            EXPECT_EQ(atEnd, r.packs.at(pack).unusedAtEnd) << "round " << round;
        }
    }
}
