// libFuzzer target for the EU Financial Sanctions File XML reader (layouts 1.0 and 1.1): any
// input must yield a snapshot or a parse error naming the file, never a crash or an exception.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lists/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view content(reinterpret_cast<const char*>(data), size);
  embargo::Result<embargo::ListSnapshot> result =
      embargo::lists::ReadEuFsfXml(content, "fuzz.xml");
  if (result.ok()) {
    for (const embargo::Entity& entity : result->entities) {
      if (entity.id.rfind("eu:", 0) != 0 || entity.names.empty() ||
          entity.names.front().quality != embargo::NameQuality::kPrimary)
        __builtin_trap();
    }
  } else if (result.status().message().rfind("fuzz.xml", 0) != 0) {
    __builtin_trap();
  }
  return 0;
}
