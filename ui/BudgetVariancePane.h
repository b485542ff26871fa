#pragma once

#include <QWidget>

class QAction;
class QBarCategoryAxis;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QStackedWidget;
class QTableView;
class QValueAxis;

namespace ocp {

class PlanDocument;
class VarianceModel;
struct VariancePack;

// Budget against actual: the approved budget compared with the current scenario per month
// (one pack or all), a chart of the cumulative budget against cumulative actual + forecast,
// the year-end projection and where the variance comes from. Without a budget it explains
// what one is and offers to approve the current scenario.
class BudgetVariancePane : public QWidget {
    Q_OBJECT

public:
    explicit BudgetVariancePane(PlanDocument* document, QWidget* parent = nullptr);

    // "Approve as budget": freezes the current scenario and its figures with today's date,
    // as one undoable edit; asks first when it replaces a budget.
    QAction* approveAction() const { return m_approve; }
    VarianceModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineSeries* budgetLine() const { return m_budgetLine; }
    QLineSeries* projectedLine() const { return m_projectedLine; }
    QLabel* summary() const { return m_summary; }
    QComboBox* packChooser() const { return m_packs; }
    QChartView* chartView() const { return m_chartView; }
    bool isEmptyStateShown() const;
    // The year-end projection against the budget, and where the variance comes from, as text:
    // for all packs, or for the pack chosen above the table.
    QString projectionText() const;
    QString splitText() const;
    void refresh();

private:
    void approve();
    void refreshChart();
    const VariancePack* chosenPack() const;

    PlanDocument* m_document;
    VarianceModel* m_model;
    QAction* m_approve;
    QStackedWidget* m_pages;
    QLabel* m_emptyText;
    QLabel* m_header;
    QComboBox* m_packs;
    QTableView* m_view;
    QLabel* m_summary;
    QLineSeries* m_budgetLine;
    QLineSeries* m_projectedLine;
    QBarCategoryAxis* m_axisX;
    QValueAxis* m_axisY;
    QChartView* m_chartView = nullptr;
};

} // namespace ocp
