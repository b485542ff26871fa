#include "DeltaDelegate.h"

#include "ChartPalette.h"
#include "model/io/Display.h"
#include "model/itemmodels/ModelRoles.h"

#include <QApplication>
#include <QPainter>

namespace ocp {
namespace {

int sign(const QVariant& delta) {
    if (delta.canConvert<Money>() && delta.userType() == qMetaTypeId<Money>()) {
        const Money m = delta.value<Money>();
        return m.isZero() ? 0 : (m.isNegative() ? -1 : 1);
    }
    const qint64 calls = delta.toLongLong();
    return calls == 0 ? 0 : (calls < 0 ? -1 : 1);
}

QFont deltaFont(const QFont& base) {
    QFont font = base;
    font.setBold(false);
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.85 : 8.0);
    return font;
}

} // namespace

QString DeltaDelegate::deltaText(const QVariant& delta) {
    if (!delta.isValid())
        return {};
    if (sign(delta) == 0)
        return QStringLiteral("±0");
    const QString text = delta.userType() == qMetaTypeId<Money>() ? Display::money(delta.value<Money>())
                                                                  : Display::calls(delta.toLongLong());
    return sign(delta) > 0 ? QStringLiteral("+") + text : text;
}

std::optional<bool> DeltaDelegate::isGood(const QModelIndex& index) {
    const int s = sign(index.data(DeltaRole));
    if (s == 0)
        return std::nullopt;
    const bool higherIsBetter = index.data(HigherIsBetterRole).toBool();
    return higherIsBetter ? s > 0 : s < 0;
}

void DeltaDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    PlannerDelegate::initStyleOption(option, index);
    const QVariant higherIsBetter = index.data(HigherIsBetterRole);
    const QVariant money = index.data(MoneyRole);
    if (index.data(DeltaRole).isValid() || !higherIsBetter.isValid() || !money.isValid())
        return;
    const Money amount = money.value<Money>();
    if (amount.isZero()) {
        option->palette.setColor(QPalette::Text, QColor(0x80, 0x80, 0x80));
        return;
    }
    const bool good = higherIsBetter.toBool() ? !amount.isNegative() : amount.isNegative();
    option->palette.setColor(QPalette::Text, good ? ChartPalette::green() : ChartPalette::red());
}

void DeltaDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const {
    PlannerDelegate::paint(painter, option, index);
    const QVariant delta = index.data(DeltaRole);
    if (!delta.isValid())
        return;
    const auto good = isGood(index);
    QColor colour = good ? (*good ? ChartPalette::green() : ChartPalette::red()) : QColor(0x80, 0x80, 0x80);
    if (option.state.testFlag(QStyle::State_Selected))
        colour = option.palette.color(QPalette::HighlightedText);
    painter->save();
    painter->setFont(deltaFont(option.font));
    painter->setPen(colour);
    painter->drawText(option.rect.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, deltaText(delta));
    painter->restore();
}

QSize DeltaDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = PlannerDelegate::sizeHint(option, index);
    const QVariant delta = index.data(DeltaRole);
    if (delta.isValid())
        size.rwidth() += QFontMetrics(deltaFont(option.font)).horizontalAdvance(deltaText(delta)) + 16;
    return size;
}

} // namespace ocp
