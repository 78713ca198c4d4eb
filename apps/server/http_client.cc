#include "server/http_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace embargo::server {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

std::chrono::steady_clock::duration Seconds(double s) {
  return std::chrono::duration_cast<std::chrono::steady_clock::duration>(
      std::chrono::duration<double>(s));
}

}  // namespace

struct HttpClient::Impl {
  asio::io_context ioc;
  beast::tcp_stream stream{ioc};
  beast::flat_buffer buffer;
  std::string host;
  double timeout = 30;

  // Runs the io_context until the operation posted before it completes.
  void Run() {
    ioc.restart();
    ioc.run();
  }

  Result<ClientResponse> Read() {
    http::response_parser<http::string_body> parser;
    parser.body_limit(1ull << 30);
    beast::error_code ec;
    stream.expires_after(Seconds(timeout));
    http::async_read(stream, buffer, parser, [&ec](beast::error_code e, size_t) { ec = e; });
    Run();
    if (ec) return IoError("reading the response: " + ec.message());
    ClientResponse out;
    const auto& res = parser.get();
    out.status = static_cast<int>(res.result_int());
    out.body = res.body();
    out.keep_alive = res.keep_alive();
    for (const auto& field : res) {
      std::string name(field.name_string().data(), field.name_string().size());
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      out.headers[name] = std::string(field.value().data(), field.value().size());
    }
    return out;
  }

  Status Write(std::string_view bytes) {
    beast::error_code ec;
    stream.expires_after(Seconds(timeout));
    asio::async_write(stream, asio::buffer(bytes.data(), bytes.size()),
                      [&ec](beast::error_code e, size_t) { ec = e; });
    Run();
    if (ec) return IoError("writing the request: " + ec.message());
    return Status::Ok();
  }
};

HttpClient::HttpClient(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HttpClient::~HttpClient() = default;

Result<std::unique_ptr<HttpClient>> HttpClient::Connect(const std::string& host, uint16_t port,
                                                        double timeout_seconds) {
  auto impl = std::make_unique<Impl>();
  impl->host = host + ":" + std::to_string(port);
  impl->timeout = timeout_seconds;
  beast::error_code ec;
  auto address = asio::ip::make_address(host, ec);
  if (ec) return InvalidArgument("'" + host + "' is not an IP address");
  impl->stream.expires_after(Seconds(timeout_seconds));
  impl->stream.async_connect(tcp::endpoint(address, port), [&ec](beast::error_code e) { ec = e; });
  impl->Run();
  if (ec) return IoError("connecting to " + impl->host + ": " + ec.message());
  beast::error_code ignored;
  impl->stream.socket().set_option(tcp::no_delay(true), ignored);
  return std::unique_ptr<HttpClient>(new HttpClient(std::move(impl)));
}

Result<ClientResponse> HttpClient::Send(
    std::string_view method, std::string_view target, std::string_view body,
    const std::vector<std::pair<std::string, std::string>>& headers) {
  http::request<http::string_body> req;
  req.method_string(beast::string_view(method.data(), method.size()));
  req.target(beast::string_view(target.data(), target.size()));
  req.version(11);
  req.set(http::field::host, impl_->host);
  for (const auto& [name, value] : headers) req.set(name, value);
  if (!body.empty() || method == "POST") {
    if (req.find(http::field::content_type) == req.end())
      req.set(http::field::content_type, "application/json");
    req.body() = std::string(body);
    req.prepare_payload();
  }
  beast::error_code ec;
  impl_->stream.expires_after(Seconds(impl_->timeout));
  http::async_write(impl_->stream, req, [&ec](beast::error_code e, size_t) { ec = e; });
  impl_->Run();
  if (ec) return IoError("writing the request: " + ec.message());
  return impl_->Read();
}

Result<ClientResponse> HttpClient::SendRaw(std::string_view bytes) {
  Status st = impl_->Write(bytes);
  if (!st.ok()) return st;
  return impl_->Read();
}

Status HttpClient::WriteRaw(std::string_view bytes) { return impl_->Write(bytes); }

Result<ClientResponse> HttpClient::ReadResponse() { return impl_->Read(); }

bool HttpClient::ClosedByPeer(double seconds) {
  char byte;
  beast::error_code ec;
  impl_->stream.expires_after(Seconds(seconds));
  impl_->stream.async_read_some(asio::buffer(&byte, 1),
                                [&ec](beast::error_code e, size_t) { ec = e; });
  impl_->Run();
  return ec && ec != beast::error::timeout;
}

}  // namespace embargo::server
