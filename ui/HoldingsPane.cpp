#include "HoldingsPane.h"

#include "ColumnFitter.h"
#include "PlannerDelegate.h"
#include "model/billing/Catalog.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/HoldingsModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <set>

namespace ocp {

HoldingsPane::HoldingsPane(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new HoldingsModel(document, this))
    , m_view(new QTableView(this))
    , m_add(new QToolButton(this))
    , m_remove(new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this))
    , m_note(new QLabel(this)) {
    m_view->setObjectName(QStringLiteral("holdingsTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlannerDelegate(m_view));
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    new ColumnFitter(m_view);

    // Add: choose the pack from the catalog; the new row is one full pack, edited in place.
    m_add->setObjectName(QStringLiteral("addHolding"));
    m_add->setText(tr("Add holding"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolTip(tr("A pack the account already holds when the plan starts"));
    auto* packs = new QMenu(m_add);
    for (const ResourcePack& rp : document->catalog().packs()) {
        const QString id = rp.id;
        packs->addAction(Display::name(rp.name, rp.nameEn), this, [this, id] { addHolding(id); });
    }
    m_add->setMenu(packs);
    m_remove->setObjectName(QStringLiteral("removeHoldings"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_remove);
    auto* remove = new QToolButton(this);
    remove->setDefaultAction(m_remove);
    remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_remove, &QAction::triggered, this, &HoldingsPane::removeSelected);

    auto* title =
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Packs held at the start").toHtmlEscaped()), this);
    m_note->setObjectName(QStringLiteral("holdingsNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    auto* head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(m_add);
    head->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(m_model, &HoldingsModel::inputRejected, this, &HoldingsPane::statusMessage);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HoldingsPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HoldingsPane::updateActions);
    connect(document, &PlanDocument::resultChanged, this, &HoldingsPane::updateNote);
    updateActions();
    updateNote();
}

bool HoldingsPane::addHolding(const QString& packId) {
    QString message;
    if (!m_model->addHolding(packId, &message)) {
        Q_EMIT statusMessage(message);
        return false;
    }
    const QModelIndex added = m_model->index(m_model->rowCount() - 1, HoldingsModel::RemainingColumn);
    m_view->setCurrentIndex(added);
    m_view->scrollTo(added);
    Q_EMIT statusMessage(tr("Added a held pack: enter the calls left and the last usable month"));
    return true;
}

void HoldingsPane::removeSelected() {
    std::set<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedIndexes())
        rows.insert(i.row());
    QString message;
    if (!m_model->removeHoldings(QList<int>(rows.begin(), rows.end()), &message))
        Q_EMIT statusMessage(message);
}

void HoldingsPane::updateActions() {
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
}

void HoldingsPane::updateNote() {
    const Scenario& s = m_document->scenario();
    if (s.holdings.isEmpty()) {
        m_note->setText(tr("Packs bought before %1 that still have calls: they are used first when they "
                           "expire first, and cost this plan nothing.")
                            .arg(s.start.toString()));
        return;
    }
    qint64 held = 0;
    for (const Holding& h : s.holdings)
        held += h.remaining * h.count;
    m_note->setText(tr("%1 calls held at the start, already paid for.").arg(Display::calls(held)));
}

} // namespace ocp
