#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ocp {

class PlanDocument;

// The plan's accounting choices: when a prepaid pack becomes an expense (by usage, or straight
// line over its validity), who bears pack balance never used (the centres that used the pack,
// or the Unallocated line) and the names of the ledger accounts in the journal. OK makes them
// one undo step; a refusal is shown in the dialog and nothing typed is lost.
class AccountingSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit AccountingSettingsDialog(PlanDocument* document, QWidget* parent = nullptr);

    QComboBox* methodChoice() const { return m_method; }
    QComboBox* unusedBalanceChoice() const { return m_unused; }
    QLineEdit* prepaidEdit() const { return m_prepaid; }
    QLineEdit* bankEdit() const { return m_bank; }
    QLineEdit* expenseEdit() const { return m_expense; }
    QLineEdit* payableEdit() const { return m_payable; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    PlanDocument* m_document;
    QComboBox* m_method;
    QComboBox* m_unused;
    QLineEdit* m_prepaid;
    QLineEdit* m_bank;
    QLineEdit* m_expense;
    QLineEdit* m_payable;
    QLabel* m_error;
};

} // namespace ocp
