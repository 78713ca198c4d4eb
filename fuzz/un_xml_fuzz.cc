// libFuzzer target for the UN Consolidated List reader: any input must yield a snapshot or a
// parse error, never a crash, a hang or an exception.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "lists/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view content(reinterpret_cast<const char*>(data), size);
  embargo::Result<embargo::ListSnapshot> result = embargo::lists::ReadUnXml(content, "fuzz.xml");
  if (result.ok()) {
    // Touch what the reader promises: every kept entity has an id and a primary name.
    for (const embargo::Entity& entity : result->entities) {
      if (entity.id.empty() || entity.names.empty()) __builtin_trap();
    }
  } else if (result.status().message().rfind("fuzz.xml:", 0) != 0) {
    __builtin_trap();  // every error names the input
  }
  return 0;
}
