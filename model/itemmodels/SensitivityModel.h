#pragma once

#include "model/billing/Money.h"
#include "model/itemmodels/AsyncTableModel.h"
#include "model/optimizer/Recalculator.h"

#include <functional>
#include <optional>
#include <stop_token>

namespace ocp {

class Catalog;
class PlanDocument;
struct Scenario;

// Total cost of one scenario when every volume is scaled by a factor.
struct SensitivityPoint {
    qint64 factorPpm = 1'000'000;
    Money total; // with the scenario's own purchases
    Money postpaidOnly;
    bool estimate = false;
    std::optional<Money> reoptimized; // the optimizer's best plan for the scaled volumes
    bool valid = true;

    Money saving() const { return postpaidOnly - total; }
};

// Cost against volume for the current scenario: the plan as it is, postpaid only and, with an
// optimizer installed, the plan re-optimised for each volume. 21 points from 50 % to 200 % of
// the volumes by default. Recalculating costs 21 engine runs, so the model follows the
// document only while live (its view is visible) and otherwise on refresh(). The re-optimised
// series costs 21 optimisations (SensitivityLine shares them between two threads), so it is
// calculated off the window's thread and merged in when done (state Ready); a newer edit
// stops it. Idle: no optimizer, or not calculated yet.
class SensitivityModel : public AsyncTableModel {
    Q_OBJECT

public:
    enum Column { FactorColumn, TotalColumn, PostpaidOnlyColumn, SavingColumn, ReoptimizedColumn };

    explicit SensitivityModel(PlanDocument* document, QObject* parent = nullptr);

    // 50 %, 57.5 %, … 200 %: 21 points.
    static QList<qint64> defaultFactors();
    // Bills the scenario scaled by each factor (never throws: a refused point is not valid).
    static QList<SensitivityPoint> evaluate(const Catalog& catalog, const Scenario& scenario,
                                            const QList<qint64>& factorsPpm,
                                            const Recalculator::Optimizer& optimizer = {});

    // The re-optimised series at once: a total per factor (nothing where it is refused); a
    // requested stop ends it with Cancelled.
    using LineOptimizer = std::function<QList<std::optional<Money>>(
        const Catalog&, const Scenario&, const QList<qint64>& factorsPpm, std::stop_token)>;
    // The optimizer's own line (SensitivityLine, the scenario's purchase policy).
    static LineOptimizer optimizerLine();

    // Hook for the optimizer: adds the re-optimised series.
    void setLineOptimizer(LineOptimizer optimizer);
    // The same with any optimizer, run once per factor.
    void setOptimizer(Recalculator::Optimizer optimizer);
    bool hasOptimizer() const { return static_cast<bool>(m_optimizer); }
    void setFactors(const QList<qint64>& factorsPpm);
    void setLive(bool live);
    bool isStale() const { return m_stale; }
    void refresh();
    const QList<SensitivityPoint>& points() const { return m_points; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void startReoptimizing();

    PlanDocument* m_document;
    LineOptimizer m_optimizer;
    QList<qint64> m_factors;
    QList<SensitivityPoint> m_points;
    bool m_live = false;
    bool m_stale = true;
};

} // namespace ocp
