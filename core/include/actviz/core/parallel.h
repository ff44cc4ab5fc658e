// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Large batches split across the hardware threads of one long-lived pool: no thread is started
// per call, and an exception thrown by any chunk reaches the caller (the first one, after every
// chunk has finished), instead of terminating the process.

#include <cstddef>
#include <functional>

namespace actviz::core {

/// Runs work(begin, end) over [0, n) in contiguous chunks of at least `grain` elements, on the
/// calling thread and the pool's workers; returns when all are done. A chunk's exception is
/// rethrown here. Without workers (one core, or threads cannot be started) it all runs here.
void parallelFor(std::size_t n, std::size_t grain,
                 const std::function<void(std::size_t begin, std::size_t end)>& work);

} // namespace actviz::core
