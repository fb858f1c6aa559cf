// statusc diff: the corpus of spec pairs in tests/diff/CASE/{old,new}.yaml
// with golden output (expected.txt, and expected.json where present), the
// coverage of every change code, and properties over the specs in spec/.
// UPDATE_GOLDEN=1 rewrites the golden files (review the diff!).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "compat/compat.h"
#include "test_support.h"

using namespace statusc;

namespace {

bool updating() {
  const char* v = std::getenv("UPDATE_GOLDEN");
  return v != nullptr && std::string(v) == "1";
}

std::vector<std::string> cases() {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(test::source_path("tests/diff")))
    if (entry.is_directory()) out.push_back(entry.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

struct Diffed {
  test::Compiled before, after;
  std::vector<compat::Change> changes;
};

Diffed diff_case(const std::string& name) {
  const std::string dir = "tests/diff/" + name + "/";
  Diffed d;
  d.before = test::compile_valid(dir + "old.yaml", test::read_file(test::source_path(dir + "old.yaml")));
  d.after = test::compile_valid(dir + "new.yaml", test::read_file(test::source_path(dir + "new.yaml")));
  d.changes = compat::compare(*d.before.spec, *d.after.spec);
  return d;
}

std::string text_of(const std::vector<compat::Change>& changes) {
  std::ostringstream out;
  compat::render_text(out, changes, RenderOptions{false});
  compat::Summary s;
  s.add(changes);
  out << compat::summary_line(s) << "\n";
  return out.str();
}

void check_golden(const std::string& path, const std::string& actual) {
  if (updating()) test::write_file(test::source_path(path), actual);
  INFO("golden file: " << path << " (UPDATE_GOLDEN=1 rewrites it)");
  CHECK(actual == test::read_file(test::source_path(path)));
}

bool has(const std::vector<compat::Change>& changes, compat::ChangeKind kind, const std::string& in_message) {
  return std::any_of(changes.begin(), changes.end(), [&](const compat::Change& c) {
    return c.kind == kind && c.message.find(in_message) != std::string::npos;
  });
}

// `spec` with state `s` of machine `m` deleted outright: its edges go too,
// indices after it shift down. No `removed` entry is added.
Spec without_state(Spec spec, size_t m, int s) {
  Machine& machine = spec.machines[m];
  machine.states.erase(machine.states.begin() + s);
  auto shift = [s](int i) { return i > s ? i - 1 : i; };
  std::vector<Transition> kept;
  for (Transition t : machine.transitions) {
    if (t.from == s || t.to == s) continue;
    t.from = shift(t.from);
    t.to = shift(t.to);
    kept.push_back(t);
  }
  machine.transitions = std::move(kept);
  std::vector<int> initial;
  for (int i : machine.initial)
    if (i != s) initial.push_back(shift(i));
  machine.initial = std::move(initial);
  for (Removed& r : machine.removed) r.replaced_by = r.replaced_by == s ? -1 : shift(r.replaced_by);
  machine.state_index.rebuild(machine.states);
  return spec;
}

}  // namespace

TEST_CASE("every spec pair in tests/diff gives its golden diff", "[golden][diff]") {
  auto names = cases();
  REQUIRE(names.size() >= 30);
  for (const std::string& name : names) {
    DYNAMIC_SECTION(name) {
      Diffed d = diff_case(name);
      check_golden("tests/diff/" + name + "/expected.txt", text_of(d.changes));
      const std::string json = "tests/diff/" + name + "/expected.json";
      if (std::filesystem::exists(test::source_path(json))) {
        compat::Summary s;
        s.add(d.changes);
        check_golden(json, compat::to_json(d.changes, s));
      }
    }
  }
}

TEST_CASE("the diff corpus covers every change code", "[golden][diff]") {
  std::set<std::string> seen;
  std::regex code(R"((?:error|warning|note)\[([a-z0-9-]+)\])");
  for (const std::string& name : cases()) {
    std::string text = test::read_file(test::source_path("tests/diff/" + name + "/expected.txt"));
    for (std::sregex_iterator it(text.begin(), text.end(), code), end; it != end; ++it) seen.insert((*it)[1]);
  }
  for (const compat::ChangeInfo& info : compat::all_changes()) {
    INFO("no tests/diff/*/expected.txt shows [" << info.code << "]");
    CHECK(seen.count(std::string(info.code)) == 1);
  }
}

TEST_CASE("diff: seed 004, three states to two, reads as the team would hope", "[diff]") {
  Diffed d = diff_case("seed_004_paused_folded");
  // Nothing wire-breaking: paused keeps number 2 reserved and migrates.
  compat::Summary s;
  s.add(d.changes);
  CHECK(s.errors == 0);
  CHECK(has(d.changes, compat::ChangeKind::StateRetired, "'PAUSED'"));
  CHECK(has(d.changes, compat::ChangeKind::StateRetired, "migrate to 'IN_PROGRESS'"));
  // pause/resume went with it: code that names those events must change.
  CHECK(has(d.changes, compat::ChangeKind::EventRemoved, "'pause'"));
  CHECK(has(d.changes, compat::ChangeKind::EventRemoved, "'resume'"));
  CHECK(d.changes.size() == 3);
  // Each change points at both files.
  for (const compat::Change& c : d.changes) {
    CHECK(c.new_loc.file == d.after.file.get());
    CHECK(c.old_loc.file == d.before.file.get());
  }
}

TEST_CASE("diff: every spec in spec/ against itself reports nothing", "[diff]") {
  for (const std::string& path : test::list_files("spec", ".yaml")) {
    DYNAMIC_SECTION(path) {
      std::string text = test::read_file(test::source_path(path));
      test::Compiled a = test::compile_valid(path, text), b = test::compile_valid(path, text);
      CHECK(text_of(compat::compare(*a.spec, *b.spec)) == "No changes.\n");
    }
  }
}

TEST_CASE("diff: deleting any state of any spec in spec/ without a removed entry is an error", "[diff]") {
  for (const std::string& path : test::list_files("spec", ".yaml")) {
    test::Compiled c = test::compile_valid(path, test::read_file(test::source_path(path)));
    for (size_t m = 0; m < c.spec->machines.size(); ++m) {
      for (size_t s = 0; s < c.spec->machines[m].states.size(); ++s) {
        const std::string name = c.spec->machines[m].states[s].name;
        DYNAMIC_SECTION(path << ": " << c.spec->machines[m].name << "." << name) {
          Spec smaller = without_state(*c.spec, m, static_cast<int>(s));
          auto changes = compat::compare(*c.spec, smaller);
          CHECK(has(changes, compat::ChangeKind::StateRemoved, "state '" + name + "'"));
          compat::Summary summary;
          summary.add(changes);
          CHECK(summary.errors == 1);
          // The other way round, the state is simply added.
          auto back = compat::compare(smaller, *c.spec);
          CHECK(has(back, compat::ChangeKind::StateAdded, "state '" + name + "'"));
          compat::Summary added;
          added.add(back);
          CHECK(added.errors == 0);
        }
      }
    }
  }
}

TEST_CASE("docs/diff.md has a section per change code, in changes.def order, naming real cases", "[docs][diff]") {
  std::string doc = test::read_file(test::source_path("docs/diff.md"));
  size_t at = 0;
  for (const compat::ChangeInfo& info : compat::all_changes()) {
    const std::string heading = "\n### " + std::string(info.code) + "\n";
    size_t found = doc.find(heading);
    INFO("docs/diff.md section for " << info.code);
    REQUIRE(found != std::string::npos);
    CHECK(found > at);
    at = found;
    // The section opens with the code's severity.
    const char* severity = info.severity == Severity::Error ? "**Error.**"
                           : info.severity == Severity::Warning ? "**Warning.**" : "**Note.**";
    CHECK(doc.compare(found + heading.size() + 1, std::string(severity).size(), severity) == 0);
  }
  // Every corpus case a section names exists.
  std::regex named(R"(Cases?:\s+((?:`[a-z0-9_]+`(?:,\s+)?)+))");
  std::regex one("`([a-z0-9_]+)`");
  for (std::sregex_iterator it(doc.begin(), doc.end(), named), end; it != end; ++it) {
    std::string list = (*it)[1];
    for (std::sregex_iterator c(list.begin(), list.end(), one); c != end; ++c) {
      INFO("docs/diff.md names tests/diff/" << (*c)[1]);
      CHECK(std::filesystem::is_directory(test::source_path("tests/diff/" + std::string((*c)[1]))));
    }
  }
}

TEST_CASE("diff: any two valid specs compare without surprises, the same way every time", "[diff]") {
  std::vector<std::string> paths = test::list_files("spec", ".yaml");
  for (const std::string& p : test::list_files("tests/valid", ".yaml")) paths.push_back(p);
  for (const std::string& name : cases()) paths.push_back("tests/diff/" + name + "/new.yaml");
  std::vector<test::Compiled> specs;
  for (const std::string& p : paths) specs.push_back(test::compile_valid(p, test::read_file(test::source_path(p))));
  for (size_t i = 0; i < specs.size(); ++i) {
    for (size_t j = 0; j < specs.size(); ++j) {
      auto first = compat::compare(*specs[i].spec, *specs[j].spec);
      INFO(paths[i] << " -> " << paths[j]);
      CHECK(text_of(first) == text_of(compat::compare(*specs[i].spec, *specs[j].spec)));
      for (const compat::Change& c : first) {
        // Both sides located in their own file, on a real line.
        CHECK(c.new_loc.file == specs[j].file.get());
        CHECK(c.old_loc.file == specs[i].file.get());
        CHECK(c.new_loc.has_position());
        CHECK(c.old_loc.has_position());
        CHECK(!c.message.empty());
      }
      if (i == j) CHECK(first.empty());
    }
  }
}
