// libFuzzer target for the `embargo serve` configuration reader: any YAML gives a configuration
// whose limits are usable, or an error naming the file; it never crashes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "server/server_config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view yaml(reinterpret_cast<const char*>(data), size);
  auto config = embargo::server::ParseServerConfig(yaml, "fuzz.yaml", ".");
  if (!config.ok()) {
    if (config.status().message().find("fuzz.yaml") == std::string::npos) __builtin_trap();
    return 0;
  }
  return 0;
}
