#include "CostCentresPane.h"

#include "ColumnFitter.h"
#include "PlannerDelegate.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/CostCentresModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QRegularExpression>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ocp {

namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

CostCentresPane::CostCentresPane(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new CostCentresModel(document, this))
    , m_view(new QTableView(this))
    , m_interface(new QComboBox(this))
    , m_add(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add centre…"), this))
    , m_splitEvenly(new QAction(tr("Split evenly…"), this))
    , m_byCalls(new QAction(tr("Calls per centre"), this))
    , m_remove(new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove centre"), this))
    , m_unallocate(new QAction(tr("Unallocated"), this))
    , m_note(new QLabel(this)) {
    setObjectName(QStringLiteral("costCentresPane"));
    m_view->setObjectName(QStringLiteral("costCentresTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlannerDelegate(m_view));
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    new ColumnFitter(m_view);

    m_interface->setObjectName(QStringLiteral("costCentreInterface"));
    m_interface->setToolTip(tr("The interface the buttons below act on"));
    m_add->setObjectName(QStringLiteral("addCostCentre"));
    m_add->setToolTip(tr("A department or project that uses this interface's calls"));
    m_splitEvenly->setObjectName(QStringLiteral("splitEvenly"));
    m_splitEvenly->setToolTip(tr("Share this interface's calls equally between cost centres"));
    m_byCalls->setObjectName(QStringLiteral("costCentresByCalls"));
    m_byCalls->setCheckable(true);
    m_byCalls->setToolTip(tr("Enter calls per month for each centre (their sum is the interface's volume) "
                             "instead of shares"));
    m_remove->setObjectName(QStringLiteral("removeCostCentre"));
    m_remove->setToolTip(tr("Remove the selected cost centre from every interface; its part goes to the others"));
    m_unallocate->setObjectName(QStringLiteral("unallocateInterface"));
    m_unallocate->setToolTip(tr("Remove this interface's split: its calls go to the Unallocated line"));

    m_prompt = [this](const QString& title, const QString& label, const QString& initial) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, title, label, QLineEdit::Normal, initial, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    connect(m_add, &QAction::triggered, this, &CostCentresPane::addCentre);
    connect(m_splitEvenly, &QAction::triggered, this, &CostCentresPane::splitEvenly);
    connect(m_byCalls, &QAction::triggered, this, &CostCentresPane::setByCalls);
    connect(m_remove, &QAction::triggered, this, &CostCentresPane::removeCentre);
    connect(m_unallocate, &QAction::triggered, this, &CostCentresPane::unallocate);

    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Cost centres").toHtmlEscaped()), this);
    m_note->setObjectName(QStringLiteral("costCentresNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    auto* head = new QHBoxLayout;
    head->addWidget(title);
    head->addWidget(m_interface, 1);
    // Two rows of buttons: the dock shares the window's left side with the catalog and settings,
    // a quarter of a laptop screen.
    auto* buttons = new QHBoxLayout;
    for (QAction* action : {m_add, m_splitEvenly, m_byCalls})
        buttons->addWidget(buttonFor(action, this));
    buttons->addStretch(1);
    auto* moreButtons = new QHBoxLayout;
    for (QAction* action : {m_remove, m_unallocate})
        moreButtons->addWidget(buttonFor(action, this));
    moreButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(head);
    layout->addLayout(buttons);
    layout->addLayout(moreButtons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(m_model, &CostCentresModel::inputRejected, this, &CostCentresPane::statusMessage);
    connect(m_interface, &QComboBox::currentIndexChanged, this, &CostCentresPane::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            setCurrentInterface(m_model->interfaceAt(current.row()));
        updateActions();
    });
    connect(document, &PlanDocument::scenarioReplaced, this, &CostCentresPane::refreshInterfaces);
    refreshInterfaces();
}

void CostCentresPane::refreshInterfaces() {
    const QString current = currentInterface();
    const QSignalBlocker block(m_interface);
    m_interface->clear();
    const Catalog& catalog = m_document->catalog();
    for (const OcrInterface& api : catalog.interfaces()) {
        if (m_document->scenario().volumes.contains(api.id))
            m_interface->addItem(Display::name(api.name, api.nameEn), api.id);
    }
    const int keep = m_interface->findData(current);
    m_interface->setCurrentIndex(keep >= 0 ? keep : 0);
    updateActions();
}

QString CostCentresPane::currentInterface() const {
    return m_interface->currentData().toString();
}

void CostCentresPane::setCurrentInterface(const QString& interfaceId) {
    const int i = m_interface->findData(interfaceId);
    if (i >= 0)
        m_interface->setCurrentIndex(i);
}

void CostCentresPane::updateActions() {
    const QString api = currentInterface();
    const CostCentreSplit split = m_document->scenario().costCentres.value(api);
    m_add->setEnabled(!api.isEmpty());
    m_splitEvenly->setEnabled(!api.isEmpty());
    m_byCalls->setEnabled(!split.isEmpty());
    m_byCalls->setChecked(split.byVolumes());
    m_unallocate->setEnabled(!split.isEmpty());
    m_remove->setEnabled(m_view->currentIndex().isValid());
    const QStringList centres = m_document->costCentres();
    if (centres.isEmpty())
        m_note->setText(tr("No interface is split: every call goes to the Unallocated line. Choose an interface "
                           "and add the departments or projects that use it."));
    else
        m_note->setText(tr("%n cost centre(s): %1. Interfaces without a split go to the Unallocated line.", nullptr,
                           static_cast<int>(centres.size()))
                            .arg(centres.join(QStringLiteral(", "))));
}

bool CostCentresPane::edit(const std::function<void()>& change) {
    try {
        change();
    } catch (const InputError& e) {
        Q_EMIT statusMessage(tr("Not changed: %1").arg(e.message()));
        return false;
    }
    return true;
}

void CostCentresPane::addCentre() {
    const QString api = currentInterface();
    if (api.isEmpty())
        return;
    const std::optional<QString> name =
        m_prompt(tr("Add a cost centre"), tr("Department or project that uses %1:").arg(m_interface->currentText()),
                 QString());
    if (!name || name->trimmed().isEmpty())
        return;
    if (edit([&] { m_document->addCostCentre(api, *name); })) {
        const int row = m_model->rowOf(api, name->trimmed());
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, CostCentresModel::AllMonthsColumn));
    }
}

void CostCentresPane::splitEvenly() {
    const QString api = currentInterface();
    if (api.isEmpty())
        return;
    QStringList suggested = m_document->scenario().costCentres.value(api).centres();
    if (suggested.isEmpty())
        suggested = m_document->costCentres();
    const std::optional<QString> text =
        m_prompt(tr("Split evenly"), tr("Cost centres that share %1 equally, separated by commas:").arg(m_interface->currentText()),
                 suggested.join(QStringLiteral(", ")));
    if (!text)
        return;
    QStringList names;
    for (const QString& part : text->split(QRegularExpression(QStringLiteral("[,，;；]")), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            names.append(part.trimmed());
    }
    const bool byCalls = m_document->scenario().costCentres.value(api).byVolumes();
    edit([&] { m_document->splitEvenly(api, names, byCalls); });
}

void CostCentresPane::setByCalls(bool byCalls) {
    const QString api = currentInterface();
    if (!edit([&] { m_document->setCostCentreMode(api, byCalls); }))
        updateActions();
}

void CostCentresPane::removeCentre() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString centre = m_model->centreAt(current.row());
    edit([&] { m_document->removeCostCentre(centre); });
}

void CostCentresPane::unallocate() {
    const QString api = currentInterface();
    edit([&] { m_document->clearCostCentreSplit(api); });
}

} // namespace ocp
