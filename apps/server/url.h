// Request targets: "/match/un_dprk?threshold=0.8&include_dataset=ofac" split into decoded path
// segments and query parameters. Pure functions, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace embargo::server {

struct Target {
  std::vector<std::string> segments;  // decoded, empty segments dropped: {"match", "un_dprk"}
  std::vector<std::pair<std::string, std::string>> params;  // decoded, in order, repeats kept

  // The last value of `key`, or nullopt.
  std::optional<std::string> Param(std::string_view key) const;
  // Every value of `key`; a value "a,b" counts as two.
  std::vector<std::string> ParamList(std::string_view key) const;
};

// Percent-decoding ('+' is a space in the query string only). Nullopt for a bad escape or an
// encoded NUL.
std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space);

// Nullopt when the target is not an origin-form path ("/...") or an escape is malformed.
std::optional<Target> ParseTarget(std::string_view target);

}  // namespace embargo::server
