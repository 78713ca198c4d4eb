// embargo check: apply a regime's rules to transactions, one JSON object per line.
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "cli_support.h"
#include "commands.h"
#include "embargo/regime.h"

namespace embargo::cli {
namespace {

struct CheckFlags {
  std::string input;
  std::string output;
  std::string regime = "dprk";
  std::vector<std::string> lists;
  bool no_lists = false;
  double fuzzy = 0;  // > 0: screen parties with the Screener at this threshold
};

void RunCheck(const CheckFlags& flags) {
  Result<std::string> path = FindRegimeFile(flags.regime);
  if (!path.ok()) Fail(path.status());
  Result<Regime> regime = Regime::Load(*path);
  if (!regime.ok()) Fail(regime.status());
  PartyMatcher matcher;
  if (flags.fuzzy > 0) {
    ScreenOptions options;
    options.threshold = flags.fuzzy;
    matcher = MakeScreenerMatcher(LoadScreener(flags.lists), options);
  } else if (!flags.no_lists) {
    matcher = MakeExactListMatcher(LoadListsOrFail(flags.lists));
  }

  std::ifstream file;
  std::istream* in = &std::cin;
  if (flags.input != "-") {
    file.open(flags.input, std::ios::binary);
    if (!file) Fail(NotFound(flags.input + ": cannot open"));
    in = &file;
  }
  std::ofstream out_file;
  std::ostream* out = &std::cout;
  if (!flags.output.empty()) {
    out_file.open(flags.output, std::ios::binary | std::ios::trunc);
    if (!out_file) Fail(IoError(flags.output + ": cannot write"));
    out = &out_file;
  }
  const BatchStats stats = CheckTransactionLines(*regime, *in, *out, std::cerr, matcher);
  out->flush();
  if (!*out) Fail(IoError((flags.output.empty() ? "stdout" : flags.output) + ": write failed"));
  std::cerr << fmt::format(
      "checked {} of {} transactions: {} prohibited, {} needs_review, {} reportable, {} clear; "
      "{} bad lines\n",
      stats.checked, stats.lines, stats.by_verdict[3], stats.by_verdict[2], stats.by_verdict[1],
      stats.by_verdict[0], stats.failed);
  if (stats.failed > 0) throw CLI::RuntimeError(1);
}

}  // namespace

void RegisterCheckCommand(CLI::App& app) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* check = app.add_subcommand(
      "check",
      "Check transactions (JSON lines) against a sanctions regime; one result per line.\n"
      "A line that cannot be read gives {\"line\", \"id\", \"error\"} in the output and\n"
      "\"line N: ...\" on stderr, and the batch goes on. Exit status: 0 when every line was\n"
      "checked, 1 when any line was bad or the regime or lists could not be loaded.");
  check
      ->add_option("--input,-i", flags->input,
                   "Transactions, one JSON object per line ('-' = stdin)")
      ->required();
  check->add_option("--output,-o", flags->output, "Write results here instead of stdout");
  check->add_option("--lists", flags->lists,
                    "List files or folders for party and vessel screening (default: the "
                    "reference set)");
  check->add_flag("--no-lists", flags->no_lists,
                  "Screen nothing but the regime's own designated vessels");
  check
      ->add_option("--fuzzy", flags->fuzzy,
                   "Screen parties with the fuzzy screener at this threshold (e.g. 0.8) instead "
                   "of exact names and identifiers; hits below 1 are needs_review")
      ->check(CLI::Range(0.0, 1.0));
  check->add_option("--regime", flags->regime, "Regime name or file (default dprk)");
  check->callback([flags] { RunCheck(*flags); });
}

}  // namespace embargo::cli
