// embargo serve: the screening HTTP API (yente's /match contract and Embargo's own endpoints).
#include <pthread.h>
#include <signal.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include "cli_support.h"
#include "commands.h"
#include "server/api.h"
#include "server/http_server.h"
#include "server/list_state.h"
#include "server/server_config.h"

namespace embargo::cli {
namespace {

struct ServeFlags {
  std::string config, listen, regime, hash_key;
  std::vector<std::string> lists;
  size_t threads = 0;
  bool generate_key = false;
  bool log_requests = false;
};

void PrintReload(const server::ReloadReport& r) {
  if (r.ok)
    std::cerr << "embargo serve: lists loaded in " << r.seconds << " s (generation " << r.generation
              << ")\n";
  else
    std::cerr << "embargo serve: load failed, still serving generation " << r.generation << ": "
              << r.message << "\n";
}

server::ServerConfig ConfigFromFlags(const ServeFlags& f) {
  server::ServerConfig config;
  if (!f.config.empty()) {
    Result<server::ServerConfig> loaded = server::LoadServerConfig(f.config);
    if (!loaded.ok()) Fail(loaded.status());
    config = std::move(*loaded);
  }
  if (!f.listen.empty()) {
    Result<server::ListenAddress> address = server::ParseListen(f.listen);
    if (!address.ok()) Fail(InvalidArgument("--listen: " + address.status().message()));
    config.host = address->host;
    config.port = address->port;
  }
  if (!f.lists.empty()) config.lists = f.lists;
  if (f.threads) config.threads = f.threads;
  if (f.log_requests) config.log_requests = true;
  if (!f.regime.empty())
    config.regime = f.regime == "none" ? "" : f.regime;
  else if (f.config.empty() && std::filesystem::exists(std::string(kDprkRegimeFile)))
    config.regime = std::string(kDprkRegimeFile);
  return config;
}

// Signals are taken by sigwait on this thread; every other thread is started with them
// blocked, so SIGHUP and SIGTERM never interrupt a request.
void Serve(const ServeFlags& flags) {
  server::ServerConfig config = ConfigFromFlags(flags);
  sigset_t signals;
  sigemptyset(&signals);
  for (int s : {SIGHUP, SIGTERM, SIGINT}) sigaddset(&signals, s);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  server::ListState state(server::MakeFileLoader(config.lists, config.regime));
  server::Metrics metrics;
  auto api = server::Api::Create(config, state, metrics);
  if (!api.ok()) Fail(api.status());
  auto http = server::HttpServer::Start(**api, metrics, config.host, config.port, config.threads);
  if (!http.ok()) Fail(http.status());
  std::cerr << "embargo serve: listening on " << config.host << ":" << (*http)->port() << " with "
            << (*http)->threads() << " threads; API keys "
            << ((*api)->keys_required() ? "required" : "not required (loopback)")
            << "; loading lists\n";

  std::thread loader([&state] { PrintReload(state.Reload()); });
  loader.join();
  if (!state.Current()) {
    (*http)->Shutdown();
    throw CLI::RuntimeError(1);
  }
  for (;;) {
    int signal = 0;
    sigwait(&signals, &signal);
    if (signal != SIGHUP) break;
    // Reloads run beside the server threads; the serving index is swapped when ready.
    if (loader.joinable()) loader.join();
    loader = std::thread([&state] { PrintReload(state.Reload()); });
  }
  std::cerr << "embargo serve: shutting down, finishing requests in flight\n";
  (*http)->Shutdown();
  if (loader.joinable()) loader.join();
}

}  // namespace

void RegisterServeCommand(CLI::App& app) {
  auto f = std::make_shared<ServeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "Serve the screening HTTP API (yente /match contract, catalog, metrics, reload)");
  cmd->add_option("--config", f->config, "YAML config file (see config/embargo.example.yaml)");
  cmd->add_option("--lists", f->lists, "List files or folders (default: the reference set)");
  cmd->add_option("--listen", f->listen, "HOST:PORT to listen on (default 127.0.0.1:8080)");
  cmd->add_option("--threads", f->threads, "Server threads (default: one per core)");
  cmd->add_option("--regime", f->regime,
                  "Regime file for /transactions/check, or 'none' (default: " +
                      std::string(kDprkRegimeFile) + " when present)");
  cmd->add_option("--hash-key", f->hash_key,
                  "Print the SHA-256 of an API key, for auth.keys in the config, and exit");
  cmd->add_flag("--log-requests", f->log_requests, "One line per request on stderr");
  cmd->add_flag("--generate-key", f->generate_key,
                "Print a new random API key and its SHA-256, and exit");
  cmd->callback([f] {
    if (!f->hash_key.empty()) {
      std::cout << server::HashApiKey(f->hash_key) << "\n";
      return;
    }
    if (f->generate_key) {
      Result<std::string> key = server::GenerateApiKey();
      if (!key.ok()) Fail(key.status());
      std::cout << "key:    " << *key << "\nsha256: " << server::HashApiKey(*key) << "\n";
      return;
    }
    Serve(*f);
  });
}

}  // namespace embargo::cli
