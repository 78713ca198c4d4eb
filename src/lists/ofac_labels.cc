// The OFAC label table and the small value parsers shared by the CSV and XML readers.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "lists/ofac_remarks.h"
#include "model/country.h"
#include "model/text_util.h"

namespace embargo::lists {
namespace {

using F = OfacFeature;
using T = IdType;

// Labels as OFAC writes them in 2019-2026 files. Longer labels win over their prefixes
// ("Passport Booklet" over "Passport").
constexpr OfacLabel kLabels[] = {
    // People
    {"DOB", F::kBirthDate, T::kOther, ""},
    {"POB", F::kBirthPlace, T::kOther, ""},
    {"nationality", F::kNationality, T::kOther, ""},
    {"citizen", F::kNationality, T::kOther, ""},
    {"citizenship", F::kNationality, T::kOther, ""},
    {"Nationality of Registration", F::kRegistrationCountry, T::kOther, ""},
    {"Gender", F::kGender, T::kOther, ""},
    {"a.k.a.", F::kAlias, T::kOther, "a.k.a."},
    {"f.k.a.", F::kAlias, T::kOther, "f.k.a."},
    {"n.k.a.", F::kAlias, T::kOther, "n.k.a."},
    // Passports and travel documents
    {"Passport", F::kIdentifier, T::kPassport, ""},
    {"Passport No.", F::kIdentifier, T::kPassport, ""},
    {"Passport Booklet", F::kIdentifier, T::kPassport, ""},
    {"Diplomatic Passport", F::kIdentifier, T::kPassport, ""},
    {"U.S.A. Passport", F::kIdentifier, T::kPassport, ""},
    {"Stateless Person Passport", F::kIdentifier, T::kPassport, ""},
    {"Travel Document Number", F::kIdentifier, T::kPassport, ""},
    // Personal identity numbers
    {"National ID No.", F::kIdentifier, T::kNationalId, ""},
    {"National Foreign ID Number", F::kIdentifier, T::kNationalId, ""},
    {"Identification Number", F::kIdentifier, T::kNationalId, ""},
    {"Personal ID Card", F::kIdentifier, T::kNationalId, ""},
    {"Cedula No.", F::kIdentifier, T::kNationalId, ""},
    {"C.U.R.P.", F::kIdentifier, T::kNationalId, ""},
    {"C.U.R.P. #", F::kIdentifier, T::kNationalId, ""},
    {"CURP #", F::kIdentifier, T::kNationalId, ""},
    {"D.N.I.", F::kIdentifier, T::kNationalId, ""},
    {"C.U.I.", F::kIdentifier, T::kNationalId, ""},
    {"C.U.I.P.", F::kIdentifier, T::kNationalId, ""},
    {"I.F.E.", F::kIdentifier, T::kNationalId, ""},
    {"SSN", F::kIdentifier, T::kNationalId, ""},
    {"Social Security Number", F::kIdentifier, T::kNationalId, ""},
    {"Electoral Registry No.", F::kIdentifier, T::kNationalId, ""},
    {"Credencial electoral", F::kIdentifier, T::kNationalId, ""},
    {"Birth Certificate Number", F::kIdentifier, T::kNationalId, ""},
    {"Driver's License No.", F::kIdentifier, T::kNationalId, ""},
    {"Residency Number", F::kIdentifier, T::kNationalId, ""},
    {"Numero de Identidad", F::kIdentifier, T::kNationalId, ""},
    {"Kenyan ID No.", F::kIdentifier, T::kNationalId, ""},
    {"Citizen's Card Number", F::kIdentifier, T::kNationalId, ""},
    {"Turkish Identification Number", F::kIdentifier, T::kNationalId, ""},
    {"Turkish Identificiation Number", F::kIdentifier, T::kNationalId, ""},  // sic
    {"Tazkira National ID Card", F::kIdentifier, T::kNationalId, ""},
    {"Refugee ID Card", F::kIdentifier, T::kNationalId, ""},
    {"Stateless Person ID Card", F::kIdentifier, T::kNationalId, ""},
    {"Moroccan Personal ID No.", F::kIdentifier, T::kNationalId, ""},
    {"UAE Identification", F::kIdentifier, T::kNationalId, ""},
    {"Emirates ID", F::kIdentifier, T::kNationalId, ""},
    {"Cartilla de Servicio Militar Nacional", F::kIdentifier, T::kNationalId, ""},
    {"VisaNumberID", F::kIdentifier, T::kNationalId, ""},
    {"Immigration No.", F::kIdentifier, T::kNationalId, ""},
    {"Public Security and Immigration No.", F::kIdentifier, T::kNationalId, ""},
    {"Pilot License Number", F::kIdentifier, T::kNationalId, ""},
    {"Military ID", F::kIdentifier, T::kNationalId, ""},
    {"Alien Registration", F::kIdentifier, T::kNationalId, ""},
    {"NIE", F::kIdentifier, T::kNationalId, ""},
    // Tax numbers
    {"Tax ID No.", F::kIdentifier, T::kTaxId, ""},
    {"NIT #", F::kIdentifier, T::kTaxId, ""},
    {"RUC #", F::kIdentifier, T::kTaxId, ""},
    {"RIF #", F::kIdentifier, T::kTaxId, ""},
    {"R.F.C.", F::kIdentifier, T::kTaxId, ""},
    {"R.F.C. #", F::kIdentifier, T::kTaxId, ""},
    {"RFC", F::kIdentifier, T::kTaxId, ""},
    {"V.A.T. Number", F::kIdentifier, T::kTaxId, ""},
    {"C.U.I.T.", F::kIdentifier, T::kTaxId, ""},
    {"CUIT", F::kIdentifier, T::kTaxId, ""},
    {"C.I.F.", F::kIdentifier, T::kTaxId, ""},
    {"N.I.F.", F::kIdentifier, T::kTaxId, ""},
    {"US FEIN", F::kIdentifier, T::kTaxId, ""},
    {"Italian Fiscal Code", F::kIdentifier, T::kTaxId, ""},
    {"RTN", F::kIdentifier, T::kTaxId, ""},
    {"Numero Unico de Identificacao Tributaria (NUIT)", F::kIdentifier, T::kTaxId, ""},
    {"Economic Register Number (CBLS)", F::kIdentifier, T::kTaxId, ""},
    // Company registrations and licences
    {"Registration Number", F::kIdentifier, T::kRegistration, ""},
    {"Registration ID", F::kIdentifier, T::kRegistration, ""},
    {"Business Registration Number", F::kIdentifier, T::kRegistration, ""},
    {"Business Registration Document #", F::kIdentifier, T::kRegistration, ""},
    {"Business Number", F::kIdentifier, T::kRegistration, ""},
    {"Commercial Registry Number", F::kIdentifier, T::kRegistration, ""},
    {"Company Number", F::kIdentifier, T::kRegistration, ""},
    {"UK Company Number", F::kIdentifier, T::kRegistration, ""},
    {"Government Gazette Number", F::kIdentifier, T::kRegistration, ""},
    {"Folio Mercantil No.", F::kIdentifier, T::kRegistration, ""},
    {"Matricula Mercantil No", F::kIdentifier, T::kRegistration, ""},
    {"C.R. No.", F::kIdentifier, T::kRegistration, ""},
    {"Romanian C.R.", F::kIdentifier, T::kRegistration, ""},
    {"Trade License No.", F::kIdentifier, T::kRegistration, ""},
    {"License", F::kIdentifier, T::kRegistration, ""},
    {"Permit Number", F::kIdentifier, T::kRegistration, ""},
    {"SRE Permit No.", F::kIdentifier, T::kRegistration, ""},
    {"Chamber of Commerce Number", F::kIdentifier, T::kRegistration, ""},
    {"Dubai Chamber of Commerce Membership No.", F::kIdentifier, T::kRegistration, ""},
    {"Istanbul Chamber of Comm. No.", F::kIdentifier, T::kRegistration, ""},
    {"Central Registration System Number", F::kIdentifier, T::kRegistration, ""},
    {"Legal Entity Number", F::kIdentifier, T::kRegistration, ""},
    {"Unified Social Credit Code (USCC)", F::kIdentifier, T::kRegistration, ""},
    {"United Social Credit Code Certificate (USCCC)", F::kIdentifier, T::kRegistration, ""},
    {"Public Registration Number", F::kIdentifier, T::kRegistration, ""},
    {"Certificate of Incorporation Number", F::kIdentifier, T::kRegistration, ""},
    {"Enterprise Number", F::kIdentifier, T::kRegistration, ""},
    {"Branch Unit Number", F::kIdentifier, T::kRegistration, ""},
    {"Registered Charity No.", F::kIdentifier, T::kRegistration, ""},
    {"D-U-N-S Number", F::kIdentifier, T::kRegistration, ""},
    {"BIK (RU)", F::kIdentifier, T::kRegistration, ""},
    {"Organization Code", F::kIdentifier, T::kRegistration, ""},
    {"LE Number", F::kIdentifier, T::kRegistration, ""},
    {"File Number", F::kIdentifier, T::kRegistration, ""},
    {"Afghan Money Service Provider License Number", F::kIdentifier, T::kRegistration, ""},
    {"Money Service Business License Number", F::kIdentifier, T::kRegistration, ""},
    {"Aircraft Tail Number", F::kIdentifier, T::kRegistration, ""},
    {"Previous Aircraft Tail Number", F::kIdentifier, T::kRegistration, ""},
    // Other numbers
    {"Aircraft Manufacturer's Serial Number (MSN)", F::kIdentifier, T::kOther, ""},
    {"Aircraft Construction Number (also called L/N or S/N or F/N)", F::kIdentifier, T::kOther, ""},
    {"Aircraft Serial Identification", F::kIdentifier, T::kOther, ""},
    {"Aircraft Mode S Transponder Code", F::kIdentifier, T::kOther, ""},
    {"Serial No.", F::kIdentifier, T::kOther, ""},
    {"ISIN", F::kIdentifier, T::kOther, ""},
    {"Equity Ticker", F::kIdentifier, T::kOther, ""},
    {"Stock Ticker", F::kIdentifier, T::kOther, ""},
    {"Chinese Commercial Code", F::kIdentifier, T::kOther, ""},
    // Vessels
    {"Vessel Registration Identification", F::kIdentifier, T::kImo, ""},
    {"IMO", F::kIdentifier, T::kImo, ""},
    {"MMSI", F::kIdentifier, T::kMmsi, ""},
    {"Call Sign", F::kIdentifier, T::kCallSign, ""},
    {"Vessel Call Sign", F::kIdentifier, T::kCallSign, ""},
    {"Other Vessel Call Sign", F::kIdentifier, T::kCallSign, ""},
    {"Vessel Flag", F::kVesselFlag, T::kOther, ""},
    {"Vessel Type", F::kVesselType, T::kOther, ""},
    {"Vessel Tonnage", F::kVesselTonnage, T::kOther, ""},
    {"Vessel Gross Registered Tonnage", F::kVesselGrt, T::kOther, ""},
    {"Vessel Owner", F::kVesselOwner, T::kOther, ""},
    {"Other Vessel Flag", F::kExtra, T::kOther, "other_vessel_flag"},
    {"Former Vessel Flag", F::kExtra, T::kOther, "former_vessel_flag"},
    {"Other Vessel Type", F::kExtra, T::kOther, "other_vessel_type"},
    {"Vessel Year of Build", F::kExtra, T::kOther, "vessel_year_of_build"},
    // Contact details and digital addresses
    {"SWIFT/BIC", F::kIdentifier, T::kSwiftBic, ""},
    {"Email Address", F::kIdentifier, T::kEmail, ""},
    {"Email", F::kIdentifier, T::kEmail, ""},
    {"Website", F::kIdentifier, T::kWebsite, ""},
    {"Phone Number", F::kIdentifier, T::kPhone, ""},
    {"Phone No.", F::kIdentifier, T::kPhone, ""},
    {"Phone", F::kIdentifier, T::kPhone, ""},
    {"Telephone", F::kIdentifier, T::kPhone, ""},
    {"Telephone No.", F::kIdentifier, T::kPhone, ""},
    {"Fax", F::kIdentifier, T::kPhone, ""},
    {"Fax No.", F::kIdentifier, T::kPhone, ""},
    {"Digital Currency Address", F::kCryptoAddress, T::kCryptoAddress, ""},
    // Sanctions information and other typed facts
    {"Linked To", F::kExtra, T::kOther, "linked_to"},
    {"Secondary sanctions risk", F::kExtra, T::kOther, "secondary_sanctions_risk"},
    {"Additional Sanctions Information", F::kExtra, T::kOther, "additional_sanctions_info"},
    {"Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions",
     F::kExtra, T::kOther, "transactions_prohibited"},
    {"Executive Order", F::kExtra, T::kOther, "executive_order"},
    {"CAATSA Section 235 Information", F::kExtra, T::kOther, "caatsa_section_235"},
    {"IFCA Determination", F::kExtra, T::kOther, "ifca_determination"},
    {"Listing Date", F::kExtra, T::kOther, "listing_date"},
    {"Effective Date", F::kExtra, T::kOther, "effective_date"},
    {"Purchase/Sales For Divestment Date", F::kExtra, T::kOther, "divestment_date"},
    {"Issuer Name", F::kExtra, T::kOther, "issuer_name"},
    {"For more information", F::kExtra, T::kOther, "information_link"},
    {"Organization Established Date", F::kExtra, T::kOther, "organization_established_date"},
    {"Organization Type", F::kExtra, T::kOther, "organization_type"},
    {"Target Type", F::kExtra, T::kOther, "target_type"},
    {"Aircraft Model", F::kExtra, T::kOther, "aircraft_model"},
    {"Aircraft Operator", F::kExtra, T::kOther, "aircraft_operator"},
    {"Aircraft Manufacture Date", F::kExtra, T::kOther, "aircraft_manufacture_date"},
    {"Tribe", F::kExtra, T::kOther, "tribe"},
    {"Operations in", F::kExtra, T::kOther, "operations"},
    {"Also operations in", F::kExtra, T::kOther, "operations"},
    {"arrested", F::kExtra, T::kOther, "arrested"},
    {"named in UNSCR", F::kExtra, T::kOther, "named_in_unscr"},
    {"ICTY indictee", F::kExtra, T::kOther, "icty_status"},
    {"all offices worldwide", F::kExtra, T::kOther, "scope"},
    {"All Branches Worldwide", F::kExtra, T::kOther, "scope"},
    {"and all other locations worldwide", F::kExtra, T::kOther, "scope"},
    {"and other locations within the United States", F::kExtra, T::kOther, "scope"},
};

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Labels grouped by their lower-cased first byte, longest first, so a clause is compared with
// a handful of candidates rather than the whole table.
struct LabelIndex {
  std::array<std::vector<const OfacLabel*>, 256> by_first;
  LabelIndex() {
    for (const OfacLabel& label : kLabels) {
      by_first[static_cast<unsigned char>(Lower(label.text[0]))].push_back(&label);
    }
    for (auto& bucket : by_first) {
      std::stable_sort(bucket.begin(), bucket.end(), [](const OfacLabel* a, const OfacLabel* b) {
        return a->text.size() > b->text.size();
      });
    }
  }
};

const LabelIndex& Index() {
  static const LabelIndex index;  // immutable once built; C++ guarantees one initialization
  return index;
}

// OFAC spellings that neither ICU nor the shared table know.
constexpr std::pair<std::string_view, std::string_view> kOfacCountries[] = {
    {"Palestinian", "ps"},
    {"Cote d Ivoire", "ci"},
    {"Bahamas, The", "bs"},
    {"Gambia, The", "gm"},
    {"Man, Isle of", "im"},
    {"Netherlands Antilles", "an"},
    {"Crimea", "ua"},
    {"Northern Mali", "ml"},
    {"Jammu and Kashmir", "in"},
    {"Gaza", "ps"},
    {"North Gaza", "ps"},
    {"Northern Gaza", "ps"},
    {"West Bank", "ps"},
    {"Congo, Republic of the", "cg"},
    {"Burma", "mm"},
    {"Laos", "la"},
    {"Brunei", "bn"},
    {"Macau", "mo"},
    {"Kosovo", "xk"},
    {"Korea, North", "kp"},
    {"Korea, South", "kr"},
    {"Micronesia, Federated States of", "fm"},
    {"Saint Martin", "mf"},
    {"Sint Maarten", "sx"},
    {"Curacao", "cw"},
    {"Russia", "ru"},
    {"Syria", "sy"},
    {"Iran", "ir"},
    {"Venezuela", "ve"},
    {"Vietnam", "vn"},
    {"Moldova", "md"},
    {"Tanzania", "tz"},
    {"Bolivia", "bo"},
    {"Taiwan", "tw"},
    {"United States", "us"},
    {"United Kingdom", "gb"},
    {"Turkey", "tr"},
    {"Virgin Islands, British", "vg"},
    {"Hong Kong", "hk"},
    {"North Macedonia, The Republic of", "mk"},
    {"North Macedonia", "mk"},
    {"Bosnia-Herzegovina", "ba"},
};

}  // namespace

const OfacLabel* FindOfacLabel(std::string_view label) {
  label = Trim(label);
  while (!label.empty() && (label.back() == ':' || label.back() == '-')) {
    label = Trim(label.substr(0, label.size() - 1));
  }
  if (label.empty()) return nullptr;
  for (const OfacLabel* l : Index().by_first[static_cast<unsigned char>(Lower(label[0]))]) {
    if (EqualsIgnoreCase(l->text, label)) return l;
  }
  // XML labels carry qualifiers the remarks table folds: "Listing Date (CMIC)",
  // "Digital Currency Address - XBT", "Executive Order 14024 Directive Information".
  const OfacLabel* prefix = MatchOfacLabel(label);
  if (prefix != nullptr && (prefix->feature == F::kExtra || prefix->feature == F::kCryptoAddress)) {
    return prefix;
  }
  return nullptr;
}

const OfacLabel* MatchOfacLabel(std::string_view clause) {
  if (clause.empty()) return nullptr;
  for (const OfacLabel* l : Index().by_first[static_cast<unsigned char>(Lower(clause[0]))]) {
    const std::string_view t = l->text;
    if (clause.size() < t.size()) continue;
    if (!StartsWithIgnoreCase(clause, t)) continue;
    if (clause.size() == t.size()) return l;
    char next = clause[t.size()];
    if (next == ' ' || next == ':' || next == '.' || next == ',' || next == '(' ||
        !IsAlnum(t.back())) {
      return l;
    }
  }
  return nullptr;
}

std::string OfacCountryCode(std::string_view text) {
  text = Trim(text);
  while (!text.empty() && text.back() == '.') text.remove_suffix(1);
  if (StartsWithIgnoreCase(text, "Region:")) text = Trim(text.substr(7));
  if (text.empty()) return "";
  for (const auto& [name, code] : kOfacCountries) {
    if (EqualsIgnoreCase(name, text)) return std::string(code);
  }
  return CountryCode(text);
}

namespace {

// The first parenthesized group of `s` that names a country: [open, close] indices.
struct Group {
  size_t open = std::string_view::npos;
  size_t close = std::string_view::npos;
  std::string code;
};

Group FindCountryGroup(std::string_view s) {
  size_t from = 1;  // a value never starts with its country: "(98)(21)(66153220)" is a number
  while (true) {
    size_t open = s.find('(', from);
    if (open == std::string_view::npos) return {};
    size_t close = s.find(')', open);
    if (close == std::string_view::npos) return {};
    std::string code = OfacCountryCode(s.substr(open + 1, close - open - 1));
    if (!code.empty()) return {open, close, std::move(code)};
    from = close + 1;
  }
}

// Position of the first " issued " / " expires " qualifier, or npos.
size_t FindQualifier(std::string_view s) {
  size_t best = std::string_view::npos;
  for (std::string_view q : {" issued", " expires", " Issue Date", " Expire Date"}) {
    size_t pos = s.find(q);
    if (pos != std::string_view::npos) best = std::min(best, pos);
  }
  return best;
}

std::string_view TrimPunct(std::string_view s) {
  s = Trim(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';')) {
    s = Trim(s.substr(0, s.size() - 1));
  }
  while (!s.empty() && (s.front() == ':' || s.front() == ',' || s.front() == '#')) {
    s = Trim(s.substr(1));
  }
  return s;
}

}  // namespace

Identifier ParseOfacIdValue(std::string_view value) {
  Identifier id;
  value = TrimPunct(value);
  Group group = FindCountryGroup(value);
  std::string note;
  std::string_view number = value;
  if (group.open != std::string_view::npos) {
    id.country = group.code;
    number = value.substr(0, group.open);
    note = std::string(TrimPunct(value.substr(group.close + 1)));
  }
  size_t qualifier = FindQualifier(number);
  if (qualifier != std::string_view::npos) {
    std::string tail(TrimPunct(number.substr(qualifier)));
    note = note.empty() ? tail : tail + " " + note;
    number = number.substr(0, qualifier);
  }
  id.value = std::string(TrimPunct(number));
  id.note = std::move(note);
  return id;
}

Name MakeOfacName(std::string_view full, EntityKind kind, NameQuality quality,
                  std::string_view alias_type) {
  Name name;
  full = Trim(full);
  name.full = std::string(full);
  name.quality = quality;
  name.alias_type = std::string(alias_type);
  // The lists are almost all ASCII; ICU's script lookup is only needed beyond it.
  bool ascii = std::all_of(full.begin(), full.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  bool letters = std::any_of(full.begin(), full.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  });
  name.script = ascii && letters ? "Latn" : DominantScript(full);
  if (kind != EntityKind::kPerson) return name;
  size_t comma = full.find(',');
  if (comma == std::string_view::npos) return name;
  std::string_view last = Trim(full.substr(0, comma));
  if (!last.empty()) name.parts.emplace_back(last);
  for (std::string_view part : Split(full.substr(comma + 1), ' ')) {
    part = Trim(part);
    if (!part.empty() && part != ",") name.parts.emplace_back(part);
  }
  return name;
}

}  // namespace embargo::lists
