// mimalloc's options for Letopis's executables; linked into each one that uses mimalloc
// (letopis_use_allocator in CMakeLists.txt).
//
// Extraction reads a large heap at random: hunspell's dictionary, the lemma, nominative and stem
// memos, the gazetteer's maps. On 4 KiB pages most of those reads also miss the TLB, so the heap
// asks for transparent 2 MiB pages where the system gives them on request (madvise mode, Debian's
// default): mimalloc's large-page option does so for each segment it maps from now on. Its first
// segment was mapped while the libraries initialised, before this code could set the option, and
// it serves the small blocks until it is full, so it is advised here as well. NEREL train
// (docs/extraction.md, "Speed"): about 9 % more documents per CPU-second. MIMALLOC_LARGE_OS_PAGES
// in the environment still decides the option when it is set.
#include <mimalloc.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// Advises the mapping that holds addr (from /proc/self/maps); does nothing when that fails.
void adviseHugePages(const void* addr)
{
    std::FILE* maps = std::fopen("/proc/self/maps", "r");
    if (!maps)
        return;
    const auto at = reinterpret_cast<std::uintptr_t>(addr);
    unsigned long long start = 0, end = 0;
    char line[512];
    while (std::fgets(line, sizeof line, maps)) {
        if (std::sscanf(line, "%llx-%llx", &start, &end) == 2 && start <= at && at < end) {
            madvise(reinterpret_cast<void*>(start), static_cast<std::size_t>(end - start), MADV_HUGEPAGE);
            break;
        }
    }
    std::fclose(maps);
}

const bool kLargePages = [] {
    if (std::getenv("MIMALLOC_LARGE_OS_PAGES") == nullptr) {
        mi_option_enable(mi_option_large_os_pages);
        void* block = mi_malloc(16);
        adviseHugePages(block);
        mi_free(block);
    }
    return true;
}();

} // namespace
