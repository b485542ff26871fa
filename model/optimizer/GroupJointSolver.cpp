#include "model/optimizer/GroupJointSolver.h"

#include "model/billing/InputError.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

namespace ocp {
namespace {

constexpr int kMaxMembers = 6;
constexpr qint64 kMaxStates = 2'000'000;        // joint states per month
constexpr qint64 kMaxCombinations = 25'000'000; // joint transitions in all (a few seconds)

// One pack's situation at the start of a month.
struct PackState {
    qint64 balance = 0; // of the batch in use (expires at month `tau - 1 + validity - 1`)
    int tau = 0;        // earliest month a next batch may be dated

    friend bool operator==(const PackState&, const PackState&) = default;
};

// What one pack does in one month.
struct Outcome {
    qint64 postpaid = 0;
    PackState next;
    Int128 cost = 0;
    int date = -1; // month the batch bought now is dated (-1: none)
    qint64 capacity = 0;
};

using Key = std::array<PackState, kMaxMembers>;

struct KeyHash {
    size_t operator()(const Key& key) const {
        constexpr size_t kPrime = static_cast<size_t>(1099511628211ULL);
        size_t h = static_cast<size_t>(1469598103934665603ULL);
        for (const PackState& s : key) {
            h = (h ^ static_cast<size_t>(s.balance)) * kPrime;
            h = (h ^ static_cast<size_t>(s.tau)) * kPrime;
        }
        return h;
    }
};

struct Entry {
    Key key{};
    Int128 cost = 0;
    qint64 previous = -1;
    std::array<int, kMaxMembers> dates{};
    std::array<qint64, kMaxMembers> capacities{};
};

struct StateHash {
    size_t operator()(const PackState& s) const {
        return static_cast<size_t>(s.balance) * static_cast<size_t>(1000003) ^ static_cast<size_t>(s.tau);
    }
};

void outcomes(const PackDemand& d, const CapacityPricer& pricer, PurchasePolicy policy, const PackState& s,
              int m, std::vector<Outcome>& out) {
    out.clear();
    const int v = d.validity();
    const int months = d.months();
    const qint64 q = d.demand(m);
    const qint64 used = std::min(s.balance, q);
    const qint64 rem = q - used;
    const int nextFloor = std::max(0, m + 1 - v + 1);
    if (rem == 0) {
        qint64 b = s.balance - used;
        if (b > 0 && s.tau - 1 + v - 1 == m)
            b = 0; // the batch expires at the end of this month
        out.push_back({0, {b, std::max(s.tau, nextFloor)}, 0, -1, 0});
        return;
    }
    // Stop: the rest of the month is postpaid, nothing is live afterwards.
    out.push_back({rem, {0, m + 1}, 0, -1, 0});
    int lo = std::max({s.tau, m - v + 1, 0});
    int hi = m;
    if (policy == PurchasePolicy::Start) {
        if (lo > 0)
            return;
        lo = hi = 0;
    }
    if (lo > hi)
        return;
    const qint64 g = pricer.unit();
    const qint64 windowHi = d.prefix(hi + v) - d.prefix(m + 1);
    // Batches that run out before they expire (or within this month). Their dating changes
    // nothing for them; the earliest allowed one leaves the next batch the most choice.
    for (qint64 c = g; c < rem + windowHi; c += g) {
        const Money price = pricer.price(c);
        if (CapacityPricer::isInfinite(price))
            continue;
        if (c < rem) {
            out.push_back({rem - c, {0, m + 1}, price.micros(), hi, c});
            continue;
        }
        const qint64 b = c - rem;
        int exhausted = m;
        if (b > 0) {
            exhausted = d.monthOf(d.prefix(m + 1) + b - 1);
            if (exhausted >= months)
                continue; // never runs out: a batch that expires with calls left, below
        }
        const int date = std::max(lo, exhausted - v + 1);
        if (date > hi)
            continue;
        out.push_back({0, {b, std::max(date + 1, nextFloor)}, price.micros(), date, c});
    }
    // Batches that last until they expire (calls left then are lost), one per dating.
    for (int t = lo; t <= hi; ++t) {
        const qint64 window = d.prefix(t + v) - d.prefix(m + 1);
        const CapacityPricer::Pick pick = pricer.cheapestCovering(rem + window);
        if (!pick.valid())
            continue;
        qint64 b = window;
        if (t + v - 1 == m)
            b = 0;
        out.push_back({0, {b, std::max(t + 1, nextFloor)}, pick.value.micros(), t, pick.calls});
    }
}

} // namespace

GroupJointSolver::GroupJointSolver(QList<Member> members, QList<MonthCost> groupCost, PurchasePolicy policy)
    : m_members(std::move(members))
    , m_groupCost(std::move(groupCost))
    , m_policy(policy) {}

QList<PackPurchasePlan> GroupJointSolver::solve(Money* total) const {
    const int k = static_cast<int>(m_members.size());
    const int months = m_members.constFirst().demand->months();
    auto tooLarge = [&](qint64 amount) {
        return InputError(
            QStringLiteral("settings.tierBasis: with postpaid-calls tiers the packs of a shared postpaid "
                           "group must be optimised together, and these volumes need more than %1 "
                           "joint states or steps; use the all-calls tier basis, the start policy or "
                           "smaller volumes")
                .arg(amount));
    };
    if (k > kMaxMembers)
        throw tooLarge(kMaxMembers);
    // An upper estimate of the work (every pack's balances within a validity window times its
    // datings, times the choices of a purchase): refuse at once rather than after minutes.
    {
        double states = 1;
        double choices = 1;
        for (const Member& member : m_members) {
            const PackDemand& d = *member.demand;
            qint64 window = 0;
            for (int m = 0; m < months; ++m)
                window = std::max(window, d.prefix(m + d.validity()) - d.prefix(m));
            const int datings = m_policy == PurchasePolicy::Start ? 1 : std::min(d.validity(), months);
            const double balances = double(window / member.pricer->unit() + 2);
            states *= balances * datings;
            choices = std::max(choices, balances + datings);
        }
        if (states * choices * months > double(kMaxCombinations) * 8)
            throw tooLarge(kMaxCombinations);
    }
    std::vector<std::vector<Entry>> layers(static_cast<size_t>(months) + 1);
    layers.front() = std::vector<Entry>(1);
    qint64 combinations = 0;
    std::vector<std::vector<Outcome>*> lists(static_cast<size_t>(k));
    std::vector<size_t> index(static_cast<size_t>(k));
    for (int m = 0; m < months; ++m) {
        std::vector<std::unordered_map<PackState, std::vector<Outcome>, StateHash>> cache(
            static_cast<size_t>(k));
        std::unordered_map<Key, size_t, KeyHash> seen;
        std::vector<Entry>& next = layers.at(size_t(m) + 1);
        const std::vector<Entry>& current = layers.at(size_t(m));
        for (size_t e = 0; e < current.size(); ++e) {
            const Entry& entry = current[e];
            qint64 product = 1;
            for (int p = 0; p < k; ++p) {
                const PackState& s = entry.key[size_t(p)];
                auto it = cache[size_t(p)].find(s);
                if (it == cache[size_t(p)].end()) {
                    std::vector<Outcome> list;
                    outcomes(*m_members.at(p).demand, *m_members.at(p).pricer, m_policy, s, m, list);
                    it = cache[size_t(p)].emplace(s, std::move(list)).first;
                }
                lists[size_t(p)] = &it->second;
                product *= static_cast<qint64>(it->second.size());
            }
            combinations += product;
            if (combinations > kMaxCombinations)
                throw tooLarge(kMaxCombinations);
            std::fill(index.begin(), index.end(), 0);
            for (;;) {
                qint64 postpaid = 0;
                Int128 cost = entry.cost;
                Key key{};
                for (int p = 0; p < k; ++p) {
                    const Outcome& o = (*lists[size_t(p)])[index[size_t(p)]];
                    postpaid += o.postpaid;
                    cost += o.cost;
                    key[size_t(p)] = o.next;
                }
                cost += m_groupCost.at(m).at(postpaid).micros();
                auto [it, inserted] = seen.try_emplace(key, next.size());
                if (inserted || cost < next[it->second].cost) {
                    if (inserted) {
                        if (static_cast<qint64>(next.size()) >= kMaxStates)
                            throw tooLarge(kMaxStates);
                        Entry fresh;
                        fresh.key = key;
                        next.push_back(fresh);
                    }
                    Entry& n = next[it->second];
                    n.cost = cost;
                    n.previous = static_cast<qint64>(e);
                    for (int p = 0; p < k; ++p) {
                        const Outcome& o = (*lists[size_t(p)])[index[size_t(p)]];
                        n.dates[size_t(p)] = o.date;
                        n.capacities[size_t(p)] = o.capacity;
                    }
                }
                int p = 0;
                while (p < k) {
                    if (++index[size_t(p)] < lists[size_t(p)]->size())
                        break;
                    index[size_t(p)] = 0;
                    ++p;
                }
                if (p == k)
                    break;
            }
        }
    }
    const std::vector<Entry>& last = layers.at(size_t(months));
    size_t best = 0;
    for (size_t e = 1; e < last.size(); ++e) {
        if (last[e].cost < last[best].cost)
            best = e;
    }
    if (total)
        *total = Money::fromMicros(last[best].cost);
    QList<PackPurchasePlan> solutions(k);
    qint64 at = static_cast<qint64>(best);
    for (int m = months; m > 0; --m) {
        const Entry& entry = layers.at(size_t(m)).at(size_t(at));
        for (int p = 0; p < k; ++p) {
            if (entry.dates[size_t(p)] < 0)
                continue;
            const QList<qint64> counts = m_members.at(p).pricer->counts(entry.capacities[size_t(p)]);
            for (qsizetype i = 0; i < counts.size(); ++i)
                solutions[p].add(entry.dates[size_t(p)], static_cast<int>(i), counts.at(i));
        }
        at = entry.previous;
    }
    for (int p = 0; p < k; ++p)
        solutions[p].evaluate(*m_members.at(p).demand);
    return solutions;
}

} // namespace ocp
