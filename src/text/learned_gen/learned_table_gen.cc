// Build-time tool: turns the learned transliteration tables (data/transliteration/*.tsv) into
// C++ constant arrays for src/text/learned_tables.cc.
//
//   learned_table_gen OUT.inc LEXICON.tsv NAME CHUNKS.tsv NGRAMS.tsv GRAPHONES.tsv [NAME ...]
//
// NAME is the array prefix (Hangul, Han, Arabic). A missing table gives an empty model, so
// a checkout without trained tables still builds; a model without GRAPHONES.tsv has no joint
// model. LEXICON.tsv lists Latin name words with the scripts whose models may use them
// (`word, count, scripts`, scripts comma-separated).
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  for (std::string field; std::getline(in, field, '\t');) out.push_back(field);
  if (!line.empty() && line.back() == '\t') out.emplace_back();
  return out;
}

struct Failure {
  std::string message;
};

// The only code point of a UTF-8 string, or -1.
long CodePoint(const std::string& s) {
  if (s.empty()) return -1;
  auto b = static_cast<unsigned char>(s[0]);
  size_t extra = b < 0x80 ? 0 : b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 9;
  if (extra + 1 != s.size()) return -1;
  long c = extra == 0 ? b : b & (0x3F >> extra);
  for (size_t k = 1; k <= extra; ++k) c = (c << 6) | (static_cast<unsigned char>(s[k]) & 0x3F);
  return c;
}

// The code points of a UTF-8 string; none when it is not well formed.
std::vector<long> CodePoints(const std::string& s) {
  std::vector<long> out;
  for (size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    size_t size = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
    long c = size == 0 || i + size > s.size() ? -1 : CodePoint(s.substr(i, size));
    if (c <= 0) return {};
    out.push_back(c);
    i += size;
  }
  return out;
}

// An "#alias" line: `FROM... TO`, every character of the first field read as the second, as
// C++ rows of LearnedAlias.
std::string AliasRows(const std::vector<std::string>& f, const std::string& where) {
  std::vector<long> from = f.size() == 3 ? CodePoints(f[1]) : std::vector<long>{};
  long to = f.size() == 3 ? CodePoint(f[2]) : -1;
  if (from.empty() || to <= 0) throw Failure{where + ": expected characters and a character"};
  std::string out;
  for (long c : from) out += "{" + std::to_string(c) + "," + std::to_string(to) + "},\n";
  return out;
}

// "^" and "$" are the word's edges (0), "*" any unit (0x110000).
long ContextOf(const std::string& s) {
  if (s == "^" || s == "$") return 0;
  if (s == "*") return 0x110000;
  return CodePoint(s);
}

bool IsLetters(const std::string& s, const char* extra) {
  for (char c : s) {
    if (!(c >= 'a' && c <= 'z') && std::string(extra).find(c) == std::string::npos) return false;
  }
  return true;
}

// A float literal: "3" alone would not compile with an f suffix.
std::string Float(const std::string& text) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3ff", std::atof(text.c_str()));
  return buffer;
}

void WriteChunks(std::ostream& out, const std::string& name, const std::string& path) {
  std::ifstream in(path);
  if (!in) std::cerr << "learned_table_gen: " << path << " not found: empty model\n";
  std::string params = "{0.5f, 0.0f, false, 3, -1.0f, 6.0f, 1.0f, 0.0f}";
  std::string aliases;
  out << "inline constexpr LearnedChunkRow k" << name << "Chunks[] = {\n";
  size_t rows = 0, line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    std::vector<std::string> f = SplitTabs(line);
    if (line.rfind("#params", 0) == 0) {
      // lm weight, letter bonus, split finals, lm order[, lexicon margin, miss[, double[,
      // joint weight]]]
      if (f.size() != 5 && f.size() != 7 && f.size() != 8 && f.size() != 9)
        throw Failure{path + ":" + std::to_string(line_number) + ": params"};
      params = "{" + Float(f[1]) + ", " + Float(f[2]) + ", " + (f[3] == "1" ? "true" : "false") +
               ", " + std::to_string(std::atoi(f[4].c_str())) + ", " +
               (f.size() >= 7 ? Float(f[5]) + ", " + Float(f[6]) : "-1.0f, 6.0f") + ", " +
               (f.size() >= 8 ? Float(f[7]) : "1.0f") + ", " +
               (f.size() == 9 ? Float(f[8]) : "0.0f") + "}";
      continue;
    }
    if (line.rfind("#alias", 0) == 0) {
      aliases += AliasRows(f, path + ":" + std::to_string(line_number));
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    long left = f.size() == 5 ? ContextOf(f[0]) : -1;
    long unit = f.size() == 5 ? CodePoint(f[1]) : -1;
    long right = f.size() == 5 ? ContextOf(f[2]) : -1;
    std::string chunk = f.size() == 5 && f[3] != "-" ? f[3] : "";
    if (left < 0 || unit <= 0 || right < 0 || !IsLetters(chunk, "")) {
      throw Failure{path + ":" + std::to_string(line_number) +
                    ": expected left, unit, right, chunk, cost"};
    }
    out << "{" << left << "," << unit << "," << right << ",\"" << chunk << "\"," << Float(f[4])
        << "},\n";
    ++rows;
  }
  if (rows == 0) out << "{0, 0, 0, \"\", 0.0f},\n";
  out << "};\ninline constexpr LearnedParams k" << name << "Params = " << params << ";\n";
  if (aliases.empty()) aliases = "{0, 0},\n";
  out << "inline constexpr LearnedAlias k" << name << "Aliases[] = {\n" << aliases << "};\n";
}

void WriteNgrams(std::ostream& out, const std::string& name, const std::string& path) {
  std::ifstream in(path);
  if (!in) std::cerr << "learned_table_gen: " << path << " not found: empty model\n";
  out << "inline constexpr LearnedNgramRow k" << name << "Ngrams[] = {\n";
  size_t rows = 0, line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() != 3 || f[0].empty() || f[0].size() > 4 || !IsLetters(f[0], "^$")) {
      throw Failure{path + ":" + std::to_string(line_number) + ": expected ngram, cost, backoff"};
    }
    out << "{\"" << f[0] << "\"," << Float(f[1]) << "," << Float(f[2]) << "},\n";
    ++rows;
  }
  if (rows == 0) out << "{\"\", 0.0f, 0.0f},\n";
  out << "};\n";
}

// The joint model's n-grams: tokens "unit:chunk" separated by spaces, "^" and "$" the edges,
// a cost and a back-off cost (0 when left out).
void WriteGraphones(std::ostream& out, const std::string& name, const std::string& path) {
  std::ifstream in(path);
  out << "inline constexpr LearnedGraphoneRow k" << name << "Graphones[] = {\n";
  size_t rows = 0, line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    std::vector<std::string> f = SplitTabs(line);
    if (line.empty() || line[0] == '#') continue;
    if (f.size() < 2 || f.size() > 3 || f[0].empty() ||
        f[0].find_first_of("\"\\") != std::string::npos) {
      throw Failure{path + ":" + std::to_string(line_number) + ": expected gram, cost[, backoff]"};
    }
    // The length given, so that no compiler counts the bytes of tens of thousands of literals
    // in a constant expression (clang stops at its step limit).
    out << "{{\"" << f[0] << "\"," << f[0].size() << "}," << Float(f[1]) << ","
        << Float(f.size() == 3 ? f[2] : "0") << "},\n";
    ++rows;
  }
  if (rows == 0) out << "{\"\", 0.0f, 0.0f},\n";
  out << "};\n";
}

// The lexicon words for the script NAME (lower-cased), one array per script.
void WriteLexicon(std::ostream& out, const std::string& name, const std::string& path) {
  std::ifstream in(path);
  if (!in) std::cerr << "learned_table_gen: " << path << " not found: no lexicon\n";
  std::string script;
  for (char c : name) script.push_back(static_cast<char>(std::tolower(c)));
  out << "inline constexpr std::string_view k" << name << "Lexicon[] = {\n";
  size_t rows = 0, line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() != 3 || f[0].empty() || !IsLetters(f[0], "")) {
      throw Failure{path + ":" + std::to_string(line_number) + ": expected word, count, scripts"};
    }
    std::stringstream scripts(f[2]);
    bool listed = false;
    for (std::string s; std::getline(scripts, s, ',');)
      listed = listed || s == script || s == "all";
    if (!listed) continue;
    out << "\"" << f[0] << "\",";
    if (++rows % 12 == 0) out << "\n";
  }
  if (rows == 0) out << "\"\"";
  out << "\n};\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 7 || (argc - 3) % 4 != 0) {
    std::cerr << "usage: learned_table_gen OUT LEXICON NAME CHUNKS NGRAMS GRAPHONES [NAME ...]\n";
    return 2;
  }
  std::ostringstream out;
  out << "// Generated by src/text/learned_gen from data/transliteration. Do not edit.\n";
  try {
    for (int i = 3; i + 3 < argc; i += 4) {
      WriteChunks(out, argv[i], argv[i + 1]);
      WriteNgrams(out, argv[i], argv[i + 2]);
      WriteGraphones(out, argv[i], argv[i + 3]);
      WriteLexicon(out, argv[i], argv[2]);
    }
  } catch (const Failure& f) {
    std::cerr << "learned_table_gen: " << f.message << "\n";
    return 1;
  }
  std::ofstream file(argv[1]);
  file << out.str();
  if (!file) {
    std::cerr << "learned_table_gen: cannot write " << argv[1] << "\n";
    return 1;
  }
  return 0;
}
