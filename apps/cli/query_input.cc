#include "query_input.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <nlohmann/json.hpp>

#include "lists/csv.h"
#include "match/query_parse.h"
#include "model/file_util.h"
#include "model/text_util.h"

namespace embargo::cli {
namespace {

Result<std::string> ReadAll(const std::string& path) {
  if (path == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  return ReadFileToString(path);
}

class CsvInput : public QueryInput {
 public:
  CsvInput(std::string name, std::string content, const std::map<std::string, std::string>& columns)
      : name_(std::move(name)), content_(std::move(content)), reader_(content_) {
    const lists::CsvRecord* header = reader_.Next();
    if (!header) return;
    // Our key for each column: mapped through --columns, else the header itself.
    std::map<std::string, std::string> by_header;
    for (const auto& [ours, theirs] : columns) by_header[AsciiLower(theirs)] = ours;
    for (std::string_view h : header->fields) {
      std::string lower = AsciiLower(Trim(h));
      auto it = by_header.find(lower);
      keys_.push_back(it != by_header.end() ? it->second : lower);
    }
  }

  std::vector<InputRow> NextBlock(size_t max) override {
    std::vector<InputRow> out;
    while (out.size() < max) {
      const lists::CsvRecord* rec = reader_.Next();
      if (!rec) break;
      InputRow row;
      row.row = ++rows_;
      row.line = rec->line;
      if (rec->fields.size() != keys_.size()) {
        row.query = InvalidArgument(fmt(rec->line, "expected " + std::to_string(keys_.size()) +
                                                        " fields, found " +
                                                        std::to_string(rec->fields.size())));
      } else {
        std::vector<std::pair<std::string, std::string>> fields;
        for (size_t i = 0; i < keys_.size(); ++i)
          fields.emplace_back(keys_[i], std::string(rec->fields[i]));
        row.query = match::QueryFromFields(fields);
        if (!row.query.ok()) row.query = InvalidArgument(fmt(rec->line, row.query.status().message()));
      }
      out.push_back(std::move(row));
    }
    return out;
  }

  Status status() const override {
    if (keys_.empty()) return ParseError(name_ + ": no header row");
    if (!reader_.status().ok()) return ParseError(name_ + ": " + reader_.status().message());
    return Status::Ok();
  }

 private:
  std::string fmt(size_t line, const std::string& what) const {
    return name_ + ":" + std::to_string(line) + ": " + what;
  }
  std::string name_;
  std::string content_;
  lists::CsvReader reader_;
  std::vector<std::string> keys_;
  size_t rows_ = 0;
};

class JsonLinesInput : public QueryInput {
 public:
  JsonLinesInput(std::string name, std::string content)
      : name_(std::move(name)), content_(std::move(content)) {}

  std::vector<InputRow> NextBlock(size_t max) override {
    std::vector<InputRow> out;
    while (out.size() < max && pos_ < content_.size()) {
      size_t end = content_.find('\n', pos_);
      if (end == std::string::npos) end = content_.size();
      std::string_view line = Trim(std::string_view(content_).substr(pos_, end - pos_));
      pos_ = end + 1;
      ++line_;
      if (line.empty()) continue;
      InputRow row;
      row.row = ++rows_;
      row.line = line_;
      auto j = nlohmann::json::parse(line, nullptr, false);
      std::string where = name_ + ":" + std::to_string(line_) + ": ";
      if (j.is_discarded()) {
        row.query = InvalidArgument(where + "not valid JSON");
      } else {
        row.query = match::QueryFromJson(j);
        if (!row.query.ok()) row.query = InvalidArgument(where + row.query.status().message());
      }
      out.push_back(std::move(row));
    }
    return out;
  }

  Status status() const override { return Status::Ok(); }

 private:
  std::string name_;
  std::string content_;
  size_t pos_ = 0;
  size_t line_ = 0;
  size_t rows_ = 0;
};

}  // namespace

Result<std::unique_ptr<QueryInput>> QueryInput::Open(
    const std::string& path, const std::map<std::string, std::string>& columns) {
  Result<std::string> content = ReadAll(path);
  if (!content.ok()) return content.status();
  std::string_view head = Trim(std::string_view(*content).substr(0, 64));
  std::unique_ptr<QueryInput> input;
  if (!head.empty() && head[0] == '{')
    input = std::make_unique<JsonLinesInput>(path, std::move(*content));
  else
    input = std::make_unique<CsvInput>(path, std::move(*content), columns);
  Status st = input->status();
  if (!st.ok()) return st;
  return input;
}

}  // namespace embargo::cli
