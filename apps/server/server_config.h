// Configuration of `embargo serve`: where to listen, which lists and datasets to serve, the API
// keys (stored as SHA-256 digests, never in clear) and the limits and timeouts.
//
// Read from a YAML file (config/embargo.example.yaml documents every key); command-line flags
// override it. A ServerConfig is a plain value: build it once, then share it read-only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "embargo/status.h"

namespace embargo::server {

enum class KeyRole { kClient, kAdmin };  // admin keys may also call every client endpoint

struct ApiKey {
  std::string name;    // who holds it, for logs: "onboarding", "ops"
  std::string sha256;  // lower-case hex digest of the key
  KeyRole role = KeyRole::kClient;
};

enum class KeyPolicy {
  kAuto,    // keys required unless the server listens on loopback only
  kAlways,  // keys required everywhere
  kNever,   // no keys (refused beyond loopback unless explicitly chosen)
};

struct Limits {
  size_t max_body_bytes = 1 << 20;    // 413 beyond
  size_t max_header_bytes = 8 << 10;  // 431 beyond
  size_t max_queries = 100;           // per /match request; 400 beyond, as yente
  size_t max_limit = 500;             // largest `limit` a client may ask for
  size_t default_limit = 5;
  double read_seconds = 10;      // to receive one whole request once it has started
  double idle_seconds = 30;      // keep-alive: a connection with no request is closed after
  double write_seconds = 10;     // to send one response
  double shutdown_seconds = 15;  // SIGTERM: in-flight requests get this long to finish
};

struct ServerConfig {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;
  size_t threads = 0;              // 0 = one per core
  std::vector<std::string> lists;  // files or folders; empty = the reference set
  std::string regime;              // regime YAML for /transactions/check; empty = none
  // Named collections of datasets beyond the built-in ones (each source and source_program):
  // "/match/dprk" screens against every dataset listed under "dprk".
  std::map<std::string, std::vector<std::string>> collections;
  KeyPolicy key_policy = KeyPolicy::kAuto;
  std::vector<ApiKey> keys;
  Limits limits;
  bool log_requests = false;
};

// Reads a YAML config file. Relative list and regime paths are resolved against the file's
// folder. Errors name the file and the key.
Result<ServerConfig> LoadServerConfig(const std::string& path);
Result<ServerConfig> ParseServerConfig(std::string_view yaml, const std::string& name,
                                       const std::string& base_dir);

struct ListenAddress {
  std::string host;
  uint16_t port = 0;
};
// "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:9000", ":8080" (all interfaces), "localhost:0"
// (port 0: any free port).
Result<ListenAddress> ParseListen(std::string_view text);

// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopbackHost(std::string_view host);

// Whether requests must carry a key under this config; errors when keys are required but none
// is configured, so a misconfigured server refuses to start instead of running open.
Result<bool> KeysRequired(const ServerConfig& config);

// Lower-case hex SHA-256 of `key`: what the config stores.
std::string HashApiKey(std::string_view key);

// A new random key (32 bytes from the system's CSPRNG, hex): `embargo serve --generate-key`.
Result<std::string> GenerateApiKey();

}  // namespace embargo::server
