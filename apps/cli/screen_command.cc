// embargo screen: is this party on a list? One name from flags, or a file of them.
#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli_support.h"
#include "commands.h"
#include "embargo/normalizer.h"
#include "embargo/screener.h"
#include "match/match_json.h"
#include "match/query_parse.h"
#include "model/fuzzy_date.h"
#include "query_input.h"

namespace embargo::cli {
namespace {

struct ScreenFlags {
  std::vector<std::string> lists;
  std::string name, kind, dob, country, input, output = "-", format = "jsonl";
  std::vector<std::string> ids, columns;
  double threshold = ScreenOptions{}.threshold;
  size_t limit = ScreenOptions{}.limit;
  unsigned threads = 0;
  bool normalize_only = false;
  bool summary = false;
};

Query QueryFromFlags(const ScreenFlags& f) {
  std::vector<std::pair<std::string, std::string>> fields{{"name", f.name}};
  if (!f.kind.empty()) fields.emplace_back("kind", f.kind);
  if (!f.dob.empty()) fields.emplace_back("dob", f.dob);
  if (!f.country.empty()) fields.emplace_back("country", f.country);
  for (const std::string& id : f.ids) {
    size_t colon = id.find(':');
    if (colon == std::string::npos) Fail(InvalidArgument("--id: expected TYPE:VALUE, got " + id));
    fields.emplace_back(id.substr(0, colon), id.substr(colon + 1));
  }
  Result<Query> q = match::QueryFromFields(fields);
  if (!q.ok()) Fail(q.status());
  return std::move(*q);
}

// One output line (JSON) or lines (CSV) for a row.
std::string FormatRow(const InputRow& row, const std::vector<Match>& matches, bool csv) {
  const std::string id = row.query.ok() ? row.query->id : "";
  if (csv) {
    auto quote = [](const std::string& s) {
      std::string out = "\"";
      for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
      return out + "\"";
    };
    if (matches.empty()) return fmt::format("{},{},,,,,,\n", row.row, quote(id));
    std::string out;
    for (const Match& m : matches)
      out += fmt::format("{},{},{},{:.4f},{},{},{},{}\n", row.row, quote(id), quote(m.entity->id),
                         m.score, m.match ? "true" : "false", quote(m.matched_name),
                         quote(match::RegimeOf(*m.entity)), quote(m.entity->reference));
    return out;
  }
  nlohmann::json j = {{"row", row.row}, {"id", id.empty() ? nlohmann::json() : nlohmann::json(id)}};
  nlohmann::json arr = nlohmann::json::array();
  for (const Match& m : matches) arr.push_back(match::MatchToJson(m));
  j["matches"] = std::move(arr);
  return j.dump() + "\n";
}

void Progress(size_t done, double seconds) {
  std::cerr << fmt::format("\r{} rows, {:.0f} rows/s", done, seconds > 0 ? done / seconds : 0.0)
            << std::flush;
}

void ScreenFile(const Screener& screener, const ScreenFlags& f, const ScreenOptions& options) {
  std::map<std::string, std::string> columns;
  for (const std::string& c : f.columns) {
    size_t eq = c.find('=');
    if (eq == std::string::npos) Fail(InvalidArgument("--columns: expected KEY=HEADER, got " + c));
    columns[c.substr(0, eq)] = c.substr(eq + 1);
  }
  auto input = QueryInput::Open(f.input, columns);
  if (!input.ok()) Fail(input.status());
  std::ofstream file;
  if (f.output != "-") {
    file.open(f.output, std::ios::binary);
    if (!file) Fail(IoError(f.output + ": cannot open for writing"));
  }
  std::ostream& out = f.output == "-" ? std::cout : file;
  bool csv = f.format == "csv";
  if (csv) out << "row,id,entity_id,score,match,matched_name,regime,reference\n";
  unsigned threads = f.threads ? f.threads : std::max(1u, std::thread::hardware_concurrency());
  bool tty = isatty(STDERR_FILENO);
  Normalizer normalizer;
  auto start = std::chrono::steady_clock::now();
  size_t rows = 0, bad = 0, hits = 0;
  for (;;) {
    std::vector<InputRow> block = (*input)->NextBlock(8192);
    if (block.empty()) break;
    std::vector<std::string> lines(block.size()), summaries(block.size());
    std::vector<char> hit(block.size(), 0);  // the best match is a match
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < block.size();) {
        if (!block[i].query.ok()) continue;
        std::vector<Match> matches;
        if (f.normalize_only) {
          NormalizeOptions as_screening;  // keys hashed, not spelt out
          as_screening.key_texts = false;
          for (const std::string& n : block[i].query->names) normalizer.Normalize(n, as_screening);
        } else {
          matches = screener.Screen(*block[i].query, options);
        }
        hit[i] = !matches.empty() && matches[0].match;
        if (f.summary && hit[i])
          summaries[i] = fmt::format("  row {:>4} {:<36} -> {} '{}' ({}) {:.2f}\n", block[i].row,
                                     block[i].query->names.empty() ? "" : block[i].query->names[0],
                                     matches[0].entity->id, matches[0].matched_name,
                                     match::RegimeOf(*matches[0].entity), matches[0].score);
        lines[i] = FormatRow(block[i], matches, csv);
      }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    for (size_t i = 0; i < block.size(); ++i) {
      std::cerr << summaries[i];
      ++rows;
      if (!block[i].query.ok()) {
        ++bad;
        std::cerr << (tty ? "\n" : "") << "bad row: " << block[i].query.status().message() << "\n";
        continue;
      }
      hits += hit[i];
      out << lines[i];
    }
    if (tty)
      Progress(rows,
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  if (!(*input)->status().ok()) Fail((*input)->status());
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << (tty ? "\n" : "")
            << fmt::format(
                   "screened {} rows ({} bad) in {:.2f} s, {:.0f} rows/s; {} rows with a match\n",
                   rows, bad, seconds, seconds > 0 ? rows / seconds : 0.0, hits);
}

}  // namespace

void RegisterScreenCommand(CLI::App& app) {
  auto f = std::make_shared<ScreenFlags>();
  CLI::App* cmd = app.add_subcommand("screen", "Screen names against the lists");
  cmd->add_option("--lists", f->lists, "List files or folders (default: the reference set)");
  auto* name = cmd->add_option("--name", f->name, "A name to screen");
  cmd->add_option("--kind", f->kind, "person, organization, vessel or aircraft");
  cmd->add_option("--dob", f->dob, "Date of birth: 1965, 1965-09, 1965-09-21, 21 Sep 1965");
  cmd->add_option("--country", f->country, "Nationality or country (name or ISO code)");
  cmd->add_option("--id", f->ids, "Identifier TYPE:VALUE, e.g. passport:381310014, imo:8660313");
  auto* input = cmd->add_option("--input", f->input,
                                "CSV (header: id,name,kind,dob,country,nationality,gender,"
                                "passport,imo) or JSON lines (same keys, or FtM entities)");
  cmd->add_option("--columns", f->columns, "Map our keys to your CSV headers: name=Full Name");
  cmd->add_option("--output", f->output, "Output file (default: stdout)");
  cmd->add_option("--format", f->format, "jsonl or csv")->check(CLI::IsMember({"jsonl", "csv"}));
  cmd->add_option("--threshold", f->threshold, "Score at which a candidate is a match")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--limit", f->limit, "Matches per row at most");
  cmd->add_option("--threads", f->threads, "Worker threads (default: all cores)");
  cmd->add_flag("--summary", f->summary, "Print each row's best match to stderr");
  cmd->add_flag("--normalize-only", f->normalize_only,
                "Read, parse and normalize the input but do not screen (the floor)");
  name->excludes(input);
  cmd->callback([f, name, input] {
    if (!*name && !*input) Fail(InvalidArgument("give --name NAME or --input FILE"));
    std::shared_ptr<const Screener> screener = LoadScreener(f->lists);
    ScreenOptions options;
    options.threshold = f->threshold;
    options.limit = f->limit;
    if (*input) return ScreenFile(*screener, *f, options);
    Query q = QueryFromFlags(*f);
    InputRow row;
    row.row = 1;
    row.query = q;
    std::cout << FormatRow(row, screener->Screen(q, options), f->format == "csv");
  });
}

}  // namespace embargo::cli
