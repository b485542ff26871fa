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

void AsyncTableModel::stopComputing(State state, const QString& error) {
    m_task.cancel();
    setState(state, error);
}

void AsyncTableModel::setState(State state, const QString& error) {
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged(state);
}

} // namespace ocp
