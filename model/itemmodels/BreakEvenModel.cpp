#include "model/itemmodels/BreakEvenModel.h"

#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

#include <optional>

namespace ocp {

BreakEvenModel::BreakEvenModel(PlanDocument* document, QObject* parent)
    : SelectedPackModel(document, parent) {}

void BreakEvenModel::clearResults() {
    beginResetModel();
    m_analysis = BreakEvenAnalysis();
    endResetModel();
}

// Purchases and other postpaid groups do not change this pack's break-even.
void BreakEvenModel::computeFor(const Catalog& catalog, const Scenario& wanted) {
    compute(
        [catalog, pack = pack(), wanted](std::stop_token stop) {
            return PurchaseOptimizer::breakEven(catalog, wanted, pack, kSteps, kMaxFactorPercent, std::move(stop));
        },
        [this](BreakEvenAnalysis analysis) {
            beginResetModel();
            m_analysis = std::move(analysis);
            endResetModel();
        });
}

QString BreakEvenModel::title() const {
    if (pack() < 0)
        return QString();
    const ResourcePack& rp = document()->catalog().packs().at(pack());
    return tr("Break-even: %1").arg(Display::name(rp.name, rp.nameEn));
}

QString BreakEvenModel::statusText() const {
    switch (state()) {
    case State::Idle:
        return tr("Select a resource pack in the results to see where its pack sizes pay off "
                  "against postpaid only.");
    case State::Computing:
        return tr("Calculating the break-even points…");
    case State::Cancelled:
        return tr("Break-even cancelled — press Recalculate in the status bar to calculate it");
    case State::Failed:
        return tr("No break-even analysis: %1").arg(errorText());
    case State::Ready:
        break;
    }
    QStringList found;
    for (int i = 0; i < m_analysis.sizes.size(); ++i) {
        if (m_analysis.breakEvenFactorPercent.at(i) >= 0) {
            found.append(tr("%1 pays off from %2 % (%3 calls)")
                             .arg(sizeName(i))
                             .arg(m_analysis.breakEvenFactorPercent.at(i))
                             .arg(Display::calls(m_analysis.breakEvenCalls.at(i))));
        }
    }
    return found.isEmpty()
               ? tr("No pack size beats postpaid only up to %1 % of the plan's calls").arg(kMaxFactorPercent)
               : found.join(QStringLiteral("; "));
}

QString BreakEvenModel::sizeName(int size) const {
    return tr("Packs of %1").arg(Display::calls(m_analysis.sizes.at(size)));
}

int BreakEvenModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_analysis.points.size());
}

int BreakEvenModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_analysis.points.isEmpty())
        return 0;
    return optimizedColumn() + 1;
}

QVariant BreakEvenModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= m_analysis.points.size() ||
        index.column() >= columnCount())
        return {};
    const BreakEvenPoint& point = m_analysis.points.at(index.row());
    const int column = index.column();
    const QString at = tr("At %1 % of the plan's calls (%2 billable calls)")
                           .arg(point.factorPercent)
                           .arg(Display::calls(point.billableCalls));
    if (column == kFactorColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1 %").arg(point.factorPercent);
        case FactorPercentRole:
        case SortRole:
            return point.factorPercent;
        case CallsRole:
            return point.billableCalls;
        case Qt::ToolTipRole:
            return at;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    }
    Money cost;
    QString what;
    bool breakEven = false;
    if (column == kPostpaidOnlyColumn) {
        cost = point.postpaidOnly;
        what = tr("postpaid only");
    } else if (column == optimizedColumn()) {
        cost = point.optimized;
        what = tr("the re-optimised plan");
    } else {
        const int size = column - sizeColumn(0);
        cost = point.singleSize.at(size);
        what = tr("%1 × %2 calls")
                   .arg(Display::calls(point.singleSizeCount.at(size)),
                        Display::calls(m_analysis.sizes.at(size)));
        // The first sample at or after the break-even factor, which may lie between samples.
        const int from = m_analysis.breakEvenFactorPercent.at(size);
        breakEven = from >= 0 && point.factorPercent >= from &&
                    (index.row() == 0 || m_analysis.points.at(index.row() - 1).factorPercent < from);
    }
    switch (role) {
    case FactorPercentRole:
        // A break-even cell gives the exact factor where the size starts to pay off.
        return breakEven ? m_analysis.breakEvenFactorPercent.at(column - sizeColumn(0)) : point.factorPercent;
    case BreakEvenRole:
        return breakEven;
    case Qt::ToolTipRole: {
        QString text = tr("%1: %2 cost %3").arg(at, what, Display::yuan(cost));
        if (breakEven) {
            const int size = column - sizeColumn(0);
            text += QLatin1Char('\n') + tr("Break-even at %1 % of the plan's calls (%2 billable calls): from "
                                           "there on this size is cheaper than postpaid only")
                                            .arg(m_analysis.breakEvenFactorPercent.at(size))
                                            .arg(Display::calls(m_analysis.breakEvenCalls.at(size)));
        }
        return text;
    }
    default:
        return FigureCell::moneyData(cost, role, std::nullopt);
    }
}

QVariant BreakEvenModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount() || role != Qt::DisplayRole)
        return {};
    if (section == kFactorColumn)
        return tr("Volume");
    if (section == kPostpaidOnlyColumn)
        return tr("Postpaid only");
    if (section == optimizedColumn())
        return tr("Re-optimised plan");
    return sizeName(section - sizeColumn(0));
}

} // namespace ocp
