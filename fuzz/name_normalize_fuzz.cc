// libFuzzer target for the Normalizer, which reads any name in any script: every token is
// lower-case ASCII letters and digits, and the index keys hash as their texts do.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "embargo/normalizer.h"
#include "text/key_hash.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const embargo::Normalizer normalizer;
  std::string_view name(reinterpret_cast<const char*>(data), size);
  for (embargo::EntityKind kind :
       {embargo::EntityKind::kPerson, embargo::EntityKind::kOrganization}) {
    embargo::NormalizeOptions options;
    options.kind = kind;
    options.kind_known = true;
    options.respell_latin = kind == embargo::EntityKind::kPerson;  // as a query is read
    embargo::NormalizedName n = normalizer.Normalize(name, options);
    for (const embargo::NameForm& form : n.forms)
      for (const embargo::Token& t : form.tokens)
        for (char c : t.text)
          if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) __builtin_trap();
    if (!std::is_sorted(n.key_hashes.begin(), n.key_hashes.end())) __builtin_trap();
    for (const std::string& key : n.keys)
      if (!std::binary_search(n.key_hashes.begin(), n.key_hashes.end(),
                              embargo::text::HashIndexKey(key)))
        __builtin_trap();
  }
  return 0;
}
