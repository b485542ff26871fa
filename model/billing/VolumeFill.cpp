#include "model/billing/VolumeFill.h"

#include "model/billing/Money.h"
#include "model/billing/Scenario.h"

namespace ocp {
namespace {

constexpr Int128 kOne = 100'000'000; // a growth multiplier of 1, in 10^-8 (a percent in millionths)

Int128 roundedDivide(Int128 numerator, Int128 denominator) {
    return (numerator + denominator / 2) / denominator;
}

std::optional<qint64> checked(Int128 value) {
    if (value < 0 || value > Scenario::kMaxMonthlyCalls)
        return std::nullopt;
    return static_cast<qint64>(value);
}

} // namespace

std::optional<qint64> VolumeFill::grown(qint64 base, qint64 percentMillionths, int months) {
    const Int128 multiplier = kOne + percentMillionths;
    if (multiplier < 0 || base < 0)
        return std::nullopt;
    // Compounded in 10^-8 calls so that rounding happens once, at the end.
    Int128 scaledCalls = Int128(base) * kOne;
    const Int128 limit = Int128(Scenario::kMaxMonthlyCalls) * kOne;
    for (int m = 0; m < months; ++m) {
        scaledCalls = roundedDivide(scaledCalls * multiplier, kOne);
        if (scaledCalls > limit)
            return std::nullopt;
    }
    return checked(roundedDivide(scaledCalls, kOne));
}

std::optional<qint64> VolumeFill::scaled(qint64 value, qint64 percentMillionths) {
    const Int128 multiplier = kOne + percentMillionths;
    if (multiplier < 0)
        return std::nullopt;
    return checked(roundedDivide(Int128(value) * multiplier, kOne));
}

std::optional<qint64> VolumeFill::multiplied(qint64 value, qint64 factorMillionths) {
    if (factorMillionths < 0)
        return std::nullopt;
    return checked(roundedDivide(Int128(value) * factorMillionths, Money::kMicrosPerYuan));
}

} // namespace ocp
