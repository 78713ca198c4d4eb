// A JSON text builder for responses assembled from pre-rendered parts (entity properties are
// rendered once per load, then copied into every answer that lists the entity). Not
// thread-safe: one writer per response.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace embargo::server {

class JsonWriter {
 public:
  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);  // invalid UTF-8 is replaced by U+FFFD
  JsonWriter& Number(double value);            // shortest text that reads back the same
  JsonWriter& Integer(long long value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  JsonWriter& Raw(std::string_view json);  // REQUIRES: one complete, valid JSON value

  // The text. REQUIRES: every object and array closed.
  std::string Take() { return std::move(out_); }

 private:
  JsonWriter& Open(char c);
  JsonWriter& Close(char c);
  void BeforeValue();

  std::string out_;
  std::vector<bool> has_items_;  // per open container
  bool after_key_ = false;
};

}  // namespace embargo::server
