#include "SettingsPane.h"

#include "PlannerDelegate.h"
#include "model/billing/JsonReader.h"
#include "model/document/PlanDocument.h"
#include "model/itemmodels/BillableShareModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/PriceOverridesModel.h"
#include "model/itemmodels/ScenarioSettingsModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace ocp {

SettingsPane::SettingsPane(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_settings(new ScenarioSettingsModel(document, this))
    , m_prices(new PriceOverridesModel(document, this))
    , m_shares(new BillableShareModel(document, this))
    , m_pricesProxy(new QSortFilterProxyModel(this))
    , m_name(new QLineEdit(this))
    , m_start(new QDateEdit(this))
    , m_months(new QSpinBox(this))
    , m_policy(new QComboBox(this))
    , m_tierBasis(new QComboBox(this))
    , m_aboveTop(new QLineEdit(this))
    , m_priceFilter(new QLineEdit(this))
    , m_pricesView(new QTreeView(this))
    , m_sharesView(new QTableView(this)) {
    using Column = ScenarioSettingsModel::Column;
    auto header = [this](int column) {
        return m_settings->headerData(column, Qt::Horizontal).toString();
    };
    auto tip = [this](int column) {
        return m_settings->index(0, column).data(Qt::ToolTipRole).toString();
    };

    m_name->setObjectName(QStringLiteral("planName"));
    m_name->setMaxLength(static_cast<int>(JsonReader::kMaxTextLength)); // what a plan file accepts
    m_start->setObjectName(QStringLiteral("startMonth"));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_start->setKeyboardTracking(false);
    m_start->setMinimumDate(QDate(1900, 1, 1));
    m_months->setObjectName(QStringLiteral("horizon"));
    m_months->setRange(1, Scenario::kMaxMonths);
    m_months->setKeyboardTracking(false);
    m_months->setSuffix(tr(" months"));
    for (const QVariant& choice : m_settings->index(0, Column::PolicyColumn).data(ChoicesRole).toList())
        m_policy->addItem(choice.toMap().value(QStringLiteral("label")).toString());
    for (const QVariant& choice : m_settings->index(0, Column::TierBasisColumn).data(ChoicesRole).toList())
        m_tierBasis->addItem(choice.toMap().value(QStringLiteral("label")).toString());
    m_policy->setToolTip(tip(Column::PolicyColumn));
    m_tierBasis->setToolTip(tip(Column::TierBasisColumn));
    m_aboveTop->setObjectName(QStringLiteral("aboveTopPrice"));
    m_aboveTop->setToolTip(tip(Column::AboveTopPriceColumn));
    m_aboveTop->setPlaceholderText(tr("top tier price (estimate)"));

    // A narrow dock (a laptop screen) puts long labels above their fields and lets the choices
    // shrink (the full text stays in the drop-down).
    for (QComboBox* box : {m_policy, m_tierBasis}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(header(Column::NameColumn), m_name);
    form->addRow(header(Column::StartColumn), m_start);
    form->addRow(header(Column::MonthsColumn), m_months);
    form->addRow(header(Column::PolicyColumn), m_policy);
    form->addRow(header(Column::TierBasisColumn), m_tierBasis);
    form->addRow(tr("Price above 1,000,000 (元/call)"), m_aboveTop);

    // User actions write one column; model changes (including undo) update the widgets.
    connect(m_name, &QLineEdit::editingFinished, this, [this] { write(Column::NameColumn, m_name->text()); });
    connect(m_start, &QDateEdit::dateChanged, this, [this](QDate date) { write(Column::StartColumn, date); });
    connect(m_months, &QSpinBox::valueChanged, this,
            [this](int months) { write(Column::MonthsColumn, months); });
    connect(m_policy, &QComboBox::activated, this, [this](int index) { write(Column::PolicyColumn, index); });
    connect(m_tierBasis, &QComboBox::activated, this,
            [this](int index) { write(Column::TierBasisColumn, index); });
    connect(m_aboveTop, &QLineEdit::editingFinished, this,
            [this] { write(Column::AboveTopPriceColumn, m_aboveTop->text()); });
    connect(m_settings, &QAbstractItemModel::dataChanged, this, &SettingsPane::showValues);
    connect(m_settings, &ScenarioSettingsModel::inputRejected, this, &SettingsPane::statusMessage);
    connect(m_prices, &PriceOverridesModel::inputRejected, this, &SettingsPane::statusMessage);
    connect(m_shares, &BillableShareModel::inputRejected, this, &SettingsPane::statusMessage);

    m_pricesProxy->setSourceModel(m_prices);
    m_pricesProxy->setRecursiveFilteringEnabled(true);
    // Names never change with edits: filter when the search text changes, not on every edit.
    m_pricesProxy->setDynamicSortFilter(false);
    m_pricesProxy->setAutoAcceptChildRows(true);
    m_pricesProxy->setFilterRole(SearchTextRole);
    m_pricesProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_priceFilter->setPlaceholderText(tr("Find a pack or postpaid group"));
    m_priceFilter->setClearButtonEnabled(true);
    connect(m_priceFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_pricesProxy->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_pricesView->expandAll();
    });
    m_pricesView->setObjectName(QStringLiteral("priceOverrides"));
    m_pricesView->setModel(m_pricesProxy);
    m_pricesView->setItemDelegate(new PlannerDelegate(m_pricesView));
    m_pricesView->setUniformRowHeights(true);
    m_pricesView->setAlternatingRowColors(true);
    m_pricesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_pricesView->header()->setSectionResizeMode(PriceOverridesModel::ItemColumn, QHeaderView::Stretch);
    m_pricesView->header()->setSectionResizeMode(PriceOverridesModel::ListPriceColumn,
                                                 QHeaderView::ResizeToContents);
    m_pricesView->header()->setSectionResizeMode(PriceOverridesModel::YourPriceColumn,
                                                 QHeaderView::ResizeToContents);
    m_pricesView->header()->setStretchLastSection(false);
    m_pricesView->expandToDepth(0);
    auto* prices = new QWidget(this);
    auto* pricesLayout = new QVBoxLayout(prices);
    pricesLayout->setContentsMargins(0, 0, 0, 0);
    auto* pricesHint = new QLabel(tr("Discounted or negotiated prices replace the list prices in this plan; "
                                     "clear a cell to go back to the list price."),
                                  prices);
    pricesHint->setWordWrap(true);
    pricesLayout->addWidget(pricesHint);
    pricesLayout->addWidget(m_priceFilter);
    pricesLayout->addWidget(m_pricesView);

    m_sharesView->setObjectName(QStringLiteral("billableShares"));
    m_sharesView->setModel(m_shares);
    m_sharesView->setItemDelegate(new PlannerDelegate(m_sharesView));
    m_sharesView->verticalHeader()->hide();
    m_sharesView->horizontalHeader()->setSectionResizeMode(BillableShareModel::InterfaceColumn,
                                                           QHeaderView::Stretch);
    m_sharesView->horizontalHeader()->setSectionResizeMode(BillableShareModel::ShareColumn,
                                                           QHeaderView::ResizeToContents);
    m_sharesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    auto* shares = new QWidget(this);
    auto* sharesLayout = new QVBoxLayout(shares);
    sharesLayout->setContentsMargins(0, 0, 0, 0);
    auto* sharesHint =
        new QLabel(tr("Only successfully recognised images are billed by some interfaces: enter the "
                      "expected success rate."),
                   shares);
    sharesHint->setWordWrap(true);
    sharesLayout->addWidget(sharesHint);
    sharesLayout->addWidget(m_sharesView);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(prices, tr("Prices"));
    tabs->addTab(shares, tr("Billable share"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addWidget(tabs, 1);
    showValues();
}

void SettingsPane::write(int column, const QVariant& value) {
    m_settings->setData(m_settings->index(0, column), value);
}

void SettingsPane::showValues() {
    using Column = ScenarioSettingsModel::Column;
    auto value = [this](int column) {
        return m_settings->index(0, column).data(Qt::EditRole);
    };
    const QSignalBlocker b1(m_name);
    const QSignalBlocker b2(m_start);
    const QSignalBlocker b3(m_months);
    const QSignalBlocker b4(m_policy);
    const QSignalBlocker b5(m_tierBasis);
    const QSignalBlocker b6(m_aboveTop);
    if (m_name->text() != value(Column::NameColumn).toString()) {
        m_name->setText(value(Column::NameColumn).toString());
        m_name->setCursorPosition(0); // show the start of a long name
    }
    m_start->setDate(value(Column::StartColumn).toDate());
    m_months->setValue(value(Column::MonthsColumn).toInt());
    m_policy->setCurrentIndex(value(Column::PolicyColumn).toInt());
    m_tierBasis->setCurrentIndex(value(Column::TierBasisColumn).toInt());
    m_aboveTop->setText(value(Column::AboveTopPriceColumn).toString());
}

} // namespace ocp
