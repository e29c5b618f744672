#pragma once
// Runs jobs on worker threads and hands their results back to the calling thread in the order
// the jobs were pushed, so whatever writes them sees the same sequence as a serial run.
// With no workers, push() does the work at once on the calling thread.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace letopis::ingest::detail {

template <class Job, class Out>
class OrderedPool final {
public:
    // work(job, worker index) runs on worker `index` (0 when there are no workers).
    using Work = std::function<Out(Job&, std::size_t)>;

    OrderedPool(std::size_t workers, Work work) : m_work(std::move(work))
    {
        for (std::size_t i = 0; i < workers; ++i)
            m_threads.emplace_back([this, i] { loop(i); });
    }
    ~OrderedPool()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_jobs.clear();
        }
        m_jobReady.notify_all();
        for (auto& t : m_threads)
            t.join();
    }
    OrderedPool(const OrderedPool&) = delete;
    OrderedPool& operator=(const OrderedPool&) = delete;

    // Jobs pushed and not yet popped.
    std::size_t inFlight() const { return m_pushed - m_popped; }

    void push(Job job)
    {
        const std::size_t seq = m_pushed++;
        if (m_threads.empty()) {
            m_done.emplace(seq, m_work(job, 0));
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            m_jobs.emplace_back(seq, std::move(job));
        }
        m_jobReady.notify_one();
    }

    // The result of the oldest job not yet popped; waits for it. Only with inFlight() > 0.
    Out pop()
    {
        std::unique_lock lock(m_mutex);
        m_outReady.wait(lock, [this] { return m_done.count(m_popped) > 0; });
        auto node = m_done.extract(m_popped++);
        return std::move(node.mapped());
    }

private:
    void loop(std::size_t index)
    {
        for (;;) {
            std::pair<std::size_t, Job> item;
            {
                std::unique_lock lock(m_mutex);
                m_jobReady.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
                if (m_stop)
                    return;
                item = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            Out out = m_work(item.second, index);
            {
                std::lock_guard lock(m_mutex);
                m_done.emplace(item.first, std::move(out));
            }
            m_outReady.notify_one();
        }
    }

    Work m_work;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_jobReady, m_outReady;
    std::deque<std::pair<std::size_t, Job>> m_jobs;
    std::map<std::size_t, Out> m_done;
    std::size_t m_pushed = 0; // calling thread only
    std::size_t m_popped = 0; // calling thread only
    bool m_stop = false;
};

} // namespace letopis::ingest::detail
