#pragma once

#include "model/document/PlanAccounting.h"
#include "model/itemmodels/TableModelBase.h"

#include <memory>

namespace ocp {

class PlanDocument;

// A table over the current scenario's accounting (PlanResults::accounting(): cost centres and
// the ledger of its packs), worked out on a worker. It asks the document's results for it,
// keeps the one it shows, and rebuilds itself in a model reset each time a new one is ready.
class AccountingModelBase : public TableModelBase {
    Q_OBJECT

public:
    explicit AccountingModelBase(PlanDocument* document, QObject* parent = nullptr);

    PlanDocument* document() const { return m_document; }
    // The accounting shown, when there is a valid one; null while the first is being worked
    // out or when it was refused (problem()).
    const PlanAccounting* accounting() const;
    // Why the table is empty: the billing or the split was refused. Empty otherwise.
    QString problem() const;
    // Whether the scenario shown splits any interface between cost centres.
    bool hasCostCentres() const { return m_accounting && m_accounting->hasCostCentres; }
    // The name a centre is shown by: the Unallocated line in the window's language.
    static QString centreName(const QString& name);

Q_SIGNALS:
    // A new accounting is shown.
    void accountingChanged();

protected:
    // The model's own state derived from accounting() (called inside the reset).
    virtual void rebuild() = 0;

private:
    void show();

    PlanDocument* m_document;
    std::shared_ptr<const PlanAccounting> m_accounting;
};

} // namespace ocp
