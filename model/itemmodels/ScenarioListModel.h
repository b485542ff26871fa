#pragma once

#include "model/itemmodels/TableModelBase.h"

namespace ocp {

class PlanDocument;

// The scenarios of the open plan, one row each, for the scenario switcher and the scenario
// list: the name and the weight are edited in place (each edit is an undoable document edit),
// the current scenario is marked with IsCurrentRole.
class ScenarioListModel : public TableModelBase {
    Q_OBJECT

public:
    enum Column { NameColumn, WeightColumn, ColumnCount };

    explicit ScenarioListModel(PlanDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Why the last setData() was refused, for the status bar.
    const QString& lastError() const { return m_lastError; }

Q_SIGNALS:
    void editRefused(const QString& message);

private:
    void onPlanChanged();

    PlanDocument* m_document;
    int m_rows = 0;
    QString m_lastError;
};

} // namespace ocp
