// EU FSF XML 1.1: <export generationDate> / <sanctionEntity logicalId> with attribute values.
#include <algorithm>
#include <set>
#include <string>

#include "lists/eu_fsf_xml.h"
#include "model/country.h"
#include "model/fuzzy_date.h"
#include "model/text_util.h"

namespace embargo::lists::eu {
namespace {

std::string Attr(const pugi::xml_node& node, const char* name) {
  return CollapseSpaces(node.attribute(name).value());
}

bool IsTrue(const pugi::xml_node& node, const char* name) {
  return EqualsIgnoreCase(Trim(node.attribute(name).value()), "true");
}

// Joins the non-empty parts with `sep`.
std::string Join(std::initializer_list<std::string> parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// Child <remark> texts of a node, one per line.
std::string Remarks(const pugi::xml_node& node) {
  std::string out;
  for (pugi::xml_node r : node.children()) {
    if (LocalName(r) != "remark") continue;
    std::string text = CollapseSpaces(r.child_value());
    if (!text.empty()) out += (out.empty() ? "" : "\n") + text;
  }
  return out;
}

// A country description unless it is the file's placeholder for "not known".
std::string CountryText(const pugi::xml_node& node) {
  std::string text = Attr(node, "countryDescription");
  return EqualsIgnoreCase(text, "UNKNOWN") ? std::string() : text;
}

std::string NodeCountry(const pugi::xml_node& node) {
  std::string code = EuCountry(node.attribute("countryIso2Code").value());
  return code.empty() ? EuCountry(CountryText(node)) : code;
}

Name ReadNameAlias(const pugi::xml_node& node) {
  Name name;
  for (const char* part : {"firstName", "middleName", "lastName"}) {
    std::string text = Attr(node, part);
    if (!text.empty()) name.parts.push_back(std::move(text));
  }
  name.full = Attr(node, "wholeName");
  if (name.full.empty()) {
    for (const std::string& p : name.parts) name.full += (name.full.empty() ? "" : " ") + p;
  }
  // strong="false" marks a weak a.k.a.; absent means strong.
  bool weak = EqualsIgnoreCase(Trim(node.attribute("strong").value()), "false");
  name.quality = weak ? NameQuality::kWeakAlias : NameQuality::kGoodAlias;
  if (weak) name.alias_type = "weak";
  name.script = DominantScript(name.full);
  return name;
}

std::optional<FuzzyDate> ReadBirthDate(const pugi::xml_node& node) {
  std::string exact = Attr(node, "birthdate");
  std::string year = Attr(node, "year");
  std::string from = Attr(node, "yearRangeFrom"), to = Attr(node, "yearRangeTo");
  std::optional<FuzzyDate> date;
  if (!exact.empty()) {
    date = ParseFuzzyDate(exact);
  } else if (!year.empty()) {
    std::string month = Attr(node, "monthOfYear"), day = Attr(node, "dayOfMonth");
    auto pad = [](const std::string& s) { return s.size() == 1 ? "0" + s : s; };
    std::string iso = year + (month.empty() ? "" : "-" + pad(month)) +
                      (month.empty() || day.empty() ? "" : "-" + pad(day));
    date = ParseFuzzyDate(iso);
  } else if (!from.empty() && !to.empty()) {
    date = ParseFuzzyDate(from + " to " + to);
  } else if (!from.empty() || !to.empty()) {
    // One open bound: keep the year it names, marked approximate, with the bound in the text.
    date = ParseFuzzyDate(from.empty() ? to : from);
    if (date) date->approximate = true;
  }
  if (!date) return std::nullopt;
  date->approximate = date->approximate || IsTrue(node, "circa");
  std::string text = !exact.empty()  ? exact
                     : !year.empty() ? date->ToString()
                                     : (from.empty() ? "" : "from " + from) +
                                           (from.empty() || to.empty() ? "" : " ") +
                                           (to.empty() ? "" : "to " + to);
  date->text = IsTrue(node, "circa") ? "circa " + text : text;
  return date;
}

IdType ExportIdType(std::string_view code, std::string_view description) {
  std::string c = AsciiLower(code);
  if (c == "passport") return IdType::kPassport;
  if (c == "id" || c == "ssn" || c.find("national") != std::string::npos)
    return IdType::kNationalId;
  if (c.find("fiscal") != std::string::npos || c.find("tax") != std::string::npos)
    return IdType::kTaxId;
  if (c.find("reg") != std::string::npos) return IdType::kRegistration;
  if (c.find("bic") != std::string::npos || c.find("swift") != std::string::npos)
    return IdType::kSwiftBic;
  if (c == "imo") return IdType::kImo;
  std::string d = AsciiLower(description);
  if (d.find("passport") != std::string::npos) return IdType::kPassport;
  return IdType::kOther;
}

Identifier ReadIdentification(const pugi::xml_node& node) {
  Identifier id;
  std::string description = Attr(node, "identificationTypeDescription");
  id.type = ExportIdType(node.attribute("identificationTypeCode").value(), description);
  id.value = Attr(node, "number");
  std::string latin = Attr(node, "latinNumber");
  if (id.value.empty()) id.value = latin;
  id.country = NodeCountry(node);
  id.label = description.empty() ? Attr(node, "identificationTypeCode") : description;
  std::vector<std::string> notes;
  for (auto [attr, label] : {std::pair{"issuedBy", "issued by "},
                             {"issueDate", "issued "},
                             {"validFrom", "valid from "},
                             {"validTo", "valid to "},
                             {"nameOnDocument", "name on document: "}}) {
    std::string value = Attr(node, attr);
    if (!value.empty()) notes.push_back(label + value);
  }
  if (!latin.empty() && latin != id.value) notes.push_back("latin number: " + latin);
  for (auto [attr, label] : {std::pair{"diplomatic", "diplomatic"},
                             {"knownExpired", "known to be expired"},
                             {"knownFalse", "known false"},
                             {"reportedLost", "reported lost"},
                             {"revokedByIssuer", "revoked by issuer"}}) {
    if (IsTrue(node, attr)) notes.push_back(label);
  }
  std::string remark = Remarks(node);
  if (!remark.empty()) notes.push_back(remark);
  for (const std::string& n : notes) id.note += (id.note.empty() ? "" : "; ") + n;
  return id;
}

Address ReadAddress(const pugi::xml_node& node) {
  Address a;
  std::string po_box = Attr(node, "poBox");
  a.street = Join({Attr(node, "street"), po_box.empty() ? "" : "PO Box " + po_box}, ", ");
  a.city = Attr(node, "city");
  std::string place = Attr(node, "place");
  if (a.city.empty()) std::swap(a.city, place);
  a.region = Attr(node, "region");
  a.postal_code = Attr(node, "zipCode");
  a.country = NodeCountry(node);
  a.country_text = CountryText(node);
  a.note = Join({place, Remarks(node)}, "; ");
  return a;
}

// Reads one <sanctionEntity>; remembers element names it does not know, for one warning each.
class ExportEntityReader {
 public:
  explicit ExportEntityReader(std::string version) : version_(std::move(version)) {}

  Entity Read(const pugi::xml_node& node) {
    e_ = Entity();
    e_.source = "eu";
    e_.reference = Attr(node, "logicalId");
    e_.id = "eu:" + e_.reference;
    e_.list_version = version_;
    e_.listed_on = IsoDay(node.attribute("designationDate").value());
    for (auto [attr, key] : {std::pair{"euReferenceNumber", "eu_reference_number"},
                             {"unitedNationId", "un_reference"},
                             {"designationDetails", "designation_details"},
                             {"delistingDate", "delisting_date"}}) {
      std::string value = Attr(node, attr);
      if (!value.empty()) e_.extra.push_back({key, std::move(value)});
    }
    e_.remarks = Remarks(node);
    earliest_regulation_.clear();
    for (pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      std::string_view tag = LocalName(child);
      if (tag == "nameAlias")
        AddName(child);
      else if (tag == "subjectType")
        SetKind(child);
      else if (tag == "regulation")
        AddRegulation(child);
      else if (tag == "citizenship")
        AddUnique(e_.nationalities, NodeCountry(child));
      else if (tag == "birthdate")
        AddBirth(child);
      else if (tag == "identification")
        AddUnique(e_.identifiers, ReadIdentification(child));
      else if (tag == "address")
        AddAddress(child);
      else if (tag == "additionalInformation")
        AddKeyValue(child);
      else if (tag != "remark")
        unknown_.insert(std::string(tag));
    }
    if (e_.listed_on.empty()) e_.listed_on = earliest_regulation_;
    PutPrimaryFirst();
    return std::move(e_);
  }

  const std::set<std::string>& unknown_elements() const { return unknown_; }

 private:
  void SetKind(const pugi::xml_node& node) {
    std::string code = AsciiLower(Attr(node, "code"));
    bool person = code == "person" || (code.empty() && Attr(node, "classificationCode") == "P");
    e_.kind = person ? EntityKind::kPerson : EntityKind::kOrganization;
  }

  void AddName(const pugi::xml_node& node) {
    AddUniqueIgnoreCase(e_.titles, Attr(node, "title"));
    AddUniqueIgnoreCase(e_.positions, Attr(node, "function"));
    std::string_view g = Trim(node.attribute("gender").value());
    if (e_.gender == Gender::kUnknown && !g.empty())
      e_.gender = g[0] == 'M' ? Gender::kMale : g[0] == 'F' ? Gender::kFemale : Gender::kUnknown;
    Name name = ReadNameAlias(node);
    if (name.full.empty()) return;
    for (Name& n : e_.names) {
      if (n.full != name.full) continue;
      if (n.quality == NameQuality::kWeakAlias && name.quality != NameQuality::kWeakAlias) n = name;
      return;
    }
    e_.names.push_back(std::move(name));
  }

  // The first strong name is the one the entry is filed under.
  void PutPrimaryFirst() {
    if (e_.names.empty()) return;
    auto it = std::find_if(e_.names.begin(), e_.names.end(),
                           [](const Name& n) { return n.quality != NameQuality::kWeakAlias; });
    if (it == e_.names.end()) it = e_.names.begin();
    std::rotate(e_.names.begin(), it, it + 1);
    e_.names.front().quality = NameQuality::kPrimary;
  }

  void AddRegulation(const pugi::xml_node& node) {
    AddUnique(e_.programs, Attr(node, "programme"));
    std::string title = Attr(node, "numberTitle");
    if (!title.empty()) AddUnique(e_.extra, ExtraField{"regulation", title});
    std::string url = CollapseSpaces(node.child_value("publicationUrl"));
    if (url.empty()) url = Attr(node, "publicationUrl");
    if (!url.empty()) AddUnique(e_.extra, ExtraField{"regulation_url", url});
    std::string published = IsoDay(node.attribute("publicationDate").value());
    if (!published.empty() && (earliest_regulation_.empty() || published < earliest_regulation_))
      earliest_regulation_ = published;
  }

  void AddBirth(const pugi::xml_node& node) {
    if (auto date = ReadBirthDate(node)) AddUnique(e_.birth_dates, *date);
    Place place;
    place.country = NodeCountry(node);
    place.text = Join(
        {Attr(node, "city"), Attr(node, "place"), Attr(node, "region"), CountryText(node)}, ", ");
    if (!place.text.empty()) AddUnique(e_.birth_places, place);
  }

  void AddAddress(const pugi::xml_node& node) {
    Address a = ReadAddress(node);
    for (pugi::xml_node info : node.children()) {
      if (LocalName(info) != "contactInfo") continue;
      AddContact(Attr(info, "key"), Attr(info, "value"));
    }
    if (!a.ToString().empty() || !a.note.empty()) AddUnique(e_.addresses, a);
    AddUnique(e_.countries, a.country);
  }

  void AddContact(const std::string& key, const std::string& value) {
    if (value.empty()) return;
    std::string k = AsciiLower(key);
    IdType type = k.find("mail") != std::string::npos  ? IdType::kEmail
                  : k.find("web") != std::string::npos ? IdType::kWebsite
                  : k.find("url") != std::string::npos ? IdType::kWebsite
                                                       : IdType::kPhone;
    bool phone = k.find("phone") != std::string::npos || k.find("fax") != std::string::npos ||
                 k.find("tel") != std::string::npos;
    if (type == IdType::kPhone && !phone) {
      AddUnique(e_.extra, ExtraField{"contact_" + k, value});
      return;
    }
    AddUnique(e_.identifiers, Identifier{type, value, "", key, ""});
  }

  void AddKeyValue(const pugi::xml_node& node) {
    std::string key = Attr(node, "key"), value = Attr(node, "value");
    if (key.empty()) key = CollapseSpaces(node.child_value("key"));
    if (value.empty()) value = CollapseSpaces(node.child_value("value"));
    if (!value.empty()) AddUnique(e_.extra, ExtraField{key.empty() ? "additional" : key, value});
  }

  std::string version_;
  Entity e_;  // the entity being read
  std::string earliest_regulation_;
  std::set<std::string> unknown_;
};

}  // namespace

ListSnapshot ReadExport(const pugi::xml_node& root, const std::string& name) {
  ListSnapshot snapshot;
  snapshot.source = "eu";
  snapshot.format = ListFormat::kEuFsfXml;
  snapshot.version = IsoDay(root.attribute("generationDate").value());
  ExportEntityReader reader(snapshot.version);
  for (pugi::xml_node node : root.children()) {
    if (node.type() != pugi::node_element || LocalName(node) != "sanctionEntity") continue;
    Entity e = reader.Read(node);
    if (e.reference.empty() || e.names.empty()) {
      snapshot.warnings.push_back(
          name + ": sanctionEntity" +
          (e.reference.empty() ? " without logicalId" : " logicalId=" + e.reference) +
          (e.names.empty() ? " has no nameAlias" : "") + "; skipped");
      ++snapshot.rows_skipped;
      continue;
    }
    snapshot.entities.push_back(std::move(e));
  }
  for (const std::string& tag : reader.unknown_elements())
    snapshot.warnings.push_back(name + ": ignored unknown element <" + tag + "> in sanctionEntity");
  return snapshot;
}

}  // namespace embargo::lists::eu
