#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QToolButton;

namespace ocp {

class HoldingsModel;
class PlanDocument;

// The packs the account already holds at the start, beside the purchases: each holding edited
// in place (pack, size, calls left per pack, last usable month, count) with what the plan does
// with it (used, expired, left at the end). Adding, changing and removing are undo steps;
// refusals are reported through statusMessage and the old value stays.
class HoldingsPane : public QWidget {
    Q_OBJECT

public:
    explicit HoldingsPane(PlanDocument* document, QWidget* parent = nullptr);

    HoldingsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QToolButton* addButton() const { return m_add; }
    QAction* removeAction() const { return m_remove; }

    // Adds one full pack of `packId` and selects its row (as choosing it from the Add menu does).
    bool addHolding(const QString& packId);
    void removeSelected();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void updateActions();
    void updateNote();

    PlanDocument* m_document;
    HoldingsModel* m_model;
    QTableView* m_view;
    QToolButton* m_add;
    QAction* m_remove;
    QLabel* m_note;
};

} // namespace ocp
