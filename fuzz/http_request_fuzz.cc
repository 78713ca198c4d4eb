// libFuzzer target for the HTTP API without sockets: raw request bytes go through the server's
// parser (with its size limits), the route table, the key check and the JSON handlers, exactly
// as a connection's requests do. Any input must yield a response with a known status and, for
// JSON answers, a body that parses; never a crash, a leak or an uncaught exception.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string_view>

#include "embargo/lists.h"
#include "server/api.h"
#include "server/http_server.h"
#include "server/list_state.h"

namespace {

using embargo::server::Api;

// A few entities in FtM JSON lines, so matching, search and entity lookups have data.
constexpr std::string_view kEntities =
    R"({"id": "t:1", "schema": "Person", "properties": {"name": ["Ivan Petrovich Sidorov"], "birthDate": ["1961-03-04"], "nationality": ["ru"]}, "datasets": ["t"]}
{"id": "t:2", "schema": "Company", "properties": {"name": ["Ocean Star Trading LLC"], "country": ["ae"]}, "datasets": ["t"]}
{"id": "t:3", "schema": "Vessel", "properties": {"name": ["CHON MA SAN"], "imoNumber": ["IMO 8660313"], "flag": ["kp"]}, "datasets": ["t"]}
{"id": "t:4", "schema": "Person", "properties": {"name": ["Kim Chol Min", "김철민"], "gender": ["male"]}, "datasets": ["t"]}
)";

struct Fixture {
  Fixture() {
    state = std::make_unique<embargo::server::ListState>(
        []() -> embargo::Result<std::shared_ptr<embargo::server::LoadedIndex>> {
          auto list = embargo::ParseList(kEntities, embargo::ListFormat::kFtmJson, "fuzz.ftm.json");
          if (!list.ok()) return list.status();
          std::vector<embargo::ListSnapshot> lists;
          lists.push_back(std::move(*list));
          return embargo::server::BuildIndex(std::move(lists), std::nullopt);
        });
    if (!state->Reload().ok) __builtin_trap();
    embargo::server::ServerConfig config;
    config.keys = {
        {"admin", embargo::server::HashApiKey("fuzz-admin"), embargo::server::KeyRole::kAdmin}};
    config.limits.max_body_bytes = 64 << 10;
    config.limits.max_queries = 20;
    config.collections["both"] = {"t"};
    auto created = Api::Create(config, *state, metrics);
    if (!created.ok()) __builtin_trap();
    api = std::move(*created);
  }
  std::unique_ptr<embargo::server::ListState> state;
  embargo::server::Metrics metrics;
  std::unique_ptr<Api> api;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Fixture fixture;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  embargo::server::HttpResponse response = embargo::server::HandleRawRequest(*fixture.api, bytes);
  if (response.status < 200 || response.status > 599) __builtin_trap();
  if (response.content_type == "application/json" && !nlohmann::json::accept(response.body))
    __builtin_trap();
  return 0;
}
