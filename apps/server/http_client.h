// A small blocking HTTP/1.1 client over one keep-alive connection, for the server's tests and
// tools (not for production traffic). Not thread-safe: one client per thread.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "embargo/status.h"

namespace embargo::server {

struct ClientResponse {
  int status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  // names in lower case
  bool keep_alive = true;                      // false when the server said it will close
};

class HttpClient {
 public:
  // Connects to host:port (an IP address); `timeout_seconds` bounds every request.
  static Result<std::unique_ptr<HttpClient>> Connect(const std::string& host, uint16_t port,
                                                     double timeout_seconds = 30);
  ~HttpClient();

  // Sends one request and reads the answer. Errors: the connection failed or closed.
  Result<ClientResponse> Send(std::string_view method, std::string_view target,
                              std::string_view body = {},
                              const std::vector<std::pair<std::string, std::string>>& headers = {});

  // Writes raw bytes and reads one response: for malformed requests.
  Result<ClientResponse> SendRaw(std::string_view bytes);
  // The two halves of SendRaw, for requests sent in pieces.
  Status WriteRaw(std::string_view bytes);
  Result<ClientResponse> ReadResponse();

  // True when the server has closed the connection (waits up to `seconds` for it).
  bool ClosedByPeer(double seconds);

  struct Impl;

 private:
  explicit HttpClient(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace embargo::server
