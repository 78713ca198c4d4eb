// embargo normalize: every form, token and index key a name produces, for debugging a match
// and for support.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_support.h"
#include "commands.h"
#include "embargo/normalizer.h"

namespace embargo::cli {
namespace {

struct NormalizeFlags {
  std::vector<std::string> names;
  std::string kind;
  bool korean = false;
  bool json = false;
};

std::string TokenNote(const Token& t) {
  std::string note(TokenKindName(t.kind));
  if (!t.canonical.empty()) note += "=" + t.canonical;
  if (t.role != NameRole::kUnknown) note += fmt::format(" {}", NameRoleName(t.role));
  if (t.script != Script::kLatin) note += fmt::format(" {}", ScriptCode(t.script));
  if (!t.korean_key.empty()) note += " korean";
  if (!t.phonetic.empty()) note += " p:" + t.phonetic;
  if (t.joined_next) note += " +";
  return note;
}

nlohmann::json TokenJson(const Token& t) {
  nlohmann::json j = {
      {"text", t.text}, {"kind", TokenKindName(t.kind)}, {"script", ScriptCode(t.script)}};
  if (!t.canonical.empty()) j["canonical"] = t.canonical;
  if (t.role != NameRole::kUnknown) j["role"] = NameRoleName(t.role);
  if (!t.phonetic.empty()) j["phonetic"] = t.phonetic;
  if (!t.korean_key.empty()) j["korean"] = true;
  if (t.joined_next) j["joined_next"] = true;
  return j;
}

void PrintText(const NormalizedName& n) {
  std::cout << n.original << "  [" << ScriptCode(n.script) << "]\n";
  for (const NameForm& form : n.forms) {
    std::cout << fmt::format("  {:<15} {}{}\n", form.system, form.Joined(),
                             form.parenthetical ? "  (parenthetical)" : "");
    for (const Token& t : form.tokens) {
      std::cout << fmt::format("      {:<16} {}\n", t.text, TokenNote(t));
    }
  }
  std::cout << "  keys: ";
  for (size_t i = 0; i < n.keys.size(); ++i) std::cout << (i ? " " : "") << n.keys[i];
  std::cout << "\n";
}

nlohmann::json NameJson(const NormalizedName& n) {
  nlohmann::json forms = nlohmann::json::array();
  for (const NameForm& form : n.forms) {
    nlohmann::json tokens = nlohmann::json::array();
    for (const Token& t : form.tokens) tokens.push_back(TokenJson(t));
    nlohmann::json f = {{"system", form.system}, {"text", form.Joined()}, {"tokens", tokens}};
    if (form.parenthetical) f["parenthetical"] = true;
    forms.push_back(std::move(f));
  }
  return {
      {"name", n.original}, {"script", ScriptCode(n.script)}, {"forms", forms}, {"keys", n.keys}};
}

void Run(const NormalizeFlags& flags) {
  NormalizeOptions options;
  options.korean_context = flags.korean;
  if (!flags.kind.empty()) {
    std::optional<EntityKind> kind = ParseEntityKind(flags.kind);
    if (!kind) Fail(InvalidArgument("--kind: unknown entity kind '" + flags.kind + "'"));
    options.kind = *kind;
    options.kind_known = true;
  }
  Normalizer normalizer;
  for (const std::string& name : flags.names) {
    NormalizedName n = normalizer.Normalize(name, options);
    if (flags.json) {
      std::cout << NameJson(n).dump() << "\n";
    } else {
      PrintText(n);
    }
  }
}

}  // namespace

void RegisterNormalizeCommand(CLI::App& app) {
  auto flags = std::make_shared<NormalizeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "normalize", "Print every form, token and index key the Normalizer makes of each name");
  cmd->add_option("names", flags->names, "Names to normalize (any script)")->required();
  cmd->add_option("--kind", flags->kind, "person, organization, vessel or aircraft");
  cmd->add_flag("--korean", flags->korean, "Read Han and Cyrillic as Korean too");
  cmd->add_flag("--json", flags->json, "One JSON object per name");
  cmd->callback([flags] { Run(*flags); });
}

}  // namespace embargo::cli
