#pragma once

#include <QList>
#include <QPointer>
#include <QString>
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
// A newer edit stops stale work by itself (BackgroundTask); this only shows and asks.
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

    void cancel();
    void recalculate();

private:
    void showState();

    struct Watched {
        QPointer<AsyncTableModel> model;
        QString what;
    };
    QList<Watched> m_models;
    QPointer<PlanResults> m_results;
    QString m_recommendation;
    QProgressBar* m_bar;
    QLabel* m_label;
    QPushButton* m_cancel;
    QPushButton* m_recalculate;
};

} // namespace ocp
