// Who pays for what: hand-worked cases whose every figure is derived in the comments, and
// random scenarios on which the centres must add up to the plan's total to the micro-yuan.
// The random cases are drawn from seeds; set OCP_ALLOCATION_SEED to draw a different set.
#include "model/billing/AccountingSchedule.h"
#include "model/billing/AccrualSchedule.h"
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/CostAllocation.h"
#include "model/billing/InputError.h"
#include "model/billing/Scenario.h"
#include "tests/support/Amounts.h"

#include <QStringList>
#include <gtest/gtest.h>
#include <random>

using namespace ocp;
using ocp::test::catalog;
using ocp::test::yuan;

namespace {

const QString kSales = QStringLiteral("销售部");
const QString kRisk = QStringLiteral("风控部");
const QString kLegal = QStringLiteral("法务部");

Money micros(qint64 m) { return Money::fromMicros(m); }

QList<qint64> monthsOf(int months, std::initializer_list<qint64> first) {
    QList<qint64> row(first);
    row.resize(months, 0);
    return row;
}

// Three departments and the Unallocated line over `months` months from 2027-01:
// - general-certificate pack (shared by PassportOCR, PermitOCR, ResidenceBookletOCR): one
//   10,000-call pack bought in month 0 for 800 元 (0.08 元 a call);
//   PassportOCR 2,000 / 5,000 calls in months 0 / 1, split 销售部 60 % / 风控部 40 %;
//   PermitOCR 1,000 / 3,000, entered as 法务部's volumes; ResidenceBookletOCR 1,000 / 1,000,
//   no split (-> Unallocated).
// - id-card pack: one 1,000-call pack bought in month 0 for 120 元 (0.12 元 a call);
//   IDCardOCR 1,500 calls in month 0, split 销售部 30 % / 法务部 70 %.
Scenario threeDepartments(int months) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = months;
    s.volumes.insert(QStringLiteral("PassportOCR"), monthsOf(months, {2000, 5000}));
    s.volumes.insert(QStringLiteral("PermitOCR"), monthsOf(months, {1000, 3000}));
    s.volumes.insert(QStringLiteral("ResidenceBookletOCR"), monthsOf(months, {1000, 1000}));
    s.volumes.insert(QStringLiteral("IDCardOCR"), monthsOf(months, {1500}));
    CostCentreSplit passport;
    passport.shares.insert(kSales, {600'000});
    passport.shares.insert(kRisk, {400'000});
    s.costCentres.insert(QStringLiteral("PassportOCR"), passport);
    CostCentreSplit permit;
    permit.volumes.insert(kLegal, monthsOf(months, {1000, 3000}));
    s.costCentres.insert(QStringLiteral("PermitOCR"), permit);
    CostCentreSplit idCard;
    idCard.shares.insert(kSales, {300'000});
    idCard.shares.insert(kLegal, {700'000});
    s.costCentres.insert(QStringLiteral("身份证识别"), idCard); // keyed by the Chinese name
    s.purchases.append({0, QStringLiteral("general-certificate"), 10'000, 1});
    s.purchases.append({0, QStringLiteral("id-card"), 1'000, 1});
    return s;
}

CostAllocation allocate(const Scenario& s, UnusedBalanceRule rule) {
    const BillingResult r = BillingEngine::run(catalog(), s);
    return CostAllocation::build(catalog(), s, r, rule);
}

QStringList namesOf(const CostAllocation& a) {
    QStringList names;
    for (const CentreAllocation& c : a.centres)
        names.append(c.name);
    return names;
}

} // namespace

// The engine's side of the case (12 months, AllCalls tier basis):
// certificate pack, month 0: 4,000 calls = 1,000 free + 3,000 from the pack (240 元).
//   month 1: 9,000 calls = 1,000 free + 7,000 from the pack (560 元; the pack is used up)
//   + 1,000 postpaid at tier 1 (9,000 calls <= 10,000): 0.15 -> 150 元.
// id-card pack, month 0: 1,500 calls = 1,000 free + 500 from the pack (60 元); its other 500
//   calls (60 元) expire at the end of month 11 (2027-12).
// Plan total: 800 + 120 + 150 = 1,070 元.
//
// Certificate, month 0, 240 元 by calls 2,000 : 1,000 : 1,000 -> 120 / 60 / 60;
//   Passport's 120 -> 销售部 72, 风控部 48; Permit's 60 -> 法务部; Residence's 60 -> Unallocated.
// Certificate, month 1, usage 560 元 by 5 : 3 : 1 in micro-yuan: 311,111,111.1 /
//   186,666,666.7 / 62,222,222.2 -> floors leave 1 micro-yuan, to the largest remainder
//   (Permit): 311,111,111 / 186,666,667 / 62,222,222. Passport's 311,111,111 in 60 : 40 =
//   186,666,666.6 / 124,444,444.4 -> 186,666,667 / 124,444,444.
//   Postpaid 150 元 by 5 : 3 : 1: 83,333,333.3 / 50,000,000 / 16,666,666.7 -> 83,333,333 /
//   50,000,000 / 16,666,667; Passport's 83,333,333 in 60 : 40 = 49,999,999.8 / 33,333,333.2 ->
//   50,000,000 / 33,333,333.
// ID card, month 0, 60 元 in 30 : 70 -> 销售部 18, 法务部 42; the 60 元 that expire go by that
//   use: 18 / 42, in month 11.
// Centre totals: 销售部 72 + 18 + 186.666667 + 50 + 18 = 344.666667
//                风控部 48 + 124.444444 + 33.333333 = 205.777777
//                法务部 60 + 42 + 186.666667 + 50 + 42 = 380.666667
//                Unallocated 60 + 62.222222 + 16.666667 = 138.888889; sum 1,070.
TEST(CostAllocation, ThreeDepartmentsSharePacksFreeQuotaPostpaidAndExpiry) {
    const Scenario s = threeDepartments(12);
    const BillingResult r = BillingEngine::run(catalog(), s);
    ASSERT_EQ(r.total(), yuan("1070"));
    const CostAllocation a = CostAllocation::build(catalog(), s, r, UnusedBalanceRule::ByUse);
    // Named centres in name order (QString order: 法 < 销 < 风 by code point), Unallocated last.
    EXPECT_EQ(namesOf(a), (QStringList{kLegal, kSales, kRisk, CostAllocation::kUnallocated}));
    EXPECT_EQ(a.total, yuan("1070"));
    const CentreAllocation& sales = *a.centre(kSales);
    const CentreAllocation& risk = *a.centre(kRisk);
    const CentreAllocation& legal = *a.centre(kLegal);
    const CentreAllocation& none = *a.centre(CostAllocation::kUnallocated);
    EXPECT_EQ(sales.total, yuan("344.666667"));
    EXPECT_EQ(risk.total, yuan("205.777777"));
    EXPECT_EQ(legal.total, yuan("380.666667"));
    EXPECT_EQ(none.total, yuan("138.888889"));

    const int cert = catalog().packIndex(QStringLiteral("general-certificate"));
    const int id = catalog().packIndex(QStringLiteral("id-card"));
    EXPECT_EQ(sales.packMonths.at(cert).at(0), (CentreCost{1200, yuan("72"), Money(), Money()}));
    EXPECT_EQ(sales.packMonths.at(cert).at(1), (CentreCost{3000, micros(186'666'667), yuan("50"), Money()}));
    EXPECT_EQ(risk.packMonths.at(cert).at(1), (CentreCost{2000, micros(124'444'444), micros(33'333'333), Money()}));
    EXPECT_EQ(legal.packMonths.at(cert).at(1), (CentreCost{3000, micros(186'666'667), yuan("50"), Money()}));
    EXPECT_EQ(none.packMonths.at(cert).at(1), (CentreCost{1000, micros(62'222'222), micros(16'666'667), Money()}));
    // ID card: 1,500 calls in 30 : 70 -> 450 / 1,050.
    EXPECT_EQ(sales.packMonths.at(id).at(0), (CentreCost{450, yuan("18"), Money(), Money()}));
    EXPECT_EQ(legal.packMonths.at(id).at(0), (CentreCost{1050, yuan("42"), Money(), Money()}));
    EXPECT_EQ(sales.packMonths.at(id).at(11), (CentreCost{0, Money(), Money(), yuan("18")}));
    EXPECT_EQ(legal.packMonths.at(id).at(11), (CentreCost{0, Money(), Money(), yuan("42")}));
    EXPECT_EQ(none.packMonths.at(id).at(11), CentreCost{});
    // Months are the packs added up: 销售部 month 0 = 72 + 18, 1,200 + 450 calls.
    EXPECT_EQ(sales.months.at(0), (CentreCost{1650, yuan("90"), Money(), Money()}));
    EXPECT_EQ(sales.packTotal(id), yuan("36"));
    EXPECT_EQ(sales.balanceAtEnd, Money());
    // The use of each purchase: the weights of the ByUse rule.
    EXPECT_EQ(a.purchaseUse.at(0), (QMap<QString, Money>{{kSales, yuan("72") + micros(186'666'667)},
                                                         {kRisk, yuan("48") + micros(124'444'444)},
                                                         {kLegal, yuan("60") + micros(186'666'667)},
                                                         {CostAllocation::kUnallocated, yuan("60") + micros(62'222'222)}}));
    EXPECT_EQ(a.purchaseUse.at(1), (QMap<QString, Money>{{kSales, yuan("18")}, {kLegal, yuan("42")}}));
}

// The same plan with the Unallocated rule: the 60 元 that expire leave 销售部 (-18) and 法务部
// (-42) for the Unallocated line: 326.666667, 205.777777, 338.666667, 198.888889.
TEST(CostAllocation, UnallocatedRuleSendsExpiredBalanceToTheCentralLine) {
    const CostAllocation a = allocate(threeDepartments(12), UnusedBalanceRule::Unallocated);
    EXPECT_EQ(a.centre(kSales)->total, yuan("326.666667"));
    EXPECT_EQ(a.centre(kRisk)->total, yuan("205.777777"));
    EXPECT_EQ(a.centre(kLegal)->total, yuan("338.666667"));
    EXPECT_EQ(a.centre(CostAllocation::kUnallocated)->total, yuan("198.888889"));
    const int id = catalog().packIndex(QStringLiteral("id-card"));
    EXPECT_EQ(a.centre(CostAllocation::kUnallocated)->packMonths.at(id).at(11).expired, yuan("60"));
}

// A 6-month horizon: the id-card pack (valid through month 11) still holds 500 calls (60 元)
// at the end; they are balanceAtEnd, by use (18 / 42) or on the Unallocated line.
TEST(CostAllocation, BalanceValidAfterTheHorizonFollowsTheRule) {
    const CostAllocation byUse = allocate(threeDepartments(6), UnusedBalanceRule::ByUse);
    EXPECT_EQ(byUse.centre(kSales)->balanceAtEnd, yuan("18"));
    EXPECT_EQ(byUse.centre(kLegal)->balanceAtEnd, yuan("42"));
    EXPECT_EQ(byUse.centre(kRisk)->balanceAtEnd, Money());
    EXPECT_EQ(byUse.centre(kSales)->total, yuan("344.666667")); // the same 18 元, now as a balance
    const CostAllocation central = allocate(threeDepartments(6), UnusedBalanceRule::Unallocated);
    EXPECT_EQ(central.centre(CostAllocation::kUnallocated)->balanceAtEnd, yuan("60"));
    EXPECT_EQ(central.centre(kSales)->balanceAtEnd, Money());
}

// A purchase nobody used: its whole price expires, and with no use to follow even the ByUse
// rule sends it to the Unallocated line. 1 x 1,000 bank-card calls bought in month 0 (120 元)
// over a year of 500 calls a month (all free, R1): the 120 元 expire in month 11.
TEST(CostAllocation, UnusedPurchaseGoesToTheUnallocatedLine) {
    Scenario s;
    s.months = 12;
    s.volumes.insert(QStringLiteral("BankCardOCR"), QList<qint64>(12, 500));
    CostCentreSplit split;
    split.shares.insert(kSales, {1'000'000});
    s.costCentres.insert(QStringLiteral("BankCardOCR"), split);
    s.purchases.append({0, QStringLiteral("bank-card"), 1'000, 1});
    const CostAllocation a = allocate(s, UnusedBalanceRule::ByUse);
    EXPECT_EQ(namesOf(a), (QStringList{kSales, CostAllocation::kUnallocated}));
    EXPECT_EQ(a.centre(kSales)->total, Money());
    EXPECT_EQ(a.centre(kSales)->months.at(3).calls, 500);
    const int bank = catalog().packIndex(QStringLiteral("bank-card"));
    EXPECT_EQ(a.centre(CostAllocation::kUnallocated)->packMonths.at(bank).at(11).expired, yuan("120"));
    EXPECT_TRUE(a.purchaseUse.at(0).isEmpty());
}

// Shares that change by month, a month where a volumes split has no calls, and R7: the
// weights are billable calls rounded per interface like the engine. TextDetect and QrcodeOCR
// share image-text-basic; 3,000 calls of each in month 0 and 1, TextDetect billed at 50 %:
// 1,500 billable. 4,500 calls, 1,000 free, 3,500 postpaid at 0.01 (tier 1) = 35 元 a month.
// Month 0: 35 by 1,500 : 3,000 -> TextDetect 11.666667 (11,666,666.7 -> +1 micro-yuan:
//   remainder .7 beats .3), QrcodeOCR 23.333333. TextDetect's shares in month 0 are A 100 %;
//   in month 1 B 100 %. QrcodeOCR has no split -> Unallocated.
TEST(CostAllocation, MonthlySharesAndBillableShareDecideTheWeights) {
    Scenario s;
    s.months = 2;
    s.volumes.insert(QStringLiteral("TextDetect"), {3000, 3000});
    s.volumes.insert(QStringLiteral("QrcodeOCR"), {3000, 3000});
    s.billableShare.insert(QStringLiteral("TextDetect"), 500'000);
    CostCentreSplit split;
    split.shares.insert(QStringLiteral("A"), {1'000'000, 0});
    split.shares.insert(QStringLiteral("B"), {0, 1'000'000});
    s.costCentres.insert(QStringLiteral("TextDetect"), split);
    const CostAllocation a = allocate(s, UnusedBalanceRule::ByUse);
    EXPECT_EQ(a.total, yuan("70"));
    EXPECT_EQ(a.centre(QStringLiteral("A"))->months.at(0), (CentreCost{1500, Money(), micros(11'666'667), Money()}));
    EXPECT_EQ(a.centre(QStringLiteral("A"))->months.at(1), CentreCost{});
    EXPECT_EQ(a.centre(QStringLiteral("B"))->months.at(1), (CentreCost{1500, Money(), micros(11'666'667), Money()}));
    EXPECT_EQ(a.centre(CostAllocation::kUnallocated)->total, micros(46'666'666));
}

TEST(CostAllocation, RefusesABadSplit) {
    Scenario s = threeDepartments(12);
    s.costCentres[QStringLiteral("PassportOCR")].shares[kRisk] = {300'000};
    EXPECT_THROW(allocate(s, UnusedBalanceRule::ByUse), InputError);
}

namespace {

// Interfaces of four packs, three of them shared by several interfaces.
const QStringList kInterfaces{QStringLiteral("PassportOCR"), QStringLiteral("PermitOCR"),
                              QStringLiteral("EstateCertOCR"), QStringLiteral("QrcodeOCR"),
                              QStringLiteral("TextDetect"), QStringLiteral("CarInvoiceOCR"),
                              QStringLiteral("FinanBillOCR"), QStringLiteral("IDCardOCR")};
const QStringList kCentres{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};

class Draw {
public:
    explicit Draw(unsigned seed) : m_rng(seed) {}
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    qint64 upTo(qint64 n) { return std::uniform_int_distribution<qint64>(0, n)(m_rng); }

private:
    std::mt19937 m_rng;
};

qint64 drawCalls(Draw& d, bool quiet = false) {
    if (quiet) // small volumes, so that bought packs are left to expire
        return d.below(3) == 0 ? 0 : d.upTo(4'000);
    switch (d.below(5)) {
    case 0: return 0;
    case 1: return d.upTo(3'000);
    case 2: return d.upTo(40'000);
    case 3: return d.upTo(250'000);
    default: return d.upTo(2'000'000);
    }
}

// Shares of `count` centres adding up to kFullShare.
QList<qint64> drawShares(Draw& d, int count) {
    QList<qint64> shares;
    qint64 left = Scenario::kFullShare;
    for (int i = 0; i + 1 < count; ++i) {
        const qint64 s = d.upTo(left);
        shares.append(s);
        left -= s;
    }
    shares.append(left);
    return shares;
}

CostCentreSplit drawSplit(Draw& d, QList<qint64>& calls, int months, bool quiet) {
    CostCentreSplit split;
    const int count = 1 + d.below(static_cast<int>(kCentres.size()));
    QStringList centres = kCentres;
    std::shuffle(centres.begin(), centres.end(), std::mt19937(static_cast<unsigned>(d.below(1000))));
    centres = centres.mid(0, count);
    switch (d.below(3)) {
    case 0: { // one share for every month
        const QList<qint64> shares = drawShares(d, count);
        for (int c = 0; c < count; ++c)
            split.shares.insert(centres.at(c), {shares.at(c)});
        break;
    }
    case 1: { // a share per month
        for (int m = 0; m < months; ++m) {
            const QList<qint64> shares = drawShares(d, count);
            for (int c = 0; c < count; ++c)
                split.shares[centres.at(c)].append(shares.at(c));
        }
        break;
    }
    default: // volumes per centre; the interface's calls are their sum
        for (int m = 0; m < months; ++m) {
            calls[m] = 0;
            for (int c = 0; c < count; ++c) {
                const qint64 v = d.below(4) == 0 ? 0 : drawCalls(d, quiet) / count;
                split.volumes[centres.at(c)].append(v);
                calls[m] += v;
            }
        }
    }
    return split;
}

Scenario drawScenario(unsigned seed) {
    Draw d(seed);
    Scenario s;
    s.start = YearMonth(2026 + d.below(3), 1 + d.below(12));
    s.months = 1 + d.below(30);
    s.settings.tierBasis = d.below(2) == 0 ? TierBasis::AllCalls : TierBasis::PostpaidCalls;
    const bool quiet = d.below(2) == 0;
    QStringList packIds;
    for (const QString& api : kInterfaces) {
        if (d.below(4) == 0)
            continue;
        QList<qint64> calls;
        for (int m = 0; m < s.months; ++m)
            calls.append(drawCalls(d, quiet));
        if (d.below(4) != 0)
            s.costCentres.insert(api, drawSplit(d, calls, s.months, quiet));
        s.volumes.insert(api, calls);
        if (d.below(4) == 0)
            s.billableShare.insert(api, 600'000 + d.upTo(400'000)); // R7
        packIds.append(catalog().packs().at(catalog().interfaces().at(catalog().interfaceIndex(api)).pack).id);
    }
    if (packIds.isEmpty())
        packIds.append(QStringLiteral("id-card"));
    for (int i = d.below(3); i > 0; --i) {
        const QString packId = packIds.at(d.below(static_cast<int>(packIds.size())));
        const ResourcePack& pack = catalog().packs().at(catalog().packIndex(packId));
        const qint64 size = pack.sizes.at(d.below(4)).calls;
        s.holdings.append(Holding{packId, size, d.upTo(size), s.start.addMonths(d.below(11)), 1 + d.below(3)});
    }
    for (int i = d.below(6); i > 0; --i) {
        const QString packId = packIds.at(d.below(static_cast<int>(packIds.size())));
        const ResourcePack& pack = catalog().packs().at(catalog().packIndex(packId));
        // Mostly early, so that many expire inside the horizon (R2).
        const int month = d.below(2) == 0 ? d.below(s.months) : d.below(std::max(1, s.months - 12));
        s.purchases.append(Purchase{month, packId, pack.sizes.at(d.below(4)).calls, 1 + d.below(3)});
    }
    return s;
}

unsigned firstSeed() {
    const QByteArray env = qgetenv("OCP_ALLOCATION_SEED");
    return env.isEmpty() ? 20271401u : env.toUInt();
}

} // namespace

// On random plans the centres add up to the plan exactly: in total, per month (to the
// accrual view of the month), per pack-month calls, and per purchase use; and the ledger
// schedule of both methods adds up to the plan with a balanced journal.
TEST(CostAllocation, RandomPlansAddUpExactly) {
    const unsigned first = firstSeed();
    int withExpiry = 0;
    int withBalanceAtEnd = 0;
    int withSplits = 0;
    for (unsigned seed = first; seed < first + 300; ++seed) {
        const Scenario s = drawScenario(seed);
        SCOPED_TRACE(testing::Message() << "seed " << seed);
        const BillingResult r = BillingEngine::run(catalog(), s);
        const AccrualSchedule accrual = AccrualSchedule::build(catalog(), s, r);
        const UnusedBalanceRule rule = seed % 2 == 0 ? UnusedBalanceRule::ByUse : UnusedBalanceRule::Unallocated;
        const CostAllocation a = CostAllocation::build(catalog(), s, r, rule);
        Money total;
        Money balance;
        for (const CentreAllocation& c : a.centres) {
            Money own = c.balanceAtEnd;
            for (const CentreCost& m : c.months)
                own += m.total();
            EXPECT_EQ(c.total, own) << c.name.toStdString();
            total += c.total;
            balance += c.balanceAtEnd;
        }
        ASSERT_EQ(total, r.total());
        EXPECT_EQ(a.total, r.total());
        EXPECT_EQ(balance, accrual.prepaidAtEnd);
        for (int m = 0; m < s.months; ++m) {
            CentreCost month;
            for (const CentreAllocation& c : a.centres)
                month.add(c.months.at(m));
            EXPECT_EQ(month.packUsage, accrual.months.at(m).packUsage) << "month " << m;
            EXPECT_EQ(month.expired, accrual.months.at(m).expiryLoss) << "month " << m;
            EXPECT_EQ(month.postpaid, accrual.months.at(m).postpaid) << "month " << m;
            for (int p = 0; p < r.packMonths.size(); ++p) {
                qint64 calls = 0;
                for (const CentreAllocation& c : a.centres)
                    calls += c.packMonths.at(p).at(m).calls;
                EXPECT_EQ(calls, r.packMonths.at(p).at(m).calls) << "pack " << p << " month " << m;
            }
        }
        for (int i = 0; i < s.purchases.size(); ++i) {
            Money used;
            for (const Money& v : a.purchaseUse.at(i))
                used += v;
            Money accrued;
            for (const Money& v : accrual.purchases.at(i).usage)
                accrued += v;
            EXPECT_EQ(used, accrued) << "purchase " << i;
            // The accrual's breakdown closes each purchase: usage + expired + left == price.
            const PurchaseAccrual& pa = accrual.purchases.at(i);
            EXPECT_EQ(accrued + pa.expired + pa.leftAtEnd, pa.price) << "purchase " << i;
        }
        // Only the Unallocated rule or an unused purchase puts unused balance on the central line.
        if (rule == UnusedBalanceRule::ByUse) {
            Money unusedNobodyUsed;
            for (int i = 0; i < s.purchases.size(); ++i) {
                if (a.purchaseUse.at(i).isEmpty())
                    unusedNobodyUsed += accrual.purchases.at(i).expired + accrual.purchases.at(i).leftAtEnd;
            }
            Money centralUnused;
            if (const CentreAllocation* none = a.centre(CostAllocation::kUnallocated)) {
                centralUnused = none->balanceAtEnd;
                for (const CentreCost& m : none->months)
                    centralUnused += m.expired;
            }
            if (s.costCentres.isEmpty())
                EXPECT_EQ(centralUnused, accrual.prepaidAtEnd + [&] {
                    Money e;
                    for (const AccrualMonth& m : accrual.months)
                        e += m.expiryLoss;
                    return e;
                }());
            else
                EXPECT_GE(centralUnused, unusedNobodyUsed);
        }
        // Both accounting methods: expenses + what stays prepaid == the plan; the expense per
        // centre adds up to the month's; the journal balances.
        for (const auto method : {AccountingMethod::ByUsage, AccountingMethod::StraightLine}) {
            const AccountingSchedule book = AccountingSchedule::build(catalog(), s, r, a, method);
            Money expensed;
            for (int m = 0; m < s.months; ++m) {
                Money centres;
                for (const Money& v : book.centreExpense.at(m))
                    centres += v;
                EXPECT_EQ(centres, book.months.at(m).expense()) << "month " << m;
                expensed += book.months.at(m).expense();
            }
            EXPECT_EQ(expensed + book.prepaidAtEnd, r.total());
            Money debits;
            Money credits;
            for (const JournalEntry& e : book.journal) {
                debits += e.debit;
                credits += e.credit;
            }
            EXPECT_EQ(debits, credits);
        }
        bool expired = false;
        for (const AccrualMonth& m : accrual.months)
            expired = expired || !m.expiryLoss.isZero();
        withExpiry += expired ? 1 : 0;
        withBalanceAtEnd += accrual.prepaidAtEnd.isZero() ? 0 : 1;
        withSplits += s.costCentres.size() >= 2 ? 1 : 0;
        if (testing::Test::HasFailure())
            return;
    }
    // The draw must exercise what it is for.
    EXPECT_GT(withExpiry, 40); // scenarios where bought balance expires
    EXPECT_GT(withBalanceAtEnd, 60);
    EXPECT_GT(withSplits, 250);
}
