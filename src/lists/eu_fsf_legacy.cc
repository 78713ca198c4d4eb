// EU FSF XML 1.0 (legacy): <WHOLE Date> / <ENTITY Id Type> with element-text children.
#include <set>
#include <string>

#include "lists/eu_fsf_xml.h"
#include "model/country.h"
#include "model/fuzzy_date.h"
#include "model/text_util.h"

namespace embargo::lists::eu {
namespace {

std::string Text(const pugi::xml_node& parent, const char* child) {
  return CollapseSpaces(parent.child_value(child));
}

Name ReadName(const pugi::xml_node& node) {
  Name name;
  for (const char* part : {"FIRSTNAME", "MIDDLENAME", "LASTNAME"}) {
    std::string text = Text(node, part);
    if (!text.empty()) name.parts.push_back(std::move(text));
  }
  name.full = Text(node, "WHOLENAME");
  if (name.full.empty()) {
    for (const std::string& p : name.parts) name.full += (name.full.empty() ? "" : " ") + p;
  }
  name.script = DominantScript(name.full);
  return name;
}

// "1963 (approximative)", "1958 - 1963 (approximative)", "1937-04-28".
std::optional<FuzzyDate> ReadBirthDate(std::string_view text) {
  std::string_view t = Trim(text);
  constexpr std::string_view kApprox = "(approximative)";
  bool approximate = t.ends_with(kApprox);
  if (approximate) t = Trim(t.substr(0, t.size() - kApprox.size()));
  auto date = ParseFuzzyDate(t);
  if (!date) return std::nullopt;
  date->approximate = date->approximate || approximate;
  date->text = std::string(Trim(text));
  return date;
}

IdType LegacyIdType(std::string_view code) {
  if (code == "passport") return IdType::kPassport;
  if (code == "id" || code == "ssn") return IdType::kNationalId;
  return IdType::kOther;
}

// "AD001095 (passport-National passport) ((passport))": number, then (code-description), then
// free-text qualifiers.
Identifier ReadPassport(const pugi::xml_node& node) {
  Identifier id;
  id.type = IdType::kPassport;
  std::string number = CollapseSpaces(node.child_value("NUMBER"));
  id.country = EuCountry(node.child_value("COUNTRY"));
  size_t open = number.find(" (");
  while (open != std::string::npos) {
    size_t close = number.find(')', open);
    size_t dash = number.find('-', open);
    if (close == std::string::npos) break;
    std::string_view code = std::string_view(number).substr(open + 2, dash - open - 2);
    if (dash < close && !code.empty() &&
        code.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos) {
      id.type = LegacyIdType(code);
      id.label = number.substr(dash + 1, close - dash - 1);
      id.note = std::string(Trim(std::string_view(number).substr(close + 1)));
      id.value = std::string(Trim(std::string_view(number).substr(0, open)));
      return id;
    }
    open = number.find(" (", open + 2);
  }
  id.value = number;
  return id;
}

Address ReadAddress(const pugi::xml_node& node) {
  Address a;
  a.street = Text(node, "STREET");
  a.city = Text(node, "CITY");
  a.postal_code = Text(node, "ZIPCODE");
  std::string country = Text(node, "COUNTRY");
  a.country = EuCountry(country);
  a.country_text = a.country.empty() ? country : CountryName(a.country);
  a.note = Text(node, "OTHER");
  return a;
}

class LegacyEntityReader {
 public:
  explicit LegacyEntityReader(std::string version) : version_(std::move(version)) {}

  Entity Read(const pugi::xml_node& node) {
    e_ = Entity();
    Entity& e = e_;
    e.source = "eu";
    e.reference = node.attribute("Id").value();
    e.id = "eu:" + e.reference;
    e.kind = std::string_view(node.attribute("Type").value()) == "P" ? EntityKind::kPerson
                                                                     : EntityKind::kOrganization;
    e.list_version = version_;
    AddUnique(e.programs, CollapseSpaces(node.attribute("programme").value()));
    e.listed_on = IsoDay(node.attribute("reg_date").value());
    e.remarks = CollapseSpaces(node.attribute("remark").value());
    for (const char* attr : {"legal_basis", "pdf_link"}) {
      std::string value = CollapseSpaces(node.attribute(attr).value());
      if (!value.empty()) e.extra.push_back({attr, std::move(value)});
    }
    for (pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      std::string_view tag = LocalName(child);
      if (tag == "NAME")
        AddName(child);
      else if (tag == "BIRTH")
        AddBirth(child);
      else if (tag == "PASSPORT")
        AddPassport(child);
      else if (tag == "CITIZEN")
        AddUnique(e.nationalities, EuCountry(child.child_value("COUNTRY")));
      else if (tag == "ADDRESS")
        AddAddress(child);
      else
        unknown_.insert(std::string(tag));
    }
    return std::move(e_);
  }

  const std::set<std::string>& unknown_elements() const { return unknown_; }

 private:
  void AddName(const pugi::xml_node& node) {
    Entity& e = e_;
    Name name = ReadName(node);
    if (std::string_view g = Trim(node.child_value("GENDER")); e.gender == Gender::kUnknown)
      e.gender = g == "M" ? Gender::kMale : g == "F" ? Gender::kFemale : Gender::kUnknown;
    AddUniqueIgnoreCase(e.titles, Text(node, "TITLE"));
    AddUniqueIgnoreCase(e.positions, Text(node, "FUNCTION"));
    if (name.full.empty()) return;
    for (const Name& n : e.names)
      if (n.full == name.full) return;
    name.quality = e.names.empty() ? NameQuality::kPrimary : NameQuality::kGoodAlias;
    e.names.push_back(std::move(name));
  }

  void AddBirth(const pugi::xml_node& node) {
    Entity& e = e_;
    std::string text = Text(node, "DATE");
    if (auto date = ReadBirthDate(text); date && !Contains(e.birth_dates, *date))
      e.birth_dates.push_back(*date);
    else if (!date && !text.empty())
      e.extra.push_back({"birth_date_text", text});
    Place place{Text(node, "PLACE"), EuCountry(node.child_value("COUNTRY"))};
    if (place.text.empty() && !place.country.empty()) place.text = CountryName(place.country);
    if (!place.text.empty() && !Contains(e.birth_places, place)) e.birth_places.push_back(place);
  }

  void AddPassport(const pugi::xml_node& node) {
    Entity& e = e_;
    Identifier id = ReadPassport(node);
    if (!id.value.empty() && !Contains(e.identifiers, id)) e.identifiers.push_back(id);
  }

  void AddAddress(const pugi::xml_node& node) {
    Entity& e = e_;
    Address a = ReadAddress(node);
    if (a.ToString().empty() && a.note.empty()) return;
    if (!Contains(e.addresses, a)) e.addresses.push_back(a);
    AddUnique(e.countries, a.country);
  }

  std::string version_;
  Entity e_;  // the entity being read
  std::set<std::string> unknown_;
};

}  // namespace

ListSnapshot ReadLegacyWhole(const pugi::xml_node& whole, const std::string& name) {
  ListSnapshot snapshot;
  snapshot.source = "eu";
  snapshot.format = ListFormat::kEuFsfXml;
  snapshot.version = IsoDay(whole.attribute("Date").value());
  LegacyEntityReader reader(snapshot.version);
  for (pugi::xml_node node : whole.children()) {
    if (node.type() != pugi::node_element) continue;
    if (LocalName(node) != "ENTITY") {
      snapshot.warnings.push_back(name + ": skipped unexpected <" + node.name() + "> in <WHOLE>");
      continue;
    }
    Entity e = reader.Read(node);
    if (e.names.empty()) {
      snapshot.warnings.push_back(name + ": ENTITY Id=" + e.reference + " has no NAME; skipped");
      ++snapshot.rows_skipped;
      continue;
    }
    snapshot.entities.push_back(std::move(e));
  }
  for (const std::string& tag : reader.unknown_elements())
    snapshot.warnings.push_back(name + ": ignored unknown element <" + tag + "> in ENTITY");
  return snapshot;
}

}  // namespace embargo::lists::eu
