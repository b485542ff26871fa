#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTreeView;
class QSortFilterProxyModel;

namespace ocp {

class BillableShareModel;
class PlanDocument;
class PriceOverridesModel;
class ScenarioSettingsModel;

// The plan's settings: name, start month, horizon, purchase policy, tier basis, the price
// above the top tier, price overrides and billable shares. The form is a view of
// ScenarioSettingsModel (it shows the model's values and writes user changes back to it), so
// every change is one undo step and undo updates the form.
class SettingsPane : public QWidget {
    Q_OBJECT

public:
    explicit SettingsPane(PlanDocument* document, QWidget* parent = nullptr);

    ScenarioSettingsModel* settingsModel() const { return m_settings; }
    PriceOverridesModel* pricesModel() const { return m_prices; }
    BillableShareModel* sharesModel() const { return m_shares; }
    QSpinBox* monthsEdit() const { return m_months; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void showValues();
    void write(int column, const QVariant& value);

    ScenarioSettingsModel* m_settings;
    PriceOverridesModel* m_prices;
    BillableShareModel* m_shares;
    QSortFilterProxyModel* m_pricesProxy;
    QLineEdit* m_name;
    QDateEdit* m_start;
    QSpinBox* m_months;
    QComboBox* m_policy;
    QComboBox* m_tierBasis;
    QLineEdit* m_aboveTop;
    QLineEdit* m_priceFilter;
    QTreeView* m_pricesView;
    QTableView* m_sharesView;
};

} // namespace ocp
