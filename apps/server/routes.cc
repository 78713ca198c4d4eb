// The route table and what every request goes through: target parsing, routing, the key
// check, the handler, error conversion and metrics.
#include <fmt/format.h>
#include <openssl/crypto.h>

#include <array>
#include <cstdio>
#include <exception>

#include "model/text_util.h"
#include "server/handler_context.h"

namespace embargo::server {
namespace {

enum class Access { kPublic, kClient, kAdmin };

struct RouteEntry {
  std::string_view method;
  std::array<std::string_view, 2> pattern;  // "{}" matches any one segment; "" ends it
  Route route;
  Access access;
  bool yente;  // answers errors as {"detail": ...}
  HttpResponse (Api::*handler)(const Api::Context&) const;
};

// The whole HTTP API. docs/api.md and apps/server/openapi.json describe the same table.
constexpr RouteEntry kRoutes[] = {
    {"POST", {"match", "{}"}, Route::kMatch, Access::kClient, true, &Api::Match},
    {"GET", {"search", "{}"}, Route::kSearch, Access::kClient, true, &Api::Search},
    {"GET", {"entities", "{}"}, Route::kEntity, Access::kClient, true, &Api::Entity},
    {"GET", {"catalog", ""}, Route::kCatalog, Access::kClient, true, &Api::Catalog},
    {"GET", {"algorithms", ""}, Route::kAlgorithms, Access::kClient, true, &Api::Algorithms},
    {"GET", {"healthz", ""}, Route::kHealthz, Access::kPublic, true, &Api::Healthz},
    {"GET", {"readyz", ""}, Route::kReadyz, Access::kPublic, true, &Api::Readyz},
    {"GET", {"metrics", ""}, Route::kMetrics, Access::kClient, false, &Api::MetricsText},
    {"GET", {"openapi.json", ""}, Route::kOpenApi, Access::kPublic, false, &Api::OpenApi},
    {"POST", {"admin", "reload"}, Route::kReload, Access::kAdmin, false, &Api::Reload},
    {"POST",
     {"transactions", "check"},
     Route::kTransactionCheck,
     Access::kClient,
     false,
     &Api::TransactionCheck},
};

bool PatternMatches(const RouteEntry& entry, const std::vector<std::string>& segments) {
  size_t length = entry.pattern[1].empty() ? 1 : 2;
  if (segments.size() != length) return false;
  for (size_t i = 0; i < length; ++i)
    if (entry.pattern[i] != "{}" && entry.pattern[i] != segments[i]) return false;
  return true;
}

enum class KeyCheck { kAbsent, kInvalid, kClient, kAdmin };

// "ApiKey <key>" or "Bearer <key>"; the digest is compared in constant time with every key.
KeyCheck CheckKey(std::string_view header, const std::vector<ApiKey>& keys) {
  header = Trim(header);
  if (header.empty()) return KeyCheck::kAbsent;
  size_t space = header.find(' ');
  if (space == std::string_view::npos) return KeyCheck::kInvalid;
  std::string_view scheme = header.substr(0, space);
  if (!EqualsIgnoreCase(scheme, "ApiKey") && !EqualsIgnoreCase(scheme, "Bearer"))
    return KeyCheck::kInvalid;
  std::string_view key = Trim(header.substr(space + 1));
  if (key.empty()) return KeyCheck::kInvalid;
  const std::string digest = HashApiKey(key);
  KeyCheck result = KeyCheck::kInvalid;
  for (const ApiKey& k : keys) {
    if (k.sha256.size() == digest.size() &&
        CRYPTO_memcmp(k.sha256.data(), digest.data(), digest.size()) == 0)
      result = k.role == KeyRole::kAdmin ? KeyCheck::kAdmin : KeyCheck::kClient;
  }
  return result;
}

HttpResponse Unauthorized(bool yente, std::string_view message) {
  HttpResponse r =
      yente ? YenteError(401, "unauthorized", message) : ApiError(401, "unauthorized", message);
  r.headers.emplace_back("WWW-Authenticate", "ApiKey realm=\"embargo\", Bearer realm=\"embargo\"");
  return r;
}

// Nullopt when the request may go on; else the 401/403 answer.
std::optional<HttpResponse> Authorize(const RouteEntry& entry, std::string_view header,
                                      const ServerConfig& config, bool keys_required) {
  if (entry.access == Access::kPublic) return std::nullopt;
  KeyCheck check = CheckKey(header, config.keys);
  if (check == KeyCheck::kInvalid)
    return Unauthorized(entry.yente, "invalid API key (send Authorization: ApiKey <key>)");
  if (entry.access == Access::kAdmin) {
    if (check == KeyCheck::kAbsent)
      return Unauthorized(entry.yente, "this endpoint needs an admin API key");
    if (check != KeyCheck::kAdmin)
      return ApiError(403, "forbidden", "this endpoint needs an admin API key");
    return std::nullopt;
  }
  if (check == KeyCheck::kAbsent && keys_required)
    return Unauthorized(entry.yente, "an API key is required (Authorization: ApiKey <key>)");
  return std::nullopt;
}

}  // namespace

HttpResponse JsonResponse(const nlohmann::json& body, int status) {
  HttpResponse r;
  r.status = status;
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

HttpResponse JsonTextResponse(std::string body, int status) {
  HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

HttpResponse YenteError(int status, std::string_view code, std::string_view message) {
  return JsonResponse({{"detail", message}, {"code", code}}, status);
}

HttpResponse ApiError(int status, std::string_view code, std::string_view message) {
  return JsonResponse({{"code", code}, {"message", message}}, status);
}

Result<std::unique_ptr<Api>> Api::Create(ServerConfig config, ListState& state, Metrics& metrics) {
  Result<bool> required = KeysRequired(config);
  if (!required.ok()) return required.status();
  return std::unique_ptr<Api>(new Api(std::move(config), state, metrics, *required));
}

Api::Api(ServerConfig config, ListState& state, Metrics& metrics, bool keys_required)
    : config_(std::move(config)),
      state_(state),
      metrics_(metrics),
      keys_required_(keys_required),
      started_(std::chrono::system_clock::now()) {}

HttpResponse Api::Handle(const HttpRequest& request) const {
  const auto start = std::chrono::steady_clock::now();
  Route route = Route::kNotFound;
  HttpResponse response;
  std::optional<Target> target = ParseTarget(request.target);
  const RouteEntry* entry = nullptr;
  std::string allowed;  // methods of the path, for a 405
  if (target) {
    for (const RouteEntry& e : kRoutes) {
      if (!PatternMatches(e, target->segments)) continue;
      allowed += (allowed.empty() ? "" : ", ") + std::string(e.method);
      if (e.method == request.method || (request.method == "HEAD" && e.method == "GET")) {
        entry = &e;
        break;
      }
    }
  }
  if (!target) {
    response = ApiError(400, "bad_target", "the request target is not a valid path");
  } else if (!entry && !allowed.empty()) {
    response = ApiError(405, "method_not_allowed", "method not allowed on this path");
    response.headers.emplace_back("Allow", allowed);
  } else if (!entry) {
    response = YenteError(404, "not_found", "Not Found");
  } else {
    route = entry->route;
    if (auto denied = Authorize(*entry, request.authorization, config_, keys_required_)) {
      response = std::move(*denied);
    } else {
      Context ctx{request, *target, state_.Current()};
      try {
        response = (this->*entry->handler)(ctx);
      } catch (const std::exception& e) {
        // A handler bug, not a client error: answer 500 and keep serving.
        response = entry->yente ? YenteError(500, "internal", e.what())
                                : ApiError(500, "internal", e.what());
      }
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  metrics_.Record(route, response.status, seconds);
  if (config_.log_requests) {
    // One write per line, so lines from different threads do not interleave.
    std::string line = fmt::format("{} {} {} {:.3f} ms\n", request.method,
                                   request.target.substr(0, 200), response.status, seconds * 1e3);
    std::fwrite(line.data(), 1, line.size(), stderr);
  }
  return response;
}

}  // namespace embargo::server
