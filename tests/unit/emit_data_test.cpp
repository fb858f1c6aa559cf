// emit/common.h's helpers that build kainjow's data without its copies, and
// escape::copy_plain, which the escapers' fast path relies on.
#include <catch2/catch.hpp>

#include "emit/common.h"
#include "emit/escape.h"

namespace statusc {
namespace {

TEST_CASE("emit data: put stores text, flags and subtrees", "[emit]") {
  MustacheData d;
  put(d, "literal", "yes");  // a string literal must not decay to a flag
  put(d, "text", std::string(40, 'x'));
  put(d, "flag", false);
  put(d, "list", text_list({"a", "b"}));
  REQUIRE(d.get("literal")->is_string());
  CHECK(d.get("literal")->string_value() == "yes");
  CHECK(d.get("text")->string_value() == std::string(40, 'x'));
  CHECK(d.get("flag")->is_false());
  REQUIRE(d.get("list")->is_list());
  REQUIRE(d.get("list")->list_value().size() == 2);
  CHECK(d.get("list")->list_value()[1].string_value() == "b");
}

TEST_CASE("emit data: put replaces a key already there, as set() does", "[emit]") {
  MustacheData d;
  put(d, "key", "first");
  put(d, "key", true);
  CHECK(d.get("key")->is_true());
  put(d, "key", "second");
  CHECK(d.get("key")->string_value() == "second");
}

TEST_CASE("emit data: append keeps every item past the reserved capacity", "[emit]") {
  MustacheData list = list_with_capacity(1);
  for (int i = 0; i < 100; ++i) {
    MustacheData item;
    put(item, "n", std::to_string(i));
    append(list, std::move(item));
  }
  REQUIRE(list.list_value().size() == 100);
  for (size_t i = 0; i < 100; ++i) CHECK(list.list_value()[i].get("n")->string_value() == std::to_string(i));
}

TEST_CASE("emit data: concat joins its pieces", "[emit]") {
  const std::string middle = "b";
  CHECK(concat({"a", middle, std::string("c"), ""}) == "abc");
  CHECK(concat({}).empty());
}

TEST_CASE("escape: copy_plain stops at special, control and non-ASCII bytes", "[emit][escape]") {
  auto none = [](char) { return false; };
  std::string out;
  CHECK(escape::copy_plain("ab\xC3\xA9" "cd", 0, out, none) == 2);  // é, whatever char's signedness
  CHECK(out == "ab");
  out.clear();
  CHECK(escape::copy_plain("ab\tcd", 0, out, none) == 2);
  CHECK(escape::copy_plain("x\x7F", 0, out, none) == 1);
  out.clear();
  CHECK(escape::copy_plain("say \"hi\"", 0, out, [](char c) { return c == '"'; }) == 4);
  CHECK(out == "say ");
  CHECK(escape::copy_plain("abc", 3, out, none) == 3);
}

}  // namespace
}  // namespace statusc
