// Reading screening queries from a CSV or JSON-lines file, one row at a time, in blocks.
// A bad row becomes an error naming its line; the reader goes on with the next row.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "embargo/match.h"
#include "embargo/status.h"

namespace embargo::cli {

struct InputRow {
  size_t row = 0;   // 1-based data row number (header excluded)
  size_t line = 0;  // line in the file
  Result<Query> query = Status(StatusCode::kInvalidArgument, "unset");
};

class QueryInput {
 public:
  // Opens FILE ("-" = stdin), reading it whole. `columns` maps our keys (name, dob ...) to the
  // file's CSV headers. The format is JSON lines when the first non-blank byte is '{'.
  static Result<std::unique_ptr<QueryInput>> Open(const std::string& path,
                                                  const std::map<std::string, std::string>& columns);
  virtual ~QueryInput() = default;
  // Up to `max` next rows; empty at the end.
  virtual std::vector<InputRow> NextBlock(size_t max) = 0;
  // A file-level failure (e.g. unterminated quote at the end); ok otherwise.
  virtual Status status() const = 0;
};

}  // namespace embargo::cli
