// Embargo's own endpoints: catalog, algorithms, health, metrics, OpenAPI, reload and the DPRK
// transaction check.
#include <fmt/format.h>

#include <filesystem>

#include "server/handler_context.h"

namespace embargo::server {
namespace {

using nlohmann::json;

json ReportJson(const ReloadReport& r) {
  return {{"ok", r.ok},
          {"message", r.message},
          {"finished_at", r.finished_at},
          {"seconds", r.seconds},
          {"generation", r.generation}};
}

std::string LabelValue(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

HttpResponse Api::Catalog(const Context& ctx) const {
  if (!ctx.index)
    return YenteError(503, "not_ready", "the lists are still loading; try again shortly");
  const LoadedIndex& index = *ctx.index;
  json datasets = json::array();
  datasets.push_back({{"name", "default"},
                      {"type", "collection"},
                      {"datasets", json::array()},
                      {"entity_count", index.screener->stats().entities}});
  for (const auto& [name, members] : config_.collections)
    datasets.push_back({{"name", name}, {"type", "collection"}, {"datasets", members}});
  for (const DatasetInfo& d : index.datasets) {
    datasets.push_back({{"name", d.name},
                        {"type", d.name.find('_') == std::string::npos ? "source" : "program"},
                        {"entity_count", d.entities}});
  }
  json lists = json::array();
  for (const ListSnapshot& list : index.screener->lists()) {
    lists.push_back({{"source", list.source},
                     {"format", ListFormatName(list.format)},
                     {"version", list.version},
                     {"file", std::filesystem::path(list.path).filename().string()},
                     {"entities", list.entities.size()},
                     {"warnings", list.warnings.size()},
                     {"rows_skipped", list.rows_skipped}});
  }
  const ScreenerStats& stats = index.screener->stats();
  json out = {{"datasets", std::move(datasets)},
              {"lists", std::move(lists)},
              {"index",
               {{"entities", stats.entities},
                {"names", stats.names},
                {"forms", stats.forms},
                {"postings", stats.postings},
                {"build_seconds", stats.build_seconds}}},
              {"loaded_at", index.loaded_at},
              {"load_seconds", index.load_seconds},
              {"generation", index.generation},
              {"regime", index.regime ? json(index.regime->id()) : json(nullptr)}};
  if (auto last = state_.last_reload()) out["last_reload"] = ReportJson(*last);
  return JsonResponse(out);
}

HttpResponse Api::Algorithms(const Context& ctx) const {
  json embargo = {
      {"name", "embargo"},
      {"description",
       "Token-aligned name comparison over normalized, transliterated and romanized forms "
       "(Korean, Han, Cyrillic, Arabic), weighted by token rarity, with dates of birth, "
       "countries, gender and identifiers as evidence. Scores in [0, 1]."},
      {"docs", "/openapi.json"},
      {"features", {"name_match", "birth_date", "country", "gender", "identifier", "kind"}},
      {"aliases",
       {"best", "logic-v1", "name-based", "name-qualified", "regression-v1", "regression-v2"}},
      {"default_threshold", ScreenOptions{}.threshold}};
  return JsonResponse(
      {{"algorithms", json::array({embargo})}, {"default", "embargo"}, {"best", "embargo"}});
}

HttpResponse Api::Healthz(const Context& ctx) const { return JsonResponse({{"status", "ok"}}); }

HttpResponse Api::Readyz(const Context& ctx) const {
  if (!ctx.index) {
    json body = {{"status", "loading"}, {"detail", "the lists are still loading"}};
    if (auto last = state_.last_reload()) body["last_reload"] = ReportJson(*last);
    return JsonResponse(body, 503);
  }
  return JsonResponse({{"status", "ready"},
                       {"generation", ctx.index->generation},
                       {"entities", ctx.index->screener->stats().entities}});
}

HttpResponse Api::MetricsText(const Context& ctx) const {
  HttpResponse r;
  r.content_type = "text/plain; version=0.0.4; charset=utf-8";
  r.body = metrics_.Render();
  r.body += "# HELP embargo_list_entities Entities loaded per list, with the list's version.\n";
  r.body += "# TYPE embargo_list_entities gauge\n";
  if (ctx.index) {
    for (const ListSnapshot& list : ctx.index->screener->lists())
      r.body += fmt::format(
          "embargo_list_entities{{source=\"{}\",version=\"{}\",file=\"{}\"}} {}\n",
          LabelValue(list.source), LabelValue(list.version),
          LabelValue(std::filesystem::path(list.path).filename().string()), list.entities.size());
  }
  r.body += "# HELP embargo_index_generation Loads that succeeded since start (0 = loading).\n";
  r.body += "# TYPE embargo_index_generation gauge\n";
  r.body += fmt::format("embargo_index_generation {}\n", ctx.index ? ctx.index->generation : 0);
  r.body += "# HELP embargo_reloads_total List reloads, by result.\n";
  r.body += "# TYPE embargo_reloads_total counter\n";
  r.body += fmt::format("embargo_reloads_total{{result=\"ok\"}} {}\n", state_.reloads_ok());
  r.body += fmt::format("embargo_reloads_total{{result=\"error\"}} {}\n", state_.reloads_failed());
  r.body += "# HELP embargo_uptime_seconds Seconds since the server started.\n";
  r.body += "# TYPE embargo_uptime_seconds gauge\n";
  r.body += fmt::format(
      "embargo_uptime_seconds {:.0f}\n",
      std::chrono::duration<double>(std::chrono::system_clock::now() - started_).count());
  return r;
}

HttpResponse Api::OpenApi(const Context& ctx) const {
  HttpResponse r;
  r.body = std::string(OpenApiDocument());
  return r;
}

HttpResponse Api::Reload(const Context& ctx) const {
  ReloadReport report = state_.Reload();
  if (report.busy) return ApiError(409, "reload_running", report.message);
  json body = ReportJson(report);
  if (!report.ok) {
    // The old lists keep serving; the client learns why the new ones were refused.
    body["code"] = "reload_failed";
    body["serving_generation"] = report.generation;
    return JsonResponse(body, 500);
  }
  return JsonResponse(body);
}

HttpResponse Api::TransactionCheck(const Context& ctx) const {
  if (!ctx.index) return ApiError(503, "not_ready", "the lists are still loading");
  if (!ctx.index->regime)
    return ApiError(404, "no_regime", "no regime is configured (set `regime` in the config)");
  Result<std::string> result =
      CheckTransactionJson(*ctx.index->regime, ctx.request.body, ctx.index->party_matcher);
  if (!result.ok()) return ApiError(400, "invalid_transaction", result.status().message());
  HttpResponse r;
  r.body = std::move(*result);
  return r;
}

}  // namespace embargo::server
