// statusc_vectors_expect [--all-wrong] VECTORS_DIR EXPECT.json...
//
// The vectors come from the same checked model as the emitters, so a bug in
// reading a spec would pass every driver. This checks the vectors of a few
// specs against facts read off their YAML by hand (tests/conformance/expect/,
// format in docs/conformance.md, "Hand-written facts"), so the model has one
// independent reader. The vectors of `dir/x.yaml` are VECTORS_DIR/dir/x.json
// (written by conformance.vectors).
//
// Prints "<expect file>: N facts, M failed" per file; exits 0 when every fact
// holds. With --all-wrong every fact must FAIL instead (the files under
// expect/wrong/ state only false facts): a checker that checks nothing
// cannot pass that.

#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using Json = nlohmann::json;

Json read_json(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  return Json::parse(in);
}

// The entry of `list` whose `key` is `value`, or nullptr.
const Json* find(const Json& list, const char* key, const Json& value) {
  for (const Json& item : list)
    if (item.at(key) == value) return &item;
  return nullptr;
}

bool contains(const Json& list, const Json& value) {
  for (const Json& item : list)
    if (item == value) return true;
  return false;
}

class Checker {
 public:
  explicit Checker(bool all_wrong) : all_wrong_(all_wrong) {}

  int facts = 0, failed = 0;

  // One fact: `holds` is evaluated; a missing state, event or key counts as
  // the fact not holding.
  void fact(const std::string& what, const std::function<bool()>& holds) {
    ++facts;
    bool ok = false;
    try {
      ok = holds();
    } catch (const std::exception&) {
      ok = false;
    }
    if (ok == !all_wrong_) return;
    ++failed;
    std::fprintf(stderr, "  %s %s\n", what.c_str(), all_wrong_ ? "holds, but is listed as wrong" : "does not hold");
  }

  void machine(const std::string& name, const Json& m, const Json& v);

 private:
  bool all_wrong_;
};

const Json& state_of(const Json& v, const std::string& name) {
  const Json* s = find(v.at("states"), "name", name);
  if (!s) throw std::runtime_error("no state " + name);
  return *s;
}

// Whether can_transition(from, to) is true in the vectors.
bool can_transition(const Json& v, const std::string& from, const std::string& to) {
  const Json& states = v.at("states");
  const std::string bits = state_of(v, from).at("can_transition_to").get<std::string>();
  for (std::size_t j = 0; j < states.size(); ++j)
    if (states[j].at("name") == to) return bits.at(j) == '1';
  throw std::runtime_error("no state " + to);
}

// The names of the states whose `flag` is true, in state order.
Json flagged(const Json& v, const char* flag) {
  Json out = Json::array();
  for (const Json& s : v.at("states"))
    if (s.at(flag).get<bool>()) out.push_back(s.at("name"));
  return out;
}

// `text` -> the entry's `field` in `list` (by `key`), or null when absent.
Json lookup(const Json& list, const char* key, const Json& text, const char* field) {
  const Json* found = find(list, key, text);
  return found ? found->at(field) : Json();
}

void Checker::machine(const std::string& name, const Json& m, const Json& v) {
  const std::string at = name + ": ";
  for (const auto& [key, value] : m.items()) {
    if (key == "states") {
      fact(at + "states are " + value.dump(), [&] {
        Json names = Json::array();
        for (const Json& s : v.at("states")) names.push_back(s.at("name"));
        return names == value;
      });
    } else if (key == "has_transitions") {
      fact(at + "has_transitions is " + value.dump(), [&] { return v.at("has_transitions") == value; });
    } else if (key == "initial" || key == "terminal") {
      fact(at + key + " states are " + value.dump(), [&, k = key] { return flagged(v, k.c_str()) == value; });
    } else if (key == "numbers" || key == "proto_names") {
      const char* field = key == "numbers" ? "number" : "proto_name";
      for (const auto& [state, expected] : value.items())
        fact(at + state + " has " + field + " " + expected.dump(),
             [&, s = state] { return state_of(v, s).at(field) == expected; });
    } else if (key == "attributes") {
      for (const auto& [state, attrs] : value.items())
        for (const auto& [attr, expected] : attrs.items())
          fact(at + state + "." + attr + " is " + expected.dump(),
               [&, s = state, a = attr] { return state_of(v, s).at("attributes").at(a) == expected; });
    } else if (key == "transitions" || key == "no_transitions") {
      const bool allowed = key == "transitions";
      for (const Json& pair : value)
        fact(at + "can_transition(" + pair.at(0).get<std::string>() + ", " + pair.at(1).get<std::string>() + ") is " +
                 (allowed ? "true" : "false"),
             [&] { return can_transition(v, pair.at(0), pair.at(1)) == allowed; });
    } else if (key == "next") {
      for (const Json& t : value)
        fact(at + "next(" + t.at(0).get<std::string>() + ", " + t.at(1).get<std::string>() + ") is " + t.at(2).dump(),
             [&] {
               return contains(v.at("events"), t.at(1)) &&
                      state_of(v, t.at(0)).at("next").at(t.at(1).get<std::string>()) == t.at(2);
             });
    } else if (key == "parses") {
      // A text parses to a state (as an earlier name when it is not the
      // state's own), or null: the state parse refuses it.
      for (const auto& [text, expected] : value.items())
        fact(at + "parse('" + text + "') is " + expected.dump(), [&, t = text] {
          const Json* p = find(v.at("parses"), "text", t);
          if (expected.is_null()) return p == nullptr;
          return p && p->at("state") == expected && p->at("earlier").get<bool>() == (t != expected.get<std::string>());
        });
    } else if (key == "proto_parses" || key == "migrate_names") {
      for (const auto& [text, expected] : value.items())
        fact(at + key + "['" + text + "'] is " + expected.dump(),
             [&, k = key, t = text] { return lookup(v.at(k), "text", t, "state") == expected; });
    } else if (key == "migrate_numbers") {
      for (const auto& [number, expected] : value.items())
        fact(at + "migrate_number(" + number + ") is " + expected.dump(),
             [&, n = number] { return lookup(v.at("migrate_numbers"), "number", std::stoll(n), "state") == expected; });
    } else if (key == "near_misses" || key == "unknown_numbers") {
      for (const Json& item : value)
        fact(at + item.dump() + " is in " + key, [&, k = key] { return contains(v.at(k), item); });
    } else {
      throw std::runtime_error("unknown key '" + key + "' for machine " + name);
    }
  }
}

// Checks one expect file; prints its line and returns whether it passed.
bool check_file(const std::string& vectors_dir, const std::string& path, bool all_wrong) {
  Checker c(all_wrong);
  bool ok = true;
  try {
    const Json expect = read_json(path);
    const std::string spec = expect.at("spec").get<std::string>();
    const std::string stem = spec.substr(0, spec.rfind(".yaml"));
    const Json vectors = read_json(vectors_dir + "/" + stem + ".json");
    if (vectors.at("spec") != spec) throw std::runtime_error("the vectors are of " + vectors.at("spec").dump());
    for (const auto& [key, value] : expect.items())
      if (key != "spec" && key != "machines" && key != "why") throw std::runtime_error("unknown key '" + key + "'");
    for (const auto& [name, m] : expect.at("machines").items()) {
      const Json* v = find(vectors.at("machines"), "name", name);
      if (!v) throw std::runtime_error("the vectors have no machine " + name);
      c.machine(name, m, *v);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "  %s\n", e.what());
    ok = false;
  }
  ok = ok && c.facts > 0 && c.failed == 0;
  std::printf(all_wrong ? "%s: %d facts, %d hold (every one must fail)\n" : "%s: %d facts, %d failed\n",
              path.c_str(), c.facts, c.failed);
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  const bool all_wrong = !args.empty() && args[0] == "--all-wrong";
  if (all_wrong) args.erase(args.begin());
  if (args.size() < 2) {
    std::fprintf(stderr, "usage: statusc_vectors_expect [--all-wrong] VECTORS_DIR EXPECT.json...\n");
    return 2;
  }
  bool ok = true;
  for (std::size_t i = 1; i < args.size(); ++i) ok = check_file(args[0], args[i], all_wrong) && ok;
  return ok ? 0 : 1;
}
