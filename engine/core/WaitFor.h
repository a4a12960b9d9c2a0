#pragma once
// Waits for an asynchronous operation that reports through a callback, in a local event loop:
// the command line's way to use the engine's asynchronous calls. Never on the GUI thread.

#include "Result.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace mailroom {

// start(done) begins the operation; done may be called at once or later. Returns what done got,
// or onTimeout when it was not called within timeout (a late call is then ignored safely).
template <typename T>
Result<T> waitFor(const std::function<void(std::function<void(Result<T>)>)>& start,
                  std::chrono::milliseconds timeout, const Error& onTimeout)
{
    auto outcome = std::make_shared<std::optional<Result<T>>>();
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    start([outcome, waiting](Result<T> result) {
        if (outcome->has_value())
            return;
        outcome->emplace(std::move(result));
        if (waiting)
            waiting->quit();
    });
    if (!outcome->has_value()) {
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeout);
        loop.exec();
    }
    if (!outcome->has_value())
        return onTimeout;
    return std::move(**outcome);
}

} // namespace mailroom
