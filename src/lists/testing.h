// Helpers shared by the readers' tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "model/file_util.h"

namespace embargo::lists {

// The bytes of a test input; fails the test (and returns "") when it cannot be read.
inline std::string ReadTestFile(const std::string& path) {
  Result<std::string> content = ReadFileToString(path);
  EXPECT_TRUE(content.ok()) << content.status().ToString();
  return content.ok() ? std::move(*content) : std::string();
}

}  // namespace embargo::lists
