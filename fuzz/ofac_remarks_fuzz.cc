// libFuzzer target for the OFAC Remarks parser: every clause is either typed or kept verbatim.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lists/ofac_remarks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (embargo::EntityKind kind : {embargo::EntityKind::kPerson, embargo::EntityKind::kVessel}) {
    embargo::lists::OfacRemarks remarks = embargo::lists::ParseOfacRemarks(text, kind);
    if (remarks.unparsed.size() > remarks.clause_count) __builtin_trap();
    for (const embargo::Identifier& id : remarks.identifiers) {
      if (id.value.empty()) __builtin_trap();
    }
  }
  return 0;
}
