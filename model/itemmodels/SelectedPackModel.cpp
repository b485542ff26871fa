#include "model/itemmodels/SelectedPackModel.h"

#include "model/billing/Catalog.h"
#include "model/document/PlanDocument.h"
#include "model/optimizer/PackRanking.h"

namespace ocp {

SelectedPackModel::SelectedPackModel(PlanDocument* document, QObject* parent)
    : AsyncTableModel(parent)
    , m_document(document) {
    connect(document, &PlanDocument::resultChanged, this, &SelectedPackModel::refresh);
}

void SelectedPackModel::setPack(int pack) {
    if (pack == m_pack)
        return;
    m_pack = pack;
    refresh();
}

void SelectedPackModel::refresh() {
    const auto snapshot = m_document->snapshot();
    const Catalog& catalog = m_document->catalog();
    if (m_pack < 0 || m_pack >= catalog.packs().size() || !snapshot->isValid()) {
        clearResults();
        m_requested = Scenario();
        stopComputing(snapshot->isValid() ? State::Idle : State::Failed, snapshot->error);
        return;
    }
    Scenario wanted = PackRanking::scenarioFor(catalog, snapshot->scenario, m_pack);
    if (state() != State::Idle && wanted == m_requested) {
        rankingUnchanged();
        return;
    }
    clearResults();
    m_requested = std::move(wanted);
    computeFor(catalog, m_requested);
}

} // namespace ocp
