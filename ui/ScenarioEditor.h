#pragma once

#include "model/billing/VolumeFill.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace ocp {

class PlanDocument;
class ScenarioTableModel;

// The volume table: monthly calls per interface with row and column totals, edited in
// place, by block paste from a spreadsheet (Ctrl+V), copied as tab-separated text (Ctrl+C)
// and changed by fill tools on the selection. Every change is one undo step.
class ScenarioEditor : public QWidget {
    Q_OBJECT

public:
    // Asks the user for one value; nullopt when cancelled. Replaceable for tests.
    using TextPrompt = std::function<std::optional<QString>(const QString& title, const QString& label,
                                                            const QString& initial)>;
    using FactorsPrompt = std::function<std::optional<QList<qint64>>(const QList<qint64>& initial)>;
    // Asks for one of `months` ("2027-03"), `initial` chosen first; nullopt when cancelled.
    using MonthPrompt = std::function<std::optional<QString>(const QStringList& months, int initial)>;

    explicit ScenarioEditor(PlanDocument* document, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    // The height that shows every row of the table and nothing below it.
    int contentHeight() const;
    ScenarioTableModel* model() const { return m_model; }
    void setTextPrompt(TextPrompt prompt) { m_textPrompt = std::move(prompt); }
    void setFactorsPrompt(FactorsPrompt prompt) { m_factorsPrompt = std::move(prompt); }
    void setMonthPrompt(MonthPrompt prompt) { m_monthPrompt = std::move(prompt); }

    QAction* copyAction() const { return m_copy; }
    QAction* pasteAction() const { return m_paste; }
    QAction* clearAction() const { return m_clear; }
    QAction* removeInterfacesAction() const { return m_remove; }
    // The months that have happened: locked by an explicit step, unlocked by another (undoable).
    QAction* markActualAction() const { return m_markActual; }
    QAction* unlockActualAction() const { return m_unlockActual; }
    QList<QAction*> fillActions() const {
        return {m_fillValue, m_fillGrowth, m_fillSeasonality, m_fillScale};
    }

    void copySelection();
    bool pasteClipboard();
    void clearSelection();
    void removeSelectedInterfaces();
    void fillWithValue();
    void fillGrowth();
    void fillSeasonality();
    void fillScale();
    void markActual();
    void unlockActual();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void applyFill(const VolumeFill& fill);
    // Asks for a percentage and fills the selection by it (growth or scale).
    void fillByPercent(VolumeFill::Kind kind, const QString& title, const QString& label,
                       const QString& suggested);
    void updateActions();
    void showAddedInterfaces();
    int minimumColumnWidth() const;
    void resizeColumns();
    void widenColumns(const QModelIndex& topLeft, const QModelIndex& bottomRight);

    PlanDocument* m_document;
    ScenarioTableModel* m_model;
    QTableView* m_view;
    QLabel* m_hint;
    QAction* m_copy;
    QAction* m_paste;
    QAction* m_clear;
    QAction* m_remove;
    QAction* m_fillValue;
    QAction* m_fillGrowth;
    QAction* m_fillSeasonality;
    QAction* m_fillScale;
    QAction* m_markActual;
    QAction* m_unlockActual;
    TextPrompt m_textPrompt;
    FactorsPrompt m_factorsPrompt;
    MonthPrompt m_monthPrompt;
    QStringList m_added;      // interfaces inserted by the scenario change under way
    bool m_switching = false; // that change shows another scenario
};

} // namespace ocp
