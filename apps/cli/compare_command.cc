// embargo compare: score pairs of names, for evaluation and for deduplicating customer files.
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli_support.h"
#include "commands.h"
#include "lists/csv.h"
#include "match/query_parse.h"
#include "model/file_util.h"

namespace embargo::cli {
namespace {

struct CompareFlags {
  std::string input, output = "-";
  std::vector<std::string> lists;
  bool use_lists = false;
};

std::string Quote(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void Run(const CompareFlags& f) {
  Result<std::string> read = ReadFileToString(f.input);
  if (!read.ok()) Fail(read.status());
  const std::string& content = *read;
  // Token rarity comes from the lists when asked; otherwise every token weighs the same.
  std::shared_ptr<const Screener> screener;
  if (f.use_lists) {
    screener = LoadScreener(f.lists);
  } else {
    auto empty = Screener::Build({});
    if (!empty.ok()) Fail(empty.status());
    screener = *empty;
  }
  std::ofstream file;
  if (f.output != "-") {
    file.open(f.output, std::ios::binary);
    if (!file) Fail(IoError(f.output + ": cannot open for writing"));
  }
  std::ostream& out = f.output == "-" ? std::cout : file;
  lists::CsvReader reader(content);
  const double threshold = ScreenOptions{}.threshold;
  size_t rows = 0, bad = 0;
  bool first = true;
  while (const lists::CsvRecord* rec = reader.Next()) {
    const auto& fields = rec->fields;
    if (first && fields.size() >= 2 && fields[0] == "name1" && fields[1] == "name2") {
      std::string header;
      for (std::string_view h : fields) header += std::string(h) + ",";
      out << header << "score,match\n";
      first = false;
      continue;
    }
    first = false;
    ++rows;
    if (fields.size() < 2 || fields.size() > 3) {
      ++bad;
      std::cerr << fmt::format("bad row: {}:{}: expected name1,name2[,kind], found {} fields\n",
                               f.input, rec->line, fields.size());
      continue;
    }
    std::optional<EntityKind> kind;
    if (fields.size() == 3 && !fields[2].empty()) {
      Result<EntityKind> k = match::ParseQueryKind(std::string(fields[2]));
      if (!k.ok()) {
        ++bad;
        std::cerr << fmt::format("bad row: {}:{}: {}\n", f.input, rec->line, k.status().message());
        continue;
      }
      kind = *k;
    }
    double score = screener->CompareScore(fields[0], fields[1], kind);
    std::string line;
    for (std::string_view v : fields) line += Quote(v) + ",";
    out << line << fmt::format("{:.4f},{}\n", score, score >= threshold ? "true" : "false");
  }
  if (!reader.status().ok()) Fail(ParseError(f.input + ": " + reader.status().message()));
  std::cerr << fmt::format("compared {} pairs ({} bad)\n", rows - bad, bad);
}

}  // namespace

void RegisterCompareCommand(CLI::App& app) {
  auto f = std::make_shared<CompareFlags>();
  CLI::App* cmd = app.add_subcommand("compare", "Score pairs of names: name1,name2[,kind] rows");
  cmd->add_option("--input", f->input, "CSV of name1,name2[,kind] (optional header row)")
      ->required();
  cmd->add_option("--output", f->output, "Output CSV (default: stdout)");
  auto* lists = cmd->add_option("--lists", f->lists, "Weigh tokens by their rarity in these lists");
  cmd->callback([f, lists] {
    f->use_lists = lists->count() > 0;
    Run(*f);
  });
}

}  // namespace embargo::cli
