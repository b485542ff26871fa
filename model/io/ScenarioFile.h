#pragma once

#include "model/billing/Scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ocp {

class Catalog;

// The scenario JSON format ("ocr-cost-planner/scenario"), a public contract that outside
// scripts write: see docs/scenario-format.md. Version 2 adds what changes the numbers of a
// year in progress (holdings, actualThrough): a planner that reads only version 1 refuses
// such a file instead of ignoring them. A scenario without them is still written as 1.
class ScenarioFile {
public:
    static const QString kFormat;
    static constexpr int kVersion = 2; // the newest this planner reads
    // The version a scenario needs: 2 when it uses holdings or actualThrough, else 1.
    static int versionFor(const Scenario& scenario);

    // Parses and validates against the catalog; names (id or Chinese name) are resolved to
    // catalog ids. Throws InputError naming the field and the reason.
    static Scenario fromJson(const QByteArray& json, const Catalog& catalog);
    static Scenario fromFile(const QString& path, const Catalog& catalog);
    // Builds the scenario from an already parsed object (used inside plan files).
    static Scenario fromJsonObject(const QJsonObject& object, const Catalog& catalog, const QString& path);

    static QJsonObject toJsonObject(const Scenario& scenario);
    static QByteArray toJson(const Scenario& scenario);
    // Writes atomically, keeping the previous file as path.bak: the old file stays intact if
    // anything fails. Throws InputError.
    static void save(const Scenario& scenario, const QString& path);

    // The sample scenario embedded in the binary, shown on first start.
    static Scenario sample(const Catalog& catalog);

    // Checks a scenario built in code (by the GUI or a test) against the catalog with the
    // same rules as the file reader. Throws InputError.
    static void validate(const Scenario& scenario, const Catalog& catalog);
};

} // namespace ocp
