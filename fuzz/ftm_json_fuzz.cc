// libFuzzer target for the FollowTheMoney JSON lines reader and writer: any input must read
// without a crash or an exception, and every entity read must survive a write and a re-read as
// exactly one entity.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "embargo/lists.h"
#include "lists/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view content(reinterpret_cast<const char*>(data), size);
  embargo::Result<embargo::ListSnapshot> result =
      embargo::lists::ReadFtmJson(content, "fuzz.ftm.json");
  if (!result.ok()) return 0;
  for (const embargo::Entity& entity : result->entities) {
    if (entity.names.empty()) __builtin_trap();
    std::string line = embargo::ToFtmJson(entity);
    if (line.empty() || line.back() != '\n') __builtin_trap();
    embargo::Result<embargo::ListSnapshot> again =
        embargo::lists::ReadFtmJson(line, "again.ftm.json");
    if (!again.ok() || again->entities.size() != 1) __builtin_trap();
  }
  return 0;
}
