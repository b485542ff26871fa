#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace ocp {

// Runs a slow computation on the global thread pool and hands its result to `deliver` on the
// owner's thread. Only the latest request counts: starting another one, or cancel(), drops
// the result of the one before, so a view never shows figures of an older state; a dropped
// request that has not started yet is skipped. The work must not touch the owner: it gets
// copies of what it needs.
template <typename T> class LatestResult {
public:
    using Deliver = std::function<void(T)>;

    LatestResult(QObject* owner, Deliver deliver)
        : m_owner(owner)
        , m_deliver(std::move(deliver)) {}
    ~LatestResult() { cancel(); }
    LatestResult(const LatestResult&) = delete;
    LatestResult& operator=(const LatestResult&) = delete;

    void start(std::function<T()> work) {
        cancel();
        auto promise = std::make_shared<QPromise<T>>();
        m_watcher = new QFutureWatcher<T>(m_owner);
        QFutureWatcher<T>* watcher = m_watcher;
        QObject::connect(watcher, &QFutureWatcher<T>::finished, m_owner, [this, watcher] {
            if (watcher == m_watcher)
                take();
        });
        watcher->setFuture(promise->future());
        promise->start();
        QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
            // Superseded while queued: skip the work, so quick edits do not pile up a backlog.
            if (!promise->isCanceled())
                promise->addResult(work());
            promise->finish();
        });
    }

    // Forgets the running request; its result is never delivered.
    void cancel() {
        if (!m_watcher)
            return;
        m_watcher->disconnect();
        m_watcher->future().cancel();
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
    void take() {
        QFutureWatcher<T>* watcher = m_watcher;
        m_watcher = nullptr;
        watcher->disconnect();
        watcher->deleteLater();
        m_deliver(watcher->future().result());
    }

    QObject* m_owner;
    Deliver m_deliver;
    QFutureWatcher<T>* m_watcher = nullptr;
};

} // namespace ocp
