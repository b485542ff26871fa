#include "CancelledNote.h"

#include "ChartPalette.h"
#include "model/itemmodels/AsyncTableModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ocp {

CancelledNote::CancelledNote(AsyncTableModel* model, const QString& cancelled, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_cancelled(cancelled)
    , m_label(new QLabel(this))
    , m_recalculate(new QPushButton(tr("Recalculate"), this)) {
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setText(cancelled);
    m_label->setStyleSheet(ChartPalette::textStyleSheet(ChartPalette::warningText()));
    m_recalculate->setToolTip(tr("Start the cancelled calculation again"));
    connect(m_recalculate, &QPushButton::clicked, model, &AsyncTableModel::recalculate);
    connect(model, &AsyncTableModel::stateChanged, this, &CancelledNote::showState);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_recalculate);
    showState();
}

void CancelledNote::showState() {
    const bool cancelled = m_model->state() == AsyncTableModel::State::Cancelled;
    if (cancelled == isVisibleTo(parentWidget()))
        return;
    setVisible(cancelled);
}

} // namespace ocp
