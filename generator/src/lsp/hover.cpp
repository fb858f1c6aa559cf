// Hover: what the checked model knows about the name under the cursor.
// Markdown; user text (descriptions) is shown as written, inside the
// editor's hover only.
#include <sstream>

#include "expr/expr.h"
#include "lsp/features.h"
#include "naming/naming.h"

namespace statusc::lsp {
namespace {

std::string code(const std::string& s) { return "`" + s + "`"; }

std::string value_text(const Attribute& a, const AttrValue& v) {
  switch (a.type) {
    case AttrType::Bool: return v.as_int != 0 ? "true" : "false";
    case AttrType::Int: return std::to_string(v.as_int);
    case AttrType::String: return "\"" + v.text + "\"";
    case AttrType::Enum:
      return v.as_int >= 0 && static_cast<size_t>(v.as_int) < a.values.size() ? a.values[static_cast<size_t>(v.as_int)] : "?";
  }
  return "?";
}

std::string default_text(const Attribute& a) {
  if (!a.has_default) return "none (every state must set it)";
  switch (a.type) {
    case AttrType::Bool: return code(a.default_int != 0 ? "true" : "false");
    case AttrType::Int: return code(std::to_string(a.default_int));
    case AttrType::String: return code("\"" + a.default_text + "\"");
    case AttrType::Enum:
      return a.default_int >= 0 && static_cast<size_t>(a.default_int) < a.values.size()
                 ? code(a.values[static_cast<size_t>(a.default_int)])
                 : "?";
  }
  return "?";
}

std::string edge_text(const Machine& m, const Transition& t) {
  std::string s = code(m.states[static_cast<size_t>(t.from)].name) + " → " + code(m.states[static_cast<size_t>(t.to)].name);
  if (t.event >= 0) s += " on " + code(m.events[static_cast<size_t>(t.event)].name);
  if (t.restore) s += " (restore)";
  return s;
}

void state_hover(std::ostringstream& out, const Machine& m, const State& s) {
  out << "**state** " << code(s.name) << " of " << code(m.name);
  if (s.number_known) out << " — number " << s.number;
  out << "\n\n";
  if (!s.description.empty()) out << s.description << "\n\n";
  out << "- wire name: " << code(s.name) << "; protobuf: " << code(naming::proto_value(m.proto_prefix, s.name)) << "\n";
  if (s.initial) out << "- initial state\n";
  if (!s.renamed_from.empty()) {
    out << "- earlier names:";
    for (const std::string& e : s.renamed_from) out << " " << code(e);
    out << "\n";
  }
  out << "\n| attribute | value |\n|---|---|\n";
  for (size_t i = 0; i < m.attributes.size() && i < s.values.size(); ++i)
    out << "| " << m.attributes[i].name << " | " << code(value_text(m.attributes[i], s.values[i]))
        << (s.values[i].set ? "" : " (default)") << " |\n";
  int index = m.find_state(s.name);
  std::string in, outgoing;
  for (const Transition& t : m.transitions) {
    if (t.to == index) in += "- " + edge_text(m, t) + "\n";
    if (t.from == index) outgoing += "- " + edge_text(m, t) + "\n";
  }
  if (m.has_transitions) {
    out << "\n**incoming**\n" << (in.empty() ? "- none\n" : in);
    out << "\n**outgoing**\n" << (outgoing.empty() ? "- none\n" : outgoing);
  }
}

void attribute_hover(std::ostringstream& out, const Machine& m, const Attribute& a) {
  out << "**attribute** " << code(a.name) << " of " << code(m.name) << ": " << code(attr_type_name(a.type));
  if (a.type == AttrType::Enum) {
    out << " (";
    for (size_t i = 0; i < a.values.size(); ++i) out << (i ? ", " : "") << a.values[i];
    out << ")";
  }
  out << "\n\n";
  if (!a.description.empty()) out << a.description << "\n\n";
  out << "- default: " << default_text(a) << "\n";
  if (!a.predicate.empty()) out << "- predicate: " << code(a.predicate) << "\n";
  int index = m.find_attribute(a.name);
  if (index < 0) return;
  out << "\n| state | value |\n|---|---|\n";
  for (const State& s : m.states)
    if (static_cast<size_t>(index) < s.values.size())
      out << "| " << s.name << " | " << code(value_text(a, s.values[static_cast<size_t>(index)]))
          << (s.values[static_cast<size_t>(index)].set ? "" : " (default)") << " |\n";
}

void event_hover(std::ostringstream& out, const Machine& m, const std::string& event) {
  out << "**event** " << code(event) << " of " << code(m.name) << "\n\n";
  for (const Transition& t : m.transitions)
    if (t.event >= 0 && m.events[static_cast<size_t>(t.event)].name == event) out << "- " << edge_text(m, t) << "\n";
}

void removed_hover(std::ostringstream& out, const Machine& m, const Removed& r) {
  out << "**removed state** " << code(r.name) << " of " << code(m.name);
  if (r.number_known) out << " — number " << r.number << " stays reserved";
  out << "\n\n";
  if (!r.description.empty()) out << r.description << "\n\n";
  if (r.replaced_by >= 0)
    out << "Stored values " << code(r.name) << " migrate to " << code(m.states[static_cast<size_t>(r.replaced_by)].name) << ".\n";
  else
    out << "Stored values " << code(r.name) << " have no replacement: they parse as an unknown state.\n";
}

void invariant_hover(std::ostringstream& out, const Machine& m, const Invariant& inv) {
  out << "**invariant** " << (inv.name.empty() ? "" : code(inv.name) + " ") << "of " << code(m.name) << ": "
      << code(expr::to_string(inv.expr)) << "\n\n";
  if (!inv.description.empty()) out << inv.description << "\n\n";
  std::vector<std::int64_t> slots;
  for (size_t s = 0; s < m.states.size(); ++s) {
    m.symbol_slots(static_cast<int>(s), slots);
    out << "- " << code(m.states[s].name) << ": " << (expr::evaluate(inv.expr, slots) ? "holds" : "**violated**") << "\n";
  }
}

}  // namespace

json hover(const Context& ctx, const json& params) {
  const Occurrence* o = ctx.occurrence_at(params);
  if (o == nullptr) return nullptr;
  const Machine* m = ctx.analysis.machine(o->key.machine);
  std::ostringstream out;
  const SymbolKey& key = o->key;
  if (m == nullptr) {
    out << "`" << key.name << "` (the spec has errors; details once it compiles)";
  } else if (key.kind == SymKind::State) {
    int s = m->find_state(key.name);
    if (s >= 0) state_hover(out, *m, m->states[static_cast<size_t>(s)]);
    else out << code(key.name) << " is not a state of " << code(m->name);
  } else if (key.kind == SymKind::Attribute) {
    int a = m->find_attribute(key.name);
    if (a >= 0) attribute_hover(out, *m, m->attributes[static_cast<size_t>(a)]);
  } else if (key.kind == SymKind::EnumValue) {
    int a = m->find_attribute(key.owner);
    out << "**enum value** " << code(key.name) << " of attribute " << code(key.owner) << "\n\n";
    if (a >= 0) {
      const Attribute& attr = m->attributes[static_cast<size_t>(a)];
      out << "States with this value:";
      for (const State& s : m->states)
        if (static_cast<size_t>(a) < s.values.size() && value_text(attr, s.values[static_cast<size_t>(a)]) == key.name)
          out << " " << code(s.name);
      out << "\n";
    }
  } else if (key.kind == SymKind::Event) {
    event_hover(out, *m, key.name);
  } else if (key.kind == SymKind::Removed) {
    for (const Removed& r : m->removed)
      if (r.name == key.name) removed_hover(out, *m, r);
  } else if (key.kind == SymKind::EarlierName) {
    out << "**earlier name** " << code(key.name) << ": stored values " << code(key.name) << " still read as ";
    int s = m->find_state(key.owner);
    if (s >= 0) out << "state " << code(key.owner) << ".\n";
    else out << "the removed state " << code(key.owner) << ".\n";
  } else if (key.kind == SymKind::Invariant) {
    for (const Invariant& inv : m->invariants)
      if (inv.name == key.name) invariant_hover(out, *m, inv);
  } else if (key.kind == SymKind::Machine) {
    out << "**machine** " << code(m->name) << ": " << m->states.size() << " states, " << m->transitions.size()
        << " transitions, " << m->events.size() << " events\n\n"
        << m->description;
  } else {
    return nullptr;
  }
  std::string text = out.str();
  if (text.empty()) return nullptr;
  return {{"contents", {{"kind", "markdown"}, {"value", text}}}, {"range", ctx.range(o->line, o->column, o->length)}};
}

}  // namespace statusc::lsp
