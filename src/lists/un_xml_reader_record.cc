// One UN Consolidated List record (<INDIVIDUAL> or <ENTITY>) into an Entity. The conventions
// (programs, extra keys, alias qualities) are described at the top of un_xml_reader.cc.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lists/un_xml_reader_internal.h"
#include "model/fuzzy_date.h"
#include "model/text_util.h"

namespace embargo::lists::un_xml {
namespace {

// Record-level elements the reader knows. Anything else is "unknown".
// The text after an "original script" label ("original script: Абу Банат", "name in original
// script: محمد فاضل آخوند"), up to a semicolon or a closing parenthesis; empty without the label.
std::string OriginalScriptIn(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  constexpr std::string_view kLabel = "original script";
  const size_t at = lower.find(kLabel);
  if (at == std::string::npos) return {};
  size_t start = at + kLabel.size();
  while (start < text.size() && text[start] == ' ') ++start;
  // "(transliterations of original script name)", "X (original script)" give no name here.
  if (start == text.size() || (text[start] != ':' && text[start] != ';')) return {};
  ++start;
  const size_t end = text.find_first_of(";)", start);
  return CollapseSpaces(std::string(text.substr(start, end - start)));
}

enum class Field : uint8_t {
  kVerbatim,  // kept in `extra` under its own name
  kFirstName,
  kSecondName,
  kThirdName,
  kFourthName,
  kUnListType,
  kReference,
  kListedOn,
  kOriginalScript,
  kComments,
  kGender,
  kTitle,
  kDesignation,
  kNationality,
  kValues,  // <X><VALUE>..</VALUE>...</X> kept in `extra` under X, one entry per VALUE
  kAlias,
  kAddress,
  kBirthDate,
  kBirthPlace,
  kDocument,
};

struct KnownField {
  std::string_view name;
  Field field;
};

constexpr std::array<KnownField, 28> kKnownFields = {{
    {"DATAID", Field::kVerbatim},
    {"VERSIONNUM", Field::kVerbatim},
    {"FIRST_NAME", Field::kFirstName},
    {"SECOND_NAME", Field::kSecondName},
    {"THIRD_NAME", Field::kThirdName},
    {"FOURTH_NAME", Field::kFourthName},
    {"UN_LIST_TYPE", Field::kUnListType},
    {"REFERENCE_NUMBER", Field::kReference},
    {"LISTED_ON", Field::kListedOn},
    {"NAME_ORIGINAL_SCRIPT", Field::kOriginalScript},
    {"COMMENTS1", Field::kComments},
    {"GENDER", Field::kGender},
    {"TITLE", Field::kTitle},
    {"DESIGNATION", Field::kDesignation},
    {"NATIONALITY", Field::kNationality},
    {"LIST_TYPE", Field::kValues},
    {"LAST_DAY_UPDATED", Field::kValues},
    {"INDIVIDUAL_ALIAS", Field::kAlias},
    {"ENTITY_ALIAS", Field::kAlias},
    {"INDIVIDUAL_ADDRESS", Field::kAddress},
    {"ENTITY_ADDRESS", Field::kAddress},
    {"INDIVIDUAL_DATE_OF_BIRTH", Field::kBirthDate},
    {"INDIVIDUAL_PLACE_OF_BIRTH", Field::kBirthPlace},
    {"INDIVIDUAL_DOCUMENT", Field::kDocument},
    {"SORT_KEY", Field::kVerbatim},
    {"SORT_KEY_LAST_MOD", Field::kVerbatim},
    {"SUBMITTED_BY", Field::kVerbatim},
    {"SUBMITTED_ON", Field::kVerbatim},
}};

std::optional<Field> FindField(std::string_view name) {
  for (const KnownField& known : kKnownFields) {
    if (known.name == name) return known.field;
  }
  return std::nullopt;
}

// The text of an element, trimmed. The common case is one text child, read without copying
// twice; mixed content (text split by comments or CDATA) is concatenated.
std::string TextOf(pugi::xml_node node) {
  pugi::xml_node first = node.first_child();
  if (!first) return {};
  if (!first.next_sibling() &&
      (first.type() == pugi::node_pcdata || first.type() == pugi::node_cdata))
    return std::string(Trim(first.value()));
  std::string out;
  for (pugi::xml_node child = first; child; child = child.next_sibling()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) out += child.value();
  }
  return std::string(Trim(out));
}

// All text below `node` at any depth, pieces joined with "; ". Iterative: input depth is not
// bounded by the format, only by the file.
std::string AllTextOf(pugi::xml_node node) {
  std::string out;
  pugi::xml_node current = node.first_child();
  while (current) {
    if (current.type() == pugi::node_pcdata || current.type() == pugi::node_cdata) {
      std::string_view piece = Trim(current.value());
      if (!piece.empty()) {
        if (!out.empty()) out += "; ";
        out += piece;
      }
    }
    if (current.first_child()) {
      current = current.first_child();
      continue;
    }
    while (current && current != node && !current.next_sibling()) current = current.parent();
    if (!current || current == node) break;
    current = current.next_sibling();
  }
  return out;
}

std::string JoinNonEmpty(std::initializer_list<std::string_view> parts, std::string_view sep) {
  std::string out;
  for (std::string_view part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += sep;
    out += part;
  }
  return out;
}

template <typename T>
void PushUnique(std::vector<T>& values, T value) {
  if (std::find(values.begin(), values.end(), value) == values.end())
    values.push_back(std::move(value));
}

class RecordBuilder {
 public:
  RecordBuilder(EntityKind kind, const std::string& list_version) {
    record_.entity.source = "un";
    record_.entity.kind = kind;
    record_.entity.list_version = list_version;
  }

  void Add(pugi::xml_node field);
  Record Finish(pugi::xml_node data_id);

 private:
  Entity& entity() { return record_.entity; }
  void Unknown(pugi::xml_node node);
  void AddExtra(std::string_view key, std::string value);
  std::vector<std::string> Values(pugi::xml_node list);
  void AddNationalities(pugi::xml_node list);
  void AddAlias(pugi::xml_node alias);
  void AddAddress(pugi::xml_node address);
  void AddBirthDate(pugi::xml_node date);
  void AddBirthPlace(pugi::xml_node place);
  void AddDocument(pugi::xml_node document);

  Record record_;
  std::array<std::string, 4> name_parts_;
  std::vector<Name> original_script_;
  std::vector<Name> aliases_;
  // Birth data given with an alias, listed after the record's own.
  std::vector<FuzzyDate> alias_birth_dates_;
  std::vector<Place> alias_birth_places_;
  Gender gender_element_ = Gender::kUnknown;
};

void RecordBuilder::Unknown(pugi::xml_node node) {
  record_.unknown_elements.emplace_back(node.name());
  AddExtra(node.name(), AllTextOf(node));
}

void RecordBuilder::AddExtra(std::string_view key, std::string value) {
  if (value.empty()) return;
  entity().extra.push_back({std::string(key), std::move(value)});
}

std::vector<std::string> RecordBuilder::Values(pugi::xml_node list) {
  std::vector<std::string> values;
  for (pugi::xml_node value : list.children()) {
    if (value.type() != pugi::node_element) continue;
    if (std::string_view(value.name()) != "VALUE") {
      Unknown(value);
      continue;
    }
    std::string text = TextOf(value);
    if (!text.empty()) values.push_back(std::move(text));
  }
  return values;
}

void RecordBuilder::AddNationalities(pugi::xml_node list) {
  for (std::string& value : Values(list)) {
    CountryReading country = ReadCountry(value);
    if (!country.code.empty()) PushUnique(entity().nationalities, std::move(country.code));
    // The wording of a qualified or unknown nationality ("Bahrain (citizenship revoked in Jan.
    // 2015)") is evidence too.
    if (!country.plain) AddExtra("NATIONALITY", std::move(value));
  }
}

void RecordBuilder::Add(pugi::xml_node node) {
  std::optional<Field> field = FindField(node.name());
  if (!field) return Unknown(node);
  switch (*field) {
    case Field::kVerbatim:
      return AddExtra(node.name(), TextOf(node));
    case Field::kFirstName:
      name_parts_[0] = CollapseSpaces(TextOf(node));
      return;
    case Field::kSecondName:
      name_parts_[1] = CollapseSpaces(TextOf(node));
      return;
    case Field::kThirdName:
      name_parts_[2] = CollapseSpaces(TextOf(node));
      return;
    case Field::kFourthName:
      name_parts_[3] = CollapseSpaces(TextOf(node));
      return;
    case Field::kUnListType: {
      std::string regime = TextOf(node);
      if (!regime.empty()) PushUnique(entity().programs, "UN " + regime);
      return;
    }
    case Field::kReference:
      entity().reference = TextOf(node);
      return;
    case Field::kListedOn: {
      std::string text = TextOf(node);
      entity().listed_on = IsoDay(text);
      if (entity().listed_on.empty()) AddExtra("LISTED_ON", std::move(text));
      return;
    }
    case Field::kOriginalScript: {
      Name name;
      name.full = CollapseSpaces(TextOf(node));
      if (name.full.empty()) return;
      name.quality = NameQuality::kGoodAlias;
      name.original_script = true;
      original_script_.push_back(std::move(name));
      return;
    }
    case Field::kComments: {
      std::string text = TextOf(node);
      if (text.empty()) return;
      if (!entity().remarks.empty()) entity().remarks += "\n";
      entity().remarks += text;
      return;
    }
    case Field::kGender: {
      std::string text = TextOf(node);
      gender_element_ = GenderFromWord(text);
      if (gender_element_ == Gender::kUnknown) AddExtra("GENDER", std::move(text));
      return;
    }
    case Field::kTitle:
      for (std::string& value : Values(node)) entity().titles.push_back(std::move(value));
      return;
    case Field::kDesignation:
      for (std::string& value : Values(node)) entity().positions.push_back(std::move(value));
      return;
    case Field::kNationality:
      return AddNationalities(node);
    case Field::kValues:
      for (std::string& value : Values(node)) AddExtra(node.name(), std::move(value));
      return;
    case Field::kAlias:
      return AddAlias(node);
    case Field::kAddress:
      return AddAddress(node);
    case Field::kBirthDate:
      return AddBirthDate(node);
    case Field::kBirthPlace:
      return AddBirthPlace(node);
    case Field::kDocument:
      return AddDocument(node);
  }
}

void RecordBuilder::AddAlias(pugi::xml_node alias) {
  Name name;
  std::string date, city, country, note;
  for (pugi::xml_node child : alias.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view tag = child.name();
    if (tag == "QUALITY") {
      name.alias_type = TextOf(child);
    } else if (tag == "ALIAS_NAME") {
      name.full = CollapseSpaces(TextOf(child));
    } else if (tag == "DATE_OF_BIRTH") {
      date = TextOf(child);
    } else if (tag == "CITY_OF_BIRTH") {
      city = TextOf(child);
    } else if (tag == "COUNTRY_OF_BIRTH") {
      country = TextOf(child);
    } else if (tag == "NOTE") {
      note = TextOf(child);
    } else {
      Unknown(child);
    }
  }
  // Individuals: "Good" / "Low"; entities: "a.k.a." / "f.k.a." (a former name is still a name
  // the party was known by, so it is good evidence).
  name.quality =
      EqualsIgnoreCase(name.alias_type, "Low") ? NameQuality::kWeakAlias : NameQuality::kGoodAlias;
  if (!date.empty()) {
    std::string day = IsoDay(date);
    std::optional<FuzzyDate> parsed = ParseFuzzyDate(day.empty() ? date : day);
    if (parsed) {
      parsed->text = day.empty() ? date : day;
      alias_birth_dates_.push_back(std::move(*parsed));
    } else {
      AddExtra(std::string(alias.name()) + "/DATE_OF_BIRTH", date);
    }
  }
  if (!city.empty() || !country.empty()) {
    alias_birth_places_.push_back(
        Place{JoinNonEmpty({city, country}, ", "), ReadCountry(country).code});
  }
  if (!note.empty()) {
    AddExtra(std::string(alias.name()) + "/NOTE", JoinNonEmpty({name.full, note}, ": "));
  }
  // An alias may give its original script in its text ("Abubakar (original script: Абубакар)")
  // or in its note ("original script: Абу Банат"): a name of its own, as good as the alias.
  Name original;
  original.full = OriginalScriptIn(name.full);
  if (!original.full.empty()) {
    name.full = CollapseSpaces(name.full.substr(0, name.full.find('(')));
  } else {
    original.full = OriginalScriptIn(note);
  }
  if (!original.full.empty()) {
    original.quality = name.quality;
    original.alias_type = name.alias_type;
    original.original_script = true;
  }
  if (!name.full.empty()) aliases_.push_back(std::move(name));
  if (!original.full.empty()) aliases_.push_back(std::move(original));
}

void RecordBuilder::AddAddress(pugi::xml_node node) {
  Address address;
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view tag = child.name();
    if (tag == "STREET") {
      address.street = TextOf(child);
    } else if (tag == "CITY") {
      address.city = TextOf(child);
    } else if (tag == "STATE_PROVINCE") {
      address.region = TextOf(child);
    } else if (tag == "ZIP_CODE") {
      address.postal_code = TextOf(child);
    } else if (tag == "COUNTRY") {
      address.country_text = TextOf(child);
    } else if (tag == "NOTE") {
      address.note = TextOf(child);
    } else {
      Unknown(child);
    }
  }
  if (address == Address{}) return;
  address.country = ReadCountry(address.country_text).code;
  if (!address.country.empty()) PushUnique(entity().countries, address.country);
  entity().addresses.push_back(std::move(address));
}

void RecordBuilder::AddBirthDate(pugi::xml_node node) {
  std::string type, date, year, from_year, to_year, note;
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view tag = child.name();
    if (tag == "TYPE_OF_DATE") {
      type = TextOf(child);
    } else if (tag == "DATE") {
      date = TextOf(child);
    } else if (tag == "YEAR") {
      year = TextOf(child);
    } else if (tag == "FROM_YEAR") {
      from_year = TextOf(child);
    } else if (tag == "TO_YEAR") {
      to_year = TextOf(child);
    } else if (tag == "NOTE") {
      note = TextOf(child);
    } else {
      Unknown(child);
    }
  }
  std::optional<FuzzyDate> parsed;
  std::string text;
  if (!date.empty()) {
    std::string day = IsoDay(date);
    parsed = ParseFuzzyDate(day.empty() ? date : day);
    text = day.empty() ? date : day;
  } else if (!year.empty()) {
    parsed = ParseFuzzyDate(year);
    text = year;
  } else if (!from_year.empty() || !to_year.empty()) {
    text = JoinNonEmpty({from_year, to_year}, " to ");
    parsed = ParseFuzzyDate(text);
  } else if (!note.empty()) {
    parsed = ParseFuzzyDate(note);  // "Nov. 1973"; "30-35 years old" stays unparsed
    text = std::exchange(note, std::string());
  }
  if (text.empty()) return;
  if (!parsed) {
    AddExtra("INDIVIDUAL_DATE_OF_BIRTH", JoinNonEmpty({type, text, note}, " "));
    return;
  }
  if (EqualsIgnoreCase(type, "APPROXIMATELY") || StartsWithIgnoreCase(note, "approx"))
    parsed->approximate = true;
  parsed->text = note.empty() ? text : text + " (" + note + ")";
  PushUnique(entity().birth_dates, std::move(*parsed));
}

void RecordBuilder::AddBirthPlace(pugi::xml_node node) {
  std::string street, city, region, country, note;
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view tag = child.name();
    if (tag == "STREET") {
      street = TextOf(child);
    } else if (tag == "CITY") {
      city = TextOf(child);
    } else if (tag == "STATE_PROVINCE") {
      region = TextOf(child);
    } else if (tag == "COUNTRY") {
      country = TextOf(child);
    } else if (tag == "NOTE") {
      note = TextOf(child);
    } else {
      Unknown(child);
    }
  }
  // The 2017 files repeat the city in STREET ("al-Awja, near Tikrit" twice).
  if (street == city) street.clear();
  Place place{JoinNonEmpty({street, city, region, country}, ", "), ReadCountry(country).code};
  if (!note.empty()) place.text = JoinNonEmpty({place.text, "(" + note + ")"}, " ");
  if (!place.text.empty()) PushUnique(entity().birth_places, std::move(place));
}

void RecordBuilder::AddDocument(pugi::xml_node node) {
  std::string type, type2, number, issuing_country, issued_on, city, country, note, expires;
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view tag = child.name();
    if (tag == "TYPE_OF_DOCUMENT") {
      type = TextOf(child);
    } else if (tag == "TYPE_OF_DOCUMENT2") {
      type2 = TextOf(child);
    } else if (tag == "NUMBER") {
      number = TextOf(child);
    } else if (tag == "ISSUING_COUNTRY") {
      issuing_country = TextOf(child);
    } else if (tag == "DATE_OF_ISSUE") {
      issued_on = TextOf(child);
    } else if (tag == "CITY_OF_ISSUE") {
      city = TextOf(child);
    } else if (tag == "COUNTRY_OF_ISSUE") {
      country = TextOf(child);
    } else if (tag == "NOTE") {
      note = TextOf(child);
    } else {
      // Not part of the known vocabulary (the 2026 DATE_OF_EXPIRY): warned about and kept in
      // `extra`, and an expiry date also qualifies this document in its note.
      if (tag == "DATE_OF_EXPIRY") expires = TextOf(child);
      Unknown(child);
    }
  }
  Identifier id;
  id.value = std::move(number);
  id.type =
      DocumentTypeFromWords(type).value_or(DocumentTypeFromWords(type2).value_or(IdType::kOther));
  id.label = type.empty() || type2.empty() || EqualsIgnoreCase(type, type2)
                 ? (type.empty() ? type2 : type)
                 : type + " (" + type2 + ")";
  CountryReading issuer = ReadCountry(issuing_country);
  id.country = issuer.code.empty() ? ReadCountry(country).code : issuer.code;
  std::string day = IsoDay(issued_on);
  id.note = JoinNonEmpty(
      {issuer.plain ? "" : "issuing country: " + issuing_country,
       issued_on.empty() ? "" : "issued " + (day.empty() ? issued_on : day),
       city.empty() && country.empty() ? "" : "issued in " + JoinNonEmpty({city, country}, ", "),
       expires.empty() ? "" : "expires " + expires, note},
      "; ");
  if (id.value.empty() && id.label.empty() && id.note.empty()) return;
  entity().identifiers.push_back(std::move(id));
}

Record RecordBuilder::Finish(pugi::xml_node data_id) {
  Entity& e = entity();
  Name primary;
  if (e.kind == EntityKind::kPerson) {
    for (std::string& part : name_parts_) {
      if (!part.empty()) primary.parts.push_back(std::move(part));
    }
    for (const std::string& part : primary.parts) {
      if (!primary.full.empty()) primary.full += ' ';
      primary.full += part;
    }
  } else {
    primary.full =
        JoinNonEmpty({name_parts_[0], name_parts_[1], name_parts_[2], name_parts_[3]}, " ");
  }
  if (primary.full.empty()) record_.problem = "record has no name";
  e.names.reserve(1 + original_script_.size() + aliases_.size());
  e.names.push_back(std::move(primary));
  for (Name& name : original_script_) e.names.push_back(std::move(name));
  for (Name& name : aliases_) e.names.push_back(std::move(name));
  for (Name& name : e.names) name.script = DominantScript(name.full);
  for (FuzzyDate& date : alias_birth_dates_) PushUnique(e.birth_dates, std::move(date));
  for (Place& place : alias_birth_places_) PushUnique(e.birth_places, std::move(place));

  if (e.reference.empty()) {
    std::string dataid = TextOf(data_id);
    if (dataid.empty()) record_.problem = "record has neither REFERENCE_NUMBER nor DATAID";
    e.id = "un:" + dataid;
  } else {
    e.id = "un:" + e.reference;
  }
  e.gender = gender_element_ != Gender::kUnknown ? gender_element_ : GenderFromComments(e.remarks);
  return std::move(record_);
}

}  // namespace

Record ReadRecord(pugi::xml_node record, EntityKind kind, const std::string& list_version) {
  RecordBuilder builder(kind, list_version);
  for (pugi::xml_node field : record.children()) {
    if (field.type() == pugi::node_element) builder.Add(field);
  }
  return builder.Finish(record.child("DATAID"));
}

}  // namespace embargo::lists::un_xml
