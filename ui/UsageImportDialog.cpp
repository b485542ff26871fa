#include "UsageImportDialog.h"

#include "ChartPalette.h"
#include "PlannerDelegate.h"
#include "model/billing/InputError.h"
#include "model/billing/JsonReader.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/UsagePreviewModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ocp {

UsageImportDialog::UsageImportDialog(PlanDocument* document, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_path(path)
    , m_model(new UsagePreviewModel(document->catalog(), this))
    , m_encoding(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_preview(new QTableView(this))
    , m_skippedTitle(new QLabel(this))
    , m_skipped(new QTableWidget(0, 2, this))
    , m_merge(new QRadioButton(this))
    , m_mergeNote(new QLabel(this))
    , m_newScenario(new QRadioButton(tr("Start a &new scenario that continues this history"), this))
    , m_name(new QLineEdit(this))
    , m_months(new QSpinBox(this))
    , m_growth(new QDoubleSpinBox(this))
    , m_newNote(new QLabel(this)) {
    setObjectName(QStringLiteral("usageImportDialog"));
    setWindowTitle(tr("Import usage — %1").arg(QFileInfo(path).fileName()));
    auto* layout = new QVBoxLayout(this);

    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(QDir::toNativeSeparators(path), this);
    fileLabel->setTextFormat(Qt::PlainText);
    fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileRow->addWidget(fileLabel, 1);
    fileRow->addWidget(new QLabel(tr("&Encoding:"), this));
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Automatic"), static_cast<int>(TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), static_cast<int>(TextEncoding::Utf8));
    m_encoding->addItem(tr("GBK (Chinese Excel)"), static_cast<int>(TextEncoding::Gbk));
    qobject_cast<QLabel*>(fileRow->itemAt(1)->widget())->setBuddy(m_encoding);
    fileRow->addWidget(m_encoding);
    layout->addLayout(fileRow);

    // File paths, reasons and scenario names: shown as written, never as HTML.
    for (QLabel* label : {m_summary, m_error, m_skippedTitle, m_mergeNote, m_newNote})
        label->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(ChartPalette::textStyleSheet(ChartPalette::errorText()));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setModel(m_model);
    m_preview->setItemDelegate(new PlannerDelegate(m_preview));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    splitter->addWidget(m_preview);
    auto* skippedPage = new QWidget(this);
    auto* skippedLayout = new QVBoxLayout(skippedPage);
    skippedLayout->setContentsMargins(0, 0, 0, 0);
    skippedLayout->addWidget(m_skippedTitle);
    m_skipped->setObjectName(QStringLiteral("skippedRows"));
    m_skipped->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
    m_skipped->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_skipped->horizontalHeader()->setStretchLastSection(true);
    m_skipped->verticalHeader()->hide();
    m_skipped->setEditTriggers(QAbstractItemView::NoEditTriggers);
    skippedLayout->addWidget(m_skipped);
    splitter->addWidget(skippedPage);
    // The skipped rows matter as much as the sums: the user decides from both.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto* choice = new QGroupBox(tr("Use the calls to"), this);
    auto* choiceLayout = new QVBoxLayout(choice);
    m_merge->setObjectName(QStringLiteral("mergeChoice"));
    choiceLayout->addWidget(m_merge);
    m_mergeNote->setWordWrap(true);
    m_mergeNote->setContentsMargins(24, 0, 0, 0);
    choiceLayout->addWidget(m_mergeNote);
    m_newScenario->setObjectName(QStringLiteral("newScenarioChoice"));
    choiceLayout->addWidget(m_newScenario);
    auto* form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    m_name->setObjectName(QStringLiteral("scenarioName"));
    m_name->setMaxLength(static_cast<int>(JsonReader::kMaxTextLength)); // what a plan file accepts
    m_name->setText(tr("Projected from %1").arg(QFileInfo(path).completeBaseName()));
    form->addRow(tr("Name:"), m_name);
    m_months->setObjectName(QStringLiteral("months"));
    m_months->setRange(1, Scenario::kMaxMonths);
    m_months->setValue(document->scenario().months);
    m_months->setSuffix(tr(" months"));
    form->addRow(tr("Horizon:"), m_months);
    m_growth->setObjectName(QStringLiteral("growth"));
    m_growth->setRange(-99.99, 1000);
    m_growth->setDecimals(2);
    m_growth->setSuffix(QStringLiteral(" %"));
    m_growth->setToolTip(tr("Compounded each month; negative for a decline"));
    form->addRow(tr("Growth per month:"), m_growth);
    choiceLayout->addLayout(form);
    m_newNote->setWordWrap(true);
    m_newNote->setContentsMargins(24, 0, 0, 0);
    choiceLayout->addWidget(m_newNote);
    layout->addWidget(choice);
    m_merge->setChecked(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &UsageImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &UsageImportDialog::reload);
    connect(m_merge, &QRadioButton::toggled, this, &UsageImportDialog::updateChoices);
    connect(m_growth, &QDoubleSpinBox::valueChanged, this, &UsageImportDialog::updateChoices);
    connect(m_months, &QSpinBox::valueChanged, this, &UsageImportDialog::updateChoices);
    resize(900, 640);
    reload();
}

void UsageImportDialog::reload() {
    const auto encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
    m_error->hide();
    try {
        m_history = UsageImport::parseFile(m_path, m_document->catalog(), encoding);
        m_readable = true;
    } catch (const InputError& e) {
        // Nothing is read: the user may pick another encoding or cancel.
        m_history = UsageHistory();
        m_readable = false;
        m_error->setText(e.message());
        m_error->show();
    }
    m_model->setHistory(m_history);
    m_preview->resizeColumnsToContents();

    if (m_readable) {
        QString summary = tr("Read %n row(s) as %1: ", nullptr, m_history.rowsRead).arg(m_history.encoding);
        summary += tr("%n used, ", nullptr, m_history.rowsUsed);
        summary += tr("%n not used.", nullptr, static_cast<int>(m_history.skipped.size()));
        if (!m_history.isEmpty()) {
            summary += u' ';
            summary += tr("%n interface(s), %1 to %2.", nullptr, static_cast<int>(m_history.calls.size()))
                           .arg(m_history.firstMonth().toString(), m_history.lastMonth().toString());
            if (m_history.dailyRows)
                summary += u' ' + tr("Daily rows are summed into months.");
        } else {
            summary += u' ' + tr("No row could be used; see the reasons below.");
        }
        m_summary->setText(summary);
    } else {
        m_summary->setText(tr("The file could not be read."));
    }

    m_skipped->setRowCount(static_cast<int>(m_history.skipped.size()));
    for (int i = 0; i < m_history.skipped.size(); ++i) {
        const SkippedRow& row = m_history.skipped.at(i);
        auto* line = new QTableWidgetItem(QString::number(row.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_skipped->setItem(i, 0, line);
        m_skipped->setItem(i, 1, new QTableWidgetItem(row.reason));
    }
    m_skippedTitle->setText(tr("Rows not used: %1").arg(m_history.skipped.size()));
    updateChoices();
}

qint64 UsageImportDialog::growthPpm() const {
    return qRound64(m_growth->value() * 10'000);
}

void UsageImportDialog::updateChoices() {
    const Scenario& current = m_document->scenario();
    m_merge->setText(
        tr("&Set the months of the scenario “%1” (%2 to %3); other months stay as they are")
            .arg(current.name, current.start.toString(), current.monthAt(current.months - 1).toString()));
    if (m_history.isEmpty()) {
        m_mergeNote->clear();
        m_newNote->clear();
        m_import->setEnabled(false);
        return;
    }
    // What a merge would leave out, from the same code that merges.
    UsageHistory trial = m_history;
    Scenario scenario = current;
    const int cells = UsageImport::applyTo(trial, scenario);
    const auto outside = trial.skipped.size() - m_history.skipped.size();
    QString note = tr("%n interface-month(s) will be set.", nullptr, cells);
    if (outside > 0)
        note += u' ' + tr("%n interface-month(s) lie outside the scenario and are not used.", nullptr,
                          static_cast<int>(outside));
    // The imported months have happened: say which become actual (locked) before they do.
    const std::optional<YearMonth> through = UsageImport::actualThroughAfter(m_history, current);
    const bool marking = m_merge->isChecked() && cells > 0 && through && through != current.actualThrough;
    m_model->setBecomingActual(marking ? std::optional<YearMonth>(current.start) : std::nullopt,
                               marking ? through : std::nullopt);
    m_preview->resizeColumnsToContents(); // the ticks need room
    if (cells > 0 && through && through != current.actualThrough)
        note += u' ' + tr("The months %1 to %2 become actual months: their calls are locked against edits.")
                           .arg(current.start.toString(), through->toString());
    if (cells > 0 && m_history.lastCompleteMonth() != m_history.lastMonth() &&
        m_history.lastMonth() <= current.monthAt(current.months - 1))
        note += u' ' + tr("%1 is not complete in the file and stays a forecast.").arg(m_history.lastMonth().toString());
    m_mergeNote->setText(note);
    const YearMonth start = m_history.lastMonth().addMonths(1);
    m_newNote->setText(tr("Starts in %1. Each interface starts from the average of its last three months, "
                          "then grows %2 a month; settings and prices are those of “%3”, without purchases.")
                           .arg(start.toString(), Display::percent(growthPpm()), current.name));
    m_import->setEnabled(!m_merge->isChecked() || cells > 0);
}

void UsageImportDialog::setUse(Use use) {
    (use == Use::Merge ? m_merge : m_newScenario)->setChecked(true);
}

UsageImportDialog::Use UsageImportDialog::use() const {
    return m_merge->isChecked() ? Use::Merge : Use::NewScenario;
}

void UsageImportDialog::setNewScenario(const QString& name, int months, qint64 monthlyGrowthPpm) {
    m_name->setText(name);
    m_months->setValue(months);
    m_growth->setValue(static_cast<double>(monthlyGrowthPpm) / 10'000.0);
}

void UsageImportDialog::accept() {
    if (!m_document || m_history.isEmpty())
        return;
    const QString file = QFileInfo(m_path).fileName();
    try {
        if (use() == Use::Merge) {
            UsageHistory history = m_history;
            Scenario after = m_document->scenario();
            const int cells = UsageImport::applyTo(history, after);
            if (cells == 0) {
                m_error->setText(
                    tr("No month of the file lies inside the scenario; start a new scenario instead"));
                m_error->show();
                return;
            }
            // The volumes and the months they make actual are one step of Undo.
            after.actualThrough = UsageImport::actualThroughAfter(m_history, m_document->scenario());
            m_document->replaceScenario(after, tr("Import usage from %1").arg(file));
            Q_EMIT statusMessage(tr("Imported %n interface-month(s) from %1", nullptr, cells).arg(file));
        } else {
            const Scenario& current = m_document->scenario();
            Scenario s = UsageImport::projectFrom(m_history, m_months->value(), growthPpm());
            s.name = m_name->text();
            // The company's prices and billing choices carry over; purchases belong to the old months.
            s.settings = current.settings;
            s.overrides = current.overrides;
            for (auto it = current.billableShare.constBegin(); it != current.billableShare.constEnd(); ++it) {
                if (s.volumes.contains(it.key()))
                    s.billableShare.insert(it.key(), it.value());
            }
            m_document->addScenario(s, tr("Start a scenario from the usage in %1").arg(file));
            Q_EMIT statusMessage(
                tr("New scenario “%1” from the usage in %2").arg(m_document->scenario().name, file));
        }
    } catch (const InputError& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace ocp
