#include "ScenarioEditor.h"

#include "PlannerDelegate.h"
#include "SeasonalityDialog.h"
#include "VolumeTableView.h"
#include "model/billing/InputError.h"
#include "model/billing/VolumeFill.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/ScenarioTableModel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <set>
#include <utility>

namespace ocp {

ScenarioEditor::ScenarioEditor(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ScenarioTableModel(document, this))
    , m_view(new VolumeTableView(this))
    , m_hint(new QLabel(this)) {
    m_view->setObjectName(QStringLiteral("volumeTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlannerDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAcceptDrops(true);
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setDropIndicatorShown(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setHighlightSections(true);

    auto makeAction = [this](const QString& text, const QString& icon, const QKeySequence& shortcut = {}) {
        auto* action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
        return action;
    };
    m_copy = makeAction(tr("&Copy"), QStringLiteral("edit-copy"), QKeySequence::Copy);
    m_paste = makeAction(tr("&Paste"), QStringLiteral("edit-paste"), QKeySequence::Paste);
    m_clear = makeAction(tr("C&lear cells"), QStringLiteral("edit-clear"), QKeySequence::Delete);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_fillValue =
        makeAction(tr("Fill with a &value…"), QStringLiteral("insert-text"), QKeySequence(tr("Ctrl+D")));
    m_fillGrowth = makeAction(tr("Fill with &growth per month…"), QStringLiteral("go-up"));
    m_fillSeasonality = makeAction(tr("Apply &seasonality…"), QStringLiteral("view-calendar"));
    m_fillScale = makeAction(tr("S&cale by a percentage…"), QStringLiteral("zoom-in"));
    auto* separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_view->addAction(separator2);
    m_remove = makeAction(tr("Re&move interfaces from the plan"), QStringLiteral("list-remove"));
    auto* separator3 = new QAction(this);
    separator3->setSeparator(true);
    m_view->addAction(separator3);
    m_markActual = makeAction(tr("Mark months as ac&tual through…"), QStringLiteral("object-locked"));
    m_unlockActual = makeAction(tr("Unloc&k actual months"), QStringLiteral("object-unlocked"));
    m_markActual->setObjectName(QStringLiteral("markActual"));
    m_unlockActual->setObjectName(QStringLiteral("unlockActual"));
    m_markActual->setToolTip(tr("The months up to the one you choose have happened: their calls and "
                                "purchases are actual and locked"));
    m_unlockActual->setToolTip(tr("Make every month a forecast again, so it can be edited (can be undone)"));
    m_remove->setIconText(tr("Remove rows"));
    m_copy->setObjectName(QStringLiteral("copyCells"));
    m_paste->setObjectName(QStringLiteral("pasteCells"));
    m_clear->setObjectName(QStringLiteral("clearCells"));

    connect(m_copy, &QAction::triggered, this, &ScenarioEditor::copySelection);
    connect(m_paste, &QAction::triggered, this, &ScenarioEditor::pasteClipboard);
    connect(m_clear, &QAction::triggered, this, &ScenarioEditor::clearSelection);
    connect(m_remove, &QAction::triggered, this, &ScenarioEditor::removeSelectedInterfaces);
    connect(m_fillValue, &QAction::triggered, this, &ScenarioEditor::fillWithValue);
    connect(m_fillGrowth, &QAction::triggered, this, &ScenarioEditor::fillGrowth);
    connect(m_fillSeasonality, &QAction::triggered, this, &ScenarioEditor::fillSeasonality);
    connect(m_fillScale, &QAction::triggered, this, &ScenarioEditor::fillScale);
    connect(m_markActual, &QAction::triggered, this, &ScenarioEditor::markActual);
    connect(m_unlockActual, &QAction::triggered, this, &ScenarioEditor::unlockActual);

    // A compact tool row above the table.
    auto* title =
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Monthly calls per interface").toHtmlEscaped()), this);
    m_hint->setText(tr("Add interfaces by double-clicking or dragging them from the catalog. "
                       "Paste blocks from a spreadsheet with Ctrl+V."));
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid)"));
    m_hint->setWordWrap(true); // wraps in a narrow window instead of widening it
    auto* fill = new QToolButton(this);
    fill->setText(tr("Fill"));
    fill->setIcon(QIcon::fromTheme(QStringLiteral("format-justify-fill")));
    fill->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    fill->setPopupMode(QToolButton::InstantPopup);
    auto* fillMenu = new QMenu(fill);
    fillMenu->addActions(fillActions());
    fillMenu->addAction(m_clear);
    fill->setMenu(fillMenu);
    auto* actual = new QToolButton(this);
    actual->setObjectName(QStringLiteral("actualMonthsButton"));
    actual->setText(tr("Actual months"));
    actual->setIcon(QIcon::fromTheme(QStringLiteral("object-locked")));
    actual->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    actual->setPopupMode(QToolButton::InstantPopup);
    auto* actualMenu = new QMenu(actual);
    actualMenu->addAction(m_markActual);
    actualMenu->addAction(m_unlockActual);
    actual->setMenu(actualMenu);
    auto* remove = new QToolButton(this);
    remove->setDefaultAction(m_remove);
    remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(2, 2, 4, 0);
    tools->addWidget(title);
    tools->addSpacing(12);
    tools->addWidget(m_hint, 1);
    tools->addWidget(fill);
    tools->addWidget(actual);
    tools->addWidget(remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_view);

    m_textPrompt = [this](const QString& caption, const QString& label,
                          const QString& initial) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, caption, label, QLineEdit::Normal, initial, &ok);
        if (!ok)
            return std::nullopt;
        return text;
    };
    m_monthPrompt = [this](const QStringList& months, int initial) -> std::optional<QString> {
        bool ok = false;
        const QString month = QInputDialog::getItem(this, tr("Mark months as actual"),
                                                    tr("The months from the start through this one have happened:"),
                                                    months, initial, false, &ok);
        return ok ? std::optional<QString>(month) : std::nullopt;
    };
    m_factorsPrompt = [this](const QList<qint64>& initial) -> std::optional<QList<qint64>> {
        SeasonalityDialog dialog(initial, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.factors();
    };

    connect(m_model, &ScenarioTableModel::inputRejected, this, &ScenarioEditor::statusMessage);
    connect(m_model, &ScenarioTableModel::inputQuestioned, this, &ScenarioEditor::statusMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScenarioEditor::resizeColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ScenarioEditor::resizeColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ScenarioEditor::widenColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this] { m_hint->setVisible(m_model->interfaceCount() == 0); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this] { m_hint->setVisible(m_model->interfaceCount() == 0); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_hint->setVisible(m_model->interfaceCount() == 0); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScenarioEditor::updateActions);
    // Interfaces added to the plan take their place in catalog order, often out of sight: the
    // table selects them and scrolls to them (not when another scenario or plan is shown).
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_added.append(m_model->interfaceId(row));
            });
    connect(document, &PlanDocument::currentScenarioChanged, this, [this] { m_switching = true; });
    connect(document, &PlanDocument::scenarioReplaced, this, &ScenarioEditor::showAddedInterfaces);
    connect(document, &PlanDocument::scenarioReplaced, this, &ScenarioEditor::updateActions);
    // The tick on an actual month's header needs room.
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &ScenarioEditor::resizeColumns);
    resizeColumns();
    updateActions();
    m_hint->setVisible(m_model->interfaceCount() == 0);
}

namespace {

// QTableView hides sizeHintForColumn(); the base class's public one dispatches to it.
int contentWidth(const QAbstractItemView* view, int column) {
    return view->sizeHintForColumn(column);
}

} // namespace

int ScenarioEditor::contentHeight() const {
    const int tools = layout()->itemAt(0)->sizeHint().height() + layout()->spacing();
    return tools + m_view->horizontalHeader()->sizeHint().height() +
           m_model->rowCount() * m_view->verticalHeader()->defaultSectionSize() +
           m_view->horizontalScrollBar()->sizeHint().height() + 2 * m_view->frameWidth();
}

int ScenarioEditor::minimumColumnWidth() const {
    // At least as wide as the month header and a six-digit figure.
    return std::max(m_view->fontMetrics().horizontalAdvance(QStringLiteral("000,000")),
                    m_view->horizontalHeader()->fontMetrics().horizontalAdvance(QStringLiteral("0000-00 ✓"))) +
           14;
}

void ScenarioEditor::resizeColumns() {
    const int minimum = minimumColumnWidth();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::max(minimum, contentWidth(m_view, c)));
}

void ScenarioEditor::widenColumns(const QModelIndex& topLeft, const QModelIndex& bottomRight) {
    // Measures only the changed cells, and only ever widens, so columns do not jump while typing.
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics plain(m_view->font());
    const QFontMetrics strong(bold);
    for (int c = topLeft.column(); c <= bottomRight.column(); ++c) {
        int width = m_view->columnWidth(c);
        for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
            const QModelIndex cell = m_model->index(r, c);
            const QFontMetrics& metrics = cell.data(IsTotalRole).toBool() ? strong : plain;
            width = std::max(width, metrics.horizontalAdvance(cell.data().toString()) + 16);
        }
        if (width > m_view->columnWidth(c)) {
            m_view->setColumnWidth(c, width);
            continue;
        }
        // A huge figure undone or corrected: a column far wider than its figures fits again
        // (small changes leave it, so it does not jump while typing).
        const int needed = std::max(minimumColumnWidth(), contentWidth(m_view, c));
        if (m_view->columnWidth(c) > needed * 3 / 2)
            m_view->setColumnWidth(c, needed);
    }
}

void ScenarioEditor::showAddedInterfaces() {
    const QStringList added = std::exchange(m_added, {});
    if (std::exchange(m_switching, false) || added.isEmpty())
        return;
    QItemSelection rows;
    QModelIndex first;
    for (const QString& id : added) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        rows.select(m_model->index(row, 0), m_model->index(row, m_model->monthCount() - 1));
        if (!first.isValid() || row < first.row())
            first = m_model->index(row, 0);
    }
    if (!first.isValid())
        return;
    m_view->setCurrentIndex(first);
    m_view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(first);
}

void ScenarioEditor::updateActions() {
    const bool any = m_view->selectionModel()->hasSelection();
    for (QAction* a : fillActions())
        a->setEnabled(any);
    m_clear->setEnabled(any);
    m_copy->setEnabled(any);
    bool rows = false;
    for (const QModelIndex& i : m_view->selectionModel()->selectedIndexes())
        rows = rows || !m_model->isTotalRow(i.row());
    m_remove->setEnabled(rows);
    m_unlockActual->setEnabled(m_document->scenario().actualThrough.has_value());
}

void ScenarioEditor::copySelection() {
    const QString text = m_model->toTsv(m_view->selectionModel()->selectedIndexes());
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("Copied; paste into a spreadsheet or back into the table"));
}

bool ScenarioEditor::pasteClipboard() {
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    QModelIndex topLeft = m_view->currentIndex();
    if (!selected.isEmpty()) {
        int row = selected.constFirst().row();
        int column = selected.constFirst().column();
        for (const QModelIndex& i : selected) {
            row = std::min(row, i.row());
            column = std::min(column, i.column());
        }
        topLeft = m_model->index(row, column);
    }
    QString message;
    const bool ok = m_model->pasteTsv(topLeft, QGuiApplication::clipboard()->text(), selected, &message);
    Q_EMIT statusMessage(message);
    return ok;
}

void ScenarioEditor::clearSelection() {
    VolumeFill fill;
    fill.kind = VolumeFill::Kind::Clear;
    applyFill(fill);
}

void ScenarioEditor::removeSelectedInterfaces() {
    std::set<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedIndexes()) {
        if (!m_model->isTotalRow(i.row()))
            rows.insert(i.row());
    }
    QStringList ids;
    for (int row : rows)
        ids.append(m_model->interfaceId(row));
    try {
        m_document->removeInterfaces(ids);
    } catch (const InputError& e) {
        Q_EMIT statusMessage(e.message());
    }
}

void ScenarioEditor::applyFill(const VolumeFill& fill) {
    QString message;
    m_model->fill(m_view->selectionModel()->selectedIndexes(), fill, &message);
    Q_EMIT statusMessage(message);
}

void ScenarioEditor::fillWithValue() {
    const QModelIndex current = m_view->currentIndex();
    const std::optional<QString> text = m_textPrompt(
        tr("Fill with a value"), tr("Calls per month for every selected cell:"),
        m_model->isVolumeCell(current) ? Display::calls(m_model->volume(current.row(), current.column()))
                                       : QString());
    if (!text)
        return;
    QString reason;
    const std::optional<qint64> calls = Display::parseCalls(*text, &reason);
    if (!calls) {
        Q_EMIT statusMessage(tr("Nothing changed: %1").arg(reason));
        return;
    }
    VolumeFill fill;
    fill.kind = VolumeFill::Kind::SetValue;
    fill.value = *calls;
    applyFill(fill);
}

void ScenarioEditor::fillGrowth() {
    fillByPercent(VolumeFill::Kind::Growth, tr("Growth per month"),
                  tr("Growth per month in percent (negative for a decline). Each row grows from its first "
                     "selected month:"),
                  QStringLiteral("5"));
}

void ScenarioEditor::fillScale() {
    fillByPercent(VolumeFill::Kind::Scale, tr("Scale by a percentage"),
                  tr("Change the selected cells by this percentage (10 = 10% more, -20 = 20% less):"),
                  QStringLiteral("10"));
}

void ScenarioEditor::fillByPercent(VolumeFill::Kind kind, const QString& title, const QString& label,
                                   const QString& suggested) {
    const std::optional<QString> text = m_textPrompt(title, label, suggested);
    if (!text)
        return;
    QString reason;
    const std::optional<qint64> percent = Display::parseDecimalMillionths(*text, &reason);
    if (!percent) {
        Q_EMIT statusMessage(tr("Nothing changed: %1").arg(reason));
        return;
    }
    VolumeFill fill;
    fill.kind = kind;
    fill.percentMillionths = *percent;
    applyFill(fill);
}

void ScenarioEditor::fillSeasonality() {
    QSettings settings;
    QList<qint64> initial;
    const QStringList stored = settings.value(QStringLiteral("fill/seasonality")).toStringList();
    for (int m = 0; m < 12; ++m)
        initial.append(stored.size() == 12 ? Display::parseDecimalMillionths(stored.at(m)).value_or(1'000'000)
                                           : 1'000'000);
    const std::optional<QList<qint64>> factors = m_factorsPrompt(initial);
    if (!factors || factors->size() != 12)
        return;
    QStringList toStore;
    for (qint64 f : *factors)
        toStore.append(Money::fromMicros(f).toDecimalString());
    settings.setValue(QStringLiteral("fill/seasonality"), toStore);
    VolumeFill fill;
    fill.kind = VolumeFill::Kind::Seasonality;
    fill.factorMillionths = *factors;
    applyFill(fill);
}

} // namespace ocp

namespace ocp {

void ScenarioEditor::markActual() {
    const Scenario& s = m_document->scenario();
    QStringList months;
    for (int m = 0; m < s.months; ++m)
        months.append(s.monthAt(m).toString());
    // The month of the current cell, else the month after those already actual.
    const QModelIndex current = m_view->currentIndex();
    int initial = std::min(PlanDocument::actualMonthCount(s), s.months - 1);
    if (m_model->isVolumeCell(current))
        initial = current.column();
    const std::optional<QString> chosen = m_monthPrompt(months, initial);
    if (!chosen)
        return;
    const std::optional<YearMonth> month = YearMonth::parse(*chosen);
    if (!month) {
        Q_EMIT statusMessage(tr("Nothing changed: “%1” is not a month in the form YYYY-MM").arg(*chosen));
        return;
    }
    try {
        m_document->setActualThrough(*month);
    } catch (const InputError& e) {
        Q_EMIT statusMessage(e.message());
        return;
    }
    Q_EMIT statusMessage(tr("The months through %1 are actual and locked; Undo or “Unlock actual months” "
                            "makes them editable again")
                             .arg(month->toString()));
}

void ScenarioEditor::unlockActual() {
    try {
        m_document->setActualThrough(std::nullopt);
    } catch (const InputError& e) {
        Q_EMIT statusMessage(e.message());
        return;
    }
    Q_EMIT statusMessage(tr("Every month is a forecast again and can be edited"));
}

} // namespace ocp
