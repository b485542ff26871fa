#pragma once

namespace ocp {

class Catalog;
struct Scenario;

// Refuses a scenario's cost-centre splits that CostAllocation could not apply exactly: throws
// InputError naming the field, e.g. "costCentres.IDCardOCR.销售部[3]: ..." (months counted
// from 0, like volumes). Refused: an interface the catalog does not know, or named twice (by id
// and by Chinese name); a centre name that
// is empty, longer than 200 characters, not trimmed, or the name of the central line
// ("Unallocated", "未分配": calls without a split already go there, so a centre of that name
// would be two lines with one name); more than Scenario::kMaxCostCentres centres; shares and
// volumes together; a share row of neither 1 nor one value per month; a volume row of not one
// value per month; negative values; shares of a month not adding up to 100 %; volumes of a
// month not adding up to the interface's calls in Scenario::volumes.
void checkCostCentres(const Catalog& catalog, const Scenario& scenario);

} // namespace ocp
