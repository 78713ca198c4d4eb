#include "server/server_config.h"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <yaml-cpp/yaml.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

namespace embargo::server {
namespace {

constexpr char kHex[] = "0123456789abcdef";

std::string ToHex(const unsigned char* data, size_t size) {
  std::string out;
  out.reserve(size * 2);
  for (size_t i = 0; i < size; ++i) {
    out += kHex[data[i] >> 4];
    out += kHex[data[i] & 15];
  }
  return out;
}

bool IsHexDigest(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

std::string Resolve(const std::string& base_dir, const std::string& path) {
  if (path.empty() || base_dir.empty() || std::filesystem::path(path).is_absolute()) return path;
  return (std::filesystem::path(base_dir) / path).lexically_normal().string();
}

// yaml-cpp reports a bad conversion by throwing; each key is read here so the error can name it.
template <typename T>
Result<T> Read(const YAML::Node& node, const std::string& key, const std::string& file) {
  try {
    return node.as<T>();
  } catch (const YAML::Exception& e) {
    return InvalidArgument(file + ": " + key + ": " + e.msg + " (line " +
                           std::to_string(node.Mark().line + 1) + ")");
  }
}

// The positive number under parent[key]; `fallback` when the key is absent.
template <typename T>
Result<T> ReadPositive(const YAML::Node& parent, const char* key, const std::string& section,
                       const std::string& file, T fallback) {
  if (!parent || !parent[key]) return fallback;
  const std::string name = section + "." + key;
  auto value = Read<double>(parent[key], name, file);
  if (!value.ok()) return value.status();
  if (!(*value > 0)) return InvalidArgument(file + ": " + name + ": must be positive");
  if (!(*value < static_cast<double>(std::numeric_limits<T>::max())))
    return InvalidArgument(file + ": " + name + ": too large");
  return static_cast<T>(*value);
}

Result<Limits> ReadLimits(const YAML::Node& root, const std::string& file, Limits limits) {
  const YAML::Node sizes = root["limits"];
  for (auto [key, field] :
       {std::pair{"max_body_bytes", &Limits::max_body_bytes},
        std::pair{"max_header_bytes", &Limits::max_header_bytes},
        std::pair{"max_queries", &Limits::max_queries}, std::pair{"max_limit", &Limits::max_limit},
        std::pair{"default_limit", &Limits::default_limit}}) {
    auto value = ReadPositive<size_t>(sizes, key, "limits", file, limits.*field);
    if (!value.ok()) return value.status();
    limits.*field = *value;
  }
  const YAML::Node timeouts = root["timeouts"];
  for (auto [key, field] : {std::pair{"read_seconds", &Limits::read_seconds},
                            std::pair{"idle_seconds", &Limits::idle_seconds},
                            std::pair{"write_seconds", &Limits::write_seconds},
                            std::pair{"shutdown_seconds", &Limits::shutdown_seconds}}) {
    auto value = ReadPositive<double>(timeouts, key, "timeouts", file, limits.*field);
    if (!value.ok()) return value.status();
    limits.*field = *value;
  }
  return limits;
}

Result<ServerConfig> ReadAuth(const YAML::Node& auth, const std::string& file,
                              ServerConfig config) {
  if (const YAML::Node policy = auth["require_keys"]) {
    auto text = Read<std::string>(policy, "auth.require_keys", file);
    if (!text.ok()) return text.status();
    if (*text == "auto")
      config.key_policy = KeyPolicy::kAuto;
    else if (*text == "always" || *text == "true")
      config.key_policy = KeyPolicy::kAlways;
    else if (*text == "never" || *text == "false")
      config.key_policy = KeyPolicy::kNever;
    else
      return InvalidArgument(file + ": auth.require_keys: expected auto, always or never");
  }
  const YAML::Node keys = auth["keys"];
  if (!keys) return config;
  if (!keys.IsSequence()) return InvalidArgument(file + ": auth.keys: expected a list");
  for (size_t i = 0; i < keys.size(); ++i) {
    const std::string where = "auth.keys[" + std::to_string(i) + "]";
    ApiKey key;
    if (keys[i]["name"]) {
      auto name = Read<std::string>(keys[i]["name"], where + ".name", file);
      if (!name.ok()) return name.status();
      key.name = *name;
    }
    auto digest = Read<std::string>(keys[i]["sha256"], where + ".sha256", file);
    if (!digest.ok()) return digest.status();
    if (!IsHexDigest(*digest))
      return InvalidArgument(file + ": " + where +
                             ".sha256: expected 64 lower-case hex digits (embargo serve "
                             "--hash-key KEY prints them)");
    key.sha256 = *digest;
    std::string role = "client";
    if (keys[i]["role"]) {
      auto r = Read<std::string>(keys[i]["role"], where + ".role", file);
      if (!r.ok()) return r.status();
      role = *r;
    }
    if (role == "admin")
      key.role = KeyRole::kAdmin;
    else if (role != "client")
      return InvalidArgument(file + ": " + where + ".role: expected client or admin");
    config.keys.push_back(std::move(key));
  }
  return config;
}

// A list of strings; a single string is a list of one.
Result<std::vector<std::string>> ReadStrings(const YAML::Node& node, const std::string& key,
                                             const std::string& file) {
  if (node.IsScalar()) {
    auto value = Read<std::string>(node, key, file);
    if (!value.ok()) return value.status();
    return std::vector<std::string>{*value};
  }
  return Read<std::vector<std::string>>(node, key, file);
}

Result<ServerConfig> ReadRoot(const YAML::Node& root, const std::string& file,
                              const std::string& base_dir) {
  ServerConfig config;
  if (const YAML::Node listen = root["listen"]) {
    auto text = Read<std::string>(listen, "listen", file);
    if (!text.ok()) return text.status();
    auto address = ParseListen(*text);
    if (!address.ok()) return InvalidArgument(file + ": listen: " + address.status().message());
    config.host = address->host;
    config.port = address->port;
  }
  if (root["threads"]) {
    auto threads = Read<unsigned>(root["threads"], "threads", file);
    if (!threads.ok()) return threads.status();
    config.threads = *threads;
  }
  if (const YAML::Node lists = root["lists"]) {
    auto paths = ReadStrings(lists, "lists", file);
    if (!paths.ok()) return paths.status();
    for (const std::string& p : *paths) config.lists.push_back(Resolve(base_dir, p));
  }
  if (root["regime"]) {
    auto regime = Read<std::string>(root["regime"], "regime", file);
    if (!regime.ok()) return regime.status();
    config.regime = Resolve(base_dir, *regime);
  }
  if (const YAML::Node collections = root["datasets"]) {
    if (!collections.IsMap()) return InvalidArgument(file + ": datasets: expected a mapping");
    for (const auto& entry : collections) {
      const std::string name = entry.first.as<std::string>();
      auto members = ReadStrings(entry.second, "datasets." + name, file);
      if (!members.ok()) return members.status();
      config.collections[name] = std::move(*members);
    }
  }
  if (root["log_requests"]) {
    auto log = Read<bool>(root["log_requests"], "log_requests", file);
    if (!log.ok()) return log.status();
    config.log_requests = *log;
  }
  if (const YAML::Node auth = root["auth"]) {
    auto with_keys = ReadAuth(auth, file, std::move(config));
    if (!with_keys.ok()) return with_keys.status();
    config = std::move(*with_keys);
  }
  auto limits = ReadLimits(root, file, config.limits);
  if (!limits.ok()) return limits.status();
  config.limits = *limits;
  return config;
}

}  // namespace

Result<ServerConfig> ParseServerConfig(std::string_view yaml, const std::string& name,
                                       const std::string& base_dir) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    return ParseError(name + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
  if (root.IsNull()) return ServerConfig{};
  if (!root.IsMap()) return ParseError(name + ": expected a mapping at the top level");
  try {
    return ReadRoot(root, name, base_dir);
  } catch (const YAML::Exception& e) {
    return InvalidArgument(name + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
}

Result<ServerConfig> LoadServerConfig(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path + ": cannot open config file");
  std::stringstream text;
  text << in.rdbuf();
  return ParseServerConfig(text.str(), path, std::filesystem::path(path).parent_path().string());
}

Result<ListenAddress> ParseListen(std::string_view text) {
  size_t colon = text.rfind(':');
  if (colon == std::string_view::npos)
    return InvalidArgument("'" + std::string(text) + "': expected HOST:PORT");
  std::string_view host = text.substr(0, colon);
  std::string_view port = text.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  unsigned value = 0;
  auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (ec != std::errc() || end != port.data() + port.size() || value > 65535)
    return InvalidArgument("'" + std::string(text) + "': port must be a number 0-65535");
  ListenAddress address;
  address.host = host.empty() ? "0.0.0.0" : std::string(host);
  address.port = static_cast<uint16_t>(value);
  return address;
}

bool IsLoopbackHost(std::string_view host) {
  return host == "localhost" || host == "::1" || host.substr(0, 4) == "127.";
}

Result<bool> KeysRequired(const ServerConfig& config) {
  bool required = config.key_policy == KeyPolicy::kAlways ||
                  (config.key_policy == KeyPolicy::kAuto && !IsLoopbackHost(config.host));
  if (required && config.keys.empty())
    return InvalidArgument("API keys are required when listening on " + config.host +
                           " but auth.keys is empty: add a key (embargo serve --generate-key) "
                           "or listen on 127.0.0.1");
  return required;
}

std::string HashApiKey(std::string_view key) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(key.data(), key.size(), digest, &size, EVP_sha256(), nullptr);
  return ToHex(digest, size);
}

Result<std::string> GenerateApiKey() {
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof(bytes)) != 1)
    return IoError("the system's random number generator failed");
  return ToHex(bytes, sizeof(bytes));
}

}  // namespace embargo::server
