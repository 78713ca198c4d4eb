// OFAC sdnList XML (sdn.xml and the consolidated non-SDN list).
#include <algorithm>
#include <charconv>
#include <exception>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "lists/ofac_entity.h"
#include "lists/ofac_remarks.h"
#include "lists/readers.h"
#include "model/fuzzy_date.h"
#include "model/text_util.h"

namespace embargo::lists {
namespace {

// Element name without a namespace prefix.
std::string_view LocalName(const pugi::xml_node& node) {
  std::string_view name = node.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node Child(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_element && LocalName(child) == name) return child;
  }
  return {};
}

std::string Text(const pugi::xml_node& node, std::string_view name) {
  return std::string(Trim(Child(node, name).text().as_string()));
}

// Runs `fn` on each element named `item` inside the list element `list` of `node`.
template <typename Fn>
void ForEachItem(const pugi::xml_node& node, std::string_view list, std::string_view item, Fn fn) {
  for (pugi::xml_node child : Child(node, list).children()) {
    if (child.type() == pugi::node_element && LocalName(child) == item) fn(child);
  }
}

size_t LineOf(std::string_view content, size_t offset) {
  offset = std::min(offset, content.size());
  return 1 + std::count(content.begin(), content.begin() + offset, '\n');
}

// "10/22/2025" -> "2025-10-22"; "" when not a date.
std::string IsoFromUsDate(std::string_view text) {
  std::vector<std::string_view> p = Split(Trim(text), '/');
  if (p.size() != 3 || p[0].size() != 2 || p[1].size() != 2 || p[2].size() != 4) return "";
  auto day = ParseIsoDay(std::string(p[2]) + "-" + std::string(p[0]) + "-" + std::string(p[1]));
  return day ? day->ToString() : "";
}

// "LAST, First" for people, as the SDN CSV writes the same names.
std::string FullName(const pugi::xml_node& node) {
  std::string last = Text(node, "lastName");
  std::string first = Text(node, "firstName");
  if (first.empty()) return last;
  if (last.empty()) return first;
  return last + ", " + first;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out.append(sep);
    out.append(part);
  }
  return out;
}

class XmlReader {
 public:
  XmlReader(std::string_view content, const std::string& name) : content_(content), name_(name) {}
  Result<ListSnapshot> Read();

 private:
  Result<Entity> ReadEntry(const pugi::xml_node& entry);
  // The id list: identifiers, and the facts OFAC files as ids (gender, sanctions information).
  OfacRemarks ReadIds(const pugi::xml_node& entry, EntityKind kind, OfacRemarks facts);
  void Warn(std::string what) {
    if (snapshot_.warnings.size() < 200) snapshot_.warnings.push_back(name_ + ": " + what);
  }

  std::string_view content_;
  const std::string& name_;
  ListSnapshot snapshot_;
  std::set<std::string, std::less<>> unknown_elements_;
};

// The elements an sdnEntry may hold; anything else is reported once.
constexpr std::string_view kEntryElements[] = {
    "uid",
    "firstName",
    "lastName",
    "title",
    "sdnType",
    "remarks",
    "programList",
    "idList",
    "akaList",
    "addressList",
    "nationalityList",
    "citizenshipList",
    "dateOfBirthList",
    "placeOfBirthList",
    "vesselInfo",
};

OfacRemarks XmlReader::ReadIds(const pugi::xml_node& entry, EntityKind kind, OfacRemarks facts) {
  ForEachItem(entry, "idList", "id", [&](const pugi::xml_node& id) {
    std::string type = Text(id, "idType");
    std::string number = Text(id, "idNumber");
    std::string country = Text(id, "idCountry");
    if (type.empty() && number.empty()) return;
    const OfacLabel* label = FindOfacLabel(type);
    if (label != nullptr && label->feature != OfacFeature::kIdentifier) {
      // Facts filed as ids (Gender, sanctions information, digital currency addresses) read
      // exactly like the CSV remarks clause "<idType> <idNumber>".
      size_t before = facts.unparsed.size();
      if (facts.AddClause(type + " " + number, kind)) return;
      facts.unparsed.resize(before);
    }
    Identifier out = ParseOfacIdValue(number);
    out.type = label != nullptr ? label->id_type : IdType::kOther;
    out.label = type;
    if (!country.empty()) out.country = OfacCountryCode(country);
    if (StartsWithIgnoreCase(out.value, "IMO ")) out.type = IdType::kImo;  // company IMO numbers
    if (out.type == IdType::kImo && StartsWithIgnoreCase(out.value, "IMO")) {
      out.value = std::string(Trim(std::string_view(out.value).substr(3)));
    }
    std::vector<std::string> notes;
    if (std::string issued = Text(id, "issueDate"); !issued.empty()) {
      notes.push_back("issued " + issued);
    }
    if (std::string expires = Text(id, "expirationDate"); !expires.empty()) {
      notes.push_back("expires " + expires);
    }
    if (!out.note.empty()) notes.push_back(std::move(out.note));
    out.note = Join(notes, " ");
    if (out.value.empty()) out.value = number;
    facts.identifiers.push_back(std::move(out));
  });
  return facts;
}

// The vesselInfo particulars and call sign, as the first facts of an entry.
OfacRemarks VesselFacts(const pugi::xml_node& entry) {
  OfacRemarks facts;
  pugi::xml_node v = Child(entry, "vesselInfo");
  if (!v) return facts;
  if (std::string call_sign = Text(v, "callSign"); !call_sign.empty()) {
    facts.identifiers.push_back({IdType::kCallSign, std::move(call_sign), "", "Call Sign", ""});
  }
  facts.vessel.type = Text(v, "vesselType");
  facts.vessel.flag_text = Text(v, "vesselFlag");
  facts.vessel.flag = OfacCountryCode(facts.vessel.flag_text);
  facts.vessel.owner = Text(v, "vesselOwner");
  facts.vessel.tonnage = Text(v, "tonnage");
  facts.vessel.gross_tonnage = Text(v, "grossRegisteredTonnage");
  return facts;
}

Result<Entity> XmlReader::ReadEntry(const pugi::xml_node& entry) {
  Entity e;
  e.reference = Text(entry, "uid");
  uint64_t uid = 0;
  auto [end, ec] =
      std::from_chars(e.reference.data(), e.reference.data() + e.reference.size(), uid);
  if (e.reference.empty() || ec != std::errc() || end != e.reference.data() + e.reference.size()) {
    return ParseError("sdnEntry without a numeric uid");
  }
  std::optional<EntityKind> kind = ParseOfacKind(Text(entry, "sdnType"));
  if (!kind) return ParseError("uid " + e.reference + ": unknown sdnType");
  std::string full = FullName(entry);
  if (full.empty()) return ParseError("uid " + e.reference + ": no name");
  e.id = "ofac:" + e.reference;
  e.source = "ofac";
  e.kind = *kind;
  e.names.push_back(MakeOfacName(full, e.kind, NameQuality::kPrimary, ""));
  ForEachItem(entry, "akaList", "aka", [&](const pugi::xml_node& aka) {
    std::string alias = FullName(aka);
    if (alias.empty()) return;
    bool weak = EqualsIgnoreCase(Text(aka, "category"), "weak");
    e.names.push_back(MakeOfacName(alias, e.kind,
                                   weak ? NameQuality::kWeakAlias : NameQuality::kGoodAlias,
                                   Text(aka, "type")));
  });
  ForEachItem(entry, "programList", "program", [&](const pugi::xml_node& p) {
    for (std::string& program : ParseOfacPrograms(p.text().as_string())) {
      if (std::find(e.programs.begin(), e.programs.end(), program) == e.programs.end()) {
        e.programs.push_back(std::move(program));
      }
    }
  });
  OfacRemarks facts = VesselFacts(entry);
  facts.AddTitle(Text(entry, "title"));
  facts = ReadIds(entry, e.kind, std::move(facts));
  static constexpr OfacLabel kNationality{"nationality", OfacFeature::kNationality, IdType::kOther,
                                          ""};
  for (std::string_view list : {"nationalityList", "citizenshipList"}) {
    std::string_view item = list == "nationalityList" ? "nationality" : "citizenship";
    ForEachItem(entry, list, item, [&](const pugi::xml_node& n) {
      std::string country = Text(n, "country");
      if (!facts.Add(kNationality, country, e.kind)) {
        e.extra.push_back({std::string(item), country});
      }
    });
  }
  ForEachItem(entry, "dateOfBirthList", "dateOfBirthItem", [&](const pugi::xml_node& d) {
    std::string text = Text(d, "dateOfBirth");
    if (auto date = ParseFuzzyDate(text)) {
      facts.birth_dates.push_back(std::move(*date));
    } else if (!text.empty()) {
      e.extra.push_back({"date_of_birth", text});
    }
  });
  static constexpr OfacLabel kPob{"POB", OfacFeature::kBirthPlace, IdType::kOther, ""};
  ForEachItem(entry, "placeOfBirthList", "placeOfBirthItem",
              [&](const pugi::xml_node& p) { facts.Add(kPob, Text(p, "placeOfBirth"), e.kind); });
  ForEachItem(entry, "addressList", "address", [&](const pugi::xml_node& a) {
    Address address;
    std::vector<std::string> lines;
    for (std::string_view line : {"address1", "address2", "address3"}) {
      if (std::string part = Text(a, line); !part.empty()) lines.push_back(std::move(part));
    }
    address.street = Join(lines, ", ");
    address.city = Text(a, "city");
    address.region = Text(a, "stateOrProvince");
    address.postal_code = Text(a, "postalCode");
    address.country_text = Text(a, "country");
    address.country = OfacCountryCode(address.country_text);
    address.note = Text(a, "region");
    e.addresses.push_back(std::move(address));
  });

  // Remarks in the XML hold what the id list does not: "(Linked To: HAMAS)".
  std::string remarks = Text(entry, "remarks");
  facts.AddRemarks(remarks, e.kind);
  std::vector<Name> aliases = std::move(facts.aliases);
  facts.aliases.clear();
  e = WithOfacRemarks(std::move(e), std::move(facts), remarks);
  e.names = AppendNewAliases(std::move(e.names), std::move(aliases));

  for (pugi::xml_node child : entry.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view local = LocalName(child);
    if (std::find(std::begin(kEntryElements), std::end(kEntryElements), local) ==
            std::end(kEntryElements) &&
        unknown_elements_.insert(std::string(local)).second) {
      Warn("unknown element <" + std::string(local) + "> in sdnEntry (first at uid " + e.reference +
           ")");
    }
  }
  return e;
}

Result<ListSnapshot> XmlReader::Read() {
  snapshot_.source = "ofac";
  snapshot_.format = ListFormat::kOfacXml;
  snapshot_.path = name_;
  if (Trim(content_).empty()) return ParseError(name_ + ": empty file");
  pugi::xml_document doc;
  pugi::xml_parse_result parsed;
  try {
    parsed =
        doc.load_buffer(content_.data(), content_.size(), pugi::parse_default, pugi::encoding_auto);
  } catch (const std::exception& e) {
    return ParseError(name_ + ": " + e.what());
  }
  if (!parsed) {
    return ParseError(name_ + ":" + std::to_string(LineOf(content_, parsed.offset)) + ": " +
                      parsed.description() + " (byte " + std::to_string(parsed.offset) + ")");
  }
  pugi::xml_node root = doc.document_element();
  if (LocalName(root) != "sdnList") {
    return ParseError(name_ + ": root element is <" + std::string(root.name()) +
                      ">, expected <sdnList>");
  }
  pugi::xml_node info = Child(root, "publshInformation");
  std::string date = Text(info, "Publish_Date");
  snapshot_.version = IsoFromUsDate(date);
  if (!date.empty() && snapshot_.version.empty()) Warn("unreadable Publish_Date '" + date + "'");
  size_t entries = 0;
  for (pugi::xml_node entry : root.children()) {
    if (entry.type() != pugi::node_element || LocalName(entry) != "sdnEntry") continue;
    ++entries;
    Result<Entity> e = ReadEntry(entry);
    if (!e.ok()) {
      ++snapshot_.rows_skipped;
      Warn("sdnEntry " + std::to_string(entries) + " (line " +
           std::to_string(LineOf(content_, entry.offset_debug())) + "): " + e.status().message());
      continue;
    }
    e->list_version = snapshot_.version;
    snapshot_.entities.push_back(std::move(e).value());
  }
  std::string count = Text(info, "Record_Count");
  if (!count.empty() && count != std::to_string(entries)) {
    Warn("Record_Count says " + count + " but the file holds " + std::to_string(entries) +
         " sdnEntry elements");
  }
  return std::move(snapshot_);
}

}  // namespace

Result<ListSnapshot> ReadOfacXml(std::string_view content, const std::string& name) {
  XmlReader reader(content, name);
  return reader.Read();
}

}  // namespace embargo::lists
