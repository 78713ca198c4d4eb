// Errors as values: Status and Result<T>.
//
// Expected failures (a malformed file, a bad row, an unknown field) are returned, never thrown.
// The message names the file and line, byte offset or field. Types are immutable after
// construction and safe to share between threads.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace embargo {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller passed something malformed (a query, a flag)
  kNotFound,         // a file, entity or dataset does not exist
  kParseError,       // input data is malformed; the message names where
  kUnsupported,      // a format or feature that is recognized but not handled
  kIoError,          // the operating system refused a read or write
  kInternal,         // a broken invariant: a bug
};

const char* StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "parse_error: sdn.csv:12: expected 12 fields, found 3"
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status ParseError(std::string m) { return {StatusCode::kParseError, std::move(m)}; }
inline Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
inline Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }

// A value or the Status that explains its absence; shaped like std::expected.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : state_(std::move(status)) {}  // NOLINT  REQUIRES: !status.ok()

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  // REQUIRES: ok()
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  // The error; Status::Ok() when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(state_); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace embargo
