// Checking a JSON-lines file of transactions, going on past bad lines.
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "embargo/regime.h"

namespace embargo {

BatchStats CheckTransactionLines(const Regime& regime, std::istream& in, std::ostream& out,
                                 std::ostream& errors, const PartyMatcher& matcher) {
  BatchStats stats;
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++stats.lines;
    Result<Transaction> tx = ParseTransaction(line);
    if (tx.ok()) {
      const CheckResult result = CheckTransaction(regime, *tx, matcher);
      out << CheckResultToJson(result) << '\n';
      ++stats.checked;
      ++stats.by_verdict[static_cast<int>(result.verdict)];
      continue;
    }
    ++stats.failed;
    errors << "line " << number << ": " << tx.status().message() << '\n';
    nlohmann::json error = {{"line", number}, {"error", tx.status().message()}};
    // Echo the id when the line is JSON enough to have one, so results can be joined back.
    const nlohmann::json parsed = nlohmann::json::parse(line, nullptr, false);
    if (parsed.is_object() && parsed.contains("id") &&
        (parsed["id"].is_string() || parsed["id"].is_number_integer())) {
      error["id"] = parsed["id"];
    }
    out << error.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return stats;
}

}  // namespace embargo
