// The promises of docs/generated/go.md that the conformance driver
// (tests/conformance/go/) does not cover: slices are copies, errors quote
// the text, fmt and encoding/json use the wire names, unknown numbers are
// safe everywhere, legacy rows migrate.
package checks

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"statusc.test/generate/hostiletext"
	"statusc.test/spec/chatsession"
	"statusc.test/spec/workflowsession"
	"statusc.test/valid/specformatexample"
)

func TestSlicesAreCopies(t *testing.T) {
	values := chatsession.SessionStatusValues()
	first := values[0]
	values[0] = values[1]
	if chatsession.SessionStatusValues()[0] != first {
		t.Error("changing the slice SessionStatusValues returned changed the next call's")
	}
	s := chatsession.SessionStatusValues()[0]
	if succ := s.Successors(); len(succ) > 0 {
		want := succ[0]
		succ[0] = s
		if s.Successors()[0] != want {
			t.Error("changing Successors' slice changed the next call's")
		}
	}
	for _, state := range chatsession.SessionStatusValues() {
		if events := state.AcceptedEvents(); len(events) > 0 {
			want := events[0]
			events[0] = "tampered"
			if state.AcceptedEvents()[0] != want {
				t.Error("changing AcceptedEvents' slice changed the next call's")
			}
			break
		}
	}
}

func TestUnknownTextIsAQuotedError(t *testing.T) {
	var s workflowsession.WorkflowSessionStatus
	err := s.UnmarshalText([]byte("in_progress\n\"x"))
	if err == nil {
		t.Fatal("UnmarshalText accepted a near miss")
	}
	const want = `workflowsession: "in_progress\n\"x" is not a valid WorkflowSessionStatus`
	if err.Error() != want {
		t.Errorf("error %q, want %q", err.Error(), want)
	}
	var body struct {
		Status workflowsession.WorkflowSessionStatus `json:"status"`
	}
	err = json.Unmarshal([]byte(`{"status":"PAUSED"}`), &body)
	if err == nil || !strings.Contains(err.Error(), `"PAUSED" is not a valid WorkflowSessionStatus`) {
		t.Errorf("json.Unmarshal of a removed name: %v", err)
	}
}

func TestUnknownNumbersAreSafe(t *testing.T) {
	s := workflowsession.WorkflowSessionStatus(2) // PAUSED's number, reserved
	if s.String() != "WorkflowSessionStatus(2)" || fmt.Sprint(s) != "WorkflowSessionStatus(2)" {
		t.Errorf("String() = %q", s.String())
	}
	if s.IsTerminal() || s.IsResumable() || s.IsInitial() || s.ProtoName() != "" || s.Successors() != nil {
		t.Error("a number that is no state has attributes or successors")
	}
	if s.CanTransition(workflowsession.WorkflowSessionStatusCompleted) || s.AcceptedEvents() != nil {
		t.Error("a number that is no state can move")
	}
	if _, ok := s.Next(workflowsession.WorkflowSessionStatusEventComplete); ok {
		t.Error("Next from a number that is no state")
	}
	if _, err := s.MarshalText(); err == nil || err.Error() != "workflowsession: 2 is not a WorkflowSessionStatus wire number" {
		t.Errorf("MarshalText: %v", err)
	}
	if _, ok := workflowsession.WorkflowSessionStatusFromNumber(2); ok {
		t.Error("FromNumber accepted a removed number")
	}
}

func TestLegacyRowsMigrate(t *testing.T) {
	// Seed 004: PAUSED (2) was folded into IN_PROGRESS.
	if s, ok := workflowsession.MigrateWorkflowSessionStatus("PAUSED"); !ok || s != workflowsession.WorkflowSessionStatusInProgress {
		t.Errorf(`Migrate("PAUSED") = %v, %v`, s, ok)
	}
	if s, ok := workflowsession.MigrateWorkflowSessionStatusNumber(2); !ok || s != workflowsession.WorkflowSessionStatusInProgress {
		t.Errorf("MigrateNumber(2) = %v, %v", s, ok)
	}
	if _, ok := workflowsession.ParseWorkflowSessionStatus("PAUSED"); ok {
		t.Error("Parse accepted a removed name; only Migrate reads it")
	}
	// An earlier name (renamed_from) parses as its state: same state, same number.
	now, ok := specformatexample.ParseSessionStatus("running")
	if !ok || now != specformatexample.SessionStatusWorking || now.String() != "working" {
		t.Errorf(`Parse("running") = %v, %v: want working, renamed from it`, now, ok)
	}
}

func TestHostileTextSurvivesExactly(t *testing.T) {
	if got := hostiletext.TextStatusFirst.Label(); got != "He said \"hi\" \\ */ <script>alert(1)</script> | pipe | `tick`" {
		t.Errorf("Label() = %q", got)
	}
	if got := hostiletext.TextStatusSecond.Note(); got != "tab\there, NUL-free, emoji \U0001F600, accents éè, CJK 漢字" {
		t.Errorf("Note() = %q", got)
	}
	if got := hostiletext.TextStatusFirst.Note(); got != "default \"note\" with \\ and */ and \u2029 paragraph" {
		t.Errorf("Note() = %q", got)
	}
}
