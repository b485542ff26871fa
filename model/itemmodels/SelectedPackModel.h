#pragma once

#include "model/billing/Scenario.h"
#include "model/itemmodels/AsyncTableModel.h"

namespace ocp {

class Catalog;
class PlanDocument;

// A table about the one resource pack selected in the results, computed in the background
// for that pack's ranking scenario (PackRanking::scenarioFor): other packs' purchases and
// postpaid groups do not change it, so a new result recomputes only when that scenario
// changed. Idle: no pack selected; Failed: the document's result is not valid.
class SelectedPackModel : public AsyncTableModel {
    Q_OBJECT

public:
    explicit SelectedPackModel(PlanDocument* document, QObject* parent = nullptr);

    // -1: none (the total row is selected).
    void setPack(int pack);
    int pack() const { return m_pack; }

protected:
    PlanDocument* document() const { return m_document; }
    // The ranking scenario asked for or shown.
    const Scenario& requested() const { return m_requested; }
    // Starts compute() for `wanted`; the table is already empty. `catalog` is the document's:
    // the work must take its own copies, the document may change or go away meanwhile.
    virtual void computeFor(const Catalog& catalog, const Scenario& wanted) = 0;
    // A new result left the ranking scenario as it was (and the state is not Idle).
    virtual void rankingUnchanged() {}

private:
    void refresh();

    PlanDocument* m_document;
    int m_pack = -1;
    Scenario m_requested;
};

} // namespace ocp
