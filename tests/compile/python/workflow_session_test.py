"""Seed 004's session manager on the generated spec/workflow_session.py.

The system stores workflow sessions as documents whose `status` is a wire
string. The status model went from three statuses (IN_PROGRESS, PAUSED,
COMPLETED) to two; rows written before still say PAUSED (or 2). This script
plays the manager's part: it creates sessions, reads old rows through
migrate(), completes sessions through next_state(), and writes statuses back
as JSON. It is type-checked with mypy --strict before it runs.
"""

from __future__ import annotations

import dataclasses
import json
import typing
import unittest

from workflow_session import (
    WORKFLOW_SESSION_STATUS_ATTRIBUTES,
    WorkflowSessionStatus,
    WorkflowSessionStatusAttributes,
    WorkflowSessionStatusEvent,
    WorkflowSessionStatusLiteral,
    is_workflow_session_status,
)

Status = WorkflowSessionStatus
Event = WorkflowSessionStatusEvent


class SessionStore:
    """A document database in miniature: chat_id -> stored document."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, object]] = {}

    def create(self, chat_id: str) -> None:
        (initial,) = Status.initial_states()
        self.rows[chat_id] = {"chat_id": chat_id, "status": initial}

    def status(self, chat_id: str) -> Status:
        stored = self.rows[chat_id]["status"]
        status = Status.migrate(stored)
        if status is None:
            raise ValueError(f"unreadable status {stored!r}")
        return status

    def complete(self, chat_id: str) -> None:
        after = self.status(chat_id).next_state(Event.COMPLETE)
        if after is None:
            raise ValueError(f"{chat_id} cannot be completed")
        self.rows[chat_id]["status"] = after

    def dump(self) -> str:
        return json.dumps(self.rows, sort_keys=True)


class WorkflowSessionTest(unittest.TestCase):
    def test_members_are_their_wire_strings(self) -> None:
        s = Status.IN_PROGRESS
        self.assertEqual(s, "IN_PROGRESS")
        self.assertEqual(str(s), "IN_PROGRESS")
        self.assertEqual(f"{s}", "IN_PROGRESS")
        self.assertEqual(f"{s:>12}", " IN_PROGRESS")
        self.assertEqual("status: %s" % s, "status: IN_PROGRESS")
        self.assertEqual(json.dumps({"status": s}), '{"status": "IN_PROGRESS"}')
        self.assertEqual({"IN_PROGRESS": 1}[s], 1)
        self.assertEqual(hash(s), hash("IN_PROGRESS"))
        self.assertIsInstance(s, str)
        self.assertEqual(Status.values(), (Status.IN_PROGRESS, Status.COMPLETED))
        self.assertEqual(list(Status), list(Status.values()))

    def test_parse_refuses_near_misses_and_other_types(self) -> None:
        self.assertIs(Status.parse("COMPLETED"), Status.COMPLETED)
        for text in [
            "completed",
            "Completed",
            "COMPLETED ",
            "IN-PROGRESS",
            "",
            "PAUSED",
        ]:
            self.assertIsNone(Status.parse(text), text)
        for value in [None, 3.0, True, b"COMPLETED", ["COMPLETED"], {"COMPLETED": 1}]:
            self.assertIsNone(Status.parse(value))
            self.assertIsNone(Status.migrate(value))
            self.assertFalse(is_workflow_session_status(value))
        self.assertIsNone(
            Status.parse(3)
        )  # a number is read by from_number and migrate
        self.assertIs(Status.migrate(3), Status.COMPLETED)

    def test_numbers_and_protobuf_names(self) -> None:
        self.assertEqual(Status.IN_PROGRESS.to_number(), 1)
        self.assertEqual(Status.COMPLETED.to_number(), 3)
        self.assertIs(Status.from_number(3), Status.COMPLETED)
        for number in [0, 2, 4, -1, 2**31]:
            self.assertIsNone(Status.from_number(number))
        self.assertIsNone(Status.from_number(True))  # a bool is not a wire number
        self.assertIsNone(Status.from_number("1"))
        self.assertEqual(
            Status.COMPLETED.proto_name(), "WORKFLOW_SESSION_STATUS_COMPLETED"
        )
        self.assertIs(
            Status.from_proto_name("WORKFLOW_SESSION_STATUS_IN_PROGRESS"),
            Status.IN_PROGRESS,
        )
        self.assertIsNone(Status.from_proto_name("WORKFLOW_SESSION_STATUS_PAUSED"))

    def test_paused_rows_read_as_in_progress(self) -> None:
        self.assertIs(Status.migrate("PAUSED"), Status.IN_PROGRESS)
        self.assertIs(Status.migrate(2), Status.IN_PROGRESS)
        self.assertIs(Status.migrate("COMPLETED"), Status.COMPLETED)
        self.assertIs(Status.migrate(1), Status.IN_PROGRESS)
        self.assertIsNone(Status.migrate("paused"))
        self.assertIsNone(Status.migrate(4))

    def test_policy(self) -> None:
        self.assertTrue(Status.IN_PROGRESS.is_resumable())
        self.assertFalse(Status.COMPLETED.is_resumable())
        self.assertTrue(Status.COMPLETED.is_terminal())
        self.assertTrue(Status.IN_PROGRESS.is_initial())
        self.assertTrue(Status.IN_PROGRESS.can_transition(Status.COMPLETED))
        self.assertFalse(Status.COMPLETED.can_transition(Status.IN_PROGRESS))
        self.assertFalse(Status.IN_PROGRESS.can_transition(Status.IN_PROGRESS))
        self.assertEqual(Status.IN_PROGRESS.successors(), (Status.COMPLETED,))
        self.assertEqual(Status.COMPLETED.successors(), ())
        self.assertIs(Status.IN_PROGRESS.next_state(Event.COMPLETE), Status.COMPLETED)
        self.assertIsNone(Status.COMPLETED.next_state(Event.COMPLETE))
        self.assertEqual(Status.IN_PROGRESS.accepted_events(), (Event.COMPLETE,))
        self.assertEqual(Status.COMPLETED.accepted_events(), ())
        self.assertIs(Event.parse("complete"), Event.COMPLETE)
        self.assertIsNone(Event.parse("pause"))

    def test_attribute_table_is_read_only(self) -> None:
        row = Status.COMPLETED.attributes()
        self.assertEqual(
            row, WorkflowSessionStatusAttributes(terminal=True, resumable=False)
        )
        self.assertIs(WORKFLOW_SESSION_STATUS_ATTRIBUTES[Status.COMPLETED], row)
        with self.assertRaises(dataclasses.FrozenInstanceError):
            setattr(row, "resumable", True)
        with self.assertRaises(TypeError):
            table = typing.cast(typing.Any, WORKFLOW_SESSION_STATUS_ATTRIBUTES)
            table[Status.COMPLETED] = row
        self.assertEqual(list(WORKFLOW_SESSION_STATUS_ATTRIBUTES), list(Status))

    def test_type_guard_narrows_json(self) -> None:
        document: object = json.loads('{"status": "COMPLETED"}')
        assert isinstance(document, dict)
        value: object = document["status"]
        if is_workflow_session_status(value):
            literal: WorkflowSessionStatusLiteral = value
            self.assertEqual(literal, "COMPLETED")
        else:
            self.fail("COMPLETED is a wire string")
        self.assertFalse(is_workflow_session_status("PAUSED"))

    def test_session_manager(self) -> None:
        store = SessionStore()
        store.create("chat-a")
        store.create("chat-b")
        # Rows written by the three-status model.
        store.rows["chat-old"] = {"chat_id": "chat-old", "status": "PAUSED"}
        store.rows["chat-older"] = {"chat_id": "chat-older", "status": 2}
        # Several sessions are in progress at once, old paused ones included.
        in_progress = [c for c in store.rows if store.status(c) is Status.IN_PROGRESS]
        self.assertEqual(
            sorted(in_progress), ["chat-a", "chat-b", "chat-old", "chat-older"]
        )
        store.complete("chat-a")
        store.complete("chat-old")
        self.assertIs(store.status("chat-a"), Status.COMPLETED)
        self.assertIs(store.status("chat-old"), Status.COMPLETED)
        self.assertIs(store.status("chat-b"), Status.IN_PROGRESS)
        with self.assertRaises(ValueError):
            store.complete("chat-a")  # completion is final
        self.assertEqual(
            json.loads(store.dump())["chat-old"],
            {"chat_id": "chat-old", "status": "COMPLETED"},
        )


if __name__ == "__main__":
    unittest.main(verbosity=2)
