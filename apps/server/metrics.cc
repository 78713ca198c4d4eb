#include "server/metrics.h"

#include <fmt/format.h>

namespace embargo::server {
namespace {

size_t StatusSlot(int status) {
  for (size_t i = 0; i < Metrics::kStatuses.size(); ++i)
    if (Metrics::kStatuses[i] == status) return i;
  return Metrics::kStatuses.size();
}

std::string StatusLabel(size_t slot) {
  return slot < Metrics::kStatuses.size() ? std::to_string(Metrics::kStatuses[slot]) : "other";
}

}  // namespace

std::string_view RouteName(Route route) {
  switch (route) {
    case Route::kMatch:
      return "/match/{dataset}";
    case Route::kSearch:
      return "/search/{dataset}";
    case Route::kEntity:
      return "/entities/{id}";
    case Route::kCatalog:
      return "/catalog";
    case Route::kAlgorithms:
      return "/algorithms";
    case Route::kHealthz:
      return "/healthz";
    case Route::kReadyz:
      return "/readyz";
    case Route::kMetrics:
      return "/metrics";
    case Route::kOpenApi:
      return "/openapi.json";
    case Route::kReload:
      return "/admin/reload";
    case Route::kTransactionCheck:
      return "/transactions/check";
    case Route::kNotFound:
      return "unmatched";
    case Route::kCount:
      break;
  }
  return "unmatched";
}

void Metrics::Record(Route route, int status, double seconds) {
  RouteStats& r = routes_[static_cast<size_t>(route)];
  r.by_status[StatusSlot(status)].fetch_add(1, std::memory_order_relaxed);
  size_t bucket = 0;
  while (bucket < kBuckets.size() && seconds > kBuckets[bucket]) ++bucket;
  r.buckets[bucket].fetch_add(1, std::memory_order_relaxed);
  r.count.fetch_add(1, std::memory_order_relaxed);
  r.micros.fetch_add(static_cast<uint64_t>(seconds * 1e6), std::memory_order_relaxed);
}

void Metrics::RecordRejected(int status) {
  rejected_[StatusSlot(status)].fetch_add(1, std::memory_order_relaxed);
}

std::string Metrics::Render() const {
  std::string out;
  auto load = [](const std::atomic<uint64_t>& a) { return a.load(std::memory_order_relaxed); };
  out += "# HELP embargo_http_requests_total HTTP requests answered, by route and status.\n";
  out += "# TYPE embargo_http_requests_total counter\n";
  for (size_t r = 0; r < routes_.size(); ++r) {
    std::string_view name = RouteName(static_cast<Route>(r));
    for (size_t s = 0; s < routes_[r].by_status.size(); ++s) {
      uint64_t n = load(routes_[r].by_status[s]);
      if (n == 0) continue;
      out += fmt::format("embargo_http_requests_total{{route=\"{}\",status=\"{}\"}} {}\n", name,
                         StatusLabel(s), n);
    }
  }
  out += "# HELP embargo_http_request_duration_seconds Time to handle a request, by route.\n";
  out += "# TYPE embargo_http_request_duration_seconds histogram\n";
  for (size_t r = 0; r < routes_.size(); ++r) {
    const RouteStats& stats = routes_[r];
    uint64_t count = load(stats.count);
    if (count == 0) continue;
    std::string_view name = RouteName(static_cast<Route>(r));
    uint64_t cumulative = 0;
    for (size_t b = 0; b < stats.buckets.size(); ++b) {
      cumulative += load(stats.buckets[b]);
      std::string le = b < kBuckets.size() ? fmt::format("{}", kBuckets[b]) : "+Inf";
      out +=
          fmt::format("embargo_http_request_duration_seconds_bucket{{route=\"{}\",le=\"{}\"}} {}\n",
                      name, le, cumulative);
    }
    out += fmt::format("embargo_http_request_duration_seconds_sum{{route=\"{}\"}} {:.6f}\n", name,
                       load(stats.micros) / 1e6);
    out += fmt::format("embargo_http_request_duration_seconds_count{{route=\"{}\"}} {}\n", name,
                       count);
  }
  out +=
      "# HELP embargo_http_rejected_total Requests refused before routing (malformed, too "
      "large, timed out), by status.\n";
  out += "# TYPE embargo_http_rejected_total counter\n";
  for (size_t s = 0; s < rejected_.size(); ++s) {
    uint64_t n = load(rejected_[s]);
    if (n)
      out += fmt::format("embargo_http_rejected_total{{status=\"{}\"}} {}\n", StatusLabel(s), n);
  }
  out += "# HELP embargo_http_connections Open client connections.\n";
  out += "# TYPE embargo_http_connections gauge\n";
  out += fmt::format("embargo_http_connections {}\n", connections_.load(std::memory_order_relaxed));
  return out;
}

}  // namespace embargo::server
