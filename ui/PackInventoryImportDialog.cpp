#include "PackInventoryImportDialog.h"

#include "ChartPalette.h"
#include "PlannerDelegate.h"
#include "model/billing/AtomicFile.h"
#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/itemmodels/PackInventoryModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ocp {

PackInventoryImportDialog::PackInventoryImportDialog(PlanDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new PackInventoryModel(document->catalog(), this))
    , m_text(new QPlainTextEdit(this))
    , m_encoding(new QComboBox(this))
    , m_file(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_preview(new QTableView(this))
    , m_notUsedTitle(new QLabel(this))
    , m_notUsed(new QTableWidget(0, 2, this))
    , m_append(new QRadioButton(this))
    , m_replace(new QRadioButton(this)) {
    setObjectName(QStringLiteral("packInventoryImportDialog"));
    setWindowTitle(tr("Import pack inventory"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Paste the resource-pack list copied from the console (资源包管理), "
                                "or open it saved as CSV. Columns: pack name, size, remaining, "
                                "expiry and status, with Chinese or English headers."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* fileRow = new QHBoxLayout;
    auto* open = new QPushButton(tr("&Open CSV file…"), this);
    open->setObjectName(QStringLiteral("openFile"));
    fileRow->addWidget(open);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setTextFormat(Qt::PlainText);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileRow->addWidget(m_file, 1);
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    fileRow->addWidget(encodingLabel);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Automatic"), static_cast<int>(TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), static_cast<int>(TextEncoding::Utf8));
    m_encoding->addItem(tr("GBK (Chinese Excel)"), static_cast<int>(TextEncoding::Gbk));
    m_encoding->setEnabled(false); // only a file has an encoding
    encodingLabel->setBuddy(m_encoding);
    fileRow->addWidget(m_encoding);
    layout->addLayout(fileRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_text->setObjectName(QStringLiteral("pastedRows"));
    // The console's own headers and a row as it shows them, whatever the window's language.
    m_text->setPlaceholderText(QStringLiteral("资源包名称\t规格\t剩余量\t到期时间\t状态\n"
                                              "身份证识别\t10万次\t60,000\t2027-06-30 23:59:59\t有效"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    splitter->addWidget(m_text);

    auto* previewPage = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    // Reasons and names from the file: shown as written, never as HTML.
    for (QLabel* label : {m_summary, m_error, m_notUsedTitle})
        label->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    previewLayout->addWidget(m_summary);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(ChartPalette::textStyleSheet(ChartPalette::errorText()));
    m_error->setWordWrap(true);
    m_error->hide();
    previewLayout->addWidget(m_error);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setModel(m_model);
    m_preview->setItemDelegate(new PlannerDelegate(m_preview));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    previewLayout->addWidget(m_preview);
    splitter->addWidget(previewPage);

    auto* notUsedPage = new QWidget(this);
    auto* notUsedLayout = new QVBoxLayout(notUsedPage);
    notUsedLayout->setContentsMargins(0, 0, 0, 0);
    notUsedLayout->addWidget(m_notUsedTitle);
    m_notUsed->setObjectName(QStringLiteral("rowsNotUsed"));
    m_notUsed->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
    m_notUsed->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_notUsed->horizontalHeader()->setStretchLastSection(true);
    m_notUsed->verticalHeader()->hide();
    m_notUsed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    notUsedLayout->addWidget(m_notUsed);
    splitter->addWidget(notUsedPage);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter, 1);

    auto* choice = new QGroupBox(tr("Holdings of the scenario"), this);
    auto* choiceLayout = new QVBoxLayout(choice);
    m_append->setObjectName(QStringLiteral("appendChoice"));
    m_replace->setObjectName(QStringLiteral("replaceChoice"));
    choiceLayout->addWidget(m_append);
    choiceLayout->addWidget(m_replace);
    layout->addWidget(choice);
    m_append->setChecked(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PackInventoryImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(open, &QPushButton::clicked, this, &PackInventoryImportDialog::chooseFile);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &PackInventoryImportDialog::decodeFile);
    connect(m_text, &QPlainTextEdit::textChanged, this, &PackInventoryImportDialog::reread);
    connect(m_append, &QRadioButton::toggled, this, &PackInventoryImportDialog::updateChoices);
    resize(900, 640);
    reread();
}

void PackInventoryImportDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open the resource-pack list"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void PackInventoryImportDialog::loadFile(const QString& path) {
    try {
        m_fileBytes = AtomicFile::read(path, tr("pack list"), PackInventoryImport::kMaxFileBytes);
    } catch (const InputError& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_encoding->setEnabled(true);
    decodeFile();
}

void PackInventoryImportDialog::decodeFile() {
    if (m_path.isEmpty())
        return;
    const auto encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
    try {
        QString used;
        const QString text = UsageImport::decodeText(m_fileBytes, encoding, &used);
        m_text->setPlainText(text);
    } catch (const InputError& e) {
        m_error->setText(QStringLiteral("%1: %2").arg(QFileInfo(m_path).fileName(), e.message()));
        m_error->show();
    }
}

void PackInventoryImportDialog::setText(const QString& text) {
    m_text->setPlainText(text);
}

void PackInventoryImportDialog::reread() {
    m_error->hide();
    const QString text = m_text->toPlainText();
    bool readable = false;
    if (text.trimmed().isEmpty()) {
        m_inventory = PackInventory();
    } else {
        try {
            m_inventory = PackInventoryImport::parseText(text, m_document->catalog(), m_document->scenario().start);
            readable = true;
        } catch (const InputError& e) {
            // Nothing is read; the text stays as it is for the user to correct.
            m_inventory = PackInventory();
            m_error->setText(e.message());
            m_error->show();
        }
    }
    m_model->setInventory(m_inventory);
    m_preview->resizeColumnsToContents();

    if (text.trimmed().isEmpty()) {
        m_summary->setText(tr("Nothing read yet."));
    } else if (readable) {
        const int rows = static_cast<int>(m_inventory.rows.size());
        QString summary = tr("Read %n row(s): ", nullptr, rows);
        summary += tr("%n usable, ", nullptr, m_inventory.count(InventoryRow::Outcome::Held));
        summary += tr("%n skipped, ", nullptr, m_inventory.count(InventoryRow::Outcome::Skipped));
        summary += tr("%n with errors.", nullptr, m_inventory.count(InventoryRow::Outcome::Error));
        summary += u' ';
        summary += tr("%n holding(s) to import.", nullptr, static_cast<int>(m_inventory.holdings.size()));
        m_summary->setText(summary);
    } else {
        m_summary->setText(tr("The list could not be read."));
    }

    QList<const InventoryRow*> notUsed;
    for (const InventoryRow& row : std::as_const(m_inventory.rows)) {
        if (row.outcome != InventoryRow::Outcome::Held)
            notUsed.append(&row);
    }
    m_notUsed->setRowCount(static_cast<int>(notUsed.size()));
    for (int i = 0; i < notUsed.size(); ++i) {
        const InventoryRow& row = *notUsed.at(i);
        auto* line = new QTableWidgetItem(QString::number(row.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_notUsed->setItem(i, 0, line);
        auto* reason = new QTableWidgetItem(row.outcome == InventoryRow::Outcome::Error
                                                ? tr("Error: %1").arg(row.reason)
                                                : tr("Skipped (%1): %2").arg(row.pack, row.reason));
        if (row.outcome == InventoryRow::Outcome::Error)
            reason->setForeground(ChartPalette::errorText());
        m_notUsed->setItem(i, 1, reason);
    }
    m_notUsedTitle->setText(tr("Rows not used: %1").arg(notUsed.size()));
    updateChoices();
}

void PackInventoryImportDialog::updateChoices() {
    const Scenario& current = m_document->scenario();
    m_append->setText(tr("&Add to the %n holding(s) of “%1”", nullptr, static_cast<int>(current.holdings.size()))
                          .arg(current.name));
    m_replace->setText(tr("&Replace the %n holding(s) of “%1”", nullptr, static_cast<int>(current.holdings.size()))
                           .arg(current.name));
    m_import->setEnabled(!m_inventory.holdings.isEmpty());
}

void PackInventoryImportDialog::setReplace(bool replace) {
    (replace ? m_replace : m_append)->setChecked(true);
}

bool PackInventoryImportDialog::replaces() const {
    return m_replace->isChecked();
}

void PackInventoryImportDialog::accept() {
    if (!m_document || m_inventory.holdings.isEmpty())
        return;
    Scenario after = m_document->scenario();
    if (replaces())
        after.holdings.clear();
    after.holdings.append(m_inventory.holdings);
    qint64 packs = 0;
    for (const Holding& h : std::as_const(after.holdings))
        packs += h.count;
    if (packs > Scenario::kMaxHeldPacks) {
        m_error->setText(tr("holdings: %1 packs would be held; at most %2 are allowed").arg(packs).arg(Scenario::kMaxHeldPacks));
        m_error->show();
        return;
    }
    try {
        m_document->replaceScenario(after, tr("Import pack inventory"));
    } catch (const InputError& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    Q_EMIT statusMessage(tr("Imported %n holding(s) of resource packs", nullptr,
                            static_cast<int>(m_inventory.holdings.size())));
    QDialog::accept();
}

} // namespace ocp
