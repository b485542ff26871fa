#include "model/itemmodels/CategoryCostModel.h"

#include "model/billing/Catalog.h"
#include "model/io/Display.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

CategoryCostModel::CategoryCostModel(PlanDocument* document, QObject* parent)
    : ResultModelBase(document, parent) {}

void CategoryCostModel::onResultChanged(std::shared_ptr<const PlanSnapshot> next) {
    showSnapshot(std::move(next), false);
}

Money CategoryCostModel::amount(int category, Column column) const {
    const auto& categories = snapshot().result.categories;
    if (category < 0 || category >= categories.size())
        return Money();
    const PackSummary& s = categories.at(category);
    switch (column) {
    case TotalColumn:
        return s.total();
    case PackCostColumn:
        return s.packCost;
    case PostpaidCostColumn:
        return s.postpaidCost;
    case PostpaidOnlyColumn:
        return s.postpaidOnlyCost;
    default:
        return Money();
    }
}

int CategoryCostModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(catalog().categories().size());
}

int CategoryCostModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryCostModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const int category = index.row();
    const auto column = static_cast<Column>(index.column());
    if (column == CategoryColumn) {
        const Category& c = catalog().categories().at(category);
        if (role == Qt::DisplayRole || role == SortRole)
            return Display::name(c.name, c.nameEn);
        return {};
    }
    if (column == ShareColumn) {
        const Money total = snapshot().result.total();
        const Money part = amount(category, TotalColumn);
        const qint64 ppm =
            total.isZero() ? 0 : static_cast<qint64>(part.micros() * 1'000'000 / total.micros());
        // Rounded to a tenth of a percent for display; the exact share is the ratio of two Money values.
        const qint64 rounded = (ppm + 500) / 1000 * 1000;
        switch (role) {
        case Qt::DisplayRole:
            return Display::percent(rounded);
        case SortRole:
            return ppm;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    }
    const auto& categories = snapshot().result.categories;
    const bool estimate = category < categories.size() && categories.at(category).estimate;
    return FigureCell::moneyData(amount(category, column), role, estimate && column != PackCostColumn);
}

QVariant CategoryCostModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case TotalColumn:
        return tr("Plan cost");
    case PackCostColumn:
        return tr("Packs");
    case PostpaidCostColumn:
        return tr("Postpaid");
    case PostpaidOnlyColumn:
        return tr("Postpaid only");
    case ShareColumn:
        return tr("Share of cost");
    default:
        return {};
    }
}

} // namespace ocp
