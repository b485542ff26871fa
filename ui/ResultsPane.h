#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace ocp {

class HoldingsPane;
class LedgerModel;
class PackAlternativesModel;
class PackLifetimeModel;
class PlanDocument;
class PurchasesModel;
class ResultsModel;

// The results per resource pack, and for the selected pack its month-by-month ledger, the
// plan editor (its purchases, with their cost against the cheapest plan) and the ranked
// alternatives, any of which can be adopted; beside the purchases, on a tab, the packs the
// account holds at the start. A second tab above the table forecasts when each line of packs
// held or bought runs out or how many of its calls expire unused. Editing a purchase or adopting a plan is an undo
// step and every table updates from the document's new results.
class ResultsPane : public QWidget {
    Q_OBJECT

public:
    explicit ResultsPane(PlanDocument* document, QWidget* parent = nullptr);

    ResultsModel* resultsModel() const { return m_results; }
    LedgerModel* ledgerModel() const { return m_ledger; }
    PurchasesModel* purchasesModel() const { return m_purchases; }
    PackAlternativesModel* alternativesModel() const { return m_alternatives; }
    // The run-out and expiry forecast of every line of packs held or bought, in its own tab.
    PackLifetimeModel* forecastModel() const { return m_forecast; }
    QTableView* forecastView() const { return m_forecastView; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* resultsView() const { return m_resultsView; }
    QTableView* ledgerView() const { return m_ledgerView; }
    QTableView* purchasesView() const { return m_purchasesView; }
    QTableView* alternativesView() const { return m_alternativesView; }
    QPushButton* adoptButton() const { return m_adopt; }
    // The packs held at the start, on a tab beside the purchases.
    HoldingsPane* holdingsPane() const { return m_holdings; }
    QTabWidget* planTabs() const { return m_planTabs; }
    // The selected pack's own plan: its cost and the gap to the cheapest plan.
    QLabel* planCostLabel() const { return m_planCost; }

    // Replaces every pack's purchases by the recommended plan, as one undo step.
    QAction* adoptRecommendedAction() const { return m_adoptRecommended; }
    void adoptRecommendedPlan();

    // Adopts the alternative in `row` of the alternatives table (as the Adopt button does).
    void adoptAlternative(int row);

    // Selects a pack's row (-1: the total row).
    void selectPack(int pack);
    int selectedPack() const { return m_pack; }

Q_SIGNALS:
    void packSelected(int pack);
    void statusMessage(const QString& message);

private:
    void showPack(int pack);
    void addPurchase();
    void removePurchases();
    void updateButtons();
    void updatePlanCost();
    void updateAdoptRecommended();
    void updateAlternatives();

    PlanDocument* m_document;
    ResultsModel* m_results;
    LedgerModel* m_ledger;
    PurchasesModel* m_purchases;
    QSortFilterProxyModel* m_purchasesOfPack;
    QTableView* m_resultsView;
    QTableView* m_ledgerView;
    PackAlternativesModel* m_alternatives;
    QTableView* m_purchasesView;
    QTableView* m_alternativesView;
    PackLifetimeModel* m_forecast;
    QTableView* m_forecastView;
    QTabWidget* m_tabs;
    QLabel* m_ledgerTitle;
    QLabel* m_planTitle;
    QLabel* m_planCost;
    QLabel* m_alternativesTitle;
    QLabel* m_alternativesNote;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_adopt;
    QAction* m_adoptRecommended;
    HoldingsPane* m_holdings;
    QTabWidget* m_planTabs;
    int m_pack = -1;
};

} // namespace ocp
