// Reload without downtime, graceful shutdown and timeouts, over real loopback connections.
#include <gtest/gtest.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "server/api.h"
#include "server/http_client.h"
#include "server/http_server.h"
#include "server/list_state.h"

namespace embargo::server {
namespace {

using nlohmann::json;

constexpr char kAdminKey[] = "admin-key-for-reload-test";

std::string UnList() {
  return std::string(EMBARGO_SHARED_DIR) + "/data/lists/un/consolidated-2026-05-08.xml";
}

const std::string kMatchBody =
    R"({"queries": {"q": {"schema": "Person", "properties": {"name": ["CHO IL U"]}}}})";

// A server over the UN list whose loader can be told to fail.
struct TestServer {
  explicit TestServer(Limits limits = {}) {
    IndexLoader files = MakeFileLoader({UnList()}, "");
    state = std::make_unique<ListState>([this, files]() -> Result<std::shared_ptr<LoadedIndex>> {
      if (fail_next.exchange(false)) return IoError("lists/un.xml: simulated download failure");
      return files();
    });
    ReloadReport first = state->Reload();
    EXPECT_TRUE(first.ok) << first.message;
    ServerConfig config;
    config.keys = {{"ops", HashApiKey(kAdminKey), KeyRole::kAdmin}};
    config.limits = limits;
    auto created = Api::Create(config, *state, metrics);
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    api = std::move(*created);
    auto started = HttpServer::Start(*api, metrics, "127.0.0.1", 0, 2);
    EXPECT_TRUE(started.ok()) << started.status().ToString();
    server = std::move(*started);
  }

  std::unique_ptr<HttpClient> Connect() {
    auto client = HttpClient::Connect("127.0.0.1", server->port());
    EXPECT_TRUE(client.ok()) << client.status().ToString();
    return client.ok() ? std::move(*client) : nullptr;
  }

  std::atomic<bool> fail_next{false};
  std::unique_ptr<ListState> state;
  Metrics metrics;
  std::unique_ptr<Api> api;
  std::unique_ptr<HttpServer> server;
};

const std::vector<std::pair<std::string, std::string>> kAdmin = {
    {"Authorization", std::string("Bearer ") + kAdminKey}};

TEST(ServerReloadTest, ReloadUnderLoadFailsNoRequest) {
  TestServer t;
  std::atomic<bool> done{false};
  std::atomic<int> ok{0}, failed{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 4; ++c) {
    clients.emplace_back([&] {
      auto client = t.Connect();
      if (!client) return failed.fetch_add(1), void();
      while (!done) {
        auto r = client->Send("POST", "/match/default", kMatchBody);
        bool good = r.ok() && r->status == 200 &&
                    json::parse(r->body)["responses"]["q"]["results"][0]["id"] == "un:KPi.040";
        (good ? ok : failed).fetch_add(1);
        if (!r.ok()) return;
      }
    });
  }
  auto admin = t.Connect();
  ASSERT_TRUE(admin);
  uint64_t generation = 1;
  for (int i = 0; i < 3; ++i) {
    auto r = admin->Send("POST", "/admin/reload", {}, kAdmin);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(json::parse(r->body)["generation"], ++generation);
  }
  // A failed load keeps the old lists serving and says why.
  t.fail_next = true;
  auto failed_reload = admin->Send("POST", "/admin/reload", {}, kAdmin);
  ASSERT_TRUE(failed_reload.ok());
  EXPECT_EQ(failed_reload->status, 500);
  json report = json::parse(failed_reload->body);
  EXPECT_FALSE(report["ok"].get<bool>());
  EXPECT_NE(report["message"].get<std::string>().find("simulated download failure"),
            std::string::npos);
  EXPECT_EQ(report["generation"], generation);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  done = true;
  for (std::thread& c : clients) c.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_GT(ok.load(), 20);
  EXPECT_EQ(t.state->Current()->generation, generation);
  auto catalog = admin->Send("GET", "/catalog");
  ASSERT_TRUE(catalog.ok());
  json c = json::parse(catalog->body);
  EXPECT_FALSE(c["last_reload"]["ok"].get<bool>());
  EXPECT_EQ(c["generation"], generation);
}

TEST(ServerReloadTest, ShutdownFinishesRequestInFlightAndClosesIdle) {
  TestServer t;
  auto idle = t.Connect();
  auto busy = t.Connect();
  ASSERT_TRUE(idle && busy);
  ASSERT_EQ(idle->Send("GET", "/healthz")->status, 200);
  // Header and half the body now, the rest after shutdown has begun.
  std::string head =
      "POST /match/default HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
      "Content-Length: " +
      std::to_string(kMatchBody.size()) + "\r\n\r\n";
  size_t half = kMatchBody.size() / 2;
  ASSERT_TRUE(busy->WriteRaw(head + kMatchBody.substr(0, half)).ok());
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  std::thread stopper([&] { t.server->Shutdown(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_TRUE(idle->ClosedByPeer(2));
  ASSERT_TRUE(busy->WriteRaw(kMatchBody.substr(half)).ok());
  auto r = busy->ReadResponse();
  stopper.join();
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->status, 200);
  EXPECT_FALSE(r->keep_alive);
  EXPECT_EQ(json::parse(r->body)["responses"]["q"]["status"], 200);
  EXPECT_FALSE(HttpClient::Connect("127.0.0.1", t.server->port(), 1).ok());
}

TEST(ServerReloadTest, IdleConnectionsTimeOut) {
  Limits limits;
  limits.idle_seconds = 0.3;
  TestServer t(limits);
  auto client = t.Connect();
  ASSERT_TRUE(client);
  ASSERT_EQ(client->Send("GET", "/healthz")->status, 200);
  EXPECT_TRUE(client->ClosedByPeer(3));
}

TEST(ServerReloadTest, ReadyzIs503UntilLoaded) {
  ListState state(MakeFileLoader({UnList()}, ""));
  Metrics metrics;
  auto api = Api::Create(ServerConfig{}, state, metrics);
  ASSERT_TRUE(api.ok());
  HttpRequest request{"GET", "/readyz", "", ""};
  EXPECT_EQ((*api)->Handle(request).status, 503);
  request.target = "/healthz";
  EXPECT_EQ((*api)->Handle(request).status, 200);
  HttpRequest match{"POST", "/match/default", "", kMatchBody};
  EXPECT_EQ((*api)->Handle(match).status, 503);
  ASSERT_TRUE(state.Reload().ok);
  request.target = "/readyz";
  EXPECT_EQ((*api)->Handle(request).status, 200);
  EXPECT_EQ((*api)->Handle(match).status, 200);
}

}  // namespace
}  // namespace embargo::server
