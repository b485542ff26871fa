#include "TableCsv.h"

#include "model/billing/CsvWriter.h"
#include "model/itemmodels/ModelRoles.h"

#include <QAbstractItemModel>

namespace ocp::TableCsv {

QByteArray fromModel(const QAbstractItemModel& model) {
    CsvWriter csv;
    QStringList titles;
    for (int column = 0; column < model.columnCount(); ++column)
        titles.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    csv.addTextRow(titles);
    for (int row = 0; row < model.rowCount(); ++row) {
        CsvWriter::Row fields;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const QVariant money = index.data(MoneyRole);
            if (money.isValid())
                fields.append(CsvWriter::Field::number(money.value<Money>()));
            else
                fields.append(index.data(Qt::DisplayRole).toString());
        }
        csv.addRow(fields);
    }
    return csv.toUtf8();
}

} // namespace ocp::TableCsv
