// Request counters and latency histograms of the HTTP API, rendered in the Prometheus text
// format for GET /metrics.
//
// Routes are a fixed set (the route table's patterns, not raw paths) and statuses a fixed set of
// codes, so every counter is preallocated and recording is lock-free (relaxed atomics): safe to
// call from every server thread at once.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

namespace embargo::server {

enum class Route : uint8_t {
  kMatch,
  kSearch,
  kEntity,
  kCatalog,
  kAlgorithms,
  kHealthz,
  kReadyz,
  kMetrics,
  kOpenApi,
  kReload,
  kTransactionCheck,
  kNotFound,  // no route: 404 and 405 answers
  kCount,
};

std::string_view RouteName(Route route);  // the pattern: "/match/{dataset}"

class Metrics {
 public:
  // Latency buckets, seconds (upper bounds; +Inf is implicit).
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
  static constexpr std::array<int, 14> kStatuses = {200, 202, 308, 400, 401, 403, 404,
                                                    405, 409, 413, 422, 431, 503, 500};

  void Record(Route route, int status, double seconds);
  void ConnectionOpened() { connections_.fetch_add(1, std::memory_order_relaxed); }
  void ConnectionClosed() { connections_.fetch_sub(1, std::memory_order_relaxed); }
  // A request rejected by the HTTP layer before routing (malformed, too large, timed out).
  void RecordRejected(int status);

  // The request series in Prometheus text format (list series are added by the caller).
  std::string Render() const;

 private:
  struct RouteStats {
    std::array<std::atomic<uint64_t>, kStatuses.size() + 1> by_status{};  // last: other codes
    std::array<std::atomic<uint64_t>, kBuckets.size() + 1> buckets{};     // last: +Inf
    std::atomic<uint64_t> count{0};
    std::atomic<uint64_t> micros{0};  // sum of latencies
  };
  std::array<RouteStats, static_cast<size_t>(Route::kCount)> routes_;
  std::array<std::atomic<uint64_t>, kStatuses.size() + 1> rejected_{};
  std::atomic<int64_t> connections_{0};
};

}  // namespace embargo::server
