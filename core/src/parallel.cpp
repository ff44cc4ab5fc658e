// SPDX-License-Identifier: GPL-3.0-or-later
#include "actviz/core/parallel.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace actviz::core {
namespace {

/// Workers for the lifetime of the process; tasks are queued, each a chunk of one call.
class Pool {
public:
    Pool() {
        const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
        try {
            for (unsigned k = 1; k < hardware; ++k)
                m_workers.emplace_back([this] { loop(); });
        } catch (const std::system_error&) {
            // No more threads to be had: the calling thread does the work.
        }
    }
    ~Pool() {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        for (std::thread& t : m_workers)
            t.join();
    }
    Pool(const Pool&) = delete;
    Pool& operator=(const Pool&) = delete;

    [[nodiscard]] std::size_t workers() const { return m_workers.size(); }

    void post(std::function<void()> task) {
        {
            const std::lock_guard lock(m_mutex);
            m_tasks.push_back(std::move(task));
        }
        m_wake.notify_one();
    }

    /// Runs a queued task on the calling thread, if there is one (so a caller waiting for its
    /// chunks helps instead of idling).
    bool runOne() {
        std::function<void()> task;
        {
            const std::lock_guard lock(m_mutex);
            if (m_tasks.empty()) return false;
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        task();
        return true;
    }

private:
    void loop() {
        while (true) {
            std::function<void()> task;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || !m_tasks.empty(); });
                if (m_stop && m_tasks.empty()) return;
                task = std::move(m_tasks.front());
                m_tasks.pop_front();
            }
            task();
        }
    }

    std::vector<std::thread> m_workers;
    std::deque<std::function<void()>> m_tasks;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
};

Pool& pool() {
    static Pool p;
    return p;
}

} // namespace

void parallelFor(std::size_t n, std::size_t grain,
                 const std::function<void(std::size_t, std::size_t)>& work) {
    Pool& p = pool();
    const std::size_t threads = std::min(p.workers() + 1, n / std::max<std::size_t>(grain, 1));
    if (threads < 2) {
        work(0, n);
        return;
    }
    const std::size_t chunk = (n / threads + 7) & ~std::size_t{7};
    // What the chunks share: how many are still running, and the first exception.
    struct Join {
        std::mutex mutex;
        std::condition_variable done;
        std::size_t pending = 0;
        std::exception_ptr error;
    } join;
    auto run = [&join, &work](std::size_t begin, std::size_t end) {
        std::exception_ptr error;
        try {
            work(begin, end);
        } catch (...) {
            error = std::current_exception();
        }
        const std::lock_guard lock(join.mutex);
        if (error && !join.error) join.error = error;
        if (--join.pending == 0) join.done.notify_all();
    };
    std::size_t begin = 0;
    std::vector<std::pair<std::size_t, std::size_t>> chunks;
    for (; begin < n; begin += chunk)
        chunks.emplace_back(begin, std::min(n, begin + chunk));
    join.pending = chunks.size();
    std::size_t posted = 1;
    try {
        for (; posted < chunks.size(); ++posted) {
            const auto c = chunks[posted];
            p.post([&run, c] { run(c.first, c.second); });
        }
    } catch (...) {
        // The chunks that could not be queued run here, below; nothing queued is abandoned.
    }
    for (std::size_t k = posted; k < chunks.size(); ++k)
        run(chunks[k].first, chunks[k].second);
    run(chunks[0].first, chunks[0].second);
    // Help with what is still queued, then wait for the chunks the workers took.
    while (true) {
        {
            std::unique_lock lock(join.mutex);
            if (join.pending == 0) break;
        }
        if (!p.runOne()) {
            std::unique_lock lock(join.mutex);
            join.done.wait(lock, [&join] { return join.pending == 0; });
            break;
        }
    }
    if (join.error) std::rethrow_exception(join.error);
}

} // namespace actviz::core
