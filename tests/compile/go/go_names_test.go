// Names of tests/compile/go/specs/go_names.yaml, spelled as
// docs/generated/go.md promises: if a rule changes, this file stops
// compiling. The behaviour behind the renamed names is checked too.
package checks

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"

	"statusc.test/extra/gonames"
)

func TestGoKeywordsAreMembers(t *testing.T) {
	// Go keywords and predeclared identifiers become parts of exported names.
	states := []gonames.Job{gonames.JobNil, gonames.JobFunc, gonames.JobTrue, gonames.JobEvent__, gonames.JobSelect}
	want := []string{"nil", "func", "true", "event", "select"}
	for i, s := range states {
		if s.String() != want[i] {
			t.Errorf("state %d is %q, want %q", i, s.String(), want[i])
		}
	}
	if got := gonames.JobValues(); !reflect.DeepEqual(got, states) {
		t.Errorf("JobValues() = %v, want %v", got, states)
	}
	tones := []gonames.JobTone{gonames.JobToneNil, gonames.JobToneFunc, gonames.JobToneDefault}
	if got := gonames.JobToneValues(); !reflect.DeepEqual(got, tones) {
		t.Errorf("JobToneValues() = %v, want %v", got, tones)
	}
	events := []gonames.JobEvent_{gonames.JobEvent_Go, gonames.JobEvent_Select, gonames.JobEvent_Range, gonames.JobEvent_Return}
	if got := gonames.JobEvent_Values(); !reflect.DeepEqual(got, events) {
		t.Errorf("JobEvent_Values() = %v, want %v", got, events)
	}
}

func TestCollisionsRenameTheLaterTier(t *testing.T) {
	// Machine JobEvent keeps its name; Job's event type is JobEvent_, and
	// Job's state `event` (JobEvent, then JobEvent_) is JobEvent__.
	if s, ok := gonames.ParseJobEvent("open"); !ok || s != gonames.JobEventOpen {
		t.Errorf("ParseJobEvent(open) = %v, %v", s, ok)
	}
	if e, ok := gonames.ParseJobEvent_("range"); !ok || e != gonames.JobEvent_Range {
		t.Errorf("ParseJobEvent_(range) = %v, %v", e, ok)
	}
	// Machine ParseJob keeps its name; Job's parse function is ParseJob_.
	if s, ok := gonames.ParseJob_("true"); !ok || s != gonames.JobTrue {
		t.Errorf("ParseJob_(true) = %v, %v", s, ok)
	}
	if s, ok := gonames.ParseParseJob("error"); !ok || s != gonames.ParseJobError {
		t.Errorf("ParseParseJob(error) = %v, %v", s, ok)
	}
}

func TestSpecialMethodNamesAreNotTaken(t *testing.T) {
	s := gonames.JobEvent__
	// Attribute `error` is Error_(): the status is no error, so fmt prints its name.
	if _, isError := any(s).(error); isError {
		t.Fatal("gonames.Job implements error")
	}
	if got := fmt.Sprint(s); got != "event" {
		t.Errorf("fmt.Sprint = %q, want the wire name", got)
	}
	if s.Error_() != "an error" {
		t.Errorf("Error_() = %q", s.Error_())
	}
	// Attribute `string` is String_(), attribute `type` keeps Type().
	if gonames.JobTrue.String_() != `quoted "true"` || gonames.JobTrue.String() != "true" {
		t.Errorf("String_() = %q, String() = %q", gonames.JobTrue.String_(), gonames.JobTrue.String())
	}
	if gonames.JobFunc.Type() != "keyword" || gonames.JobNil.Type() != "plain" {
		t.Errorf("Type() = %q, %q", gonames.JobFunc.Type(), gonames.JobNil.Type())
	}
	// Attribute `value` is Value_(), predicates `next` and `can_transition`
	// are Next_() and CanTransition_() beside the generated Next and CanTransition.
	if gonames.JobTrue.Value_() != -7 || gonames.JobNil.Value_() != 0 {
		t.Errorf("Value_() = %d", gonames.JobTrue.Value_())
	}
	if !gonames.JobFunc.Next_() || gonames.JobNil.Next_() {
		t.Error("Next_() is wrong")
	}
	if next, ok := gonames.JobNil.Next(gonames.JobEvent_Go); !ok || next != gonames.JobFunc {
		t.Errorf("Next(go) = %v, %v", next, ok)
	}
	if !gonames.JobNil.CanTransition_() || gonames.JobSelect.CanTransition_() {
		t.Error("CanTransition_() is wrong")
	}
	if !gonames.JobNil.CanTransition(gonames.JobFunc) || gonames.JobFunc.CanTransition(gonames.JobNil) {
		t.Error("CanTransition is wrong")
	}
	if gonames.JobNil.Tone() != gonames.JobToneFunc || gonames.JobFunc.Tone() != gonames.JobToneNil {
		t.Error("Tone() is wrong")
	}
}

func TestZeroValueIsTheStateNumberedZero(t *testing.T) {
	var zero gonames.Job
	if zero != gonames.JobNil || zero.String() != "nil" || !zero.IsInitial() {
		t.Errorf("the zero Job is %v", zero)
	}
	// Without the proto target, a real 0 is a state, and there is no ProtoName.
	if _, has := reflect.TypeOf(zero).MethodByName("ProtoName"); has {
		t.Error("ProtoName exists with the proto target off")
	}
}

func TestJSONCarriesWireNames(t *testing.T) {
	type row struct {
		Status gonames.Job       `json:"status"`
		Tone   gonames.JobTone   `json:"tone"`
		Event  gonames.JobEvent_ `json:"event"`
	}
	out, err := json.Marshal(row{gonames.JobTrue, gonames.JobToneDefault, gonames.JobEvent_Select})
	if err != nil || string(out) != `{"status":"true","tone":"default","event":"select"}` {
		t.Fatalf("json.Marshal = %s, %v", out, err)
	}
	var back row
	if err := json.Unmarshal(out, &back); err != nil || back.Status != gonames.JobTrue || back.Tone != gonames.JobToneDefault {
		t.Fatalf("json.Unmarshal = %+v, %v", back, err)
	}
	for _, bad := range []string{`{"tone":"Default"}`, `{"event":"goto"}`, `{"status":"True"}`} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("json.Unmarshal(%s) accepted it", bad)
		}
	}
	// Marshalling a value that is no member is an error, not a made-up name.
	if _, err := json.Marshal(row{Status: gonames.Job(99), Tone: gonames.JobToneNil, Event: gonames.JobEvent_Go}); err == nil {
		t.Error("json.Marshal of Job(99) succeeded")
	}
	if _, err := json.Marshal(row{Tone: "loud", Event: gonames.JobEvent_Go}); err == nil {
		t.Error(`json.Marshal of JobTone("loud") succeeded`)
	}
}
