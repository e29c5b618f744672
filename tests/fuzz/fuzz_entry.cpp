// One libFuzzer executable per target: LETOPIS_FUZZ_TARGET names the function in targets.hpp.
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return letopis::fuzz::LETOPIS_FUZZ_TARGET(data, size);
}
