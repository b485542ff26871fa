#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ocp {

class AsyncTableModel;

// Inside a pane whose figures come from a background computation: while it is being
// calculated it says what; when the user cancelled it, "… cancelled — recalculate" with a
// button that starts it again. Hidden otherwise.
class CancelledNote : public QWidget {
    Q_OBJECT

public:
    // `computing` and `cancelled` are the texts for the two states ("Calculating the robust
    // plan…", "The robust plan was cancelled: the figures below are not up to date.").
    CancelledNote(AsyncTableModel* model, const QString& computing, const QString& cancelled,
                  QWidget* parent = nullptr);

    QLabel* label() const { return m_label; }
    QPushButton* recalculateButton() const { return m_recalculate; }

private:
    void showState();

    AsyncTableModel* m_model;
    QString m_computing;
    QString m_cancelled;
    QLabel* m_label;
    QPushButton* m_recalculate;
};

} // namespace ocp
