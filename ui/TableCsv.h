#pragma once

#include <QByteArray>

class QAbstractItemModel;

namespace ocp {

// A result table as the user sees it, written as CSV (CsvWriter: UTF-8 with BOM, no formula
// injection): the column titles, then every row; amounts as exact decimal numbers in 元 from
// MoneyRole (never the rounded display text), other cells as their display text.
namespace TableCsv {
QByteArray fromModel(const QAbstractItemModel& model);
} // namespace TableCsv

} // namespace ocp
