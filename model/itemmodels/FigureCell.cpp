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
    default:
        return std::nullopt;
    }
}

} // namespace ocp
