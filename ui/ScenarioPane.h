#pragma once

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLineEdit;
class QTableView;

namespace ocp {

class PlanDocument;
class ScenarioListModel;

// The scenarios of the plan (基准 / 保守 / 乐观 …): a list with each scenario's name and
// weight (edited in place), the actions that add, duplicate, derive, rename and remove
// scenarios, and a combo box for the tool bar that switches the scenario every view shows.
// Every action is one undoable document edit; the dialogs are replaceable for tests.
class ScenarioPane : public QWidget {
    Q_OBJECT

public:
    // What the derive dialog asks: a factor on the volumes or a monthly growth, and a name.
    struct Derivation {
        enum class Kind { Scale, Growth };
        Kind kind = Kind::Scale;
        qint64 ppm = 1'000'000; // factor (1,000,000 = 100 %) or monthly growth (50,000 = 5 %)
        QString name;           // empty: a name is made from the base scenario's
    };
    using NamePrompt = std::function<std::optional<QString>(const QString& title, const QString& current)>;
    using DerivePrompt = std::function<std::optional<Derivation>(Derivation::Kind kind)>;

    explicit ScenarioPane(PlanDocument* document, QWidget* parent = nullptr);

    ScenarioListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The switcher for the tool bar (owned by this pane, shown wherever it is placed).
    QComboBox* switcher() const { return m_switcher; }
    QLineEdit* planNameEdit() const { return m_planName; }
    QComboBox* robustMethodBox() const { return m_robustMethod; }

    QAction* addAction() const { return m_add; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deriveScaledAction() const { return m_deriveScaled; }
    QAction* deriveGrowthAction() const { return m_deriveGrowth; }
    QAction* renameAction() const { return m_rename; }
    QAction* removeAction() const { return m_remove; }
    QList<QAction*> actions() const;

    void setNamePrompt(NamePrompt prompt) { m_namePrompt = std::move(prompt); }
    void setDerivePrompt(DerivePrompt prompt) { m_derivePrompt = std::move(prompt); }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void addScenario();
    void derive(Derivation::Kind kind);
    void rename();
    void run(const std::function<void()>& edit);
    void updateSwitcher();
    void updateActions();
    void updatePlanFields();
    std::optional<Derivation> askDerivation(Derivation::Kind kind);

    PlanDocument* m_document;
    ScenarioListModel* m_model;
    QTableView* m_view;
    QComboBox* m_switcher;
    QLineEdit* m_planName;
    QComboBox* m_robustMethod;
    QAction* m_add;
    QAction* m_duplicate;
    QAction* m_deriveScaled;
    QAction* m_deriveGrowth;
    QAction* m_rename;
    QAction* m_remove;
    NamePrompt m_namePrompt;
    DerivePrompt m_derivePrompt;
};

} // namespace ocp
