#include "model/itemmodels/AsyncTableModel.h"

namespace ocp {

AsyncTableModel::AsyncTableModel(QObject* parent)
    : TableModelBase(parent)
    , m_task(
          [this](const Apply& apply) {
              apply();
              setState(State::Ready);
          },
          [this](const QString& error) {
              clearResults();
              setState(State::Failed, error);
          }) {}

void AsyncTableModel::cancel() {
    if (m_state != State::Computing)
        return;
    m_task.cancel(); // requests the stop token: the worker gives up at its next check
    setState(State::Cancelled);
}

void AsyncTableModel::recalculate() {
    if (m_state != State::Cancelled || !m_work)
        return;
    m_task.start(m_work);
    setState(State::Computing);
}

void AsyncTableModel::stopComputing(State state, const QString& error) {
    m_task.cancel();
    m_work = nullptr;
    setState(state, error);
}

void AsyncTableModel::setState(State state, const QString& error) {
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged(state);
}

} // namespace ocp
