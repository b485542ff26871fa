#pragma once

#include "model/billing/Plan.h"

#include <QByteArray>
#include <QString>

namespace ocp {

class Catalog;

// The plan file ("ocr-cost-planner/plan", version 1, extension .ocrplan): several scenarios
// in one document. A scenario file (.json) opens as a plan with one scenario.
class PlanFile {
public:
    static const QString kFormat;
    static constexpr int kVersion = 1;

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
