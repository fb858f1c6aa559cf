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

namespace {

// A one-machine spec around `states` (and `removed`, `transitions`), for
// the small comparisons below. Proto is on, so reserved names matter.
std::string job_spec(const std::string& states, const std::string& removed = "",
                     const std::string& transitions = "") {
  std::string text = "statusc: 1\npackage: acme.jobs\nmachines:\n  Job:\n    states:\n" + states;
  if (!transitions.empty()) text += "    initial: queued\n    transitions:\n" + transitions;
  if (!removed.empty()) text += "    removed:\n" + removed;
  return text;
}

std::vector<compat::Change> diff_texts(const std::string& before, const std::string& after) {
  static std::vector<test::Compiled> keep;  // the changes point into both files
  keep.push_back(test::compile_valid("old.yaml", before));
  keep.push_back(test::compile_valid("new.yaml", after));
  return compat::compare(*keep[keep.size() - 2].spec, *keep.back().spec);
}

std::vector<std::string> codes_of(const std::vector<compat::Change>& changes) {
  std::vector<std::string> out;
  for (const compat::Change& c : changes) out.emplace_back(compat::change_info(c.kind).code);
  return out;
}

using Codes = std::vector<std::string>;

}  // namespace

TEST_CASE("diff: earlier names are read with the new spec", "[diff]") {
  const std::string base = "      queued: {number: 1}\n      in_progress: {number: 2, renamed_from: running}\n";
  SECTION("kept: nothing to say") { CHECK(diff_texts(job_spec(base), job_spec(base)).empty()); }
  SECTION("dropped: a warning naming what stops reading") {
    auto changes = diff_texts(job_spec(base), job_spec("      queued: {number: 1}\n      in_progress: {number: 2}\n"));
    CHECK(codes_of(changes) == Codes{"earlier-name-dropped"});
    CHECK(has(changes, compat::ChangeKind::EarlierNameDropped, "stored 'running' strings no longer read as 'in_progress'"));
    CHECK(changes[0].help.find("no longer reserves JOB_RUNNING") != std::string::npos);
  }
  SECTION("a respelling dropped reserves no protobuf name") {
    auto changes = diff_texts(job_spec("      queued: {number: 1}\n      IN_PROGRESS: {number: 2, renamed_from: in_progress}\n"),
                              job_spec("      queued: {number: 1}\n      IN_PROGRESS: {number: 2}\n"));
    CHECK(codes_of(changes) == Codes{"earlier-name-dropped"});
    CHECK(changes[0].help.find("reserves") == std::string::npos);
  }
  SECTION("renamed again, every earlier name kept") {
    auto changes = diff_texts(job_spec(base),
                              job_spec("      queued: {number: 1}\n      started: {number: 2, renamed_from: [in_progress, running]}\n"));
    CHECK(codes_of(changes) == Codes{"state-renamed"});
  }
  SECTION("renamed back to the earlier name") {
    auto changes = diff_texts(job_spec(base),
                              job_spec("      queued: {number: 1}\n      running: {number: 2, renamed_from: in_progress}\n"));
    CHECK(codes_of(changes) == Codes{"state-renamed"});
  }
  SECTION("an earlier name moved to another state is reused") {
    auto changes = diff_texts(job_spec(base),
                              job_spec("      queued: {number: 1, renamed_from: running}\n      in_progress: {number: 2}\n"));
    CHECK(codes_of(changes) == Codes{"name-reused"});
    CHECK(has(changes, compat::ChangeKind::NameReused, "'running' now reads as state 'queued' (number 1, as an earlier name)"));
  }
  SECTION("a new state with the earlier name: one error, not a note") {
    auto changes = diff_texts(job_spec(base),
                              job_spec("      queued: {number: 1}\n      in_progress: {number: 2}\n      running: {number: 4}\n"));
    CHECK(codes_of(changes) == Codes{"name-reused"});
  }
  SECTION("a state whose name becomes another state's earlier name: one error") {
    auto changes = diff_texts(job_spec("      queued: {number: 1}\n      in_progress: {number: 2}\n      running: {number: 4}\n"),
                              job_spec(base));
    CHECK(codes_of(changes) == Codes{"name-reused"});
    CHECK(changes[0].help.find("keep 'running: {number: 4}' under 'removed:'") != std::string::npos);
  }
  SECTION("retired with the earlier name on the replacement instead: still read the same") {
    auto changes = diff_texts(job_spec(base), job_spec("      queued: {number: 1, renamed_from: running}\n",
                                                       "      in_progress: {number: 2, replaced_by: queued}\n"));
    CHECK(codes_of(changes) == Codes{"state-retired"});
  }
  SECTION("retired through an earlier name of the removed entry") {
    auto changes = diff_texts(job_spec("      queued: {number: 1}\n      IN_PROGRESS: {number: 2}\n"),
                              job_spec("      queued: {number: 1}\n",
                                       "      in_progress: {number: 2, replaced_by: queued, renamed_from: IN_PROGRESS}\n"));
    CHECK(codes_of(changes) == Codes{"state-retired"});
    CHECK(has(changes, compat::ChangeKind::StateRetired, "'IN_PROGRESS' of 'Job' was removed (as 'in_progress')"));
  }
}

TEST_CASE("diff: removed entries' earlier names and names", "[diff]") {
  const std::string states = "      queued: {number: 1}\n      running: {number: 2}\n";
  const std::string paused = "      paused: {number: 3, replaced_by: running, renamed_from: halted}\n";
  SECTION("kept") { CHECK(diff_texts(job_spec(states, paused), job_spec(states, paused)).empty()); }
  SECTION("dropped") {
    auto changes = diff_texts(job_spec(states, paused), job_spec(states, "      paused: {number: 3, replaced_by: running}\n"));
    CHECK(codes_of(changes) == Codes{"earlier-name-dropped"});
    CHECK(has(changes, compat::ChangeKind::EarlierNameDropped,
              "earlier name 'halted' of removed state 'paused' of 'Job' was dropped: stored 'halted' strings no longer "
              "migrate to 'running'"));
  }
  SECTION("the entry renamed, the old name kept as its earlier name") {
    auto changes = diff_texts(job_spec(states, paused),
                              job_spec(states, "      suspended: {number: 3, replaced_by: running, renamed_from: [paused, halted]}\n"));
    CHECK(changes.empty());
  }
  SECTION("the earlier name reused by a new state") {
    auto changes = diff_texts(job_spec(states, paused),
                              job_spec(states + "      halted: {number: 4}\n", "      paused: {number: 3, replaced_by: running}\n"));
    CHECK(codes_of(changes) == Codes{"name-reused"});
  }
  SECTION("replaced_by follows a rename of the replacement") {
    auto changes = diff_texts(job_spec(states, "      paused: {number: 3, replaced_by: running}\n"),
                              job_spec("      queued: {number: 1}\n      in_progress: {number: 2, renamed_from: running}\n",
                                       "      paused: {number: 3, replaced_by: in_progress}\n"));
    CHECK(codes_of(changes) == Codes{"state-renamed"});
  }
  SECTION("a real change of replacement is still reported") {
    auto changes = diff_texts(job_spec(states, "      paused: {number: 3, replaced_by: running}\n"),
                              job_spec(states, "      paused: {number: 3, replaced_by: queued}\n"));
    CHECK(codes_of(changes) == Codes{"replacement-changed"});
  }
}

TEST_CASE("diff: reusing a name is one error whatever kept it, and a state comes back with a warning", "[diff]") {
  const std::string states = "      queued: {number: 1}\n      running: {number: 2}\n";
  // An earlier name and a removed name, each taken by a new state.
  auto earlier = diff_texts(job_spec("      queued: {number: 1}\n      running: {number: 2, renamed_from: paused}\n"),
                            job_spec(states + "      paused: {number: 5}\n"));
  auto removed = diff_texts(job_spec(states, "      paused: {number: 3, replaced_by: running}\n"),
                            job_spec(states + "      paused: {number: 5}\n"));
  CHECK(codes_of(earlier) == Codes{"name-reused"});
  CHECK(codes_of(removed) == Codes{"name-reused"});
  CHECK(compat::change_info(compat::ChangeKind::NameReused).severity == Severity::Error);
  // With its own number, the removed state is back: a warning, both ways.
  auto back = diff_texts(job_spec(states, "      paused: {number: 3, replaced_by: running}\n"),
                         job_spec(states + "      paused: {number: 3}\n"));
  CHECK(codes_of(back) == Codes{"state-restored"});
  CHECK(has(back, compat::ChangeKind::StateRestored, "is a state again, with its reserved number 3"));
  auto retired = diff_texts(job_spec(states + "      paused: {number: 3}\n"),
                            job_spec(states, "      paused: {number: 3, replaced_by: running}\n"));
  CHECK(codes_of(retired) == Codes{"state-retired"});
}

TEST_CASE("diff: losing an enum is an error, other attributes stay warnings", "[diff]") {
  auto spec = [](const std::string& attributes) {
    return "statusc: 1\npackage: acme.jobs\nmachines:\n  Job:\n    attributes:\n" + attributes +
           "    states:\n      queued: {}\n";
  };
  const std::string tone = "      tone: {type: enum, values: [a, b], default: a}\n";
  const std::string flag = "      flag: {type: bool, default: false}\n";
  CHECK(codes_of(diff_texts(spec(tone + flag), spec(flag))) == Codes{"enum-attribute-lost"});
  CHECK(codes_of(diff_texts(spec(tone + flag), spec(tone))) == Codes{"attribute-removed"});
  for (const char* type : {"string", "bool", "int"}) {
    DYNAMIC_SECTION("enum to " << type) {
      const std::string value = type == std::string("string") ? "x" : type == std::string("bool") ? "false" : "0";
      std::string other = std::string("      tone: {type: ") + type + ", default: " + value + "}\n";
      CHECK(codes_of(diff_texts(spec(tone + flag), spec(other + flag))) == Codes{"enum-attribute-lost"});
      CHECK(codes_of(diff_texts(spec(other + flag), spec(tone + flag))) == Codes{"attribute-type-changed"});
    }
  }
}

TEST_CASE("diff: targets and protobuf file options", "[diff]") {
  auto spec = [](const std::string& targets) {
    return "statusc: 1\npackage: acme.jobs\n" + targets + "machines:\n  Job:\n    states:\n      queued: {}\n";
  };
  CHECK(diff_texts(spec(""), spec("targets:\n  cpp: {enabled: true}\n")).empty());
  CHECK(diff_texts(spec("targets:\n  cpp: {enabled: false}\n"), spec("")).empty());  // turned on: not reported
  for (const char* target : {"cpp", "proto", "typescript", "markdown"}) {
    DYNAMIC_SECTION(target << " turned off") {
      auto changes = diff_texts(spec(""), spec(std::string("targets:\n  ") + target + ": {enabled: false}\n"));
      CHECK(codes_of(changes) == Codes{"target-disabled"});
      CHECK(changes[0].new_loc.line == 3);  // at `false`
    }
  }
  const std::string go = "targets:\n  proto:\n    options: {go_package: a/b, java_multiple_files: true}\n";
  CHECK(diff_texts(spec(go), spec("targets:\n  proto:\n    options: {java_multiple_files: true, go_package: a/b}\n"))
            .empty());  // order is not a change
  auto changed = diff_texts(spec(go), spec("targets:\n  proto:\n    options: {go_package: a/c, java_multiple_files: true}\n"));
  CHECK(codes_of(changed) == Codes{"proto-option-changed"});
  CHECK(changed[0].help.find("FILE_SAME_GO_PACKAGE") != std::string::npos);
  CHECK(codes_of(diff_texts(spec(go), spec(""))) == Codes{"proto-option-changed", "proto-option-changed"});
  // With the proto target off on either side, options are not compared.
  CHECK(codes_of(diff_texts(spec(go), spec("targets:\n  proto: {enabled: false}\n"))) == Codes{"target-disabled"});
}

TEST_CASE("diff: package-changed says what moves", "[diff]") {
  auto spec = [](const std::string& package, const std::string& targets) {
    return "statusc: 1\npackage: " + package + "\n" + targets + "machines:\n  Job:\n    states:\n      queued: {}\n";
  };
  auto help = [&](const std::string& targets) {
    auto changes = diff_texts(spec("acme.jobs", targets), spec("acme.batch", targets));
    for (const compat::Change& c : changes)
      if (c.kind == compat::ChangeKind::PackageChanged) return c.help;
    return std::string("(none)");
  };
  CHECK(help("") ==
        "what moves: the C++ namespace (acme::jobs to acme::batch), the protobuf package and the .proto file's path "
        "(proto-package-changed) and the title of the Markdown reference; C++ code that names the generated types "
        "must follow");
  CHECK(help("targets:\n  cpp: {namespace: acme::jobs}\n  proto: {package: acme.jobs.v1}\n") ==
        "what moves: the title of the Markdown reference; the C++ namespace (set by 'targets.cpp.namespace') and the "
        "protobuf package (set by 'targets.proto.package') stay; no generated code changes");
  CHECK(help("targets:\n  cpp: {namespace: acme::jobs}\n  proto: {package: acme.jobs.v1}\n  markdown: {enabled: false}\n") ==
        "no generated name or path follows the package here; the C++ namespace (set by 'targets.cpp.namespace') and "
        "the protobuf package (set by 'targets.proto.package') stay");
}

TEST_CASE("diff: a removed entry's renamed_from follows the rules of a state's", "[diff][check]") {
  auto check = [](const std::string& removed) {
    return test::check_text("m.yaml", job_spec("      queued: {number: 1, renamed_from: waiting}\n      running: {number: 2}\n",
                                               removed));
  };
  CHECK(check("      paused: {number: 3, renamed_from: [halted, PAUSED]}\n").find("error") == std::string::npos);
  CHECK(check("      paused: {number: 3, renamed_from: 2bad}\n").find("error[invalid-name]: earlier name '2bad'") !=
        std::string::npos);
  CHECK(check("      paused: {number: 3, renamed_from: paused}\n")
            .find("error[duplicate-name]: removed state 'paused' cannot be renamed from its own name") != std::string::npos);
  CHECK(check("      paused: {number: 3, renamed_from: Running}\n")
            .find("error[duplicate-name]: removed state 'paused' cannot be renamed from 'Running': 'Running' is current "
                  "state 'running' in another spelling") != std::string::npos);
  CHECK(check("      paused: {number: 3, renamed_from: lost}\n      lost: {number: 4}\n")
            .find("error[duplicate-name]: removed state 'paused' cannot be renamed from 'lost': 'lost' is a removed "
                  "state") != std::string::npos);
  CHECK(check("      paused: {number: 3, renamed_from: waiting}\n")
            .find("error[duplicate-name]: 'waiting' is already an earlier name of state 'queued'") != std::string::npos);
  CHECK(check("      paused: {number: 3, renamed_from: halted}\n      lost: {number: 4, renamed_from: halted}\n")
            .find("error[duplicate-name]: 'halted' is already an earlier name of removed state 'paused'") !=
        std::string::npos);
  CHECK(check("      paused: {number: 3, renamed_from: []}\n").find("error[empty-collection]") != std::string::npos);
  CHECK(check("      paused: {number: 3, renamed_frm: x}\n").find("did you mean 'renamed_from'") != std::string::npos);
}

TEST_CASE("diff: a removed entry's earlier names reach every target", "[diff][generated]") {
  // The case's new side: in_progress removed (number 2, to queued) with its
  // earlier name running; cancelled removed (number 5, to failed).
  const std::string spec = test::source_path("tests/diff/state_retired_keeps_earlier_names/new.yaml");
  const std::string dir = (std::filesystem::temp_directory_path() / "statusc_diff_removed_earlier").string();
  std::filesystem::remove_all(dir);
  std::string out;
  REQUIRE(test::run(std::string("'") + STATUSC_BINARY + "' generate -q '" + spec + "' -o '" + dir + "'", out) == 0);
  // C++: migrate reads the earlier name, parse does not.
  test::write_file(dir + "/check.cpp",
                   "#include \"new.h\"\nusing acme::jobs::JobState;\n"
                   "static_assert(acme::jobs::migrate_job_state(\"running\") == JobState::Queued);\n"
                   "static_assert(acme::jobs::migrate_job_state(\"in_progress\") == JobState::Queued);\n"
                   "static_assert(acme::jobs::migrate_job_state(\"cancelled\") == JobState::Failed);\n"
                   "static_assert(!acme::jobs::migrate_job_state(\"runnin\"));\n"
                   "static_assert(!acme::jobs::parse_job_state(\"running\"));\n"
                   "static_assert(acme::jobs::migrate_job_state_number(2) == JobState::Queued);\n");
  INFO(out);
  CHECK(test::run("cd '" + dir + "' && ${CXX:-c++} -std=c++20 -fsyntax-only -I. check.cpp", out) == 0);
  // TypeScript: migrateJobState likewise; the type guard and fromProtoName do not.
  const std::string tsc = test::source_path("tools/node_modules/.bin/tsc");
  INFO("tsc is needed: npm ci --prefix tools");
  REQUIRE(std::filesystem::exists(tsc));
  REQUIRE(test::run("cd '" + dir + "' && '" + tsc + "' --strict --target es2022 --module commonjs --outDir js new.ts",
                    out) == 0);
  REQUIRE(test::run("cd '" + dir + "' && node -e 'const m = require(\"./js/new.js\"); console.log([m.migrateJobState(\"running\"), "
                    "m.migrateJobState(\"in_progress\"), m.migrateJobState(2), m.isJobState(\"running\"), "
                    "m.jobStateFromProtoName(\"JOB_STATE_RUNNING\")].join(\" \"))'",
                    out) == 0);
  CHECK(out == "queued queued queued false \n");
  // Protobuf reserves the earlier name; protoc accepts the file.
  std::string proto = test::read_file(dir + "/acme/jobs/v1/new.proto");
  CHECK(proto.find("  // Renamed: JOB_STATE_RUNNING was the name of removed JOB_STATE_IN_PROGRESS (2).\n"
                   "  reserved \"JOB_STATE_RUNNING\";\n") != std::string::npos);
#ifdef STATUSC_PROTOC
  std::string protoc = STATUSC_PROTOC;
#else
  std::string protoc;
#endif
  if (protoc.empty() || protoc.find("NOTFOUND") != std::string::npos) protoc = "protoc";
  CHECK(test::run("cd '" + dir + "' && '" + protoc + "' -I. --descriptor_set_out=/dev/null acme/jobs/v1/new.proto", out) == 0);
  // Markdown lists it under Migrations, right after its entry.
  std::string md = test::read_file(dir + "/new.md");
  CHECK(md.find("| `in_progress` | `JOB_STATE_IN_PROGRESS` | 2 | removed | `queued` |  |\n"
                "| `running` | `JOB_STATE_RUNNING` | 2 | removed (earlier name of `in_progress`) | `queued` |  |\n") !=
        std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("diff: statusc explain knows every change code, none of which is also a diagnostic code", "[diff]") {
  for (const compat::ChangeInfo& info : compat::all_changes()) {
    INFO(info.code);
    CHECK(!find_kind(info.code).has_value());
    CHECK(compat::find_change(info.code) == info.kind);
    std::string out;
    CHECK(test::run(std::string("'") + STATUSC_BINARY + "' explain " + std::string(info.code), out) == 0);
    const char* severity = info.severity == Severity::Error     ? "error: wire-breaking"
                           : info.severity == Severity::Warning ? "warning: behaviour changes"
                                                                : "note: safe";
    CHECK(out.find(std::string(info.code) + ": " + std::string(info.summary)) == 0);
    CHECK(out.find(severity) != std::string::npos);
    CHECK(out.find("docs/diff.md#" + std::string(info.code)) != std::string::npos);
  }
}
