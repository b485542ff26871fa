#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ocp {

class AsyncTableModel;

// Inside a pane whose figures come from a background computation: when the user cancelled it,
// "… cancelled — recalculate" with a button that starts it again. Hidden otherwise (the
// status bar says what is being calculated: showing it here would move the pane's layout on
// every edit).
class CancelledNote : public QWidget {
    Q_OBJECT

public:
    // `cancelled` says what was cancelled and what that means for the figures shown.
    CancelledNote(AsyncTableModel* model, const QString& cancelled, QWidget* parent = nullptr);

    QLabel* label() const { return m_label; }
    QPushButton* recalculateButton() const { return m_recalculate; }

private:
    void showState();

    AsyncTableModel* m_model;
    QString m_cancelled;
    QLabel* m_label;
    QPushButton* m_recalculate;
};

} // namespace ocp
