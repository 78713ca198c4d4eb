// libFuzzer target for the OFAC SDN CSV reader, the input read as sdn.csv: any input must yield
// a snapshot or a parse error naming the file, never a crash, a hang or an exception.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lists/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  embargo::lists::OfacCsvSet set;
  set.sdn = std::string_view(reinterpret_cast<const char*>(data), size);
  set.sdn_name = "fuzz.csv";
  embargo::Result<embargo::ListSnapshot> result = embargo::lists::ReadOfacSdnCsv(set);
  if (result.ok()) {
    for (const embargo::Entity& entity : result->entities) {
      if (entity.id.rfind("ofac:", 0) != 0 || entity.names.empty()) __builtin_trap();
    }
  } else if (result.status().message().rfind("fuzz.csv:", 0) != 0) {
    __builtin_trap();  // every error names the input
  }
  return 0;
}
