// libFuzzer target for the screening input (`embargo screen --input`): a CSV or JSON-lines file
// of customers. Every row becomes a query or an error naming its line, in order, and the reader
// always reaches the end.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

#include "query_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = (std::filesystem::temp_directory_path() /
                                   ("embargo_query_input_fuzz." + std::to_string(getpid())))
                                      .string();
  if (FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(data, 1, size, f);
    std::fclose(f);
  } else {
    return 0;
  }
  auto input = embargo::cli::QueryInput::Open(path, {{"name", "customer"}});
  if (!input.ok()) return 0;
  size_t last_row = 0, last_line = 0;
  for (;;) {
    std::vector<embargo::cli::InputRow> block = (*input)->NextBlock(16);
    if (block.empty()) break;
    for (const embargo::cli::InputRow& r : block) {
      if (r.row <= last_row || r.line < last_line) __builtin_trap();  // in file order
      last_row = r.row;
      last_line = r.line;
      if (!r.query.ok() && r.query.status().message().empty()) __builtin_trap();
    }
  }
  return 0;
}
