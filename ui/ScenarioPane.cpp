#include "ScenarioPane.h"

#include "PlannerDelegate.h"
#include "model/billing/InputError.h"
#include "model/billing/JsonReader.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/ScenarioListModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace ocp {

ScenarioPane::ScenarioPane(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ScenarioListModel(document, this))
    , m_view(new QTableView(this))
    , m_switcher(new QComboBox(this))
    , m_planName(new QLineEdit(this))
    , m_robustMethod(new QComboBox(this))
    , m_add(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New scenario…"), this))
    , m_duplicate(new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Duplicate scenario"), this))
    , m_deriveScaled(new QAction(tr("Derive by a volume &factor…"), this))
    , m_deriveGrowth(new QAction(tr("Derive by monthly &growth…"), this))
    , m_rename(new QAction(tr("&Rename scenario…"), this))
    , m_remove(new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Re&move scenario"), this)) {
    m_view->setObjectName(QStringLiteral("scenarioList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlannerDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ScenarioListModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ScenarioListModel::WeightColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);

    m_switcher->setObjectName(QStringLiteral("scenarioSwitcher"));
    m_switcher->setModel(m_model);
    m_switcher->setModelColumn(ScenarioListModel::NameColumn);
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_switcher->setToolTip(tr("The scenario every view shows"));

    m_add->setToolTip(tr("Add an empty scenario over the same months"));
    m_duplicate->setToolTip(tr("Copy the current scenario with its purchases"));
    m_deriveScaled->setToolTip(tr("A new scenario with the current one's volumes times a factor"));
    m_deriveGrowth->setToolTip(tr("A new scenario whose volumes grow by a rate each month"));
    m_remove->setToolTip(tr("Remove the current scenario (a plan keeps at least one)"));
    connect(m_add, &QAction::triggered, this, &ScenarioPane::addScenario);
    connect(m_duplicate, &QAction::triggered, this,
            [this] { run([this] { m_document->duplicateScenario(m_document->currentScenario()); }); });
    connect(m_deriveScaled, &QAction::triggered, this, [this] { derive(Derivation::Kind::Scale); });
    connect(m_deriveGrowth, &QAction::triggered, this, [this] { derive(Derivation::Kind::Growth); });
    connect(m_rename, &QAction::triggered, this, &ScenarioPane::rename);
    connect(m_remove, &QAction::triggered, this,
            [this] { run([this] { m_document->removeScenario(m_document->currentScenario()); }); });

    // Every action as a button in two columns: a tool bar hid the last ones behind "»" in a
    // narrow dock.
    m_add->setIconText(tr("New…"));
    m_duplicate->setIconText(tr("Duplicate"));
    m_deriveScaled->setIconText(tr("Derive by a factor…"));
    m_deriveGrowth->setIconText(tr("Derive by growth…"));
    m_rename->setIconText(tr("Rename…"));
    m_remove->setIconText(tr("Remove"));
    auto* tools = new QGridLayout;
    tools->setSpacing(4);
    const QList<QAction*> buttons{m_add, m_duplicate, m_deriveScaled, m_deriveGrowth, m_rename, m_remove};
    for (int i = 0; i < buttons.size(); ++i) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(buttons.at(i));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        tools->addWidget(button, i / 2, i % 2);
    }
    m_planName->setObjectName(QStringLiteral("planTitle"));
    m_planName->setPlaceholderText(tr("the plan's name, for reports"));
    m_planName->setMaxLength(static_cast<int>(JsonReader::kMaxTextLength)); // what a plan file accepts
    m_robustMethod->setObjectName(QStringLiteral("robustMethod"));
    m_robustMethod->addItem(tr("Lowest weighted average cost"), static_cast<int>(RobustMethod::ExpectedCost));
    m_robustMethod->addItem(tr("Smallest largest regret"), static_cast<int>(RobustMethod::MinMaxRegret));
    m_robustMethod->setToolTip(
        tr("How one set of purchases is chosen for all scenarios: the lowest cost weighted "
           "by the scenarios' weights, or the smallest extra cost over any scenario's own "
           "best plan"));
    connect(m_planName, &QLineEdit::editingFinished, this, [this] {
        if (m_planName->text().trimmed() != m_document->plan().name)
            run([this] { m_document->setPlanName(m_planName->text()); });
    });
    connect(m_robustMethod, &QComboBox::activated, this, [this](int index) {
        const auto method = static_cast<RobustMethod>(m_robustMethod->itemData(index).toInt());
        if (method != m_document->plan().robustMethod)
            run([this, method] { m_document->setRobustMethod(method); });
    });
    m_robustMethod->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_robustMethod->setMinimumContentsLength(12);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Plan:"), m_planName);
    form->addRow(tr("One plan for all:"), m_robustMethod);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addLayout(tools);
    layout->addWidget(m_view);

    m_namePrompt = [this](const QString& title, const QString& current) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, current, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    m_derivePrompt = [this](Derivation::Kind kind) {
        return askDerivation(kind);
    };

    connect(m_model, &ScenarioListModel::editRefused, this, &ScenarioPane::statusMessage);
    // The switcher and the list both switch the scenario; the document tells them back.
    connect(m_switcher, &QComboBox::activated, this, [this](int row) {
        if (row >= 0 && row < m_document->scenarioCount())
            m_document->setCurrentScenario(row);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (index.isValid() && index.row() != m_document->currentScenario())
                    m_document->setCurrentScenario(index.row());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScenarioPane::updateSwitcher);
    connect(document, &PlanDocument::currentScenarioChanged, this, &ScenarioPane::updateSwitcher);
    connect(document, &PlanDocument::planChanged, this, &ScenarioPane::updateSwitcher);
    connect(document, &PlanDocument::planChanged, this, &ScenarioPane::updatePlanFields);
    updateSwitcher();
    updatePlanFields();
}

QList<QAction*> ScenarioPane::actions() const {
    return {m_add, m_duplicate, m_deriveScaled, m_deriveGrowth, m_rename, m_remove};
}

void ScenarioPane::updateSwitcher() {
    const int current = m_document->currentScenario();
    if (m_switcher->currentIndex() != current)
        m_switcher->setCurrentIndex(current);
    const QModelIndex index = m_model->index(current, ScenarioListModel::NameColumn);
    if (m_view->currentIndex().row() != current)
        m_view->setCurrentIndex(index);
    updateActions();
}

void ScenarioPane::updatePlanFields() {
    if (m_planName->text() != m_document->plan().name)
        m_planName->setText(m_document->plan().name);
    m_robustMethod->setCurrentIndex(
        m_robustMethod->findData(static_cast<int>(m_document->plan().robustMethod)));
}

void ScenarioPane::updateActions() {
    const bool several = m_document->scenarioCount() > 1;
    const bool room = m_document->scenarioCount() < PlanDocument::kMaxScenarios;
    m_remove->setEnabled(several);
    for (QAction* a : {m_add, m_duplicate, m_deriveScaled, m_deriveGrowth})
        a->setEnabled(room);
}

void ScenarioPane::run(const std::function<void()>& edit) {
    try {
        edit();
    } catch (const InputError& e) {
        Q_EMIT statusMessage(e.message());
    }
}

void ScenarioPane::addScenario() {
    const auto name = m_namePrompt(tr("New scenario"), m_document->plan().uniqueName(tr("Scenario")));
    if (name)
        run([this, &name] { m_document->addScenario(*name); });
}

void ScenarioPane::rename() {
    const int index = m_document->currentScenario();
    const auto name = m_namePrompt(tr("Rename scenario"), m_document->scenario().name);
    if (name)
        run([this, index, &name] { m_document->renameScenario(index, *name); });
}

void ScenarioPane::derive(Derivation::Kind kind) {
    const auto request = m_derivePrompt(kind);
    if (!request)
        return;
    const int base = m_document->currentScenario();
    run([this, base, &request] {
        if (request->kind == Derivation::Kind::Scale)
            m_document->deriveScaled(base, request->ppm, request->name);
        else
            m_document->deriveWithGrowth(base, request->ppm, request->name);
    });
}

std::optional<ScenarioPane::Derivation> ScenarioPane::askDerivation(Derivation::Kind kind) {
    QDialog dialog(this);
    const bool scale = kind == Derivation::Kind::Scale;
    dialog.setWindowTitle(scale ? tr("Derive a scenario by a volume factor")
                                : tr("Derive a scenario by monthly growth"));
    auto* value = new QDoubleSpinBox(&dialog);
    value->setDecimals(2);
    value->setSuffix(QStringLiteral(" %"));
    if (scale) {
        value->setRange(0, 10'000);
        value->setValue(80);
    } else {
        value->setRange(-99.99, 1'000);
        value->setValue(2);
    }
    auto* name = new QLineEdit(&dialog);
    name->setMaxLength(static_cast<int>(JsonReader::kMaxTextLength));
    name->setPlaceholderText(tr("made from “%1”").arg(m_document->scenario().name));
    // Wide enough for the whole placeholder, which says what an empty name becomes.
    name->setMinimumWidth(name->fontMetrics().horizontalAdvance(name->placeholderText()) + 24);
    auto* form = new QFormLayout(&dialog);
    auto* base = new QLabel(m_document->scenario().name, &dialog);
    base->setTextFormat(Qt::PlainText); // a name from a file, never HTML
    form->addRow(tr("Base scenario:"), base);
    form->addRow(scale ? tr("Volume (100 % = unchanged):") : tr("Growth per month:"), value);
    form->addRow(tr("Name:"), name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Derivation d;
    d.kind = kind;
    d.ppm = std::llround(value->value() * 10'000.0);
    d.name = name->text();
    return d;
}

} // namespace ocp
