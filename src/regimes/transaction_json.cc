// Transactions in, check results out: the JSON side of the rules engine.
#include <cmath>
#include <nlohmann/json.hpp>

#include "embargo/regime.h"
#include "model/country.h"
#include "model/fuzzy_date.h"
#include "regimes/names.h"

namespace embargo {
namespace {

using nlohmann::json;

Status FieldError(const std::string& field, const std::string& what) {
  return InvalidArgument(field + ": " + what);
}

// An optional string field; numbers are accepted for identifiers and ids.
Result<std::string> OptString(const json& object, const char* key, const std::string& field,
                              bool numbers_ok) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return std::string();
  if (it->is_string()) return it->get<std::string>();
  if (numbers_ok && it->is_number_integer()) return std::to_string(it->get<long long>());
  return FieldError(field, numbers_ok ? "expected a string or an integer" : "expected a string");
}

Result<std::optional<double>> OptNumber(const json& object, const char* key,
                                        const std::string& field) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return std::optional<double>();
  if (!it->is_number()) return FieldError(field, "expected a number");
  const double value = it->get<double>();
  if (!std::isfinite(value) || value < 0) return FieldError(field, "expected a number >= 0");
  return std::optional<double>(value);
}

// ISO alpha-2, returned lower case.
Result<std::string> Country(const json& object, const char* key, const std::string& field,
                            bool required) {
  Result<std::string> text = OptString(object, key, field, false);
  if (!text.ok()) return text.status();
  if (text->empty()) {
    if (required) return FieldError(field, "missing (an ISO 3166 alpha-2 country code)");
    return std::string();
  }
  std::string code;
  for (char c : *text) code.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  const bool letters =
      code.size() == 2 && code[0] >= 'a' && code[0] <= 'z' && code[1] >= 'a' && code[1] <= 'z';
  if (!letters || CountryName(code) == code) {
    return FieldError(field, "'" + *text + "' is not an ISO 3166 alpha-2 country code");
  }
  return code;
}

Result<std::string> HsCode(const json& goods, const std::string& field) {
  auto it = goods.find("hs");
  if (it == goods.end() || it->is_null()) return FieldError(field, "missing");
  if (!it->is_string()) {
    return FieldError(field, "expected a string (a number would lose leading zeros)");
  }
  const std::string raw = it->get<std::string>();
  std::string digits;
  for (char c : raw) {
    if (c == '.' || c == ' ' || c == '-') continue;
    if (c < '0' || c > '9') {
      return FieldError(field, "'" + raw + "' is not an HS code (2 to 10 digits)");
    }
    digits.push_back(c);
  }
  if (digits.size() < 2 || digits.size() > 10) {
    return FieldError(field, "'" + raw + "' is not an HS code (2 to 10 digits)");
  }
  return digits;
}

Result<Party> ReadParty(const json& node, const std::string& field, PartyRole default_role) {
  if (!node.is_object()) return FieldError(field, "expected an object");
  Party party;
  party.role = default_role;
  Result<std::string> name = OptString(node, "name", field + ".name", false);
  if (!name.ok()) return name.status();
  party.name = *name;
  Result<std::string> role = OptString(node, "role", field + ".role", false);
  if (!role.ok()) return role.status();
  if (!role->empty()) {
    std::optional<PartyRole> parsed = ParsePartyRole(*role);
    if (!parsed) return FieldError(field + ".role", "unknown role '" + *role + "'");
    party.role = *parsed;
  }
  Result<std::string> country = Country(node, "country", field + ".country", false);
  if (!country.ok()) return country.status();
  party.country = *country;
  Result<std::string> kind = OptString(node, "kind", field + ".kind", false);
  if (!kind.ok()) return kind.status();
  party.kind = *kind;
  if (auto ids = node.find("ids"); ids != node.end() && !ids->is_null()) {
    if (!ids->is_object()) return FieldError(field + ".ids", "expected an object");
    for (auto it = ids->begin(); it != ids->end(); ++it) {
      const std::string id_field = field + ".ids." + it.key();
      if (it->is_string()) {
        party.ids[it.key()] = it->get<std::string>();
      } else if (it->is_number_integer()) {
        party.ids[it.key()] = std::to_string(it->get<long long>());
      } else {
        return FieldError(id_field, "expected a string");
      }
    }
  }
  if (party.name.empty() && party.ids.empty()) {
    return FieldError(field + ".name", "missing (a party needs a name or ids)");
  }
  return party;
}

Result<Goods> ReadGoods(const json& node, const std::string& field) {
  if (!node.is_object()) return FieldError(field, "expected an object");
  Goods goods;
  Result<std::string> hs = HsCode(node, field + ".hs");
  if (!hs.ok()) return hs.status();
  goods.hs = *hs;
  for (auto [key, target] :
       {std::pair{"description", &goods.description}, std::pair{"unit", &goods.unit},
        std::pair{"currency", &goods.currency}}) {
    Result<std::string> text = OptString(node, key, field + "." + key, false);
    if (!text.ok()) return text.status();
    *target = *text;
  }
  Result<std::optional<double>> quantity = OptNumber(node, "quantity", field + ".quantity");
  if (!quantity.ok()) return quantity.status();
  goods.quantity = *quantity;
  Result<std::optional<double>> value = OptNumber(node, "value", field + ".value");
  if (!value.ok()) return value.status();
  goods.value = *value;
  return goods;
}

// A list field: absent or null is empty, anything but an array is an error.
Result<const json*> OptArray(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return static_cast<const json*>(nullptr);
  if (!it->is_array()) return FieldError(key, "expected an array");
  return &*it;
}

Status ReadLists(const json& root, Transaction& tx) {
  Result<const json*> parties = OptArray(root, "parties");
  if (!parties.ok()) return parties.status();
  for (size_t i = 0; *parties && i < (*parties)->size(); ++i) {
    Result<Party> party =
        ReadParty((**parties)[i], "parties[" + std::to_string(i) + "]", PartyRole::kOther);
    if (!party.ok()) return party.status();
    tx.parties.push_back(std::move(*party));
  }
  Result<const json*> goods = OptArray(root, "goods");
  if (!goods.ok()) return goods.status();
  for (size_t i = 0; *goods && i < (*goods)->size(); ++i) {
    Result<Goods> item = ReadGoods((**goods)[i], "goods[" + std::to_string(i) + "]");
    if (!item.ok()) return item.status();
    tx.goods.push_back(std::move(*item));
  }
  Result<const json*> transit = OptArray(root, "transit");
  if (!transit.ok()) return transit.status();
  for (size_t i = 0; *transit && i < (*transit)->size(); ++i) {
    const json wrapper = {{"c", (**transit)[i]}};
    Result<std::string> code = Country(wrapper, "c", "transit[" + std::to_string(i) + "]", true);
    if (!code.ok()) return code.status();
    tx.transit.push_back(*code);
  }
  return Status::Ok();
}

Status ReadVesselAndPayment(const json& root, Transaction& tx) {
  if (auto it = root.find("vessel"); it != root.end() && !it->is_null()) {
    if (!it->is_object()) return FieldError("vessel", "expected an object");
    VesselRef vessel;
    Result<std::string> imo = OptString(*it, "imo", "vessel.imo", true);
    if (!imo.ok()) return imo.status();
    vessel.imo = *imo;
    if (!vessel.imo.empty() && NormalizeImo(vessel.imo).empty()) {
      return FieldError("vessel.imo", "'" + vessel.imo + "' is not a 7-digit IMO number");
    }
    Result<std::string> name = OptString(*it, "name", "vessel.name", false);
    if (!name.ok()) return name.status();
    vessel.name = *name;
    Result<std::string> flag = Country(*it, "flag", "vessel.flag", false);
    if (!flag.ok()) return flag.status();
    vessel.flag = *flag;
    tx.vessel = std::move(vessel);
  }
  if (auto it = root.find("payment"); it != root.end() && !it->is_null()) {
    if (!it->is_object()) return FieldError("payment", "expected an object");
    Payment payment;
    Result<std::string> currency = OptString(*it, "currency", "payment.currency", false);
    if (!currency.ok()) return currency.status();
    payment.currency = *currency;
    Result<std::optional<double>> amount = OptNumber(*it, "amount", "payment.amount");
    if (!amount.ok()) return amount.status();
    payment.amount = *amount;
    Result<const json*> banks = OptArray(*it, "banks");
    if (!banks.ok()) return FieldError("payment.banks", "expected an array");
    for (size_t i = 0; *banks && i < (*banks)->size(); ++i) {
      Result<Party> bank =
          ReadParty((**banks)[i], "payment.banks[" + std::to_string(i) + "]", PartyRole::kBank);
      if (!bank.ok()) return bank.status();
      payment.banks.push_back(std::move(*bank));
    }
    tx.payment = std::move(payment);
  }
  return Status::Ok();
}

json HitJson(const PartyHit& hit) {
  return {{"entity_id", hit.entity_id},
          {"name", hit.name},
          {"source", hit.source},
          {"program", hit.program},
          {"reference", hit.reference},
          {"score", hit.score},
          {"matched_name", hit.matched_name},
          {"match_kind", hit.match_kind}};
}

}  // namespace

Result<Transaction> ParseTransaction(std::string_view text) {
  const json root = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return InvalidArgument("transaction: not valid JSON");
  if (!root.is_object()) return InvalidArgument("transaction: expected a JSON object");
  Transaction tx;
  Result<std::string> id = OptString(root, "id", "id", true);
  if (!id.ok()) return id.status();
  tx.id = *id;
  Result<std::string> date = OptString(root, "date", "date", false);
  if (!date.ok()) return date.status();
  if (date->empty()) return FieldError("date", "missing (expected YYYY-MM-DD)");
  if (date->size() != 10 || !ParseIsoDay(*date)) {
    return FieldError("date", "'" + *date + "' is not a calendar date (expected YYYY-MM-DD)");
  }
  tx.date = *date;
  Result<std::string> origin = Country(root, "origin", "origin", true);
  if (!origin.ok()) return origin.status();
  tx.origin = *origin;
  Result<std::string> destination = Country(root, "destination", "destination", true);
  if (!destination.ok()) return destination.status();
  tx.destination = *destination;
  if (Status s = ReadLists(root, tx); !s.ok()) return s;
  if (Status s = ReadVesselAndPayment(root, tx); !s.ok()) return s;
  return tx;
}

std::string CheckResultToJson(const CheckResult& result) {
  json findings = json::array();
  for (const Finding& f : result.findings) {
    json hits = json::array();
    for (const PartyHit& hit : f.hits) hits.push_back(HitJson(hit));
    json why = {{"text", f.why}, {"date", f.date}};
    if (!f.hs.empty()) why["hs"] = f.hs;
    if (!f.party.empty()) why["party"] = f.party;
    json finding = {{"verdict", VerdictName(f.verdict)},
                    {"measure", f.measure_id},
                    {"resolution", f.resolution},
                    {"paragraph", f.paragraph},
                    {"title", f.title},
                    {"why", std::move(why)},
                    {"exemptions", f.exemptions},
                    {"hits", std::move(hits)}};
    if (!f.uncertain.empty()) finding["uncertain"] = f.uncertain;
    if (!f.cap.empty()) finding["cap"] = f.cap;
    if (!f.data_uncertain.empty()) finding["data_uncertain"] = f.data_uncertain;
    findings.push_back(std::move(finding));
  }
  const json out = {{"id", result.id},
                    {"verdict", VerdictName(result.verdict)},
                    {"findings", std::move(findings)}};
  // Replace invalid UTF-8 from the input rather than throw.
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<std::string> CheckTransactionJson(const Regime& regime, std::string_view text,
                                         const PartyMatcher& matcher) {
  Result<Transaction> tx = ParseTransaction(text);
  if (!tx.ok()) return tx.status();
  return CheckResultToJson(CheckTransaction(regime, *tx, matcher));
}

}  // namespace embargo
