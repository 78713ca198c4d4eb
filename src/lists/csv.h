// A small RFC 4180 CSV record splitter shared by the CSV list readers (OFAC, UK).
//
// Splits content already in memory into records and fields without copying, except for quoted
// fields holding doubled quotes, which are unescaped into an internal buffer. Accepts CRLF, LF
// and lone CR line endings, quoted fields spanning lines, a UTF-8 byte order mark at the start,
// and a DOS end-of-file byte (0x1A) on its own at the end. Fields are returned as written
// (no trimming, no re-encoding). A CsvReader is a cursor over one input: not thread-safe, but
// independent readers may run in parallel.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "embargo/status.h"

namespace embargo::lists {

struct CsvOptions {
  char separator = ',';
  bool skip_blank_lines = true;  // a line with no characters at all yields no record
};

struct CsvRecord {
  size_t line = 0;                       // 1-based line on which the record starts
  std::vector<std::string_view> fields;  // valid until the next call to CsvReader::Next()
  bool quoted_newline = false;           // a quoted field spans more than one line
};

class CsvReader {
 public:
  explicit CsvReader(std::string_view content, CsvOptions options = {});

  // The next record, or nullptr at the end of the input or on an error (see status()).
  // The pointer and its views stay valid until the next call.
  const CsvRecord* Next();

  // Ok, or a parse error "line N: unterminated quoted field" (without a file name: the caller
  // adds it). Once an error is reported, Next() keeps returning nullptr.
  const Status& status() const { return status_; }

  // Byte offset of the next unread character.
  size_t offset() const { return pos_; }

 private:
  // Parses one quoted field starting at pos_ (on the opening quote). Returns false when the
  // closing quote is missing.
  bool ReadQuoted(size_t field_index);

  std::string_view content_;
  CsvOptions options_;
  size_t pos_ = 0;
  size_t line_ = 1;
  CsvRecord record_;
  // Unescaped quoted fields: (field index, begin, end) into scratch_; views are made once the
  // record is complete because scratch_ may reallocate while it grows.
  struct Pending {
    size_t field;
    size_t begin;
    size_t end;
  };
  std::vector<Pending> pending_;
  std::string scratch_;
  Status status_;
};

// Splits a whole input into records, copying every field. For small inputs and tests; the
// readers use CsvReader. Fails like CsvReader::status().
Result<std::vector<std::vector<std::string>>> SplitCsv(std::string_view content,
                                                       CsvOptions options = {});

}  // namespace embargo::lists
