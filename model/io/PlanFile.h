#pragma once

#include "model/billing/Plan.h"

#include <QByteArray>
#include <QString>

namespace ocp {

class Catalog;

// The plan file ("ocr-cost-planner/plan", extension .ocrplan): several scenarios in one
// document, and the approved budget. A scenario file (.json) opens as a plan with one scenario.
// Version 2 adds the budget and the scenarios' holdings and actualThrough; a plan using none
// of them is still written as version 1, byte for byte as before.
class PlanFile {
public:
    static const QString kFormat;
    static constexpr int kVersion = 2; // the newest this planner reads
    // 2 when the plan has a budget or a scenario needs version 2, else 1.
    static int versionFor(const Plan& plan);

    // Reads a plan file or a scenario file; throws InputError naming the field and reason.
    static Plan fromJson(const QByteArray& json, const Catalog& catalog);
    static Plan fromFile(const QString& path, const Catalog& catalog);
    static QByteArray toJson(const Plan& plan);
    // Atomic, keeps the previous file as path.bak.
    static void save(const Plan& plan, const QString& path);

    // The plan shown on first start: the embedded sample scenario as 基准 (weight 50 %) with
    // 保守 at 80 % and 乐观 at 130 % of its volumes (25 % each), the same purchases in all three.
    static Plan sample(const Catalog& catalog);
};

} // namespace ocp
