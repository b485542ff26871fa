#pragma once

#include "model/document/BackgroundTask.h"
#include "model/itemmodels/TableModelBase.h"

#include <QString>
#include <functional>
#include <memory>
#include <stop_token>
#include <type_traits>

namespace ocp {

// A table whose figures are computed in the background (BackgroundTask): one state, one
// error text and one signal. compute() starts the work for the model's current inputs; its
// result is shown by `show` on this thread, unless a newer compute() or stopComputing() came
// first (then the old work is asked to stop and its result is never shown). The user may stop
// a long computation (cancel(): the table keeps what it showed, state Cancelled) and start the
// same one again (recalculate()); the next change of the inputs computes anew in any case.
class AsyncTableModel : public TableModelBase {
    Q_OBJECT

public:
    // Idle: nothing to compute (no pack selected, no optimizer, hidden …). Cancelled: stopped
    // by the user, the figures shown are not those of the current inputs.
    enum class State { Idle, Computing, Ready, Failed, Cancelled };
    Q_ENUM(State)

    explicit AsyncTableModel(QObject* parent = nullptr);

    State state() const { return m_state; }
    bool isComputing() const { return m_state == State::Computing; }
    // Why the table is empty when Failed.
    const QString& errorText() const { return m_error; }
    // Stops the computation under way at the user's request (nothing when none is).
    void cancel();
    // Starts the cancelled computation again, for the same inputs.
    void recalculate();
    // Blocks until the computation under way is shown (tests, benchmarks, exports).
    void waitForFinished() { m_task.waitForFinished(); }

Q_SIGNALS:
    void stateChanged(ocp::AsyncTableModel::State state);

protected:
    // `work` (any thread, copies only) returns a value that `show` puts into the table (this
    // thread); the state becomes Ready after `show`, Failed with the work's error text.
    template <typename Work, typename Show> void compute(Work work, Show show) {
        using Result = std::invoke_result_t<Work&, std::stop_token>;
        // Kept for recalculate(): it holds copies of the inputs of this request.
        m_work = [work = std::move(work), show = std::move(show)](std::stop_token stop) -> Apply {
            // Shared: a std::function must be copyable, the result need not be.
            auto result = std::make_shared<Result>(work(std::move(stop)));
            return [result, show] { show(std::move(*result)); };
        };
        m_task.start(m_work);
        setState(State::Computing);
    }
    // Drops the computation under way and shows `state` (Idle, or Failed with `error`).
    void stopComputing(State state, const QString& error = QString());
    // Called when the work failed, before the state becomes Failed: empty the table here.
    virtual void clearResults() {}

private:
    using Apply = std::function<void()>;
    void setState(State state, const QString& error = QString());

    State m_state = State::Idle;
    QString m_error;
    BackgroundTask<Apply>::Work m_work; // the latest request
    BackgroundTask<Apply> m_task;
};

} // namespace ocp
