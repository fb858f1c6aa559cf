// The Go conformance driver (docs/conformance.md). run.sh generates every
// spec's package, writes glue.go's `pairs` (each spec's package-level
// functions, by their documented names) beside this file and runs
// TestConformance, which checks the generated code against each vector file
// and prints "<spec>: N checks, M failed" per pair on stdout.
//
// Methods are found with reflect's MethodByName under the names of
// docs/generated/go.md, spelled here from the vectors by the documented
// rules (words, UpperCamelCase, the methods statusc reserves and the names
// special to the standard library, '_' appended on a collision), so a
// renamed method fails here as it would in a user's code. Left out:
// `proto_parses` (the Go API has no lookup by protobuf name; ProtoName is
// checked), and enum parses beyond what the attribute values show.
package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// Filled in by the glue: one machineAPI per machine of each pair's spec.
type pair struct {
	spec, vectors string
	generated     bool
	machines      map[string]machineAPI
}

type machineAPI struct {
	values         func() any
	parse, migrate func(string) (any, bool)
	fromNumber     func(int32) (any, bool)
	migrateNumber  func(int32) (any, bool)
	eventValues    func() any               // nil without events
	parseEvent     func(string) (any, bool) // nil without events
}

type attributeVectors struct {
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Predicate string   `json:"predicate"`
	Values    []string `json:"values"`
}

type stateVectors struct {
	Name            string                     `json:"name"`
	Number          int32                      `json:"number"`
	ProtoName       *string                    `json:"proto_name"`
	Initial         bool                       `json:"initial"`
	Terminal        bool                       `json:"terminal"`
	Attributes      map[string]json.RawMessage `json:"attributes"`
	CanTransitionTo string                     `json:"can_transition_to"`
	Successors      []string                   `json:"successors"`
	Next            map[string]*string         `json:"next"`
	AcceptedEvents  []string                   `json:"accepted_events"`
}

type machineVectors struct {
	Name           string             `json:"name"`
	HasTransitions bool               `json:"has_transitions"`
	Attributes     []attributeVectors `json:"attributes"`
	Events         []string           `json:"events"`
	States         []stateVectors     `json:"states"`
	Parses         []struct {
		Text  string `json:"text"`
		State string `json:"state"`
	} `json:"parses"`
	EventParses []struct {
		Text  string `json:"text"`
		Event string `json:"event"`
	} `json:"event_parses"`
	MigrateNames []struct {
		Text  string `json:"text"`
		State string `json:"state"`
	} `json:"migrate_names"`
	MigrateNumbers []struct {
		Number int32  `json:"number"`
		State  string `json:"state"`
	} `json:"migrate_numbers"`
	NearMisses     []string `json:"near_misses"`
	UnknownNumbers []int32  `json:"unknown_numbers"`
}

type vectorFile struct {
	Format   int              `json:"format"`
	Spec     string           `json:"spec"`
	Targets  []string         `json:"targets"`
	Machines []machineVectors `json:"machines"`
}

// --- names, as docs/spec-format.md (Names and words) and
// docs/generated/go.md (Naming) define them ------------------------------------

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// A word ends at '_' or '-', before a capital after a lower-case letter or a
// digit, and before the last capital of an acronym that a lower-case letter
// follows ("HTTPError" is http, error).
func words(name string) []string {
	var out []string
	word := ""
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c == '_' || c == '-' {
			if word != "" {
				out = append(out, word)
			}
			word = ""
			continue
		}
		if isUpper(c) && i > 0 {
			prev := name[i-1]
			nextLower := i+1 < len(name) && isLower(name[i+1])
			if (isLower(prev) || isDigit(prev) || (isUpper(prev) && nextLower)) && word != "" {
				out = append(out, word)
				word = ""
			}
		}
		word += strings.ToLower(string(c))
	}
	if word != "" {
		out = append(out, word)
	}
	return out
}

func upperCamel(name string) string {
	var b strings.Builder
	for _, w := range words(name) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

// The methods statusc generates on every status type, then the names the
// standard library, database/sql, gopkg.in/yaml or go vet give a meaning.
var reservedMethods = []string{
	"String", "MarshalText", "UnmarshalText", "IsInitial", "CanTransition", "Successors", "Next",
	"AcceptedEvents", "ProtoName",
	"GoString", "Format", "Error", "Scan", "MarshalBinary", "UnmarshalBinary", "MarshalJSON",
	"UnmarshalJSON", "MarshalXML", "UnmarshalXML", "MarshalXMLAttr", "UnmarshalXMLAttr", "GobEncode",
	"GobDecode", "Value", "Is", "As", "Unwrap", "ReadByte", "ReadFrom", "ReadRune", "Seek", "UnreadByte",
	"UnreadRune", "WriteByte", "WriteTo", "MarshalYAML", "UnmarshalYAML",
}

// The predicate or accessor of each attribute, `terminal` first.
func attributeMethods(v machineVectors) (terminal string, methods []string) {
	taken := map[string]bool{}
	for _, r := range reservedMethods {
		taken[r] = true
	}
	claim := func(name string) string {
		for taken[name] {
			name += "_"
		}
		taken[name] = true
		return name
	}
	terminal = claim("IsTerminal")
	for _, a := range v.Attributes {
		if a.Type == "bool" {
			methods = append(methods, claim(upperCamel(a.Predicate)))
		} else {
			methods = append(methods, claim(upperCamel(a.Name)))
		}
	}
	return terminal, methods
}

// --- checking ----------------------------------------------------------------

type checker struct {
	checks, failures int
}

func (c *checker) fail(format string, args ...any) {
	c.failures++
	if c.failures <= 30 {
		fmt.Fprintf(os.Stderr, "  "+format+"\n", args...)
	}
}

func (c *checker) expect(ok bool, format string, args ...any) {
	c.checks++
	if !ok {
		c.fail(format, args...)
	}
}

func (c *checker) same(got, want any, what string) {
	c.checks++
	if !reflect.DeepEqual(got, want) {
		c.fail("%s: got %#v, want %#v", what, got, want)
	}
}

// call invokes method `name` of v; reports and returns nil when it is missing.
func (c *checker) call(v reflect.Value, name string, args ...reflect.Value) []reflect.Value {
	m := v.MethodByName(name)
	if !m.IsValid() {
		c.checks++
		c.fail("%s has no method %s", v.Type(), name)
		return nil
	}
	return m.Call(args)
}

// The wire name of a status, event or enum value: String() where the type
// has it, else the string itself.
func text(v reflect.Value) string {
	if s, ok := v.Interface().(fmt.Stringer); ok {
		return s.String()
	}
	return v.String()
}

func texts(list reflect.Value) []string {
	out := []string{}
	for i := 0; i < list.Len(); i++ {
		out = append(out, text(list.Index(i)))
	}
	return out
}

// The state a (value, ok) result names, or nil for !ok.
func result(v any, ok bool) *string {
	if !ok {
		return nil
	}
	name := text(reflect.ValueOf(v))
	return &name
}

func str(s string) *string { return &s }

func show(p *string) string {
	if p == nil {
		return "none"
	}
	return fmt.Sprintf("%q", *p)
}

func (c *checker) sameState(got, want *string, what string) {
	c.checks++
	if (got == nil) != (want == nil) || (got != nil && *got != *want) {
		c.fail("%s: got %s, want %s", what, show(got), show(want))
	}
}

func checkMachine(api machineAPI, v machineVectors, protoOn bool, c *checker) {
	values := reflect.ValueOf(api.values())
	c.same(texts(values), statesOf(v), v.Name+"Values()")
	if values.Len() != len(v.States) {
		return
	}
	typ := values.Type().Elem()
	byName := map[string]reflect.Value{}
	for i, s := range v.States {
		byName[s.Name] = values.Index(i)
	}
	terminal, methods := attributeMethods(v)
	var events []reflect.Value
	if len(v.Events) > 0 {
		if api.eventValues == nil {
			c.fail("%s has events but no event type", v.Name)
			return
		}
		list := reflect.ValueOf(api.eventValues())
		c.same(texts(list), v.Events, v.Name+" event values")
		for i := 0; i < list.Len() && i < len(v.Events); i++ {
			events = append(events, list.Index(i))
		}
	} else {
		c.expect(api.eventValues == nil, "%s has an event type but no events", v.Name)
	}
	_, hasProtoName := typ.MethodByName("ProtoName")
	c.expect(hasProtoName == protoOn, "%s: ProtoName exists: %v, proto target on: %v", typ, hasProtoName, protoOn)
	_, hasCanTransition := typ.MethodByName("CanTransition")
	_, hasSuccessors := typ.MethodByName("Successors")
	c.expect(hasCanTransition == v.HasTransitions && hasSuccessors == v.HasTransitions,
		"%s: CanTransition/Successors exist: %v/%v, has_transitions: %v", typ, hasCanTransition, hasSuccessors, v.HasTransitions)

	for _, s := range v.States {
		state := byName[s.Name]
		where := v.Name + "(" + s.Name + ")"
		c.same(int32(state.Int()), s.Number, where+" number")
		c.same(state.Interface().(fmt.Stringer).String(), s.Name, where+".String()")
		got, ok := api.fromNumber(s.Number)
		c.sameState(result(got, ok), str(s.Name), fmt.Sprintf("%sFromNumber(%d)", v.Name, s.Number))
		checkText(state, s.Name, c, where)
		if out := c.call(state, "IsInitial"); out != nil {
			c.same(out[0].Bool(), s.Initial, where+".IsInitial()")
		}
		if out := c.call(state, terminal); out != nil {
			c.same(out[0].Bool(), s.Terminal, where+"."+terminal+"()")
		}
		if s.ProtoName != nil && hasProtoName {
			c.same(c.call(state, "ProtoName")[0].String(), *s.ProtoName, where+".ProtoName()")
		}
		for i, a := range v.Attributes {
			out := c.call(state, methods[i])
			if out == nil {
				continue
			}
			checkAttribute(out[0], a, s.Attributes[a.Name], c, where+"."+methods[i]+"()")
		}
		if v.HasTransitions && hasCanTransition && hasSuccessors {
			for j, to := range v.States {
				if j >= len(s.CanTransitionTo) {
					c.fail("%s: can_transition_to is too short", where)
					break
				}
				c.same(c.call(state, "CanTransition", byName[to.Name])[0].Bool(), s.CanTransitionTo[j] == '1',
					where+".CanTransition("+to.Name+")")
			}
			c.same(texts(c.call(state, "Successors")[0]), orEmpty(s.Successors), where+".Successors()")
		}
		if len(events) > 0 {
			for k, e := range events {
				out := c.call(state, "Next", e)
				if out == nil {
					break
				}
				c.sameState(result(out[0].Interface(), out[1].Bool()), s.Next[v.Events[k]], where+".Next("+v.Events[k]+")")
			}
			if out := c.call(state, "AcceptedEvents"); out != nil {
				c.same(texts(out[0]), orEmpty(s.AcceptedEvents), where+".AcceptedEvents()")
			}
		}
	}

	parsed := map[string]bool{}
	for _, p := range v.Parses {
		parsed[p.Text] = true
		got, ok := api.parse(p.Text)
		c.sameState(result(got, ok), str(p.State), fmt.Sprintf("Parse%s(%q)", v.Name, p.Text))
	}
	for _, p := range v.EventParses {
		if api.parseEvent == nil {
			c.fail("%s has event parses but no event type", v.Name)
			break
		}
		got, ok := api.parseEvent(p.Text)
		c.sameState(result(got, ok), str(p.Event), fmt.Sprintf("Parse%sEvent(%q)", v.Name, p.Text))
	}
	current := map[int32]bool{}
	for _, s := range v.States {
		current[s.Number] = true
	}
	for _, p := range v.MigrateNames {
		got, ok := api.migrate(p.Text)
		c.sameState(result(got, ok), str(p.State), fmt.Sprintf("Migrate%s(%q)", v.Name, p.Text))
		if !parsed[p.Text] {
			got, ok := api.parse(p.Text)
			c.sameState(result(got, ok), nil, fmt.Sprintf("Parse%s(%q) of a removed name", v.Name, p.Text))
			c.expect(unmarshalFails(typ, p.Text), "%s.UnmarshalText(%q) of a removed name succeeded", v.Name, p.Text)
		}
	}
	for _, p := range v.MigrateNumbers {
		got, ok := api.migrateNumber(p.Number)
		c.sameState(result(got, ok), str(p.State), fmt.Sprintf("Migrate%sNumber(%d)", v.Name, p.Number))
		if !current[p.Number] {
			got, ok := api.fromNumber(p.Number)
			c.sameState(result(got, ok), nil, fmt.Sprintf("%sFromNumber(%d) of a removed number", v.Name, p.Number))
		}
	}
	for _, miss := range v.NearMisses {
		got, ok := api.parse(miss)
		c.sameState(result(got, ok), nil, fmt.Sprintf("Parse%s(%q) of a near miss", v.Name, miss))
		got, ok = api.migrate(miss)
		c.sameState(result(got, ok), nil, fmt.Sprintf("Migrate%s(%q) of a near miss", v.Name, miss))
		c.expect(unmarshalFails(typ, miss), "%s.UnmarshalText(%q) of a near miss succeeded", v.Name, miss)
		if api.parseEvent != nil {
			got, ok := api.parseEvent(miss)
			c.sameState(result(got, ok), nil, fmt.Sprintf("Parse%sEvent(%q) of a near miss", v.Name, miss))
		}
	}
	for _, n := range v.UnknownNumbers {
		got, ok := api.fromNumber(n)
		c.sameState(result(got, ok), nil, fmt.Sprintf("%sFromNumber(%d)", v.Name, n))
		got, ok = api.migrateNumber(n)
		c.sameState(result(got, ok), nil, fmt.Sprintf("Migrate%sNumber(%d)", v.Name, n))
		unknown := reflect.New(typ).Elem()
		unknown.SetInt(int64(n))
		c.same(unknown.Interface().(fmt.Stringer).String(), fmt.Sprintf("%s(%d)", typ.Name(), n),
			fmt.Sprintf("%s(%d).String()", typ.Name(), n))
		_, err := json.Marshal(unknown.Interface())
		c.expect(err != nil, "json.Marshal(%s(%d)) succeeded", typ.Name(), n)
	}
}

// MarshalText, UnmarshalText and encoding/json all use the wire name.
func checkText(state reflect.Value, name string, c *checker, where string) {
	if out := c.call(state, "MarshalText"); out != nil {
		c.expect(out[1].IsNil() && string(out[0].Bytes()) == name, "%s.MarshalText() = %q, %v", where, out[0].Bytes(), out[1])
	}
	back := reflect.New(state.Type())
	if out := c.call(back, "UnmarshalText", reflect.ValueOf([]byte(name))); out != nil {
		c.expect(out[0].IsNil() && back.Elem().Int() == state.Int(), "%s: UnmarshalText(%q): %v", where, name, out[0])
	}
	encoded, err := json.Marshal(map[string]any{"status": state.Interface()})
	want, _ := json.Marshal(map[string]string{"status": name})
	c.expect(err == nil && bytes.Equal(encoded, want), "%s: json.Marshal gives %s, %v", where, encoded, err)
}

func unmarshalFails(typ reflect.Type, text string) bool {
	target := reflect.New(typ)
	out := target.MethodByName("UnmarshalText").Call([]reflect.Value{reflect.ValueOf([]byte(text))})
	err, _ := out[0].Interface().(error)
	return err != nil && strings.Contains(err.Error(), fmt.Sprintf("%q", text))
}

func checkAttribute(got reflect.Value, a attributeVectors, raw json.RawMessage, c *checker, what string) {
	switch a.Type {
	case "bool":
		var want bool
		c.expect(json.Unmarshal(raw, &want) == nil && got.Kind() == reflect.Bool && got.Bool() == want,
			"%s = %v, want %s", what, got, raw)
	case "enum", "string":
		var want string
		c.expect(json.Unmarshal(raw, &want) == nil && got.Kind() == reflect.String && got.String() == want,
			"%s = %q, want %s", what, got, raw)
		if a.Type == "enum" {
			c.expect(got.Type().Name() != "string", "%s returns a plain string, not the enum's type", what)
		}
	case "int":
		var want int64
		c.expect(json.Unmarshal(raw, &want) == nil && got.Kind() == reflect.Int64 && got.Int() == want,
			"%s = %v, want %s", what, got, raw)
	default:
		c.fail("%s: unknown attribute type %q", what, a.Type)
	}
}

func statesOf(v machineVectors) []string {
	out := []string{}
	for _, s := range v.States {
		out = append(out, s.Name)
	}
	return out
}

func orEmpty(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}

func checkPair(p pair) bool {
	c := &checker{}
	off := false
	func() {
		data, err := os.ReadFile(p.vectors)
		if err != nil {
			c.fail("%v", err)
			return
		}
		var vectors vectorFile
		if err := json.Unmarshal(data, &vectors); err != nil {
			c.fail("%s: %v", p.vectors, err)
			return
		}
		if vectors.Format != 1 || vectors.Spec != p.spec {
			c.fail("%s: format %d of spec %q, want format 1 of %q", p.vectors, vectors.Format, vectors.Spec, p.spec)
			return
		}
		off = true
		protoOn := false
		for _, t := range vectors.Targets {
			off = off && t != "go"
			protoOn = protoOn || t == "proto"
		}
		if off == p.generated {
			if off {
				c.fail("a package was generated for a spec that turns go off")
			} else {
				c.fail("no package was generated")
			}
			return
		}
		for _, v := range vectors.Machines {
			api, found := p.machines[v.Name]
			if !found {
				c.fail("no glue for machine %s", v.Name)
				continue
			}
			before := c.failures
			checkMachine(api, v, protoOn, c)
			if c.failures > before {
				fmt.Fprintf(os.Stderr, "  (in machine %s)\n", v.Name)
			}
		}
	}()
	note := ""
	if off {
		note = " (go target off)"
	}
	fmt.Printf("%s: %d checks, %d failed%s\n", p.spec, c.checks, c.failures, note)
	return c.failures == 0
}

func TestConformance(t *testing.T) {
	for _, p := range pairs {
		if !checkPair(p) {
			t.Fail()
		}
	}
}
