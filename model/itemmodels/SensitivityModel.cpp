#include "model/itemmodels/SensitivityModel.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/InputError.h"
#include "model/billing/ScenarioDerivation.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

#include "model/optimizer/Cancelled.h"
#include "model/optimizer/SensitivityLine.h"

namespace ocp {

SensitivityModel::SensitivityModel(PlanDocument* document, QObject* parent)
    : AsyncTableModel(parent)
    , m_document(document)
    , m_factors(defaultFactors()) {
    connect(document, &PlanDocument::resultChanged, this, [this] {
        if (m_live)
            refresh();
        else
            m_stale = true;
    });
}

QList<qint64> SensitivityModel::defaultFactors() {
    QList<qint64> factors;
    for (int i = 0; i <= 20; ++i)
        factors.append(500'000 + i * 75'000);
    return factors;
}

QList<SensitivityPoint> SensitivityModel::evaluate(const Catalog& catalog, const Scenario& scenario,
                                                   const QList<qint64>& factorsPpm,
                                                   const Recalculator::Optimizer& optimizer) {
    QList<SensitivityPoint> points;
    for (const qint64 factor : factorsPpm) {
        SensitivityPoint p;
        p.factorPpm = factor;
        try {
            const Scenario scaled = ScenarioDerivation::scaled(scenario, factor);
            const BillingResult r = BillingEngine::run(catalog, scaled);
            p.total = r.total();
            p.postpaidOnly = r.postpaidOnlyTotal();
            p.estimate = r.overall.estimate;
            if (optimizer)
                p.reoptimized = optimizer(catalog, scaled, std::stop_token()).total();
        } catch (const InputError&) {
            p.valid = false;
        }
        points.append(p);
    }
    return points;
}

SensitivityModel::LineOptimizer SensitivityModel::optimizerLine() {
    return [](const Catalog& catalog, const Scenario& scenario, const QList<qint64>& factorsPpm,
              std::stop_token stop) {
        return SensitivityLine::totals(catalog, scenario, factorsPpm, scenario.settings.purchasePolicy, stop);
    };
}

void SensitivityModel::setOptimizer(Recalculator::Optimizer optimizer) {
    if (!optimizer) {
        setLineOptimizer({});
        return;
    }
    setLineOptimizer([optimizer = std::move(optimizer)](const Catalog& catalog, const Scenario& scenario,
                                                        const QList<qint64>& factorsPpm, std::stop_token stop) {
        QList<std::optional<Money>> values;
        for (const qint64 factor : factorsPpm) {
            Cancelled::throwIfRequested(stop);
            try {
                values.append(optimizer(catalog, ScenarioDerivation::scaled(scenario, factor), stop).total());
            } catch (const InputError&) {
                values.append(std::nullopt);
            }
        }
        return values;
    });
}

void SensitivityModel::setLineOptimizer(LineOptimizer optimizer) {
    beginResetModel();
    m_optimizer = std::move(optimizer);
    // 21 optimisations: only while the view is shown, and off this thread.
    if (m_live) {
        m_points = evaluate(m_document->catalog(), m_document->scenario(), m_factors);
        m_stale = false;
    } else {
        m_stale = true;
    }
    endResetModel();
    if (m_live)
        startReoptimizing();
}

void SensitivityModel::setFactors(const QList<qint64>& factorsPpm) {
    beginResetModel();
    m_factors = factorsPpm;
    m_points = evaluate(m_document->catalog(), m_document->scenario(), m_factors);
    m_stale = false;
    endResetModel();
    startReoptimizing();
}

void SensitivityModel::setLive(bool live) {
    m_live = live;
    if (live && m_stale)
        refresh();
}

void SensitivityModel::refresh() {
    m_stale = false;
    QList<SensitivityPoint> next = evaluate(m_document->catalog(), m_document->scenario(), m_factors);
    if (next.size() != m_points.size()) {
        beginResetModel();
        m_points = std::move(next);
        endResetModel();
    } else {
        m_points = std::move(next);
        allDataChanged();
    }
    startReoptimizing();
}

void SensitivityModel::startReoptimizing() {
    if (!m_optimizer) {
        stopComputing(State::Idle);
        return;
    }
    // Copies: the worker must not touch the document, which the user keeps editing.
    compute(
        [catalog = m_document->catalog(), scenario = m_document->scenario(), factors = m_factors,
         optimizer = m_optimizer](std::stop_token stop) { return optimizer(catalog, scenario, factors, stop); },
        [this](const QList<std::optional<Money>>& values) {
            if (values.size() != m_points.size())
                return;
            for (qsizetype i = 0; i < m_points.size(); ++i)
                m_points[i].reoptimized = m_points.at(i).valid ? values.at(i) : std::nullopt;
            if (rowCount() > 0 && columnCount() > ReoptimizedColumn)
                Q_EMIT dataChanged(index(0, ReoptimizedColumn), index(rowCount() - 1, ReoptimizedColumn));
        });
}

int SensitivityModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

int SensitivityModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : (m_optimizer ? ReoptimizedColumn + 1 : ReoptimizedColumn);
}

QVariant SensitivityModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const SensitivityPoint& p = m_points.at(index.row());
    if (index.column() == FactorColumn) {
        if (role == Qt::DisplayRole)
            return Display::percent(p.factorPpm);
        if (role == SortRole || role == Qt::EditRole)
            return p.factorPpm;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (!p.valid)
        return role == Qt::DisplayRole && index.column() == TotalColumn ? tr("not calculated") : QVariant();
    std::optional<Money> amount;
    switch (index.column()) {
    case TotalColumn:
        amount = p.total;
        break;
    case PostpaidOnlyColumn:
        amount = p.postpaidOnly;
        break;
    case SavingColumn:
        amount = p.saving();
        break;
    case ReoptimizedColumn:
        amount = p.reoptimized;
        break;
    default:
        break;
    }
    if (!amount)
        return {};
    return FigureCell::moneyData(*amount, role, p.estimate);
}

QVariant SensitivityModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FactorColumn:
        return tr("Volume");
    case TotalColumn:
        return tr("Plan cost (元)");
    case PostpaidOnlyColumn:
        return tr("Postpaid only (元)");
    case SavingColumn:
        return tr("Saving (元)");
    case ReoptimizedColumn:
        return tr("Re-optimised (元)");
    default:
        return {};
    }
}

} // namespace ocp
