#include "model/optimizer/OptimizerRefusal.h"

namespace ocp {
namespace {

// For logs and test failures: the kind and every figure, never shown to the user.
QString technical(OptimizerRefusal::Kind kind, const OptimizerRefusal::Figures& f) {
    QStringList starts;
    for (const YearMonth& m : f.starts)
        starts.append(m.toString());
    return QStringLiteral("optimizer refusal %1 (calls %2, limit %3, scenarios [%4], starts [%5], packs [%6])")
        .arg(static_cast<int>(kind))
        .arg(f.calls)
        .arg(f.limit)
        .arg(f.scenarios.join(QStringLiteral(", ")), starts.join(QStringLiteral(", ")),
             f.packs.join(QStringLiteral(", ")));
}

} // namespace

OptimizerRefusal::OptimizerRefusal(Kind kind)
    : OptimizerRefusal(kind, Figures()) {}

OptimizerRefusal::OptimizerRefusal(Kind kind, Figures figures)
    : InputError(technical(kind, figures))
    , m_kind(kind)
    , m_figures(std::move(figures)) {}

} // namespace ocp
