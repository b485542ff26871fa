#include "AccountingSettingsDialog.h"

#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ocp {

AccountingSettingsDialog::AccountingSettingsDialog(PlanDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_method(new QComboBox(this))
    , m_unused(new QComboBox(this))
    , m_prepaid(new QLineEdit(this))
    , m_bank(new QLineEdit(this))
    , m_expense(new QLineEdit(this))
    , m_payable(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("accountingSettingsDialog"));
    setWindowTitle(tr("Accounting settings"));
    const AccountingSettings& a = document->plan().accounting;
    m_method->setObjectName(QStringLiteral("accountingMethod"));
    m_method->addItem(tr("By usage; unused balance expensed at expiry"), static_cast<int>(AccountingMethod::ByUsage));
    m_method->addItem(tr("Straight line over the pack's validity"), static_cast<int>(AccountingMethod::StraightLine));
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(a.method)));
    m_unused->setObjectName(QStringLiteral("unusedBalanceRule"));
    m_unused->addItem(tr("The centres that used the pack, in proportion"), static_cast<int>(UnusedBalanceRule::ByUse));
    m_unused->addItem(tr("The central Unallocated line"), static_cast<int>(UnusedBalanceRule::Unallocated));
    m_unused->setCurrentIndex(m_unused->findData(static_cast<int>(a.unusedBalance)));
    const QString standard = tr("(the report's standard name)");
    const QList<QPair<QLineEdit*, QString>> accounts = {
        {m_prepaid, a.accounts.prepaid}, {m_bank, a.accounts.bank}, {m_expense, a.accounts.expense}, {m_payable, a.accounts.payable}};
    for (const auto& [edit, name] : accounts) {
        edit->setText(name);
        edit->setPlaceholderText(standard);
        edit->setMaxLength(200);
    }
    m_prepaid->setObjectName(QStringLiteral("prepaidAccount"));
    m_bank->setObjectName(QStringLiteral("bankAccount"));
    m_expense->setObjectName(QStringLiteral("expenseAccount"));
    m_payable->setObjectName(QStringLiteral("payableAccount"));
    m_error->setObjectName(QStringLiteral("accountingError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Prepaid packs are expensed:"), m_method);
    form->addRow(tr("Balance never used is charged to:"), m_unused);
    form->addRow(tr("Prepaid packs account (asset):"), m_prepaid);
    form->addRow(tr("Bank account (asset):"), m_bank);
    form->addRow(tr("OCR expense account:"), m_expense);
    form->addRow(tr("Postpaid bills payable account:"), m_payable);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountingSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountingSettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void AccountingSettingsDialog::accept() {
    AccountingSettings a;
    a.method = static_cast<AccountingMethod>(m_method->currentData().toInt());
    a.unusedBalance = static_cast<UnusedBalanceRule>(m_unused->currentData().toInt());
    a.accounts.prepaid = m_prepaid->text();
    a.accounts.bank = m_bank->text();
    a.accounts.expense = m_expense->text();
    a.accounts.payable = m_payable->text();
    try {
        m_document->setAccounting(a);
    } catch (const InputError& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace ocp
