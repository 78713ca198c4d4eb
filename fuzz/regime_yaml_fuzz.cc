// libFuzzer target for the regime file reader (data/regimes/*.yaml): any input parses into a
// regime whose measures name their resolution, or fails with a message; it never crashes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "embargo/regime.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view yaml(reinterpret_cast<const char*>(data), size);
  embargo::Result<embargo::Regime> regime = embargo::Regime::Parse(yaml, "fuzz.yaml");
  if (!regime.ok()) {
    if (regime.status().message().empty()) __builtin_trap();
    return 0;
  }
  for (const embargo::Measure& m : regime->measures()) {
    if (regime->FindMeasure(m.id) == nullptr) __builtin_trap();
    if (regime->FindResolution(m.resolution) == nullptr) __builtin_trap();
  }
  return 0;
}
