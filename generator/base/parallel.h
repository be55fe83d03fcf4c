// Work spread over the machine's cores: items 0…n−1 taken in turn by a few
// threads. For loops whose items share nothing they write (pages, texts,
// workbooks); each item writes its own slot, and the caller puts the slots
// together in order afterwards, so the result is the same on any number of cores.
#pragma once

#include <cstddef>
#include <functional>

namespace spiegel {

/// Runs `work(i)` for every i below `n`, on up to `max_threads` threads (this
/// one among them), and returns when all are done. An exception from an item
/// is rethrown here, after every thread has stopped; the items after it may
/// or may not have run.
void parallel_for(std::size_t n, unsigned max_threads, const std::function<void(std::size_t)>& work);

/// The threads for work that is all computation: the cores, at most 4.
unsigned compute_threads();

}  // namespace spiegel
