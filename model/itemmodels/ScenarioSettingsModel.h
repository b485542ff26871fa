#pragma once

#include <QAbstractTableModel>

namespace ocp {

class PlanDocument;

// The plan's settings as a one-row table, so a form can edit them through a widget mapper:
// each change is one edit of the document. Choices (policy, tier basis) are indexes whose
// labels are given by ChoicesRole.
class ScenarioSettingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StartColumn,         // QDate (first of the month) for editing, "2027-01" for display
        MonthsColumn,        // int, 1..60
        PolicyColumn,        // int: 0 first month only, 1 any month
        TierBasisColumn,     // int: 0 all calls, 1 postpaid calls only
        AboveTopPriceColumn, // QString: the negotiated price above the top tier, empty = top tier price
        ColumnCount
    };

    explicit ScenarioSettingsModel(PlanDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void inputRejected(const QString& message);

private:
    PlanDocument* m_document;
};

} // namespace ocp
