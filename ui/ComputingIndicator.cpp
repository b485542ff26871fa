#include "ComputingIndicator.h"

#include "model/document/PlanResults.h"
#include "model/itemmodels/AsyncTableModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace ocp {

ComputingIndicator::ComputingIndicator(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_recalculate(new QPushButton(tr("Recalculate"), this)) {
    setObjectName(QStringLiteral("computingIndicator"));
    // The computations report no fraction done: the bar says "busy", the label what.
    m_bar->setRange(0, 0);
    m_bar->setMaximumWidth(80);
    m_bar->setMaximumHeight(m_label->fontMetrics().height());
    m_bar->setTextVisible(false);
    m_label->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(QStringLiteral("cancelComputing"));
    m_cancel->setToolTip(tr("Stop the calculations under way; the figures shown until now stay"));
    m_recalculate->setObjectName(QStringLiteral("recalculateCancelled"));
    m_recalculate->setToolTip(tr("Start the cancelled calculations again"));
    connect(m_cancel, &QPushButton::clicked, this, &ComputingIndicator::cancel);
    connect(m_recalculate, &QPushButton::clicked, this, &ComputingIndicator::recalculate);
    m_delay.setSingleShot(true);
    m_delay.setInterval(kShowAfterMs);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        m_due = true;
        showState();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    layout->addWidget(m_cancel);
    layout->addWidget(m_recalculate);
    showState();
}

void ComputingIndicator::watch(AsyncTableModel* model, const QString& what) {
    m_models.append({model, what});
    connect(model, &AsyncTableModel::stateChanged, this, &ComputingIndicator::showState);
    showState();
}

void ComputingIndicator::watchRecommendation(PlanResults* results, const QString& what) {
    m_results = results;
    m_recommendation = what;
    connect(results, &PlanResults::recommendingChanged, this, &ComputingIndicator::showState);
    showState();
}

QStringList ComputingIndicator::computing() const {
    QStringList names;
    if (m_results && m_results->isRecommending())
        names.append(m_recommendation);
    for (const Watched& w : m_models) {
        if (w.model && w.model->isComputing())
            names.append(w.what);
    }
    return names;
}

QStringList ComputingIndicator::cancelled() const {
    QStringList names;
    if (m_results && m_results->isRecommendationCancelled())
        names.append(m_recommendation);
    for (const Watched& w : m_models) {
        if (w.model && w.model->state() == AsyncTableModel::State::Cancelled)
            names.append(w.what);
    }
    return names;
}

void ComputingIndicator::cancel() {
    if (m_results)
        m_results->cancelRecommendation();
    for (const Watched& w : m_models) {
        if (w.model)
            w.model->cancel();
    }
    showState();
}

void ComputingIndicator::recalculate() {
    if (m_results)
        m_results->recommendAgain();
    for (const Watched& w : m_models) {
        if (w.model)
            w.model->recalculate();
    }
    showState();
}

void ComputingIndicator::showState() {
    const QStringList busy = computing();
    const QStringList stopped = cancelled();
    if (busy.isEmpty()) {
        m_delay.stop();
        m_due = false;
    } else if (!m_due) {
        // Shown only once the work lasts (the timer comes back here).
        if (!m_delay.isActive())
            m_delay.start();
        return;
    }
    m_bar->setVisible(!busy.isEmpty());
    m_cancel->setVisible(!busy.isEmpty());
    m_recalculate->setVisible(busy.isEmpty() && !stopped.isEmpty());
    if (!busy.isEmpty())
        m_label->setText(tr("Calculating %1…").arg(QLocale().createSeparatedList(busy)));
    else if (!stopped.isEmpty())
        m_label->setText(tr("Cancelled: %1 — not up to date").arg(QLocale().createSeparatedList(stopped)));
    else
        m_label->clear();
    m_label->setVisible(!busy.isEmpty() || !stopped.isEmpty());
}

} // namespace ocp
