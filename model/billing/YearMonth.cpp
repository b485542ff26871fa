#include "model/billing/YearMonth.h"

#include <QDate>

namespace ocp {

std::optional<YearMonth> YearMonth::parse(QStringView text) {
    if (text.size() != 7 || text.at(4) != u'-')
        return std::nullopt;
    for (qsizetype i = 0; i < 7; ++i) {
        if (i != 4 && (text.at(i) < u'0' || text.at(i) > u'9'))
            return std::nullopt;
    }
    const YearMonth ym(text.left(4).toInt(), text.mid(5, 2).toInt());
    if (!ym.isValid())
        return std::nullopt;
    return ym;
}

int YearMonth::daysInMonth() const { return QDate(m_year, m_month, 1).daysInMonth(); }

QString YearMonth::toString() const {
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}

} // namespace ocp
