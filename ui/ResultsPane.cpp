#include "ResultsPane.h"

#include "ColumnFitter.h"
#include "HoldingsPane.h"
#include "PlannerDelegate.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/LedgerModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/PackAlternativesModel.h"
#include "model/itemmodels/PackLifetimeModel.h"
#include "model/itemmodels/PurchasesModel.h"
#include "model/itemmodels/ResultsModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <set>

namespace ocp {
namespace {

void setUpTable(QTableView* view) {
    view->setItemDelegate(new PlannerDelegate(view));
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    new ColumnFitter(view);
}

QWidget* titled(QLabel* title, QWidget* body, QWidget* tools, QWidget* parent, QLabel* note = nullptr) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    head->addWidget(title, 1);
    if (tools)
        head->addWidget(tools);
    layout->addLayout(head);
    layout->addWidget(body);
    if (note)
        layout->addWidget(note);
    return box;
}

} // namespace

ResultsPane::ResultsPane(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_results(new ResultsModel(document, this))
    , m_ledger(new LedgerModel(document, this))
    , m_purchases(new PurchasesModel(document, this))
    , m_purchasesOfPack(new QSortFilterProxyModel(this))
    , m_resultsView(new QTableView(this))
    , m_ledgerView(new QTableView(this))
    , m_alternatives(new PackAlternativesModel(document, this))
    , m_purchasesView(new QTableView(this))
    , m_alternativesView(new QTableView(this))
    , m_forecast(new PackLifetimeModel(document, this))
    , m_forecastView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_ledgerTitle(new QLabel(this))
    , m_planTitle(new QLabel(this))
    , m_planCost(new QLabel(this))
    , m_alternativesTitle(new QLabel(this))
    , m_alternativesNote(new QLabel(this))
    , m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add purchase"), this))
    , m_remove(new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this))
    , m_adopt(new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")), tr("Adopt"), this))
    , m_adoptRecommended(new QAction(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")),
                                     tr("&Adopt the recommended plan"), this))
    , m_holdings(new HoldingsPane(document, this))
    , m_planTabs(new QTabWidget(this)) {
    m_resultsView->setObjectName(QStringLiteral("resultsTable"));
    m_resultsView->setModel(m_results);
    setUpTable(m_resultsView);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Every column at its content's width; a wide plan scrolls rather than clipping a header.
    m_resultsView->horizontalHeader()->setStretchLastSection(false);

    m_ledgerView->setObjectName(QStringLiteral("ledgerTable"));
    m_ledgerView->setModel(m_ledger);
    setUpTable(m_ledgerView);

    m_purchasesOfPack->setSourceModel(m_purchases);
    m_purchasesOfPack->setFilterRole(PackIdRole);
    m_purchasesView->setObjectName(QStringLiteral("purchasesTable"));
    m_purchasesView->setModel(m_purchasesOfPack);
    setUpTable(m_purchasesView);
    m_purchasesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_purchasesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::SelectedClicked);
    m_add->setObjectName(QStringLiteral("addPurchase"));
    m_remove->setObjectName(QStringLiteral("removePurchase"));
    m_planCost->setObjectName(QStringLiteral("planCost"));
    m_planCost->setWordWrap(true);
    m_planCost->setTextFormat(Qt::RichText); // amounts kept on one line

    m_alternativesView->setObjectName(QStringLiteral("alternativesTable"));
    m_alternativesView->setModel(m_alternatives);
    setUpTable(m_alternativesView);
    m_alternativesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alternativesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_alternativesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_adopt->setObjectName(QStringLiteral("adoptAlternative"));
    m_adopt->setToolTip(tr("Replace this pack's purchases by the selected plan (can be undone)"));
    m_alternativesTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Ranked alternatives").toHtmlEscaped()));
    m_alternativesNote->setObjectName(QStringLiteral("alternativesNote"));
    m_alternativesNote->setWordWrap(true);
    m_alternativesNote->setTextFormat(Qt::PlainText); // may quote an error about a pack of the catalog

    auto* buttons = new QWidget(this);
    auto* buttonsLayout = new QHBoxLayout(buttons);
    buttonsLayout->setContentsMargins(0, 0, 0, 0);
    buttonsLayout->addWidget(m_add);
    buttonsLayout->addWidget(m_remove);

    auto* resultsTitle =
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Cost per resource pack").toHtmlEscaped()), this);
    m_adoptRecommended->setObjectName(QStringLiteral("adoptRecommendedPlan"));
    m_adoptRecommended->setToolTip(tr(
        "Buy what the Recommended plan column says, for every pack at once (Undo restores your purchases)"));
    connect(m_adoptRecommended, &QAction::triggered, this, &ResultsPane::adoptRecommendedPlan);
    auto* adoptRecommended = new QToolButton(this);
    adoptRecommended->setDefaultAction(m_adoptRecommended);
    adoptRecommended->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Ledger, purchases and alternatives side by side: stacked, a laptop screen left one row
    // of purchases and no alternative in sight.
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(titled(m_ledgerTitle, m_ledgerView, nullptr, bottom));
    // Purchases and the packs held at the start share a column: both are what the plan has.
    m_planTabs->setObjectName(QStringLiteral("planTabs"));
    m_planTabs->setDocumentMode(true);
    m_planTabs->addTab(titled(m_planTitle, m_purchasesView, buttons, m_planTabs, m_planCost), tr("Purchases"));
    m_planTabs->addTab(m_holdings, tr("Held packs"));
    bottom->addWidget(m_planTabs);
    QWidget* alternatives = titled(m_alternativesTitle, m_alternativesView, m_adopt, bottom, m_alternativesNote);
    bottom->addWidget(alternatives);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setStretchFactor(2, 1);
    // The held packs have nine columns: while their tab is shown the alternatives (of purchases)
    // step aside, so what the plan does with the holdings (used, expired, left at the end) is in
    // sight at 1280 pixels.
    connect(m_planTabs, &QTabWidget::currentChanged, bottom, [this, bottom, alternatives](int tab) {
        const bool holdings = m_planTabs->widget(tab) == m_holdings;
        alternatives->setVisible(!holdings);
        const QList<int> sizes = bottom->sizes();
        const int width = sizes.value(0) + sizes.value(1) + sizes.value(2);
        if (width <= 0)
            return;
        if (holdings)
            bottom->setSizes({width / 5, width - width / 5, 0});
        else
            bottom->setSizes({width / 3, width / 3, width - 2 * (width / 3)});
    });
    bottom->setChildrenCollapsible(false);
    m_forecastView->setObjectName(QStringLiteral("forecastTable"));
    m_forecastView->setModel(m_forecast);
    setUpTable(m_forecastView);
    m_forecastView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_forecastView->horizontalHeader()->setStretchLastSection(false); // figures at their width
    auto* forecastTitle = new QLabel(
        QStringLiteral("<b>%1</b>").arg(tr("When each line of packs runs out or expires").toHtmlEscaped()), this);
    auto* forecastNote = new QLabel(
        tr("Held packs are used first when they expire first. Calls still unused when a pack expires are lost."),
        this);
    forecastNote->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("resultsTabs"));
    m_tabs->setDocumentMode(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_tabs->addTab(titled(resultsTitle, m_resultsView, adoptRecommended, m_tabs), tr("Cost per pack"));
    m_tabs->addTab(titled(forecastTitle, m_forecastView, nullptr, m_tabs, forecastNote), tr("Run-out and expiry"));
    splitter->addWidget(m_tabs);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showPack(m_results->packAt(current.row()));
            });
    connect(m_add, &QPushButton::clicked, this, &ResultsPane::addPurchase);
    connect(m_remove, &QPushButton::clicked, this, &ResultsPane::removePurchases);
    connect(m_purchases, &PurchasesModel::inputRejected, this, &ResultsPane::statusMessage);
    connect(m_holdings, &HoldingsPane::statusMessage, this, &ResultsPane::statusMessage);
    auto countHoldings = [this] {
        const auto held = m_document->scenario().holdings.size();
        m_planTabs->setTabText(1, held == 0 ? tr("Held packs") : tr("Held packs (%1)").arg(held));
    };
    connect(m_document, &PlanDocument::scenarioReplaced, this, countHoldings);
    countHoldings();
    connect(m_purchasesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResultsPane::updateButtons);
    connect(m_alternativesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResultsPane::updateButtons);
    connect(m_adopt, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_alternativesView->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            adoptAlternative(rows.constFirst().row());
    });
    connect(m_alternativesView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) { adoptAlternative(index.row()); });
    connect(m_alternatives, &PackAlternativesModel::stateChanged, this, &ResultsPane::updateAlternatives);
    connect(m_document, &PlanDocument::resultChanged, this, &ResultsPane::updatePlanCost);
    connect(m_document, &PlanDocument::resultChanged, this, &ResultsPane::updateAdoptRecommended);
    // Results rows come and go with the plan; keep showing the same pack.
    auto reselect = [this] {
        const int row = m_pack >= 0 ? m_results->rowOfPack(m_pack) : m_results->rowCount() - 1;
        if (row >= 0 && m_resultsView->currentIndex().row() != row)
            m_resultsView->selectRow(row);
    };
    connect(m_results, &QAbstractItemModel::modelReset, this, reselect);
    connect(m_results, &QAbstractItemModel::rowsRemoved, this, reselect);
    showPack(-1);
    updateAdoptRecommended();
}

void ResultsPane::updateAdoptRecommended() {
    const auto snapshot = m_document->snapshot();
    const bool ready = snapshot->isValid() && !snapshot->optimizing && snapshot->optimized;
    m_adoptRecommended->setEnabled(ready &&
                                   snapshot->optimized->scenario.purchases != snapshot->scenario.purchases);
}

void ResultsPane::adoptRecommendedPlan() {
    try {
        m_document->adoptRecommendedPlan();
    } catch (const InputError& e) {
        Q_EMIT statusMessage(e.message());
        return;
    }
    Q_EMIT statusMessage(tr("Adopted the recommended plan for every pack (%1); Undo restores your purchases")
                             .arg(Display::yuan(m_document->snapshot()->result.total())));
}

void ResultsPane::selectPack(int pack) {
    const int row = pack >= 0 ? m_results->rowOfPack(pack) : m_results->rowCount() - 1;
    if (row >= 0)
        m_resultsView->selectRow(row);
    else
        showPack(pack);
}

void ResultsPane::showPack(int pack) {
    m_pack = pack;
    m_ledger->setPack(pack);
    m_alternatives->setPack(pack);
    QString name;
    if (pack >= 0) {
        const ResourcePack& rp = m_document->catalog().packs().at(pack);
        name = Display::name(rp.name, rp.nameEn);
        m_purchasesOfPack->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(rp.id))));
        m_ledgerTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Ledger: %1").arg(name).toHtmlEscaped()));
        m_planTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Purchases: %1").arg(name).toHtmlEscaped()));
    } else {
        m_purchasesOfPack->setFilterRegularExpression(QRegularExpression());
        m_ledgerTitle->setText(
            QStringLiteral("<b>%1</b>").arg(tr("Ledger: all resource packs").toHtmlEscaped()));
        m_planTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Purchases: all packs").toHtmlEscaped()));
    }
    updateButtons();
    updatePlanCost();
    updateAlternatives();
    Q_EMIT packSelected(pack);
}

void ResultsPane::updateButtons() {
    m_add->setEnabled(m_pack >= 0);
    m_add->setToolTip(m_pack >= 0 ? QString() : tr("Select a resource pack in the table above first"));
    m_remove->setEnabled(m_purchasesView->selectionModel()->hasSelection());
    m_adopt->setEnabled(m_alternatives->state() == PackAlternativesModel::State::Ready &&
                        m_alternativesView->selectionModel()->hasSelection());
}

void ResultsPane::updateAlternatives() {
    m_alternativesNote->setText(m_alternatives->statusText());
    updateButtons();
}

void ResultsPane::updatePlanCost() {
    // From the document's snapshot, so it changes with the edit that changed the purchases.
    const auto snapshot = m_document->snapshot();
    if (!snapshot->isValid()) {
        m_planCost->clear();
        return;
    }
    const bool total = m_pack < 0 || m_pack >= snapshot->result.packs.size();
    const Money own = total ? snapshot->result.total() : snapshot->result.packs.at(m_pack).total();
    // An amount never breaks across lines (a lone "元" started the next one).
    auto yuan = [](Money amount) {
        return QStringLiteral("<span style='white-space:nowrap'>%1</span>")
            .arg(Display::yuan(amount).toHtmlEscaped());
    };
    QString text = total ? tr("All packs: your plan costs %1").arg(yuan(own))
                         : tr("Your plan for this pack costs %1").arg(yuan(own));
    if (snapshot->optimizing)
        text += QStringLiteral(" · ") + tr("cheapest plan: calculating…");
    if (snapshot->optimized) {
        const Money best =
            total ? snapshot->optimized->total() : snapshot->optimized->packs.at(m_pack).total();
        const Money gap = own - best;
        text += QStringLiteral(" · ") + tr("cheapest plan %1").arg(yuan(best)) + QStringLiteral(" · ");
        text += gap.isZero() ? tr("this is the cheapest plan") : tr("gap %1").arg(yuan(gap));
    }
    m_planCost->setText(text);
}

void ResultsPane::adoptAlternative(int row) {
    if (row < 0 || row >= m_alternatives->rowCount())
        return;
    const QString plan = m_alternatives->index(row, PackAlternativesModel::PlanColumn).data().toString();
    const Money total = m_alternatives->alternative(row).total();
    QString message;
    if (!m_alternatives->adopt(row, &message)) {
        Q_EMIT statusMessage(message);
        return;
    }
    Q_EMIT statusMessage(
        tr("Adopted %1 (%2); Undo restores the previous purchases").arg(plan, Display::yuan(total)));
}

void ResultsPane::addPurchase() {
    if (m_pack < 0)
        return;
    QString message;
    if (!m_purchases->addPurchase(m_document->catalog().packs().at(m_pack).id, &message))
        Q_EMIT statusMessage(message);
}

void ResultsPane::removePurchases() {
    std::set<int> rows;
    for (const QModelIndex& index : m_purchasesView->selectionModel()->selectedIndexes())
        rows.insert(m_purchasesOfPack->mapToSource(index).row());
    QString message;
    if (!m_purchases->removePurchases(QList<int>(rows.begin(), rows.end()), &message))
        Q_EMIT statusMessage(message);
}

} // namespace ocp
