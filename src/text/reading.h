// What every script module of the Normalizer returns for one source word: its readings in one
// or more romanization systems, each a short sequence of Latin tokens.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "embargo/normalizer.h"

namespace embargo::text {

// Whether forms of a reading system spell a foreign name back (NameForm::ReadsAForeignNameBack).
bool ReadsAForeignNameBack(std::string_view system);

struct WordReading {
  std::string_view system;    // a string literal: "icao", "mr", "pinyin", ...
  std::vector<Token> tokens;  // lower-case ASCII texts; at least one
};

// A reading of a word as one token: `text` in `script`, joined to the next word or not.
inline WordReading OneTokenReading(std::string_view system, std::string text, Script script,
                                   bool joined_next) {
  Token t;
  t.text = std::move(text);
  t.script = script;
  t.joined_next = joined_next;
  WordReading reading{system, {}};
  reading.tokens.push_back(std::move(t));
  return reading;
}

// What the whole name says about how to read each word.
struct NameContext {
  bool korean = false;        // read Han, Cyrillic as Korean
  bool chinese = false;       // read Cyrillic as Palladius
  bool person = false;        // may be a personal name: split surnames, mark roles
  bool organization = false;  // may be an organization's name: split generic endings
  bool first_word = false;    // this word starts the name (surname position)
  bool whole_name = false;    // this word is the whole name ("김정은", "金正恩")
  bool persian = false;       // Arabic script written as Persian, Pashto or Urdu: ذ ض ظ read z
};

}  // namespace embargo::text
