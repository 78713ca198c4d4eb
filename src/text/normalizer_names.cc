// Names of the Normalizer's enums, and what NameForm says of itself.
#include "embargo/normalizer.h"
#include "text/reading.h"

namespace embargo {

std::string_view ScriptCode(Script script) {
  switch (script) {
    case Script::kUnknown:
      return "Zyyy";
    case Script::kLatin:
      return "Latn";
    case Script::kCyrillic:
      return "Cyrl";
    case Script::kArabic:
      return "Arab";
    case Script::kHangul:
      return "Hang";
    case Script::kHan:
      return "Hani";
    case Script::kKana:
      return "Kana";
    case Script::kGreek:
      return "Grek";
    case Script::kHebrew:
      return "Hebr";
    case Script::kArmenian:
      return "Armn";
    case Script::kGeorgian:
      return "Geor";
    case Script::kThai:
      return "Thai";
    case Script::kDevanagari:
      return "Deva";
    case Script::kOther:
      return "Zzzz";
  }
  return "Zzzz";
}

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kNamePart:
      return "name";
    case TokenKind::kLegalForm:
      return "legal_form";
    case TokenKind::kGenericWord:
      return "generic";
    case TokenKind::kInitial:
      return "initial";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kTitle:
      return "title";
    case TokenKind::kConnector:
      return "connector";
    case TokenKind::kGeneration:
      return "generation";
  }
  return "name";
}

std::string_view NameRoleName(NameRole role) {
  switch (role) {
    case NameRole::kUnknown:
      return "";
    case NameRole::kGiven:
      return "given";
    case NameRole::kFamily:
      return "family";
    case NameRole::kPatronymic:
      return "patronymic";
  }
  return "";
}

namespace text {

bool ReadsAForeignNameBack(std::string_view system) {
  // The readers' systems (hangul_reader.cc, han_reader.cc, learned_translit.cc), numbered
  // ("learned2") or "_reversed". By first letter: every form of every compared name asks,
  // and four comparisons each cost a compare pair 1% of its instructions.
  switch (system.empty() ? '\0' : system[0]) {
    case 'l':
      return system.starts_with("loanword") || system.starts_with("learned");
    case 'j':
      return system.starts_with("japanese");
    case 't':
      return system.starts_with("transcription");
    default:
      return false;
  }
}

}  // namespace text

bool NameForm::ReadsAForeignNameBack() const { return text::ReadsAForeignNameBack(system); }

std::string NameForm::Joined() const {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out.push_back(' ');
    out += t.text;
  }
  return out;
}

}  // namespace embargo
