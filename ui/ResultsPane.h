#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ocp {

class LedgerModel;
class PlanDocument;
class PurchasesModel;
class ResultsModel;

// The results per resource pack, and for the selected pack its month-by-month ledger and
// the plan editor (its purchases). Editing a purchase is an undo step and every table
// updates from the document's new results.
class ResultsPane : public QWidget {
    Q_OBJECT

public:
    explicit ResultsPane(PlanDocument* document, QWidget* parent = nullptr);

    ResultsModel* resultsModel() const { return m_results; }
    LedgerModel* ledgerModel() const { return m_ledger; }
    PurchasesModel* purchasesModel() const { return m_purchases; }
    QTableView* resultsView() const { return m_resultsView; }
    QTableView* ledgerView() const { return m_ledgerView; }
    QTableView* purchasesView() const { return m_purchasesView; }

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

    PlanDocument* m_document;
    ResultsModel* m_results;
    LedgerModel* m_ledger;
    PurchasesModel* m_purchases;
    QSortFilterProxyModel* m_purchasesOfPack;
    QTableView* m_resultsView;
    QTableView* m_ledgerView;
    QTableView* m_purchasesView;
    QLabel* m_ledgerTitle;
    QLabel* m_planTitle;
    QPushButton* m_add;
    QPushButton* m_remove;
    int m_pack = -1;
};

} // namespace ocp
