#pragma once
// Gender/number and case as bit sets, shared by the name and phrase rules. Internal.
#include <cstdint>

namespace letopis::morph::detail {

// Gender or number of a form.
enum : std::uint8_t { kMasc = 1, kFem = 2, kNeut = 4, kPlur = 8, kAnyGender = 15 };
// Cases.
enum : std::uint8_t { kNom = 1, kGen = 2, kDat = 4, kAcc = 8, kIns = 16, kPrep = 32, kAnyCase = 63 };
constexpr std::uint8_t kOblique = kGen | kDat | kAcc | kIns | kPrep;

} // namespace letopis::morph::detail
