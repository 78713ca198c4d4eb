#include "lists/csv.h"

#include <cstring>
#include <string>
#include <utility>

namespace embargo::lists {
namespace {

constexpr char kEndOfFile = '\x1A';
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// True when everything from `pos` on is a DOS end-of-file byte followed by whitespace at most.
bool OnlyEofMarkerLeft(std::string_view s, size_t pos) {
  if (pos >= s.size() || s[pos] != kEndOfFile) return false;
  for (size_t i = pos + 1; i < s.size(); ++i) {
    char c = s[i];
    if (c != kEndOfFile && c != '\r' && c != '\n' && c != ' ' && c != '\t') return false;
  }
  return true;
}

}  // namespace

CsvReader::CsvReader(std::string_view content, CsvOptions options)
    : content_(content), options_(options) {
  if (content_.substr(0, kUtf8Bom.size()) == kUtf8Bom) pos_ = kUtf8Bom.size();
}

bool CsvReader::ReadQuoted(size_t field_index) {
  const size_t size = content_.size();
  size_t start = ++pos_;  // after the opening quote
  bool copied = false;    // the field lives in scratch_ rather than in content_
  size_t scratch_begin = scratch_.size();
  while (true) {
    const void* hit = std::memchr(content_.data() + pos_, '"', size - pos_);
    if (hit == nullptr) return false;
    size_t quote = static_cast<const char*>(hit) - content_.data();
    for (size_t i = pos_; i < quote; ++i) {
      if (content_[i] == '\n' || (content_[i] == '\r' && content_[i + 1] != '\n')) {
        ++line_;
        record_.quoted_newline = true;
      }
    }
    if (quote + 1 < size && content_[quote + 1] == '"') {  // a doubled quote stands for one
      if (!copied) {
        copied = true;
        scratch_begin = scratch_.size();
      }
      scratch_.append(content_.substr(start, quote + 1 - start));
      pos_ = start = quote + 2;
      continue;
    }
    pos_ = quote + 1;
    // Be lenient with stray text between the closing quote and the separator ("abc" x,).
    size_t tail = pos_;
    while (tail < size && content_[tail] != options_.separator && content_[tail] != '\r' &&
           content_[tail] != '\n') {
      ++tail;
    }
    if (!copied && tail == pos_) {
      record_.fields[field_index] = content_.substr(start, quote - start);
      return true;
    }
    if (!copied) {
      copied = true;
      scratch_begin = scratch_.size();
    }
    scratch_.append(content_.substr(start, quote - start));
    scratch_.append(content_.substr(pos_, tail - pos_));
    pos_ = tail;
    pending_.push_back({field_index, scratch_begin, scratch_.size()});
    return true;
  }
}

const CsvRecord* CsvReader::Next() {
  if (!status_.ok()) return nullptr;
  const size_t size = content_.size();
  const char sep = options_.separator;
  // Skip blank lines and stop at the end-of-file marker.
  while (true) {
    if (pos_ >= size || OnlyEofMarkerLeft(content_, pos_)) {
      pos_ = size;
      return nullptr;
    }
    char c = content_[pos_];
    if (!options_.skip_blank_lines || (c != '\r' && c != '\n')) break;
    pos_ += (c == '\r' && pos_ + 1 < size && content_[pos_ + 1] == '\n') ? 2 : 1;
    ++line_;
  }
  record_.line = line_;
  record_.fields.clear();
  record_.quoted_newline = false;
  pending_.clear();
  scratch_.clear();
  while (true) {
    size_t index = record_.fields.size();
    record_.fields.emplace_back();
    if (pos_ < size && content_[pos_] == '"') {
      if (!ReadQuoted(index)) {
        status_ =
            ParseError("line " + std::to_string(record_.line) + ": unterminated quoted field");
        pos_ = size;
        return nullptr;
      }
    } else {
      size_t begin = pos_;
      while (pos_ < size) {
        char c = content_[pos_];
        if (c == sep || c == '\r' || c == '\n') break;
        ++pos_;
      }
      record_.fields[index] = content_.substr(begin, pos_ - begin);
    }
    if (pos_ >= size) break;
    char c = content_[pos_];
    if (c == sep) {
      ++pos_;
      continue;  // a separator at the very end still opens an (empty) last field
    }
    pos_ += (c == '\r' && pos_ + 1 < size && content_[pos_ + 1] == '\n') ? 2 : 1;
    ++line_;
    break;
  }
  std::string_view scratch(scratch_);
  for (const Pending& p : pending_) {
    record_.fields[p.field] = scratch.substr(p.begin, p.end - p.begin);
  }
  return &record_;
}

Result<std::vector<std::vector<std::string>>> SplitCsv(std::string_view content,
                                                       CsvOptions options) {
  CsvReader reader(content, options);
  std::vector<std::vector<std::string>> records;
  while (const CsvRecord* record = reader.Next()) {
    records.emplace_back(record->fields.begin(), record->fields.end());
  }
  if (!reader.status().ok()) return reader.status();
  return records;
}

}  // namespace embargo::lists
