#include "model/itemmodels/AccountingModelBase.h"

#include "model/document/PlanDocument.h"

namespace ocp {

AccountingModelBase::AccountingModelBase(PlanDocument* document, QObject* parent)
    : TableModelBase(parent)
    , m_document(document)
    , m_accounting(document->results()->accounting()) {
    connect(document->results(), &PlanResults::accountingChanged, this, &AccountingModelBase::show);
    document->results()->requestAccounting();
}

const PlanAccounting* AccountingModelBase::accounting() const {
    return m_accounting && m_accounting->isValid() ? m_accounting.get() : nullptr;
}

QString AccountingModelBase::problem() const {
    return m_accounting ? m_accounting->error : QString();
}

QString AccountingModelBase::centreName(const QString& name) {
    return name == CostAllocation::kUnallocated ? tr("Unallocated") : name;
}

void AccountingModelBase::show() {
    beginResetModel();
    m_accounting = m_document->results()->accounting();
    rebuild();
    endResetModel();
    Q_EMIT accountingChanged();
}

} // namespace ocp
