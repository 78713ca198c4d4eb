// The endpoints existing yente clients call: /match/{dataset}, /search/{dataset},
// /entities/{id}. Errors are yente's {"detail": ...} with its status codes.
#include <charconv>

#include "lists/entity_json.h"
#include "match/query_parse.h"
#include "server/handler_context.h"

namespace embargo::server {
namespace {

using nlohmann::json;

constexpr std::string_view kAlgorithmNames[] = {"embargo",      "best",           "logic-v1",
                                                "name-based",   "name-qualified", "regression-v1",
                                                "regression-v2"};

HttpResponse NotReady() {
  return YenteError(503, "not_ready", "the lists are still loading; try again shortly");
}

// The datasets a path dataset stands for: {} = every list; nullopt = no such dataset.
std::optional<std::vector<std::string>> ResolveDataset(const LoadedIndex& index,
                                                       const ServerConfig& config,
                                                       const std::string& name) {
  if (auto it = config.collections.find(name); it != config.collections.end()) return it->second;
  if (name == "default" || name == "sanctions" || name == "all") return std::vector<std::string>{};
  if (index.FindDataset(name)) return std::vector<std::string>{name};
  return std::nullopt;
}

// `outer` covers `inner` when they are equal or inner is a program of outer ("un" ⊇ "un_dprk").
bool Covers(const std::string& outer, const std::string& inner) {
  return inner == outer ||
         (inner.size() > outer.size() && inner.compare(0, outer.size(), outer) == 0 &&
          inner[outer.size()] == '_');
}

// include_dataset narrows the path dataset; an empty result with a non-empty request means
// nothing can match.
std::vector<std::string> Narrow(const std::vector<std::string>& scope,
                                const std::vector<std::string>& include) {
  if (include.empty()) return scope;
  if (scope.empty()) return include;
  std::vector<std::string> out;
  for (const std::string& i : include)
    for (const std::string& s : scope)
      if (Covers(s, i))
        out.push_back(i);
      else if (Covers(i, s))
        out.push_back(s);
  return out;
}

std::optional<double> ParseDouble(const std::string& text) {
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

struct Params {
  ScreenOptions options;
  std::string algorithm = "embargo";
  bool nothing = false;  // the dataset filters exclude every list
};

// Query parameters shared by /match and /search; a bad value is a 422, as FastAPI answers.
Result<Params> ReadParams(const Api::Context& ctx, const ServerConfig& config,
                          size_t default_limit) {
  Params p;
  const Target& t = ctx.target;
  auto score = [&](const char* key, double& out) -> Status {
    if (auto v = t.Param(key)) {
      auto d = ParseDouble(*v);
      if (!d || *d < 0 || *d > 1)
        return InvalidArgument(std::string(key) + ": expected a number in [0, 1]");
      out = *d;
    }
    return Status::Ok();
  };
  if (Status st = score("threshold", p.options.threshold); !st.ok()) return st;
  if (Status st = score("cutoff", p.options.cutoff); !st.ok()) return st;
  p.options.limit = default_limit;
  if (auto v = t.Param("limit")) {
    auto d = ParseDouble(*v);
    if (!d || *d < 0 || *d != static_cast<double>(static_cast<size_t>(*d)) ||
        *d > static_cast<double>(config.limits.max_limit))
      return InvalidArgument("limit: expected an integer from 0 to " +
                             std::to_string(config.limits.max_limit));
    p.options.limit = static_cast<size_t>(*d);
  }
  if (auto v = t.Param("algorithm")) {
    bool known = false;
    for (std::string_view name : kAlgorithmNames) known = known || *v == name;
    if (!known) return Unsupported("algorithm: unknown algorithm '" + *v + "' (see /algorithms)");
    p.algorithm = *v;
  }
  for (const std::string& schema : t.ParamList("exclude_schema")) {
    auto kind = match::ParseQueryKind(schema);
    if (!kind.ok()) return Unsupported("exclude_schema: unknown schema '" + schema + "'");
    p.options.exclude_kinds.push_back(*kind);
  }
  auto scope = ResolveDataset(*ctx.index, config, ctx.target.segments[1]);
  if (!scope) return NotFound("Dataset not found: " + ctx.target.segments[1]);
  std::vector<std::string> include = t.ParamList("include_dataset");
  std::vector<std::string> narrowed = Narrow(*scope, include);
  p.nothing = narrowed.empty() && !(scope->empty() && include.empty());
  p.options.include_datasets = std::move(narrowed);
  p.options.exclude_datasets = t.ParamList("exclude_dataset");
  p.options.exclude_entity_ids = t.ParamList("exclude_entity_ids");
  return p;
}

HttpResponse ParamError(const Status& status) {
  switch (status.code()) {
    case StatusCode::kNotFound:
      return YenteError(404, "dataset_not_found", status.message());
    case StatusCode::kUnsupported:
      return YenteError(400, "bad_parameter", status.message());
    default:
      return YenteError(422, "bad_parameter", status.message());
  }
}

// The query as the client sent it, values as lists of strings (yente echoes its cleaned entity).
json EchoQuery(const json& query) {
  json properties = json::object();
  if (auto it = query.find("properties"); it != query.end() && it->is_object()) {
    for (const auto& [key, value] : it->items()) {
      json values = json::array();
      if (value.is_string()) values.push_back(value);
      if (value.is_array())
        for (const json& v : value)
          if (v.is_string()) values.push_back(v);
      properties[key] = std::move(values);
    }
  }
  auto id = query.find("id");
  return {{"id", id != query.end() && id->is_string() ? *id : json(nullptr)},
          {"schema", query.value("schema", json(nullptr))},
          {"properties", std::move(properties)}};
}

struct ParsedQuery {
  std::string key;
  const json* source;
  Result<Query> query;
};

void ScreenOne(JsonWriter& w, const LoadedIndex& index, const ParsedQuery& parsed,
               const Params& params) {
  w.BeginObject();
  w.Key("query").Raw(
      EchoQuery(*parsed.source).dump(-1, ' ', false, json::error_handler_t::replace));
  w.Key("status").Integer(parsed.query.ok() ? 200 : 400);
  if (!parsed.query.ok()) w.Key("detail").String(parsed.query.status().message());
  size_t matches = 0;
  w.Key("results").BeginArray();
  if (parsed.query.ok() && !params.nothing && params.options.limit > 0) {
    for (const Match& m : index.screener->Screen(*parsed.query, params.options)) {
      matches += m.match;
      WriteMatchResult(w, m, index);
    }
  }
  w.EndArray();
  w.Key("total").BeginObject().Key("value").Integer(static_cast<long long>(matches));
  w.Key("relation").String("eq").EndObject();
  w.EndObject();
}

}  // namespace

HttpResponse Api::Match(const Context& ctx) const {
  if (!ctx.index) return NotReady();
  Result<Params> params = ReadParams(ctx, config_, config_.limits.default_limit);
  if (!params.ok()) return ParamError(params.status());
  json body;
  try {
    body = json::parse(ctx.request.body);
  } catch (const json::exception& e) {
    return YenteError(400, "invalid_json",
                      std::string("request body is not valid JSON: ") + e.what());
  }
  if (!body.is_object()) return YenteError(422, "invalid_body", "body: expected a JSON object");
  auto queries = body.find("queries");
  if (queries == body.end() || !queries->is_object())
    return YenteError(422, "invalid_body", "queries: field required (an object of queries)");
  if (queries->size() > config_.limits.max_queries)
    return YenteError(400, "too_many_queries",
                      "Too many queries in one batch (limit: " +
                          std::to_string(config_.limits.max_queries) + ")");
  // Every query is checked before any is screened: a bad schema fails the whole batch.
  std::vector<ParsedQuery> parsed;
  parsed.reserve(queries->size());
  for (const auto& [key, q] : queries->items()) {
    if (!q.is_object())
      return YenteError(422, "invalid_query", "queries." + key + ": expected an object");
    auto schema = q.find("schema");
    if (schema == q.end() || !schema->is_string())
      return YenteError(422, "missing_schema", "queries." + key + ".schema: field required");
    static const json kEmpty = json::object();
    auto props = q.find("properties");
    Result<Query> query = match::QueryFromFtm(*schema, props == q.end() ? kEmpty : *props);
    if (!query.ok() && query.status().message().rfind("schema", 0) == 0)
      return YenteError(400, "unknown_schema", "queries." + key + "." + query.status().message());
    if (query.ok()) query->id = key;
    parsed.push_back({key, &q, std::move(query)});
  }
  JsonWriter w;
  w.BeginObject().Key("responses").BeginObject();
  for (const ParsedQuery& p : parsed) {
    w.Key(p.key);
    ScreenOne(w, *ctx.index, p, *params);
  }
  w.EndObject();
  w.Key("limit").Integer(static_cast<long long>(params->options.limit));
  w.Key("algorithm").String(params->algorithm);
  w.EndObject();
  return JsonTextResponse(w.Take());
}

HttpResponse Api::Search(const Context& ctx) const {
  if (!ctx.index) return NotReady();
  std::optional<std::string> q = ctx.target.Param("q");
  if (!q || q->find_first_not_of(" \t") == std::string::npos)
    return YenteError(422, "missing_query", "q: a search text is required");
  Params params;
  {
    Result<Params> read = ReadParams(ctx, config_, 10);
    if (!read.ok()) return ParamError(read.status());
    params = std::move(*read);
  }
  // Search lists near misses too: below the match threshold, down to the cutoff.
  if (!ctx.target.Param("cutoff")) params.options.cutoff = 0.5;
  Query query;
  query.names.push_back(*q);
  if (auto schema = ctx.target.Param("schema")) {
    auto kind = match::ParseQueryKind(*schema);
    if (!kind.ok())
      return YenteError(400, "unknown_schema", "schema: unknown schema '" + *schema + "'");
    query.kind = *kind;
  }
  JsonWriter w;
  w.BeginObject().Key("results").BeginArray();
  size_t total = 0;
  if (!params.nothing && params.options.limit > 0) {
    for (const embargo::Match& m : ctx.index->screener->Screen(query, params.options)) {
      WriteMatchResult(w, m, *ctx.index);
      ++total;
    }
  }
  w.EndArray();
  w.Key("total").BeginObject().Key("value").Integer(static_cast<long long>(total));
  w.Key("relation").String("eq").EndObject();
  w.Key("limit").Integer(static_cast<long long>(params.options.limit));
  w.Key("offset").Integer(0);
  w.Key("facets").BeginObject().EndObject();
  w.EndObject();
  return JsonTextResponse(w.Take());
}

HttpResponse Api::Entity(const Context& ctx) const {
  if (!ctx.index) return NotReady();
  const std::string& id = ctx.target.segments[1];
  const embargo::Entity* entity = ctx.index->screener->FindEntity(id);
  if (!entity) return YenteError(404, "entity_not_found", "Entity not found: " + id);
  if (ctx.target.Param("format") == "embargo") return JsonResponse(lists::EntityToJson(*entity));
  JsonWriter w;
  WriteEntityResult(w, *entity, *ctx.index);
  return JsonTextResponse(w.Take());
}

}  // namespace embargo::server
