// The promises of docs/generated/go.md that the conformance vectors do not
// reach (tests/conformance/go/ checks every value they list): slices are
// copies, errors say exactly what docs/generated/go.md shows, and every
// method is safe on a number that is no state.
package checks

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"statusc.test/spec/chatsession"
	"statusc.test/spec/workflowsession"
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
