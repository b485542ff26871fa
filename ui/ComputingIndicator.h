#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ocp {

class AsyncTableModel;
class PlanResults;

// The status bar's note of what is being calculated in the background (the re-plan, the
// ranked alternatives, the break-even, the robust plan, the re-optimised line), with Cancel,
// which asks them to stop. After a cancel it names what was stopped and offers Recalculate.
// A newer edit stops stale work by itself (BackgroundTask); this only shows and asks. It shows
// "calculating" only for work that lasts beyond a moment: most edits of a plan are done in a
// few milliseconds, and a bar flashing on every keystroke would only distract.
class ComputingIndicator : public QWidget {
    Q_OBJECT

public:
    explicit ComputingIndicator(QWidget* parent = nullptr);

    // `what` names the computation for the user ("the robust plan").
    void watch(AsyncTableModel* model, const QString& what);
    void watchRecommendation(PlanResults* results, const QString& what);

    QLabel* label() const { return m_label; }
    QProgressBar* progressBar() const { return m_bar; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* recalculateButton() const { return m_recalculate; }
    // What is being calculated, and what was cancelled, by name.
    QStringList computing() const;
    QStringList cancelled() const;
    // How long work runs before the busy bar and Cancel show.
    static constexpr int kShowAfterMs = 150;

    void cancel();
    void recalculate();

private:
    void showState();

    struct Watched {
        QPointer<AsyncTableModel> model;
        QString what;
    };
    QList<Watched> m_models;
    QTimer m_delay; // until the busy bar shows
    bool m_due = false; // the work under way has lasted: it is shown
    QPointer<PlanResults> m_results;
    QString m_recommendation;
    QProgressBar* m_bar;
    QLabel* m_label;
    QPushButton* m_cancel;
    QPushButton* m_recalculate;
};

} // namespace ocp
