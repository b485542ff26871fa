#include "model/itemmodels/FigureCell.h"

#include "model/io/Display.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

bool FigureCell::formatFigure() {
    if (money) {
        text = Display::money(*money);
        if (estimate) {
            text.prepend(QStringLiteral("≈ "));
            return true;
        }
    } else if (calls) {
        text = Display::calls(*calls);
    }
    return false;
}

std::optional<QVariant> FigureCell::commonData(int role) const {
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
        return toolTip.isEmpty() ? QVariant() : QVariant(toolTip);
    case MoneyRole:
        return money ? QVariant::fromValue(*money) : QVariant();
    case CallsRole:
        return calls ? QVariant(*calls) : QVariant();
    case Qt::TextAlignmentRole:
        if (money || calls || alignRight)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant();
    default:
        return std::nullopt;
    }
}

QVariant FigureCell::sortKey() const {
    if (money)
        return static_cast<qlonglong>(money->roundedFen());
    if (calls)
        return *calls;
    return text;
}

QVariant FigureCell::moneyData(Money amount, int role, std::optional<bool> estimate) {
    const bool isEstimate = estimate.value_or(false);
    switch (role) {
    case Qt::DisplayRole:
        return isEstimate ? QStringLiteral("≈ ") + Display::money(amount) : Display::money(amount);
    case MoneyRole:
        return QVariant::fromValue(amount);
    case SortRole:
        return static_cast<qlonglong>(amount.roundedFen());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case EstimateRole:
        return estimate ? QVariant(*estimate) : QVariant();
    default:
        return {};
    }
}

} // namespace ocp
