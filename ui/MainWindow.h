#pragma once

#include <QMainWindow>

namespace ocp {

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace ocp
