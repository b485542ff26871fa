#pragma once

#include "model/billing/InputError.h"
#include "model/io/PlanWording.h"
#include "model/optimizer/Cancelled.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QString>
#include <QThreadPool>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>

namespace ocp {

// The one way to compute in the background. start() runs `work` on the global thread pool and
// hands its result to `deliver` on the thread that made the task (an InputError or other
// failure goes to `fail` with its text). Only the latest request counts: start() again, or
// cancel(), drops the request before — never delivered, skipped if not started yet — and
// requests its stop token, so a running optimizer gives up at its next check (Cancelled).
// The work must not touch the owner: it gets copies of what it needs.
template <typename T> class BackgroundTask {
public:
    using Work = std::function<T(std::stop_token)>;
    using Deliver = std::function<void(T)>;
    using Fail = std::function<void(const QString&)>;

    explicit BackgroundTask(Deliver deliver, Fail fail = {})
        : m_deliver(std::move(deliver))
        , m_fail(std::move(fail)) {}
    ~BackgroundTask() { cancel(); }
    BackgroundTask(const BackgroundTask&) = delete;
    BackgroundTask& operator=(const BackgroundTask&) = delete;

    void start(Work work) {
        cancel();
        auto promise = std::make_shared<QPromise<Outcome>>();
        m_watcher = new QFutureWatcher<Outcome>();
        QFutureWatcher<Outcome>* watcher = m_watcher;
        QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, watcher, [this, watcher] {
            if (watcher == m_watcher)
                take();
        });
        watcher->setFuture(promise->future());
        promise->start();
        QThreadPool::globalInstance()->start([promise, stop = m_stop.get_token(), work = std::move(work)] {
            // Superseded while queued: skip the work, so quick edits do not pile up a backlog.
            if (!stop.stop_requested()) {
                try {
                    promise->addResult(Outcome{work(stop), QString()});
                } catch (const Cancelled&) {
                    // Stopped on request: nobody wants a result.
                } catch (const InputError& e) {
                    promise->addResult(Outcome{std::nullopt, PlanWording::message(e)});
                } catch (const std::exception& e) {
                    // Never let a worker take the application down; the user sees why.
                    promise->addResult(Outcome{std::nullopt, QString::fromUtf8(e.what())});
                }
            }
            promise->finish();
        });
    }

    // Forgets the request under way and asks it to stop; its result is never delivered.
    void cancel() {
        if (!m_watcher)
            return;
        m_stop.request_stop();
        m_stop = std::stop_source();
        m_watcher->disconnect();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }

    bool isRunning() const { return m_watcher != nullptr; }

    // Blocks until the latest request is done and delivers its result now (tests, benchmarks).
    void waitForFinished() {
        if (!m_watcher)
            return;
        m_watcher->waitForFinished();
        take();
    }

private:
    struct Outcome {
        std::optional<T> value;
        QString error;
    };

    void take() {
        QFutureWatcher<Outcome>* watcher = m_watcher;
        m_watcher = nullptr;
        watcher->disconnect();
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0)
            return;
        Outcome outcome = watcher->future().result();
        if (outcome.value)
            m_deliver(std::move(*outcome.value));
        else if (m_fail)
            m_fail(outcome.error);
    }

    Deliver m_deliver;
    Fail m_fail;
    std::stop_source m_stop;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
};

} // namespace ocp
