#pragma once

#include <QAbstractItemModelTester>
#include <memory>

namespace ocp::test {

// Runs QAbstractItemModelTester on the model in warning mode; main_gui_model.cpp turns any
// warning into a test failure. Header only: it needs Qt Test, which only the GUI tests link.
inline std::unique_ptr<QAbstractItemModelTester> watch(QAbstractItemModel* model) {
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

} // namespace ocp::test
