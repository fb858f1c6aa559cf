// The cpp target's pure pieces: the perfect hash builder, identifiers and
// the name table, comment escaping, and properties of the header text.
// tests/compile/cpp/ builds and runs the generated headers.
#include <catch2/catch.hpp>

#include <cctype>
#include <set>
#include <sstream>

#include "driver/pipeline.h"
#include "emit/cpp/perfect_hash.h"
#include "emit/cpp/support.h"
#include "emit/cpp/tables.h"
#include "emit/emitter.h"
#include "emit/render.h"
#include "emit/templates.h"
#include "test_support.h"

using namespace statusc;

namespace {

bool is_pow2(std::size_t n) { return n != 0 && (n & (n - 1)) == 0; }

// Every key lands in a slot of its own, found again through slot_of().
void require_perfect(const cpp::PerfectHash& h, std::size_t key_count,
                     const std::function<std::uint64_t(std::size_t, std::uint64_t)>& key_hash) {
  REQUIRE(is_pow2(h.slot_count));
  REQUIRE(h.slots.size() == h.slot_count);
  REQUIRE(h.slot_count >= key_count);
  if (!h.displacements.empty()) REQUIRE(is_pow2(h.displacements.size()));
  std::set<std::size_t> used;
  for (std::size_t i = 0; i < key_count; ++i) {
    std::size_t slot = h.slot_of(key_hash(i, h.seed));
    REQUIRE(slot < h.slot_count);
    REQUIRE(h.slots[slot] == static_cast<int>(i));
    used.insert(slot);
  }
  REQUIRE(used.size() == key_count);
  std::size_t occupied = 0;
  for (int s : h.slots) occupied += s >= 0 ? 1 : 0;
  REQUIRE(occupied == key_count);
}

cpp::PerfectHash require_string_hash(const std::vector<std::string>& keys) {
  cpp::PerfectHash h = cpp::build_string_hash(keys);
  if (!cpp::fast_hash_separates(keys)) CHECK(h.strong);
  require_perfect(h, keys.size(),
                  [&](std::size_t i, std::uint64_t seed) { return cpp::hash_string(keys[i], seed, h.strong); });
  return h;
}

std::vector<std::string> prefixed(std::size_t n, const std::string& prefix) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(prefix + std::to_string(i));
  return out;
}

// The files the cpp target writes for `text`, as if read from `path`.
std::vector<OutputFile> cpp_files_for(const std::string& path, const std::string& text) {
  SourceFile file(path, text);
  DiagnosticEngine diags;
  std::optional<Spec> spec = compile_spec(file, diags);
  REQUIRE(spec);
  REQUIRE(!diags.has_errors());
  EmitContext context{*spec, path, "stem"};
  const Emitter* cpp = find_emitter("cpp");
  REQUIRE(cpp != nullptr);
  std::string error;
  auto out = render_jobs(cpp->plan(context), Templates::embedded(), error);
  INFO(error);
  REQUIRE(out);
  return *out;
}

// The header statusc writes for `text` (in the default layout).
std::string header_for(const std::string& path, const std::string& text) {
  std::vector<OutputFile> out = cpp_files_for(path, text);
  REQUIRE(out.size() == 1);
  CHECK(out[0].path == "stem.h");
  return out[0].bytes;
}

std::string header_for_file(const std::string& path) { return header_for(path, test::read_file(test::source_path(path))); }

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("cpp perfect hash: every name gets a slot of its own", "[cpp]") {
  for (std::size_t n : {1, 2, 3, 5, 8, 17, 31, 64, 96, 97, 128, 200, 1000}) {
    DYNAMIC_SECTION(n << " names with a common prefix") {
      cpp::PerfectHash h = require_string_hash(prefixed(n, "state_with_a_long_common_prefix_"));
      // Sets of up to 256 names get a one-level table of at most 4,096
      // slots (or four times their size), found for these sets; larger ones
      // a two-level table at most twice their size.
      std::size_t p = 1;
      while (p < n) p *= 2;
      if (n <= 32) CHECK(h.slot_count <= 4 * n + 4);
      if (n <= 200) {
        CHECK(h.displacements.empty());
        CHECK(h.slot_count <= std::max<std::size_t>(4 * p, 4096));
      }
      if (n > 256) {
        CHECK(!h.displacements.empty());
        CHECK(h.slot_count <= 2 * p);
      }
    }
  }
  SECTION("names that differ only in their last character, or only in length") {
    std::vector<std::string> keys;
    for (char c = 'a'; c <= 'z'; ++c) keys.push_back(std::string("status_") + c);
    for (std::size_t len = 1; len <= 40; ++len) keys.push_back(std::string(len, 'x'));
    require_string_hash(keys);
  }
  SECTION("names with common suffixes and bytes outside ASCII") {
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < 128; ++i) keys.push_back(std::to_string(i) + "_shared_suffix\xff\x80");
    keys.push_back(std::string("\0a", 2));
    keys.push_back(std::string("\0b", 2));
    require_string_hash(keys);
  }
}

TEST_CASE("cpp perfect hash: random sets of look-alike names all get a table", "[cpp]") {
  // Names over a two-letter alphabet share words, sizes and words xor size
  // far more often than real names: every set must still hash perfectly,
  // with the fast hash or, when it cannot tell them apart, the strong one.
  std::uint64_t x = 2026;
  auto next = [&x](std::uint64_t bound) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    return (x >> 33) % bound;
  };
  int strong = 0;
  for (int round = 0; round < 300; ++round) {
    std::set<std::string> unique;
    const std::uint64_t count = 2 + next(40);
    while (unique.size() < count) {
      std::string name(1 + next(40), 'c');
      for (char& ch : name)
        if (next(4) == 0) ch = 'b';
      unique.insert(name);
    }
    const std::vector<std::string> keys(unique.begin(), unique.end());
    INFO("round " << round);
    strong += require_string_hash(keys).strong ? 1 : 0;
  }
  CHECK(strong > 0);    // the strong hash was needed,
  CHECK(strong < 300);  // and the fast one mostly did
}

TEST_CASE("cpp perfect hash: wire numbers, sparse and extreme", "[cpp]") {
  std::vector<std::vector<std::int32_t>> sets = {{1}, {1, 2147483647}, {7, 100, 1000, 1000000, 2147483647}};
  std::vector<std::int32_t> many;
  std::uint64_t x = 12345;
  std::set<std::int32_t> seen;
  while (many.size() < 1000) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    auto n = static_cast<std::int32_t>((x >> 33) & 0x7fffffff);
    if (n > 0 && seen.insert(n).second) many.push_back(n);
  }
  sets.push_back(many);
  std::vector<std::int32_t> strided;
  for (std::int32_t i = 0; i < 300; ++i) strided.push_back(1 + i * 65536);  // equal low bits
  sets.push_back(strided);
  for (const auto& keys : sets) {
    cpp::PerfectHash h = cpp::build_number_hash(keys);
    require_perfect(h, keys.size(), [&](std::size_t i, std::uint64_t seed) { return cpp::hash_number(keys[i], seed); });
  }
}

TEST_CASE("cpp perfect hash: deterministic, and distinct keys are required", "[cpp]") {
  std::vector<std::string> keys = prefixed(500, "k");
  cpp::PerfectHash a = cpp::build_string_hash(keys), b = cpp::build_string_hash(keys);
  CHECK(a.seed == b.seed);
  CHECK(a.slots == b.slots);
  CHECK(a.displacements == b.displacements);
  CHECK_THROWS_AS(cpp::build_string_hash({"same", "other", "same"}), std::invalid_argument);
  cpp::PerfectHash empty = cpp::build_string_hash({});
  CHECK(empty.slot_count == 1);
  CHECK(empty.slots == std::vector<int>{-1});
}

TEST_CASE("cpp perfect hash: names the fast hash cannot tell apart get the strong one", "[cpp]") {
  // Names of different sizes whose last word differs by exactly the size
  // difference, or which share both words and size; and two 32-byte names
  // that collided in an earlier fold of the middle words for every seed.
  const std::vector<std::vector<std::string>> sets{
      {"bccc", "bcccc"},
      {"abbcde", "abbccde"},
      {"bccccccc", "bcccccccc"},
      {"pending_alpha_approval", "pending_gamma_approval", "pending_omega_approval"},
      {"pending_w4e6c810aaaavfapapproval", "pending_omwp7l57958x99z2approval"},
      {"bccc", "bcccc", "abbcde", "abbccde", "bccccccc", "bcccccccc", "x"},
  };
  for (const auto& keys : sets) {
    INFO(keys.front() << " ...");
    CHECK(require_string_hash(keys).strong == !cpp::fast_hash_separates(keys));
  }
  CHECK(require_string_hash({"bccc", "bcccc"}).strong);
  // A hundred names sharing their first and last words: strong, two levels.
  std::vector<std::string> many;
  for (int i = 0; i < 100; ++i) many.push_back("aaaaaaaa_" + std::to_string(1000 + i) + "_aaaaaaaa");
  CHECK(require_string_hash(many).strong);
}

TEST_CASE("cpp perfect hash: the functions the generated runtime mirrors", "[cpp]") {
  // A name's words: first and last 8, 4, or bytes 0, n/2 and n-1, little-endian.
  CHECK(cpp::words_of("").a == 0);
  CHECK(cpp::words_of("ab").a == (0x61ULL | 0x62ULL << 8 | 0x62ULL << 16));
  CHECK(cpp::words_of("abc").a == (0x61ULL | 0x62ULL << 8 | 0x63ULL << 16));
  CHECK(cpp::words_of("abcde").a == 0x64636261ULL);
  CHECK(cpp::words_of("abcde").b == 0x65646362ULL);
  CHECK(cpp::words_of("abcdefghij").a == 0x6867666564636261ULL);
  CHECK(cpp::words_of("abcdefghij").b == 0x6a69686766656463ULL);
  // Up to 16 bytes, (size, words) is the name: distinct names differ in them.
  std::vector<std::string> names{"a", "b", "ab", "ba", "aba", "abb", "abcd", "abce", "abcdefg", "abcdefgh",
                                 "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnoq", "bbcdefghijklmnop"};
  for (size_t i = 0; i < names.size(); ++i)
    for (size_t j = i + 1; j < names.size(); ++j) {
      auto x = cpp::words_of(names[i]), y = cpp::words_of(names[j]);
      CHECK((names[i].size() != names[j].size() || x.a != y.a || x.b != y.b));
    }
  // The fast hash sees a name only through (first word, last word ^ size);
  // the strong one sees every byte and the size on its own. The seed
  // changes both.
  CHECK(cpp::hash_string("aaaaaaaa_x_aaaaaaaaaaaaa", 1, false) == cpp::hash_string("aaaaaaaa_y_aaaaaaaaaaaaa", 1, false));
  CHECK(cpp::hash_string("aaaaaaaa_x_aaaaaaaaaaaaa", 1, true) != cpp::hash_string("aaaaaaaa_y_aaaaaaaaaaaaa", 1, true));
  CHECK(cpp::hash_string("bccc", 7, false) == cpp::hash_string("bcccc", 7, false));  // 'b' ^ 4 == 'c' ^ 5
  CHECK(cpp::hash_string("bccc", 7, true) != cpp::hash_string("bcccc", 7, true));
  CHECK(cpp::hash_string("a", 5, false) != cpp::hash_string("a", 6, false));
  CHECK(cpp::hash_string("a", 5, true) != cpp::hash_string("a", 6, true));
  CHECK(cpp::fast_hash_separates({"aaaaaaaa_x_aaaaaaaaaaaaa", "aaaaaaaa_x_aaaaaaaaaaaab", "abcdefghijklmnop"}));
  CHECK(!cpp::fast_hash_separates({"aaaaaaaa_x_aaaaaaaaaaaaa", "aaaaaaaa_y_aaaaaaaaaaaaa"}));
  CHECK(!cpp::fast_hash_separates({"bccc", "bcccc"}));
  CHECK(!require_string_hash({"abcdefghij", "b"}).strong);
  CHECK(cpp::hash_number(-1, 0) == cpp::fmix64(0xffffffffULL));
  CHECK(cpp::fmix32(0) == 0);
  CHECK(cpp::fmix64(0) == 0);
  // The template spells the same constants (a drift would also fail every
  // header's static_assert(tables_agree()) in tests/compile/cpp).
  const std::string* tmpl = Templates::embedded().find("cpp/header.h.mustache");
  REQUIRE(tmpl != nullptr);
  for (const char* constant :
       {"0x9e3779b97f4a7c15ULL", "0xbf58476d1ce4e5b9ULL", "0x94d049bb133111ebULL", "0xd6e8feb86659fd93ULL",
        "(seed >> 29)", "(seed >> 17)", "top_bits(h, bits_of(Slots))", "0xff51afd7ed558ccdULL",
        "0xc4ceb9fe1a85ec53ULL", "0x85ebca6bU", "0xc2b2ae35U", "0x9e3779b9U"})
    CHECK(contains(*tmpl, constant));
}

TEST_CASE("cpp runtime: the template's namespace and guard are the emitter's version", "[cpp]") {
  const std::string* tmpl = Templates::embedded().find("cpp/header.h.mustache");
  REQUIRE(tmpl != nullptr);
  const std::string version = cpp::kRuntimeVersion;
  std::string upper = version;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  CHECK(contains(*tmpl, "#ifndef STATUSC_CPP_RUNTIME_" + upper + "\n#define STATUSC_CPP_RUNTIME_" + upper + "\n"));
  CHECK(contains(*tmpl, "#endif  // STATUSC_CPP_RUNTIME_" + upper + "\n"));
  CHECK(contains(*tmpl, "}  // namespace " + version + "\n"));
  CHECK(contains(*tmpl, "inline namespace " + version + " {"));
  // Every qualified use of the runtime names this version.
  const std::string qualified = "::statusc::v";
  for (size_t at = tmpl->find(qualified); at != std::string::npos; at = tmpl->find(qualified, at + 1))
    CHECK(tmpl->compare(at, qualified.size() - 1 + version.size() + 2, "::statusc::" + version + "::") == 0);
}

TEST_CASE("cpp comments: no splice, no trigraph, no block-comment end", "[cpp]") {
  CHECK(escape::cpp_comment_line("a ?\?/") == "a ?\\?/");
  CHECK(escape::cpp_comment_line("?\?/?\?/") == "?\\?/?\\?/");
  CHECK(escape::cpp_comment_line("?? / ??") == "?? / ??");
  CHECK(escape::cpp_comment_line("ends \\") == "ends <U+005C>");
  CHECK(escape::cpp_comment_line("a */ b") == "a *\\/ b");
  CHECK(escape::cpp_comment_line("bidi \xe2\x80\xae") == "bidi <U+202E>");
  CHECK(cpp::wrap("one two three", 7) == std::vector<std::string>{"one two", "three"});
  CHECK(cpp::wrap("averyveryverylongword next", 5) == std::vector<std::string>{"averyveryverylongword", "next"});
  CHECK(cpp::wrap("", 10) == std::vector<std::string>{""});
  std::vector<std::string> pieces = cpp::wrap(std::string(300, 'x') + " " + std::string(100, 'y') + " z", 76);
  CHECK(pieces == std::vector<std::string>{std::string(300, 'x'), std::string(100, 'y'), "z"});
}

TEST_CASE("cpp identifiers: macro-shaped names, namespaces, machine names", "[cpp]") {
  CHECK(cpp::macro_shaped("EOF"));
  CHECK(cpp::macro_shaped("E2BIG"));
  CHECK(cpp::macro_shaped("HTTP"));
  CHECK(cpp::macro_shaped("CS8"));
  CHECK(!cpp::macro_shaped("A"));
  CHECK(!cpp::macro_shaped("S0"));
  CHECK(!cpp::macro_shaped("V12"));
  CHECK(!cpp::macro_shaped("Eof"));
  CHECK(cpp::type_name("SessionStatus") == "SessionStatus");
  CHECK(cpp::type_name("NULL") == "NULL_");
  CHECK(cpp::enumerator("e_o_f") == "EOF_");
  CHECK(cpp::enumerator("eof") == "Eof");
  CHECK(cpp::enumerator("waiting_for_tool") == "WaitingForTool");
  CHECK(cpp::machine_snake("SessionStatus") == "session_status");
  CHECK(cpp::machine_snake("HTTPStatus") == "http_status");
  CHECK(cpp::namespace_name("chat::session") == "chat::session");
  CHECK(cpp::namespace_name("linux::unix::x") == "linux_::unix_::x");
  CHECK(cpp::index_type(255) == "::std::uint8_t");
  CHECK(cpp::index_type(256) == "::std::uint16_t");
  CHECK(cpp::index_type(70000) == "::std::uint32_t");
}

TEST_CASE("cpp name table: later claims move aside, overloads share", "[cpp]") {
  using Kind = cpp::NameTable::Kind;
  cpp::NameTable t;
  CHECK(t.claim("Foo", Kind::Type) == "Foo");
  CHECK(t.claim("Foo", Kind::Type) == "Foo_");
  CHECK(t.claim("to_string", Kind::Function, "A") == "to_string");
  CHECK(t.claim("to_string", Kind::Function, "B") == "to_string");  // an overload
  CHECK(t.claim("to_string", Kind::Function, "A") == "to_string_");
  CHECK(t.claim("foo_values", Kind::Variable) == "foo_values");
  CHECK(t.claim("foo_values", Kind::Function, "A") == "foo_values_");
  CHECK(t.claim("to_string", Kind::Variable) == "to_string__");
}

TEST_CASE("cpp header: hostile text stays in its comment or string", "[cpp]") {
  const std::string h = header_for_file("tests/generate/hostile_text.yaml");
  CHECK(!contains(h, "\r"));
  CHECK(!contains(h, "\xe2\x80\xa8"));
  CHECK(!contains(h, "\xe2\x80\xa9"));
  CHECK(!contains(h, std::string(1, '\0')));
  for (const std::string& line : lines_of(h)) {
    INFO(line);
    const std::string t = trim(line);
    CHECK((t.empty() || t.back() != '\\'));  // no line splice anywhere
    bool comment = t.rfind("//", 0) == 0;
    if (comment) {
      CHECK(!contains(t, "?\?/"));
      CHECK(!contains(t, "*/"));
    }
    // User text that looks like code only ever appears inside a comment.
    for (const char* code : {"#define first", "#endif\n", "alert(1)", "${x}"})
      if (contains(t, code) && !contains(t, "\"")) CHECK(comment);
  }
  // String attributes as C++ literals: quotes, backslashes and trigraphs
  // escaped, non-ASCII as octal escapes.
  CHECK(contains(h, "\"He said \\\"hi\\\" \\\\ */ <script>alert(1)</script> | pipe | `tick`\""));
  CHECK(contains(h, "\"${injected} {{mustache}} \\?\\? \\?\\?/ \\?\\?= \\\\u0041 \\\\x41 %s %n\""));
  CHECK(contains(h, "\"Trailing backslash \\\\\""));
  CHECK(contains(h, "\\342\\200\\251 paragraph"));
  // The description's `#define first 1` line is a comment.
  CHECK(contains(h, "  /// #define first 1\n"));
  CHECK(contains(h, "/// Machine *\\/ with \"quotes\", a trailing backslash <U+005C>\n"));
  CHECK(contains(h, "/// ?\\?/ trigraph\n"));
}

TEST_CASE("cpp header: a NUL in a string attribute keeps its length", "[cpp]") {
  const std::string h = header_for("nul.yaml", R"(statusc: 1
package: nul.text
machines:
  M:
    attributes:
      label:
        type: string
    states:
      a:
        label: "x\0y"
)");
  CHECK(contains(h, "::std::string_view(\"x\\000y\", 3)"));
}

TEST_CASE("cpp header: deterministic, one enum per machine, the names of the API", "[cpp]") {
  const std::string a = header_for_file("spec/chat_session.yaml");
  CHECK(a == header_for_file("spec/chat_session.yaml"));
  CHECK(a.rfind("// Generated by statusc from spec/chat_session.yaml. Do not edit.\n", 0) == 0);
  CHECK(contains(a, "\n#pragma once\n"));
  CHECK(contains(a, "namespace chat::session {"));
  CHECK(contains(a, "enum class SessionStatus : ::std::int32_t {"));
  CHECK(contains(a, "  WaitingForTool = 7,\n"));
  CHECK(contains(a, "enum class SessionStatusEvent : ::std::int32_t {"));
  for (const char* api :
       {"constexpr ::std::string_view to_string(SessionStatus state) noexcept",
        "constexpr ::statusc::v6::maybe<SessionStatus> parse_session_status(::std::string_view name) noexcept",
        "constexpr ::std::int32_t to_number(SessionStatus state) noexcept",
        "constexpr ::statusc::v6::maybe<SessionStatus> session_status_from_number(::std::int32_t number) noexcept",
        "inline constexpr ::std::array<SessionStatus, 17> session_status_values",
        "inline constexpr ::std::size_t session_status_count = 17;",
        "constexpr bool is_terminal(SessionStatus state) noexcept", "constexpr bool can_send(SessionStatus state) noexcept",
        "constexpr bool is_initial(SessionStatus state) noexcept",
        "constexpr bool can_transition(SessionStatus from, SessionStatus to) noexcept",
        "constexpr ::statusc::v6::const_span<SessionStatus> successors(SessionStatus state) noexcept",
        "constexpr ::statusc::v6::maybe<SessionStatus> next(SessionStatus state, SessionStatusEvent event) noexcept",
        "constexpr ::statusc::v6::maybe<SessionStatusEvent> parse_session_status_event(::std::string_view name) noexcept",
        "constexpr ::statusc::v6::maybe<SessionStatus> migrate_session_status(::std::string_view name) noexcept",
        "constexpr ::statusc::v6::maybe<SessionStatus> migrate_session_status_number(::std::int32_t number) noexcept",
        "struct machine_traits<::chat::session::SessionStatus> {",
        "static_assert(statusc_detail::session_status::invariant_1(), "}) {
    INFO(api);
    CHECK(contains(a, api));
  }
  // No allocation and no exceptions: the code uses nothing that could
  // allocate or throw.
  std::string code;
  for (const std::string& line : lines_of(a))
    if (trim(line).rfind("//", 0) != 0) code += line + "\n";
  for (const char* banned : {"std::string ", "std::vector", "std::map", "new ", "throw", "std::function", "#include <string>", "#include <vector>"}) {
    INFO(banned);
    CHECK(!contains(code, banned));
  }
}

TEST_CASE("cpp layout split: the header declares, the .cpp defines and checks", "[cpp]") {
  const std::string path = "tests/compile/cpp/split/cpp_split.yaml";
  std::vector<OutputFile> out = cpp_files_for(path, test::read_file(test::source_path(path)));
  REQUIRE(out.size() == 2);
  CHECK(out[0].path == "stem.h");
  CHECK(out[1].path == "stem.cpp");
  const std::string& h = out[0].bytes;
  const std::string& c = out[1].bytes;
  CHECK(contains(h, "::statusc::v6::maybe<SessionStatus> parse_session_status(::std::string_view name) noexcept;"));
  // Views, not std::arrays: no class template instantiated per machine.
  CHECK(contains(h, "extern const ::statusc::v6::const_span<SessionStatus> session_status_values;"));
  CHECK(contains(h, "static constexpr const ::statusc::v6::const_span<type>& values = "));
  CHECK(contains(h, "static const ::statusc::v6::const_span<bool (*)(type) noexcept> predicates;"));
  CHECK(!contains(h, "::std::array<SessionStatus"));
  CHECK(contains(h, "constexpr ::std::int32_t to_number(SessionStatus state) noexcept {"));
  CHECK(contains(h, "  static ::statusc::v6::maybe<type> parse(::std::string_view text) noexcept;"));
  for (const char* only_in_source : {"kByName", "static_assert", "string_table", "constexpr bool is_terminal"}) {
    INFO(only_in_source);
    CHECK(!contains(h, only_in_source));
  }
  CHECK(c.rfind("//", 0) == 0);
  CHECK(contains(c, "#include \"stem.h\""));
  CHECK(contains(c, "::statusc::v6::maybe<SessionStatus> parse_session_status(::std::string_view name) noexcept {"));
  CHECK(contains(c, "constexpr ::std::array<SessionStatus, 4> kValues = {{"));
  CHECK(contains(c, "constexpr ::statusc::v6::const_span<SessionStatus> session_status_values{"));
  CHECK(contains(c, "static_assert(statusc_detail::session_status::invariant_3(), "));
  CHECK(contains(c, "machine_traits<::acme::split_sessions::SessionStatus>::parse(::std::string_view text) noexcept {"));
  CHECK(!contains(c, "enum class"));
  CHECK(!contains(c, "constexpr bool is_terminal"));
}

TEST_CASE("cpp header: invariants become static_asserts over every state", "[cpp]") {
  // The checks read the tables by state index, so they compile where the
  // tables are: in the header, or in the .cpp of the split layout.
  const std::string a = header_for_file("tests/valid/spec_format_example.yaml");
  CHECK(contains(a, "for (::std::size_t i = 0; i < kCount; ++i) {\n"
                    "    if (!(!::statusc::v6::detail::bit(kAttr2, i) || ::statusc::v6::detail::bit(kAttr0, i))) "
                    "return false;"));
  CHECK(contains(a, "((static_cast<int>(::statusc::v6::detail::bit(kAttr1, i)) + "
                    "static_cast<int>(::statusc::v6::detail::bit(kAttr0, i))) == 1)"));
  CHECK(contains(a, "static_assert(statusc_detail::session_status::invariant_2(), \"statusc: invariant #2 "
                    "(exactly_one(active, terminal)) does not hold"));
  const std::string o = header_for_file("spec/orchestrator_session.yaml");
  CHECK(contains(o, "(::statusc::v6::detail::bit(kAttr0, i) == ((::statusc::v6::detail::entry(kAttr2, i) == "
                    "::orchestrator::session::SessionStatusPhase::Finished) || (::statusc::v6::detail::entry(kAttr2, i) "
                    "== ::orchestrator::session::SessionStatusPhase::Interrupted)))"));
}

TEST_CASE("cpp header: reserved words, macros and generated names", "[cpp]") {
  const std::string r = header_for_file("tests/generate/reserved_names.yaml");
  for (const char* decl : {"constexpr KeywordClass class_(Keyword state) noexcept",
                           "constexpr ::std::string_view assert_(Keyword state) noexcept",
                           "constexpr bool is_default(Keyword state) noexcept", "  Linux = 4,\n", "  Unix = 5,\n",
                           "  Errno = 2,\n", "  ToString = 7,\n", "constexpr ::statusc::v6::maybe<Macro> parse_macro("}) {
    INFO(decl);
    CHECK(contains(r, decl));
  }
  // Macro has transitions but no events: no next() and no events enum.
  CHECK(!contains(r, "MacroEvent"));
  const std::string v = header_for_file("tests/valid/vocabulary_empty_transitions.yaml");
  CHECK(!contains(v, "bool can_transition("));
  CHECK(!contains(v, "successors(JobStatus"));
  CHECK(contains(v, "static constexpr bool has_transitions = false;"));
}

TEST_CASE("cpp header: 1000 states use two-level tables, multi-word bit sets and searched successors", "[cpp]") {
  std::string yaml = "statusc: 1\npackage: big.one\nmachines:\n  Big:\n    initial: s0\n    attributes:\n"
                     "      odd:\n        type: bool\n        default: false\n    states:\n";
  for (int i = 0; i < 1000; ++i)
    yaml += "      s" + std::to_string(i) + ": {number: " + std::to_string(1 + 3 * i) +
            (i % 2 ? ", odd: true" : "") + (i == 999 ? ", terminal: true" : "") + "}\n";
  yaml += "    transitions:\n";
  for (int i = 0; i < 999; ++i)
    yaml += "      - {from: s" + std::to_string(i) + ", to: s" + std::to_string(i + 1) + ", on: step}\n";
  const std::string h = header_for("big.yaml", yaml);
  CHECK(contains(h, "::statusc::v6::string_table<::std::uint16_t, 1000, 2048, 256> kByName"));
  CHECK(contains(h, "inline constexpr ::std::uint64_t kAttr1[16]"));
  CHECK(contains(h, "kIndexByNumber"));  // numbers 1, 4, 7, ...: a table by number
  // No 1001 x 16-word transition matrix: can_transition searches the
  // successors' indices (one per transition).
  CHECK(!contains(h, "kEdges"));
  CHECK(contains(h, "inline constexpr ::std::uint16_t kSuccessorIndex[999]"));
}

TEST_CASE("cpp header: a bit matrix up to 256 states, a search beyond", "[cpp]") {
  for (int count : {256, 257}) {
    std::string yaml = "statusc: 1\npackage: edge.one\nmachines:\n  Edge:\n    initial: s0\n    states:\n";
    for (int i = 0; i < count; ++i) yaml += "      s" + std::to_string(i) + (i + 1 == count ? ": {terminal: true}\n" : ": {}\n");
    yaml += "    transitions:\n";
    for (int i = 0; i + 1 < count; ++i)
      yaml += "      - {from: s" + std::to_string(i) + ", to: s" + std::to_string(i + 1) + "}\n";
    const std::string h = header_for("edge.yaml", yaml);
    INFO(count << " states");
    CHECK(contains(h, "kEdges") == (count <= 256));
    CHECK(contains(h, "kSuccessorIndex") == (count > 256));
  }
}
