#pragma once

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTableView;

namespace ocp {

class CostCentresModel;
class PlanDocument;

// Who uses each interface's calls: the cost centres (departments, projects) of the current
// scenario, one row per interface and centre, shares in percent or calls per month edited in
// place. For the interface chosen above the table: add a centre, split it evenly, switch
// between shares and calls, remove a centre from every interface, or leave the interface
// unallocated. Every change is one undo step; refusals are reported through statusMessage and
// the old value stays.
class CostCentresPane : public QWidget {
    Q_OBJECT

public:
    // Asks the user for one line of text; nullopt when cancelled. Replaceable for tests.
    using TextPrompt =
        std::function<std::optional<QString>(const QString& title, const QString& label, const QString& initial)>;

    explicit CostCentresPane(PlanDocument* document, QWidget* parent = nullptr);

    CostCentresModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* interfaceChoice() const { return m_interface; }
    QAction* addAction() const { return m_add; }
    QAction* splitEvenlyAction() const { return m_splitEvenly; }
    QAction* byCallsAction() const { return m_byCalls; }
    QAction* removeAction() const { return m_remove; }
    QAction* unallocateAction() const { return m_unallocate; }
    void setTextPrompt(TextPrompt prompt) { m_prompt = std::move(prompt); }

    // The interface the buttons act on (an id), or empty when the scenario has none.
    QString currentInterface() const;
    void setCurrentInterface(const QString& interfaceId);

    void addCentre();
    void splitEvenly();
    void setByCalls(bool byCalls);
    void removeCentre();
    void unallocate();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void refreshInterfaces();
    void updateActions();
    // Runs one document edit, reporting a refusal instead of throwing.
    bool edit(const std::function<void()>& change);

    PlanDocument* m_document;
    CostCentresModel* m_model;
    QTableView* m_view;
    QComboBox* m_interface;
    QAction* m_add;
    QAction* m_splitEvenly;
    QAction* m_byCalls;
    QAction* m_remove;
    QAction* m_unallocate;
    QLabel* m_note;
    TextPrompt m_prompt;
};

} // namespace ocp
